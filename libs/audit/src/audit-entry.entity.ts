import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = ['login', 'login_failed', 'logout', 'read', 'create', 'update', 'delete', 'export', 'purge'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Append-only trace of who did what to which resource. Holds identifiers, never the personal
 * data itself. The database refuses UPDATE, DELETE and TRUNCATE on it (see the migration);
 * only the retention purge function may delete rows older than the retention period.
 */
@Entity()
@Index(['territoryId', 'occurredAt'])
@Index(['resourceType', 'resourceId'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ type: 'text' })
  resourceType: string;

  @Column({ type: 'text', nullable: true })
  resourceId: string | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  clientAddress: string | null;

  /** Non-personal context only: counts, changed field names, reasons. */
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
