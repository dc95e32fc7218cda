import { Household } from '@app/pathway';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ALERT_SOURCES,
  AlertSource,
  CLOSING_OUTCOMES,
  ClosingOutcome,
  CONTACT_CHANNELS,
  CONTACT_PARTIES,
  ContactChannel,
  ContactParty,
  FILE_STATUSES,
  FileStatus,
  HOUSING_BENEFIT_PAYERS,
  HOUSING_BENEFIT_STATUSES,
  HousingBenefitPayer,
  HousingBenefitStatus,
  TRUCE_EXCEPTIONS,
  TruceException,
} from './arrears.types';
import { ArrearsLandlord } from './landlord.entity';
import { PROCEDURE_FACTS, ProcedureFact, Stage, STAGES } from './procedure';
import { SOLUTION_KINDS, SolutionKind, SolutionStatus } from './solutions';

/** A private-sector tenant household with unpaid rent, followed by an ADIL advisor. */
@Entity('arrears_file')
@Index(['territoryId', 'organisationId', 'status'])
@Index(['organisationId', 'tenantKey'])
@Check('ck_arrears_file_amounts', 'rent_cents > 0 AND charges_cents >= 0 AND housing_benefit_cents >= 0')
export class ArrearsFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `A-000123`: shown in reminders and e-mails instead of a name. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  advisorUserId: string;

  @Column({ type: 'uuid' })
  @Index()
  landlordId: string;

  @ManyToOne(() => ArrearsLandlord, { onDelete: 'RESTRICT' })
  @JoinColumn()
  landlord?: ArrearsLandlord;

  @Column({ type: 'text' })
  tenantLastName: string;

  @Column({ type: 'text', nullable: true })
  tenantFirstName: string | null;

  @Column({ type: 'text', nullable: true })
  tenantPhone: string | null;

  @Column({ type: 'text', nullable: true })
  tenantEmail: string | null;

  /** Normalised name and commune, to find a tenant already followed (imports). */
  @Column({ type: 'text' })
  tenantKey: string;

  @Column({ type: 'smallint', nullable: true })
  householdSize: number | null;

  /** INSEE code; null only for a file opened before the reference whose free text named no single commune. */
  @Column({ type: 'text', nullable: true })
  commune: string | null;

  /** Monthly rent without charges (the CCAPEX thresholds count in it). */
  @Column({ type: 'integer' })
  rentCents: number;

  @Column({ type: 'integer', default: 0 })
  chargesCents: number;

  /** The lease's signing date chooses the termination clause's delay; null when unknown. */
  @Column({ type: 'date', nullable: true })
  leaseSignedOn: string | null;

  @Column({ type: 'enum', enum: HOUSING_BENEFIT_PAYERS, enumName: 'arrears_benefit_payer', default: 'none' })
  housingBenefitPayer: HousingBenefitPayer;

  @Column({ type: 'integer', default: 0 })
  housingBenefitCents: number;

  @Column({ type: 'enum', enum: HOUSING_BENEFIT_STATUSES, enumName: 'arrears_benefit_status', default: 'none' })
  housingBenefitStatus: HousingBenefitStatus;

  @Column({ type: 'enum', enum: ALERT_SOURCES, enumName: 'arrears_alert_source' })
  alertSource: AlertSource;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'enum', enum: FILE_STATUSES, enumName: 'arrears_file_status', default: 'open' })
  status: FileStatus;

  /** The latest procedure stage recorded; null before the first. */
  @Column({ type: 'enum', enum: STAGES, enumName: 'arrears_stage', nullable: true })
  stage: Stage | null;

  @Column({ type: 'integer', nullable: true })
  currentDebtCents: number | null;

  @Column({ type: 'date', nullable: true })
  lastContactOn: string | null;

  @Column({ type: 'date' })
  nextContactDueOn: string;

  @Column({ type: 'enum', enum: CLOSING_OUTCOMES, enumName: 'arrears_closing_outcome', nullable: true })
  outcome: ClosingOutcome | null;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  /** The pathway household opened by a rehousing request, with the tenant's consent. */
  @Column({ type: 'uuid', nullable: true })
  householdId: string | null;

  @ManyToOne(() => Household, { onDelete: 'SET NULL' })
  @JoinColumn()
  household?: Household;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An attempt to reach the tenant or the landlord. */
@Entity('arrears_contact')
@Index(['fileId', 'contactedOn'])
export class ArrearsContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  fileId: string;

  @ManyToOne(() => ArrearsFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  file?: ArrearsFile;

  @Column({ type: 'date' })
  contactedOn: string;

  @Column({ type: 'enum', enum: CONTACT_PARTIES, enumName: 'arrears_contact_party' })
  party: ContactParty;

  @Column({ type: 'enum', enum: CONTACT_CHANNELS, enumName: 'arrears_contact_channel' })
  channel: ContactChannel;

  @Column({ type: 'boolean' })
  reached: boolean;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The debt on a date: the file shows its trajectory. */
@Entity('arrears_debt')
@Index(['fileId', 'observedOn'])
@Check('ck_arrears_debt_amounts', 'amount_cents >= 0 AND monthly_rent_cents > 0')
export class ArrearsDebt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  fileId: string;

  @ManyToOne(() => ArrearsFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  file?: ArrearsFile;

  @Column({ type: 'date' })
  observedOn: string;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'smallint', nullable: true })
  monthsUnpaid: number | null;

  /** Rent and charges on that date, so the ratio stays right after the rent changes. */
  @Column({ type: 'integer' })
  monthlyRentCents: number;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A response mobilised on the file (repayment plan, FSL, ...), with its status. */
@Entity('arrears_solution')
@Check('ck_arrears_solution_amounts', '(amount_cents IS NULL OR amount_cents >= 0) AND (monthly_cents IS NULL OR monthly_cents > 0)')
export class ArrearsSolution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  fileId: string;

  @ManyToOne(() => ArrearsFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  file?: ArrearsFile;

  @Column({ type: 'enum', enum: SOLUTION_KINDS, enumName: 'arrears_solution_kind' })
  kind: SolutionKind;

  @Column({ type: 'text' })
  status: SolutionStatus;

  @Column({ type: 'date' })
  startedOn: string;

  /** Repayment plan: the monthly instalment, how many, from when. */
  @Column({ type: 'integer', nullable: true })
  monthlyCents: number | null;

  @Column({ type: 'smallint', nullable: true })
  durationMonths: number | null;

  @Column({ type: 'date', nullable: true })
  firstDueOn: string | null;

  /** FSL: amount requested, then granted. */
  @Column({ type: 'integer', nullable: true })
  amountCents: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A stage of the procedure, with its date and, for some, its terms. */
@Entity('arrears_stage_record')
@Index(['fileId', 'occurredOn'])
export class ArrearsStageRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  fileId: string;

  @ManyToOne(() => ArrearsFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  file?: ArrearsFile;

  @Column({ type: 'enum', enum: STAGES, enumName: 'arrears_stage' })
  stage: Stage;

  @Column({ type: 'date' })
  occurredOn: string;

  /** Summons: the hearing date; a postponed hearing: the next one. */
  @Column({ type: 'date', nullable: true })
  hearingOn: string | null;

  /** Judgment terms. */
  @Column({ type: 'boolean', nullable: true })
  leaseTerminated: boolean | null;

  @Column({ type: 'smallint', nullable: true })
  paymentDelayMonths: number | null;

  @Column({ type: 'date', nullable: true })
  paymentDelaysEndOn: string | null;

  /** An eviction during the winter truce: why the truce does not protect the occupants, if the bailiff says so. */
  @Column({ type: 'enum', enum: TRUCE_EXCEPTIONS, enumName: 'arrears_truce_exception', nullable: true })
  truceException: TruceException | null;

  /** What the law required and the record shows was not done (a defence argument), e.g. no CCAPEX referral. */
  @Column({ type: 'text', array: true, default: '{}' })
  irregularities: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An act or a decision of the procedure recorded beside its stages (see PROCEDURE_FACTS). */
@Entity('arrears_procedure_fact')
@Index(['fileId', 'occurredOn'])
@Check('ck_arrears_procedure_fact_delay', '(months IS NULL OR months >= 0) AND (days IS NULL OR days >= 0)')
export class ArrearsProcedureFact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  fileId: string;

  @ManyToOne(() => ArrearsFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  file?: ArrearsFile;

  @Column({ type: 'enum', enum: PROCEDURE_FACTS, enumName: 'arrears_procedure_fact_kind' })
  kind: ProcedureFact;

  @Column({ type: 'date' })
  occurredOn: string;

  /** A delay decided: the shortened delay after the notice to quit, or the enforcement judge's delay. */
  @Column({ type: 'smallint', nullable: true })
  months: number | null;

  @Column({ type: 'smallint', nullable: true })
  days: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
