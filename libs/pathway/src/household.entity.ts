import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { HOUSEHOLD_STATUSES, HouseholdStatus } from './household-status';
import {
  ENTRY_CHANNELS,
  EntryChannel,
  LEASE_TYPES,
  LeaseType,
  LivingSituation,
  Need,
  PriorityLabel,
  Resource,
  SupportMeasure,
} from './pathway.types';

/** A household file. Its status is derived from its events by the state machine, and stored for queries. */
@Entity()
@Index(['territoryId', 'organisationId', 'status'])
@Index(['territoryId', 'status', 'lastEvaluatedAt'])
@Index(['territoryId', 'status', 'openedAt', 'id']) // list pages filtered by status, newest first
@Index(['territoryId', 'openedAt', 'id']) // list pages, newest first
@Index('ix_household_search_trgm', { synchronize: false }) // GIN trigram index, created in the migration
@Index('uq_household_siao_demand', ['territoryId', 'siaoDemandNumber'], { unique: true, where: 'siao_demand_number IS NOT NULL' })
export class Household {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human reference shown instead of names when the file is restricted, e.g. `M-000123`. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  /** The referent organisation, which owns the file. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  referentUserId: string | null;

  @Column({ type: 'enum', enum: HOUSEHOLD_STATUSES, enumName: 'household_status' })
  status: HouseholdStatus;

  @Column({ type: 'enum', enum: ENTRY_CHANNELS, enumName: 'entry_channel' })
  entryChannel: EntryChannel;

  @Column({ type: 'text' })
  livingSituation: LivingSituation;

  @Column({ type: 'text', array: true, default: '{}' })
  resources: Resource[];

  @Column({ type: 'text', array: true, default: '{}' })
  needs: Need[];

  @Column({ type: 'date', nullable: true })
  consentDate: string | null;

  @Column({ type: 'text', nullable: true })
  commune: string | null;

  /** Domestic violence and other risks: only the referent organisation sees names. */
  @Column({ type: 'boolean', default: false })
  restricted: boolean;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  /** occurredAt of the latest step: a new step may not happen before it. */
  @Column({ type: 'timestamptz' })
  lastStepAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastEvaluatedAt: Date | null;

  /** When a refusal allows a new proposal only after a delay. */
  @Column({ type: 'timestamptz', nullable: true })
  proposableFrom: Date | null;

  /** When a refusal requires a new evaluation before a new proposal. */
  @Column({ type: 'boolean', default: false })
  needsNewEvaluation: boolean;

  @Column({ type: 'enum', enum: LEASE_TYPES, enumName: 'lease_type', nullable: true })
  leaseType: LeaseType | null;

  @Column({ type: 'date', nullable: true })
  leaseSignedOn: string | null;

  /** While an offer awaits the household's answer: the last day to answer (CCH R441-10); silence past it is a refusal. */
  @Column({ type: 'date', nullable: true })
  offerAnswerDueOn: string | null;

  /** While an allocation awaits its missing document: the last day to provide it (CCH R441-3 c). */
  @Column({ type: 'date', nullable: true })
  allocationConditionDueOn: string | null;

  /** A bail glissant's review period, as its tripartite agreement sets (CCH L442-8-3). */
  @Column({ type: 'smallint', nullable: true })
  bailGlissantReviewMonths: number | null;

  /** The end of the bail glissant's current review period. */
  @Column({ type: 'date', nullable: true })
  nextBailGlissantReviewOn: string | null;
  /** The demand's number in SI-SIAO, the SIAO's information system: one file per demand in a territory. */
  @Column({ type: 'text', nullable: true })
  siaoDemandNumber: string | null;

  /** The social-housing demand's number (numéro unique régional, NUR). */
  @Column({ type: 'text', nullable: true })
  socialHousingDemandNumber: string | null;

  /** The demand lapses unless renewed by this date, each year (CCH R441-2-8). */
  @Column({ type: 'date', nullable: true })
  socialHousingDemandRenewalOn: string | null;

  @Column({ type: 'jsonb', default: [] })
  priorityLabels: PriorityLabel[];

  @Column({ type: 'jsonb', default: [] })
  supportMeasures: SupportMeasure[];

  /** Normalised names of its persons (lower-case, unaccented) for fuzzy search. */
  @Column({ type: 'text', default: '' })
  searchText: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
