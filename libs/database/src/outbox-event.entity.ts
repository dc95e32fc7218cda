import { EventType } from '@app/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written in the same transaction as the change it announces, relayed
 * to BullMQ afterwards (reminders, indicators). Payloads hold ids and coarse facts, never names.
 */
@Entity()
@Index('ix_outbox_event_unpublished', ['id'], { where: 'published_at IS NULL' })
@Index('ix_outbox_event_unprojected', ['id'], { where: 'projected_at IS NULL' })
@Index(['aggregateId'])
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** e.g. `household.opened`, `lease.signed`: a type of the registry (`@app/core` DOMAIN_EVENTS). */
  @Column({ type: 'text' })
  type: EventType;

  @Column({ type: 'text' })
  aggregateType: string;

  @Column({ type: 'uuid' })
  aggregateId: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When the indicators projector turned it into facts (its own cursor: reminders and indicators progress apart). */
  @Column({ type: 'timestamptz', nullable: true })
  projectedAt: Date | null;
}
