import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ACTION_STATUSES, ActionStatus, STATE_RATES } from './convention.types';

const cents = (description: string) => ApiProperty({ type: 'integer', description: `${description}, in cents` });
const nullableText = (example?: string) => ApiProperty({ type: String, nullable: true, example });

/** One line of credits: what was agreed and what was committed, the State's share of each. Recomputed on every read. */
export class CreditLineView {
  @cents('Amount agreed') agreedCents: number;
  @ApiProperty({ enum: STATE_RATES, description: 'The State’s (DIHAL) rate, in percent' }) stateRatePercent: number;
  @cents('State share of the agreed amount') stateShareCents: number;
  @cents('Left to the territory: agreed minus the State share') remainderCents: number;
  @cents('Expenses committed (sum of the entries)') committedCents: number;
  @cents('State share of the committed expenses (committed × rate)') committedStateShareCents: number;
}

/** A year's totals, and the unspent State credits carried in from the year before and out to the next. */
export class CreditTotalsView {
  @cents('Amount agreed') agreedCents: number;
  @cents('State share of the agreed amounts') stateShareCents: number;
  @cents('Left to the territory') remainderCents: number;
  @cents('Expenses committed') committedCents: number;
  @cents('State share of the committed expenses') committedStateShareCents: number;
  @cents('Unspent State credits carried in from the year before') carriedInCents: number;
  @cents('What the State pays for the year') stateFundingCents: number;
  @cents('Carried out to the next year: carried in + State funding − State share committed') carriedOutCents: number;
}

export class ExpenseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2025-06-30' }) spentOn: string;
  @ApiProperty({ example: 'Facture La Sasson, 1er semestre' }) label: string;
  @cents('Amount (negative for a correction)') amountCents: number;
  @ApiProperty({ type: Date }) recordedAt: Date;
}

export class ActionYearView {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: '3' }) number: string;
  @nullableText('Renfort du SIAO') title: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @nullableText() statusNote: string | null;
  @nullableText() deliverables: string | null;
  @ApiProperty({ type: CreditLineView }) credits: CreditLineView;
  @ApiProperty({ type: [ExpenseView] }) expenses: ExpenseView[];
}

export class CarrierView {
  @ApiProperty({ example: 'Opérateur La Sasson' }) label: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
}

export class IndicatorLinkView {
  @ApiProperty({ type: String, nullable: true, example: 'households_accompanied', description: 'Null: not collected in Parcours' })
  code: string | null;
  @ApiProperty({ example: 'Nb de ménages accompagnés' }) label: string;
  @ApiProperty({ description: 'Only the carrier organisation’s figures' }) carrierOnly: boolean;
  @ApiProperty({ description: 'False: not collected in Parcours' }) collected: boolean;
}

export class ActionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'renfort-siao' }) key: string;
  @ApiProperty({ example: 3 }) position: number;
  @ApiProperty({ example: 'Renfort du SIAO' }) title: string;
  @ApiProperty() category: string;
  @ApiProperty({ type: CarrierView }) carrier: CarrierView;
  @ApiProperty({ type: [IndicatorLinkView] }) indicators: IndicatorLinkView[];
  @ApiProperty({ type: [ActionYearView] }) years: ActionYearView[];
  @ApiProperty({ example: 1 }) version: number;
}

export class YearView {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty() label: string;
  @ApiProperty({ example: 'Annexe 3' }) annex: string;
  @nullableText() amendment: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-15' }) amendmentSignedOn: string | null;
  @ApiProperty({ type: CreditTotalsView }) credits: CreditTotalsView;
}

export class ConventionSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'grand-chambery-2024-2026' }) key: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '2024-01-01' }) startsOn: string;
  @ApiProperty({ example: '2026-12-31' }) endsOn: string;
  @ApiProperty({ type: String, nullable: true, example: '2024-07-04' }) signedOn: string | null;
  @ApiProperty({ type: 'integer', isArray: true, example: [2024, 2025] }) years: number[];
  @ApiProperty({ example: 1 }) version: number;
}

/** A convention with its years (and their credit totals) and its actions (with their lines and expenses). */
export class ConventionView extends OmitType(ConventionSummaryView, ['years'] as const) {
  @ApiProperty({ type: [YearView] }) years: YearView[];
  @ApiProperty({ type: [ActionView] }) actions: ActionView[];
}

export class MonthValueView {
  @ApiProperty({ example: '2025-01' }) month: string;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
}

export class ReportIndicatorView {
  @ApiProperty({ type: String, nullable: true }) code: string | null;
  @ApiProperty() label: string;
  @ApiProperty({ type: String, nullable: true, example: 'households' }) unit: string | null;
  @ApiProperty({ description: 'False: not collected in Parcours (values null, never 0)' }) collected: boolean;
  @ApiProperty() carrierOnly: boolean;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousYearValue: number | null;
  @ApiProperty({ type: [MonthValueView], description: 'The year month by month (collected indicators of the whole territory)' })
  monthly: MonthValueView[];
}

export class ReportActionView {
  @ApiProperty({ format: 'uuid' }) actionId: string;
  @ApiProperty() key: string;
  @ApiProperty({ example: '3' }) number: string;
  @ApiProperty() title: string;
  @ApiProperty() category: string;
  @ApiProperty() carrier: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @ApiProperty({ example: 'Maintien' }) statusLabel: string;
  @nullableText() deliverables: string | null;
  @ApiProperty({ type: [ReportIndicatorView] }) indicators: ReportIndicatorView[];
}

export class ReportCreditLineView extends CreditLineView {
  @ApiProperty({ format: 'uuid' }) actionId: string;
  @ApiProperty({ example: '3' }) number: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'Maintien' }) statusLabel: string;
}

export class ReportCreditsView {
  @ApiProperty({ type: [ReportCreditLineView] }) lines: ReportCreditLineView[];
  @ApiProperty({ type: CreditTotalsView }) totals: CreditTotalsView;
}

/** The yearly execution report (article 2.3.2): every action with its indicators, deliverables and credits. */
export class ExecutionReportView {
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty() conventionTitle: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'Année 4 (juillet 2024 – décembre 2025)' }) yearLabel: string;
  @ApiProperty({ type: [ReportActionView] }) actions: ReportActionView[];
  @ApiProperty({ type: ReportCreditsView }) credits: ReportCreditsView;
}
