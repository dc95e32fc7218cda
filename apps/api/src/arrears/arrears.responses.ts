import {
  ALERT_SOURCES,
  AlertSource,
  CcapexThresholds,
  CLOSING_OUTCOMES,
  ClosingOutcome,
  CONTACT_CHANNELS,
  CONTACT_PARTIES,
  ContactChannel,
  ContactParty,
  DebtView,
  DelayView,
  EarliestEviction,
  FILE_STATUSES,
  FileDetail,
  FileStatus,
  FileSummary,
  HOUSING_BENEFIT_PAYERS,
  HOUSING_BENEFIT_STATUSES,
  HousingBenefitPayer,
  HousingBenefitStatus,
  ImportReport,
  LANDLORD_KINDS,
  LandlordDetail,
  LandlordKind,
  LandlordView,
  LegalDeadline,
  PROCEDURE_FACTS,
  ProcedureFact,
  ProcedureView,
  SOLUTION_KINDS,
  SOLUTION_STATUSES,
  SolutionKind,
  SolutionView,
  Stage,
  STAGES,
  TRUCE_EXCEPTIONS,
  TruceException,
} from '@app/arrears';
import { FieldProblem, Page } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * What the arrears operations answer, mapped field by field from the context's views: a column
 * added to an entity reaches a client only once it is declared here.
 */

const DATE = { type: String, format: 'date' } as const;
const NULLABLE_DATE = { ...DATE, nullable: true } as const;
const NULLABLE_TEXT = { type: String, nullable: true } as const;
const NULLABLE_INTEGER = { type: 'integer', nullable: true } as const;

export class LandlordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LANDLORD_KINDS }) kind: LandlordKind;
  @ApiProperty() name: string;
  @ApiProperty(NULLABLE_TEXT) phone: string | null;
  @ApiProperty(NULLABLE_TEXT) email: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, example: '73065', description: 'INSEE code of the commune' }) commune: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, example: 'Chambéry', description: 'Its official name' }) communeName: string | null;
  @ApiProperty(NULLABLE_TEXT) lettingAgent: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Send it back to change the landlord (optimistic locking)' }) version: number;
  @ApiProperty({ type: Date }) createdAt: Date;
}

export function toLandlordResponse(l: LandlordView): LandlordResponse {
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    phone: l.phone,
    email: l.email,
    commune: l.commune,
    communeName: l.communeName,
    lettingAgent: l.lettingAgent,
    version: l.version,
    createdAt: l.createdAt,
  };
}

export class LandlordFileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A-000123' }) reference: string;
  @ApiProperty({ enum: FILE_STATUSES }) status: string;
}

export class LandlordDetailResponse extends LandlordResponse {
  @ApiProperty({ type: [LandlordFileResponse], description: 'Its tenants’ files I may see' }) files: LandlordFileResponse[];
}

export function toLandlordDetailResponse(l: LandlordDetail): LandlordDetailResponse {
  return {
    ...toLandlordResponse(l),
    files: l.files.map((f) => ({ id: f.id, reference: f.reference, status: f.status })),
  };
}

export class FileLandlordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LANDLORD_KINDS }) kind: LandlordKind;
}

export class ArrearsFileSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A-000123' }) reference: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) advisorUserId: string;
  @ApiProperty({ enum: FILE_STATUSES }) status: FileStatus;
  @ApiProperty() tenantLastName: string;
  @ApiProperty(NULLABLE_TEXT) tenantFirstName: string | null;
  @ApiProperty(NULLABLE_TEXT) tenantPhone: string | null;
  @ApiProperty(NULLABLE_TEXT) tenantEmail: string | null;
  @ApiProperty(NULLABLE_INTEGER) householdSize: number | null;
  @ApiProperty({ ...NULLABLE_TEXT, example: '73065', description: 'INSEE code of the commune' }) commune: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, example: 'Chambéry', description: 'Its official name' }) communeName: string | null;
  @ApiProperty({ type: 'integer', example: 52000, description: 'Monthly rent without charges, in euro cents' }) rentCents: number;
  @ApiProperty({ type: 'integer', example: 6000 }) chargesCents: number;
  @ApiProperty({ ...NULLABLE_DATE, description: 'Null when unknown' }) leaseSignedOn: string | null;
  @ApiProperty({ enum: HOUSING_BENEFIT_PAYERS }) housingBenefitPayer: HousingBenefitPayer;
  @ApiProperty({ type: 'integer' }) housingBenefitCents: number;
  @ApiProperty({ enum: HOUSING_BENEFIT_STATUSES }) housingBenefitStatus: HousingBenefitStatus;
  @ApiProperty({ enum: ALERT_SOURCES }) alertSource: AlertSource;
  @ApiProperty(DATE) openedOn: string;
  @ApiProperty({ enum: STAGES, nullable: true, description: 'The latest procedure stage recorded' }) stage: Stage | null;
  @ApiProperty(NULLABLE_INTEGER) currentDebtCents: number | null;
  @ApiProperty(NULLABLE_DATE) lastContactOn: string | null;
  @ApiProperty(DATE) nextContactDueOn: string;
  @ApiProperty({ enum: CLOSING_OUTCOMES, nullable: true }) outcome: ClosingOutcome | null;
  @ApiProperty(NULLABLE_DATE) closedOn: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The pathway household of a rehousing request' })
  householdId: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Send it back to change or close the file (optimistic locking)' })
  version: number;
  @ApiProperty({ type: FileLandlordResponse }) landlord: FileLandlordResponse;
}

export function toFileSummaryResponse(f: FileSummary): ArrearsFileSummaryResponse {
  return {
    id: f.id,
    reference: f.reference,
    organisationId: f.organisationId,
    advisorUserId: f.advisorUserId,
    status: f.status,
    tenantLastName: f.tenantLastName,
    tenantFirstName: f.tenantFirstName,
    tenantPhone: f.tenantPhone,
    tenantEmail: f.tenantEmail,
    householdSize: f.householdSize,
    commune: f.commune,
    communeName: f.communeName,
    rentCents: f.rentCents,
    chargesCents: f.chargesCents,
    leaseSignedOn: f.leaseSignedOn,
    housingBenefitPayer: f.housingBenefitPayer,
    housingBenefitCents: f.housingBenefitCents,
    housingBenefitStatus: f.housingBenefitStatus,
    alertSource: f.alertSource,
    openedOn: f.openedOn,
    stage: f.stage,
    currentDebtCents: f.currentDebtCents,
    lastContactOn: f.lastContactOn,
    nextContactDueOn: f.nextContactDueOn,
    outcome: f.outcome,
    closedOn: f.closedOn,
    householdId: f.householdId,
    version: f.version,
    landlord: { id: f.landlord.id, name: f.landlord.name, kind: f.landlord.kind },
  };
}

export class ArrearsFilePageResponse {
  @ApiProperty({ type: [ArrearsFileSummaryResponse] }) items: ArrearsFileSummaryResponse[];
  @ApiProperty({ ...NULLABLE_TEXT, description: 'Pass it as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

export function toFilePageResponse(page: Page<FileSummary>): ArrearsFilePageResponse {
  return { items: page.items.map(toFileSummaryResponse), nextCursor: page.nextCursor };
}

export class ArrearsContactResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(DATE) contactedOn: string;
  @ApiProperty({ enum: CONTACT_PARTIES }) party: ContactParty;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel: ContactChannel;
  @ApiProperty() reached: boolean;
  @ApiProperty(NULLABLE_TEXT) outcome: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who recorded it' }) recordedBy: string;
  @ApiProperty({ type: Date }) createdAt: Date;
}

export class ArrearsDebtResponse {
  @ApiProperty(DATE) observedOn: string;
  @ApiProperty({ type: 'integer' }) amountCents: number;
  @ApiProperty(NULLABLE_INTEGER) monthsUnpaid: number | null;
  @ApiProperty({ example: 3.2, description: 'Debt over the monthly rent and charges of that date' }) rentRatio: number;
}

export class InstalmentResponse {
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ type: 'integer' }) amountCents: number;
}

export class ArrearsSolutionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SOLUTION_KINDS }) kind: SolutionKind;
  @ApiProperty({ enum: SOLUTION_STATUSES }) status: string;
  @ApiProperty(DATE) startedOn: string;
  @ApiProperty({ ...NULLABLE_INTEGER, description: 'Repayment plan: the monthly instalment, in cents' }) monthlyCents: number | null;
  @ApiProperty(NULLABLE_INTEGER) durationMonths: number | null;
  @ApiProperty(NULLABLE_DATE) firstDueOn: string | null;
  @ApiProperty({ ...NULLABLE_INTEGER, description: 'FSL: amount requested, then granted, in cents' }) amountCents: number | null;
  @ApiProperty(NULLABLE_TEXT) note: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Send it back to move the solution on (optimistic locking)' })
  version: number;
  @ApiProperty({ type: Date }) createdAt: Date;
  @ApiProperty({ enum: SOLUTION_STATUSES, isArray: true, description: 'Where it may move next' }) nextStatuses: string[];
  @ApiProperty({ type: [InstalmentResponse], nullable: true, description: 'Repayment plan: its instalments' })
  schedule: InstalmentResponse[] | null;
}

export class DelayResponse {
  @ApiPropertyOptional({ type: 'integer' }) months?: number;
  @ApiPropertyOptional({ type: 'integer' }) weeks?: number;
  @ApiPropertyOptional({ type: 'integer' }) days?: number;
  @ApiPropertyOptional({ description: 'The law it comes from' }) source?: string;
}

export class DeadlineStartResponse {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty(DATE) date: string;
}

export class DeadlineCandidateResponse {
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ type: DelayResponse }) delay: DelayResponse;
  @ApiProperty(DATE) leaseSignedFrom: string;
  @ApiProperty(NULLABLE_DATE) leaseSignedBefore: string | null;
}

export class UndeterminedDeadlineResponse {
  @ApiProperty({ enum: ['lease_signed_on_unknown'] }) reason: 'lease_signed_on_unknown';
  @ApiProperty({ description: 'In French, for the screen' }) note: string;
  @ApiProperty({ type: [DeadlineCandidateResponse], description: 'Each possible date, with the leases it applies to' })
  candidates: DeadlineCandidateResponse[];
}

export class LegalDeadlineResponse {
  @ApiProperty({ example: 'summons_after_ccapex_referral' }) code: string;
  @ApiProperty() label: string;
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ type: DeadlineStartResponse, description: 'The stage and date the delay runs from' }) from: DeadlineStartResponse;
  @ApiProperty({ type: DelayResponse }) delay: DelayResponse;
  @ApiPropertyOptional({ ...DATE, description: 'Moved past the winter truce: the date the delay alone gives' }) postponedFrom?: string;
  @ApiPropertyOptional({ enum: STAGES }) notBefore?: Stage;
  @ApiPropertyOptional({ type: UndeterminedDeadlineResponse, description: 'The delay depends on the lease’s signing date, unknown' })
  undetermined?: UndeterminedDeadlineResponse;
}

export class WinterTruceResponse {
  @ApiProperty({ example: '11-01', description: 'MM-DD' }) from: string;
  @ApiProperty({ example: '03-31', description: 'MM-DD' }) to: string;
  @ApiProperty() activeToday: boolean;
}

export class StageRecordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty(DATE) occurredOn: string;
  @ApiProperty(NULLABLE_DATE) hearingOn: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) leaseTerminated: boolean | null;
  @ApiProperty(NULLABLE_INTEGER) paymentDelayMonths: number | null;
  @ApiProperty(NULLABLE_DATE) paymentDelaysEndOn: string | null;
  @ApiProperty({ enum: TRUCE_EXCEPTIONS, nullable: true }) truceException: TruceException | null;
  @ApiProperty({ type: String, isArray: true, example: ['no_ccapex_referral'], description: 'What the law required and was not done' })
  irregularities: string[];
  @ApiProperty(NULLABLE_TEXT) note: string | null;
  @ApiProperty({ format: 'uuid' }) recordedBy: string;
  @ApiProperty({ type: Date }) createdAt: Date;
}

export class ProcedureFactResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROCEDURE_FACTS }) kind: ProcedureFact;
  @ApiProperty(DATE) occurredOn: string;
  @ApiProperty(NULLABLE_INTEGER) months: number | null;
  @ApiProperty(NULLABLE_INTEGER) days: number | null;
  @ApiProperty(NULLABLE_TEXT) note: string | null;
  @ApiProperty({ format: 'uuid' }) recordedBy: string;
  @ApiProperty({ type: Date }) createdAt: Date;
}

export class EarliestEvictionResponse {
  @ApiProperty(DATE) noticeToQuitOn: string;
  @ApiProperty({ type: DelayResponse, description: 'The law’s delay after the notice, or the one the judge shortened' })
  delay: DelayResponse;
  @ApiProperty(NULLABLE_DATE) reducedByJudgeOn: string | null;
  @ApiProperty({ ...NULLABLE_DATE, description: 'The notice, or the day the prefect was informed when later' }) runsFrom: string | null;
  @ApiProperty({ description: 'The prefect has not been informed: the delay has not started' }) suspended: boolean;
  @ApiProperty(NULLABLE_DATE) enforcementDelayUntil: string | null;
  @ApiProperty({ ...NULLABLE_DATE, description: 'Null while suspended; moved past the winter truce' }) dueOn: string | null;
  @ApiPropertyOptional(DATE) postponedFrom?: string;
}

export class CcapexThresholdsResponse {
  @ApiProperty({ description: 'The latest debt reaches one of the thresholds' }) reached: boolean;
  @ApiProperty(NULLABLE_DATE) since: string | null;
  @ApiProperty({ type: 'integer' }) monthsUnpaid: number;
  @ApiProperty() debtToRentWithoutCharges: number;
  @ApiProperty() source: string;
}

export class ProcedureResponse {
  @ApiProperty({ enum: STAGES, nullable: true }) stage: Stage | null;
  @ApiProperty({ enum: STAGES, isArray: true }) allowedStages: Stage[];
  @ApiProperty({ type: [LegalDeadlineResponse], description: 'The deadlines of the current stage, past ones included' })
  deadlines: LegalDeadlineResponse[];
  @ApiProperty({ type: LegalDeadlineResponse, nullable: true }) nextLegalDeadline: LegalDeadlineResponse | null;
  @ApiProperty({ type: WinterTruceResponse }) winterTruce: WinterTruceResponse;
  @ApiProperty({ type: [StageRecordResponse] }) stages: StageRecordResponse[];
  @ApiProperty({ type: [ProcedureFactResponse], description: 'Acts and decisions recorded beside the stages, oldest first' })
  facts: ProcedureFactResponse[];
  @ApiProperty({ type: EarliestEvictionResponse, nullable: true }) earliestEviction: EarliestEvictionResponse | null;
  @ApiProperty({ type: CcapexThresholdsResponse, nullable: true }) ccapexReportThresholds: CcapexThresholdsResponse | null;
}

export class ArrearsFileDetailResponse extends ArrearsFileSummaryResponse {
  @ApiProperty({ type: LandlordResponse }) declare landlord: LandlordResponse;
  @ApiProperty({ type: [ArrearsContactResponse] }) contacts: ArrearsContactResponse[];
  @ApiProperty({ type: [ArrearsDebtResponse] }) debts: ArrearsDebtResponse[];
  @ApiProperty({ type: [ArrearsSolutionResponse] }) solutions: ArrearsSolutionResponse[];
  @ApiProperty({ type: ProcedureResponse }) procedure: ProcedureResponse;
}

const toDelay = (d: DelayView): DelayResponse => ({ months: d.months, weeks: d.weeks, days: d.days, source: d.source });

function toDeadline(d: LegalDeadline): LegalDeadlineResponse {
  return {
    code: d.code,
    label: d.label,
    dueOn: d.dueOn,
    from: { stage: d.from.stage, date: d.from.date },
    delay: toDelay(d.delay),
    postponedFrom: d.postponedFrom,
    notBefore: d.notBefore,
    undetermined: d.undetermined && {
      reason: d.undetermined.reason,
      note: d.undetermined.note,
      candidates: d.undetermined.candidates.map((c) => ({
        dueOn: c.dueOn,
        delay: toDelay(c.delay),
        leaseSignedFrom: c.leaseSignedFrom,
        leaseSignedBefore: c.leaseSignedBefore,
      })),
    },
  };
}

function toEarliestEviction(e: EarliestEviction): EarliestEvictionResponse {
  return {
    noticeToQuitOn: e.noticeToQuitOn,
    delay: toDelay(e.delay),
    reducedByJudgeOn: e.reducedByJudgeOn,
    runsFrom: e.runsFrom,
    suspended: e.suspended,
    enforcementDelayUntil: e.enforcementDelayUntil,
    dueOn: e.dueOn,
    postponedFrom: e.postponedFrom,
  };
}

function toCcapexThresholds(c: CcapexThresholds): CcapexThresholdsResponse {
  return {
    reached: c.reached,
    since: c.since,
    monthsUnpaid: c.monthsUnpaid,
    debtToRentWithoutCharges: c.debtToRentWithoutCharges,
    source: c.source,
  };
}

function toProcedure(p: ProcedureView): ProcedureResponse {
  return {
    stage: p.stage,
    allowedStages: p.allowedStages,
    deadlines: p.deadlines.map(toDeadline),
    nextLegalDeadline: p.nextLegalDeadline && toDeadline(p.nextLegalDeadline),
    winterTruce: { from: p.winterTruce.from, to: p.winterTruce.to, activeToday: p.winterTruce.activeToday },
    stages: p.stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      occurredOn: s.occurredOn,
      hearingOn: s.hearingOn,
      leaseTerminated: s.leaseTerminated,
      paymentDelayMonths: s.paymentDelayMonths,
      paymentDelaysEndOn: s.paymentDelaysEndOn,
      truceException: s.truceException,
      irregularities: s.irregularities,
      note: s.note,
      recordedBy: s.recordedBy,
      createdAt: s.createdAt,
    })),
    facts: p.facts.map((f) => ({
      id: f.id,
      kind: f.kind,
      occurredOn: f.occurredOn,
      months: f.months,
      days: f.days,
      note: f.note,
      recordedBy: f.recordedBy,
      createdAt: f.createdAt,
    })),
    earliestEviction: p.earliestEviction && toEarliestEviction(p.earliestEviction),
    ccapexReportThresholds: p.ccapexReportThresholds && toCcapexThresholds(p.ccapexReportThresholds),
  };
}

function toSolution(s: SolutionView): ArrearsSolutionResponse {
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    startedOn: s.startedOn,
    monthlyCents: s.monthlyCents,
    durationMonths: s.durationMonths,
    firstDueOn: s.firstDueOn,
    amountCents: s.amountCents,
    note: s.note,
    version: s.version,
    createdAt: s.createdAt,
    nextStatuses: s.nextStatuses,
    schedule: s.schedule?.map((i) => ({ dueOn: i.dueOn, amountCents: i.amountCents })) ?? null,
  };
}

const toDebt = (d: DebtView): ArrearsDebtResponse => ({
  observedOn: d.observedOn,
  amountCents: d.amountCents,
  monthsUnpaid: d.monthsUnpaid,
  rentRatio: d.rentRatio,
});

export function toFileDetailResponse(f: FileDetail): ArrearsFileDetailResponse {
  return {
    ...toFileSummaryResponse(f),
    landlord: toLandlordResponse(f.landlord),
    contacts: f.contacts.map((c) => ({
      id: c.id,
      contactedOn: c.contactedOn,
      party: c.party,
      channel: c.channel,
      reached: c.reached,
      outcome: c.outcome,
      recordedBy: c.recordedBy,
      createdAt: c.createdAt,
    })),
    debts: f.debts.map(toDebt),
    solutions: f.solutions.map(toSolution),
    procedure: toProcedure(f.procedure),
  };
}

export class ImportedRowResponse {
  @ApiProperty({ type: 'integer', description: 'Line of the CSV file' }) line: number;
  @ApiProperty({ example: 'A-000123' }) reference: string;
  @ApiProperty({ format: 'uuid' }) fileId: string;
}

export class DuplicateRowResponse {
  @ApiProperty({ type: 'integer' }) line: number;
  @ApiProperty({ description: 'The open file that already follows this tenant' }) reference: string;
  @ApiProperty() reason: string;
}

export class RowProblemResponse {
  @ApiProperty({ example: 'loyer' }) field: string;
  @ApiProperty({ type: String, isArray: true }) problems: string[];
}

export class RejectedRowResponse {
  @ApiProperty({ type: 'integer' }) line: number;
  @ApiProperty({ type: [RowProblemResponse] }) problems: RowProblemResponse[];
}

export class ImportReportResponse {
  @ApiProperty({ format: 'uuid' }) importId: string;
  @ApiProperty({ description: 'Of the file sent: the same file again answers this report' }) sha256: string;
  @ApiProperty({ example: 'utf-8' }) encoding: string;
  @ApiProperty({ example: ';' }) delimiter: string;
  @ApiProperty({ type: 'integer' }) rowCount: number;
  @ApiProperty({ type: [ImportedRowResponse] }) accepted: ImportedRowResponse[];
  @ApiProperty({ type: [DuplicateRowResponse] }) duplicates: DuplicateRowResponse[];
  @ApiProperty({ type: [RejectedRowResponse] }) rejected: RejectedRowResponse[];
}

const toProblem = (p: FieldProblem): RowProblemResponse => ({ field: p.field, problems: p.problems });

export function toImportReportResponse(r: ImportReport): ImportReportResponse {
  return {
    importId: r.importId,
    sha256: r.sha256,
    encoding: r.encoding,
    delimiter: r.delimiter,
    rowCount: r.rowCount,
    accepted: r.accepted.map((a) => ({ line: a.line, reference: a.reference, fileId: a.fileId })),
    duplicates: r.duplicates.map((d) => ({ line: d.line, reference: d.reference, reason: d.reason })),
    rejected: r.rejected.map((x) => ({ line: x.line, problems: x.problems.map(toProblem) })),
  };
}
