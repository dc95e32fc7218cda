import { Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Household } from './household.entity';

/**
 * A street-outreach encounter: a count of people met at a place, anonymous until someone agrees
 * to be followed; then the encounter is linked to their household.
 */
@Entity()
@Index(['territoryId', 'occurredAt'])
export class MaraudeEncounter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'text', nullable: true })
  zone: string | null;

  @Column({ type: 'smallint' })
  peopleMet: number;

  /** A few words for the next round (what was needed, what was promised); never in the outbox or indicators. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @ManyToMany(() => Household)
  @JoinTable({ name: 'maraude_encounter_household', joinColumn: { name: 'encounter_id' }, inverseJoinColumn: { name: 'household_id' } })
  households?: Household[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
