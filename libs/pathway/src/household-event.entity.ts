import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from './household.entity';

/**
 * One immutable step of a household's pathway (the database refuses UPDATE on this table).
 * `occurredAt` is when it happened (often logged days later), `recordedAt` when it was logged.
 */
@Entity()
@Index(['householdId', 'occurredAt', 'id'])
export class HouseholdEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  /** Null when Parcours recorded it itself (a deadline that passed). */
  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;
}
