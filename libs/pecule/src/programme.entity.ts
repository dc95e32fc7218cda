import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A territory's pécule programme and its envelope. `committedCents` is the sum of validated,
 * transmitted and paid payments, kept by one conditional UPDATE per validation; the CHECK is the
 * last line of defence: the envelope can never be overspent.
 */
@Entity()
@Index(['territoryId', 'startsOn'])
@Check('ck_pecule_programme_envelope', '"committed_cents" >= 0 AND "committed_cents" <= "envelope_cents"')
@Check('ck_pecule_programme_paid', '"paid_cents" >= 0 AND "paid_cents" <= "committed_cents"')
@Check('ck_pecule_programme_period', '"starts_on" <= "ends_on"')
export class PeculeProgramme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  /** The stipend managers' organisation: its team inbox gets the monthly "payments to validate". */
  @Column({ type: 'uuid' })
  managingOrganisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'integer' })
  envelopeCents: number;

  @Column({ type: 'integer', default: 0 })
  committedCents: number;

  @Column({ type: 'integer', default: 0 })
  paidCents: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A version of the programme's rules, as adopted by a deliberation. An enrolment keeps the rule
 * set in force at its start date: a change of rules applies to new enrolments only.
 */
@Entity()
@Unique(['programmeId', 'rulesVersion'])
@Check('ck_pecule_rule_set_amounts', '"default_monthly_cents" > 0 AND "default_monthly_cents" <= "max_monthly_cents"')
export class PeculeRuleSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  programmeId: string;

  @ManyToOne(() => PeculeProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn()
  programme?: PeculeProgramme;

  @Column({ type: 'text' })
  rulesVersion: string;

  @Column({ type: 'date' })
  deliberationDate: string;

  /** Enrolments starting on or after this date follow these rules. */
  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'integer' })
  defaultMonthlyCents: number;

  @Column({ type: 'integer' })
  maxMonthlyCents: number;

  @Column({ type: 'smallint' })
  maxDurationMonths: number;

  @Column({ type: 'smallint' })
  ageLimitYears: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
