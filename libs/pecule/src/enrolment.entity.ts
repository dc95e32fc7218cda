import { Household, Person } from '@app/pathway';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PeculeProgramme, PeculeRuleSet } from './programme.entity';
import { END_REASONS, ENROLMENT_STATUSES, EndReason, EnrolmentStatus, Situation } from './pecule.types';

/** A young person's stipend, from a pathway household, under the rule set in force at its start. */
@Entity()
@Index('uq_pecule_enrolment_active_person', ['personId'], { unique: true, where: "status = 'active'" })
@Index(['territoryId', 'organisationId', 'status'])
@Index(['programmeId', 'status'])
export class PeculeEnrolment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `J-000123`: shown in reminders, e-mails and the treasury export instead of a name. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  /** The youth team that accompanies the young person. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  referentUserId: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => PeculeProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn()
  programme?: PeculeProgramme;

  @Column({ type: 'uuid' })
  ruleSetId: string;

  @ManyToOne(() => PeculeRuleSet, { onDelete: 'RESTRICT' })
  @JoinColumn()
  ruleSet?: PeculeRuleSet;

  @Column({ type: 'uuid' })
  @Index()
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'pecule_enrolment_status', default: 'active' })
  status: EnrolmentStatus;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  plannedEndOn: string;

  /** The day the young person reaches the age limit (a reminder falls 30 days before). */
  @Column({ type: 'date' })
  ageLimitOn: string;

  @Column({ type: 'integer' })
  monthlyCents: number;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'enum', enum: END_REASONS, enumName: 'pecule_end_reason', nullable: true })
  endReason: EndReason | null;

  @Column({ type: 'jsonb' })
  situationAtEntry: Situation;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Bank details, apart so that no enrolment query reads them by accident: stipend managers only. */
@Entity()
export class PeculeBankDetails {
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => PeculeEnrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: PeculeEnrolment;

  /** Normalised (upper-case, no spaces, mod-97 checked), then sealed with FieldCipher (bound to the enrolment id). */
  @Column({ type: 'text' })
  iban: string;

  @Column({ type: 'text' })
  holderName: string;

  @Column({ type: 'uuid' })
  updatedBy: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A situation review during the stipend. */
@Entity()
export class PeculeReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  enrolmentId: string;

  @ManyToOne(() => PeculeEnrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: PeculeEnrolment;

  @Column({ type: 'date' })
  reviewedOn: string;

  @Column({ type: 'jsonb' })
  situation: Situation;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
