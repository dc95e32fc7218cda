import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Household } from './household.entity';
import { CAL_OUTCOMES, CalOutcome, COMMISSION_DECISIONS, CommissionDecision, TYPOLOGIES, Typology } from './pathway.types';

/** A session of the SIAO-bailleurs commission. */
@Entity()
@Index(['territoryId', 'sessionAt'])
export class CommissionSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  /** The organisation running the session (the SIAO). */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'timestamptz' })
  sessionAt: Date;

  /** Social landlord organisations present. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  landlordOrganisationIds: string[];

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A household proposed at a session, optionally on a housing offer; then decided, then allocated. */
@Entity()
@Index(['sessionId', 'householdId'], { unique: true })
export class CommissionProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CommissionSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: CommissionSession;

  @Column({ type: 'uuid' })
  @Index()
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'CASCADE' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'uuid', nullable: true })
  offerLandlordOrganisationId: string | null;

  @Column({ type: 'text', nullable: true })
  offerCommune: string | null;

  @Column({ type: 'enum', enum: TYPOLOGIES, enumName: 'typology', nullable: true })
  offerTypology: Typology | null;

  @Column({ type: 'integer', nullable: true })
  offerRentCents: number | null;

  @Column({ type: 'date', nullable: true })
  offerAvailableOn: string | null;

  @Column({ type: 'enum', enum: COMMISSION_DECISIONS, enumName: 'commission_decision', nullable: true })
  decision: CommissionDecision | null;

  @Column({ type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'enum', enum: CAL_OUTCOMES, enumName: 'cal_outcome', nullable: true })
  calOutcome: CalOutcome | null;

  @Column({ type: 'smallint', nullable: true })
  calRank: number | null;

  @Column({ type: 'text', nullable: true })
  calCondition: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  calDecidedAt: Date | null;

  /** The landlord's written reason for a non-allocation or a rejection (CCH L441-2-2): a code of config/pathway.json. */
  @Column({ type: 'text', nullable: true })
  calReason: string | null;

  /** The household's answer deadline to the offer (CCH R441-10). */
  @Column({ type: 'date', nullable: true })
  answerDueOn: string | null;

  /** The deadline for the missing document of a suspensive condition (CCH R441-3 c). */
  @Column({ type: 'date', nullable: true })
  conditionDueOn: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
