import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ActionStatus } from './convention.types';

/** How an action's indicator is stored: a catalogue code (optionally the carrier's figures only), or a label Parcours does not collect. */
export type IndicatorLink = { code: string; carrierOnly?: boolean } | { label: string };

/**
 * A territory's convention with the State (Logement d'abord): its period and signing date. Its
 * years, actions and their yearly lines belong to it; every change of them bumps its version.
 */
@Entity()
@Unique('uq_convention_territory_key', ['territoryId', 'key'])
@Check('ck_convention_period', '"starts_on" <= "ends_on"')
export class Convention {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) territoryId: string;
  /** The coordination team that runs it: its inbox gets the yearly report reminder. */
  @Column({ type: 'uuid' }) organisationId: string;
  /** Stable slug of the JSON file (`grand-chambery-2024-2026`). */
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date' }) endsOn: string;
  @Column({ type: 'date', nullable: true }) signedOn: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A year of the convention: the annex its figures come from, the State's funding paid for it, its amendment. */
@Entity()
export class ConventionYear {
  @PrimaryColumn({ type: 'uuid' }) conventionId: string;
  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_convention_year_convention' })
  convention?: Convention;
  @PrimaryColumn({ type: 'integer' }) year: number;
  /** How the annex names the period (`Années 1 à 3, bilan au 30 mai 2024`). */
  @Column({ type: 'text' }) label: string;
  /** The annex the year's figures come from (`Annexe 2`). */
  @Column({ type: 'text' }) annex: string;
  /** What the State paid for the year (cents); the unspent State share carries over to the next year. */
  @Column({ type: 'bigint' }) stateFundingCents: string;
  @Column({ type: 'text', nullable: true }) amendment: string | null;
  @Column({ type: 'date', nullable: true }) amendmentSignedOn: string | null;
}

/** An action of the convention, with its stable id and key whatever number each year's annex gives it. */
@Entity()
@Unique('uq_convention_action_key', ['conventionId', 'key'])
@Index('ix_convention_action_position', ['conventionId', 'position'])
export class ConventionAction {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) conventionId: string;
  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_convention_action_convention' })
  convention?: Convention;
  @Column({ type: 'text' }) key: string;
  /** Order of the actions in the file and the report. */
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) category: string;
  @Column({ type: 'text' }) carrierLabel: string;
  /** The carrier when it is an organisation of the territory (its figures can be told apart). */
  @Column({ type: 'uuid', nullable: true }) carrierOrganisationId: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) indicators: IndicatorLink[];
  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** An action in a year: its number and title as that year's annex shows them, its status, its credits, its deliverables. */
@Entity()
@Check('ck_convention_action_year_rate', '"state_rate_percent" IN (100, 80, 50)')
@Check(
  'ck_convention_action_year_amounts',
  '"agreed_cents" >= 0 AND ("state_share_cents" IS NULL OR "state_share_cents" BETWEEN 0 AND "agreed_cents")',
)
export class ConventionActionYear {
  @PrimaryColumn({ type: 'uuid' }) actionId: string;
  @ManyToOne(() => ConventionAction, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_convention_action_year_action' })
  action?: ConventionAction;
  @PrimaryColumn({ type: 'integer' }) year: number;
  @Column({ type: 'uuid' }) conventionId: string;
  @Column({ type: 'text' }) number: string;
  /** The title as that annex words it, when it differs from the action's. */
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text' }) status: ActionStatus;
  @Column({ type: 'text', nullable: true }) statusNote: string | null;
  @Column({ type: 'bigint' }) agreedCents: string;
  @Column({ type: 'smallint' }) stateRatePercent: number;
  /** The State share agreed when the annex sets it apart from the rate (Annexe 2, line 16); the rate's share otherwise. */
  @Column({ type: 'bigint', nullable: true }) stateShareCents: string | null;
  /** What the coordinator notes as delivered (Annexe 3's "Livrables"). */
  @Column({ type: 'text', nullable: true }) deliverables: string | null;
}

/** An expense committed on an action's credits of a year. Never edited: a correction is another entry (negative). */
@Entity()
@Unique('uq_convention_expense_position', ['actionId', 'year', 'position'])
@Check('ck_convention_expense_amount', '"amount_cents" <> 0')
export class ConventionExpense {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) conventionId: string;
  @Column({ type: 'uuid' }) actionId: string;
  @ManyToOne(() => ConventionAction, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_convention_expense_action' })
  action?: ConventionAction;
  @Column({ type: 'integer' }) year: number;
  /** Order of entry within the action's year (entries keyed in one request share their timestamp). */
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'date' }) spentOn: string;
  @Column({ type: 'text' }) label: string;
  @Column({ type: 'bigint' }) amountCents: string;
  @Column({ type: 'uuid', nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) recordedAt: Date;
}

export const CONVENTION_ENTITIES = [Convention, ConventionYear, ConventionAction, ConventionActionYear, ConventionExpense];
