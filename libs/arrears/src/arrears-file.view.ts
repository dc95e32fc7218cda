import { communeName } from '@app/core';
import { ArrearsContact, ArrearsDebt, ArrearsFile, ArrearsProcedureFact, ArrearsSolution, ArrearsStageRecord } from './arrears-file.entity';
import { LandlordKind } from './arrears.types';
import { CcapexThresholds, EarliestEviction, LegalDeadline } from './legal-deadlines';
import { ArrearsLandlord } from './landlord.entity';
import { Stage } from './procedure';
import { Instalment, nextStatuses, repaymentSchedule, SolutionStatus } from './solutions';

export type LandlordView = Pick<
  ArrearsLandlord,
  'id' | 'kind' | 'name' | 'phone' | 'email' | 'commune' | 'lettingAgent' | 'version' | 'createdAt'
> & { communeName: string | null };

export function toLandlordView(l: ArrearsLandlord): LandlordView {
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    phone: l.phone,
    email: l.email,
    commune: l.commune,
    communeName: communeName(l.commune),
    lettingAgent: l.lettingAgent,
    version: l.version,
    createdAt: l.createdAt,
  };
}

/** A file as its list shows it: the tenant, the housing, where the procedure and the debt stand. */
export type FileSummary = Pick<
  ArrearsFile,
  | 'id'
  | 'reference'
  | 'organisationId'
  | 'advisorUserId'
  | 'status'
  | 'tenantLastName'
  | 'tenantFirstName'
  | 'tenantPhone'
  | 'tenantEmail'
  | 'householdSize'
  | 'commune'
  | 'rentCents'
  | 'chargesCents'
  | 'leaseSignedOn'
  | 'housingBenefitPayer'
  | 'housingBenefitCents'
  | 'housingBenefitStatus'
  | 'alertSource'
  | 'openedOn'
  | 'stage'
  | 'currentDebtCents'
  | 'lastContactOn'
  | 'nextContactDueOn'
  | 'outcome'
  | 'closedOn'
  | 'householdId'
  | 'version'
> & { communeName: string | null; landlord: { id: string; name: string; kind: LandlordKind } };

export function toFileSummary(f: ArrearsFile, landlord: Pick<ArrearsLandlord, 'id' | 'name' | 'kind'>): FileSummary {
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
    communeName: communeName(f.commune),
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
    landlord: { id: landlord.id, name: landlord.name, kind: landlord.kind },
  };
}

export interface DebtView {
  observedOn: string;
  amountCents: number;
  monthsUnpaid: number | null;
  /** Debt over the monthly rent and charges of that date: "3.2 months of rent". */
  rentRatio: number;
}

export function toDebtView(d: ArrearsDebt): DebtView {
  return {
    observedOn: d.observedOn,
    amountCents: d.amountCents,
    monthsUnpaid: d.monthsUnpaid,
    rentRatio: rentRatio(d.amountCents, d.monthlyRentCents),
  };
}

export function rentRatio(amountCents: number, monthlyRentCents: number): number {
  return Math.round((amountCents / monthlyRentCents) * 100) / 100;
}

export type SolutionView = Omit<ArrearsSolution, 'file' | 'fileId'> & { nextStatuses: SolutionStatus[]; schedule: Instalment[] | null };

export function toSolutionView({ file: _file, fileId: _fileId, ...s }: ArrearsSolution): SolutionView {
  return {
    ...s,
    nextStatuses: nextStatuses(s.kind, s.status),
    schedule:
      s.kind === 'repayment_plan' && s.firstDueOn && s.monthlyCents && s.durationMonths
        ? repaymentSchedule(s.firstDueOn, s.monthlyCents, s.durationMonths)
        : null,
  };
}

export interface ProcedureView {
  stage: Stage | null;
  allowedStages: Stage[];
  /** The deadlines of the stage the procedure stands at, past ones included. */
  deadlines: LegalDeadline[];
  nextLegalDeadline: LegalDeadline | null;
  winterTruce: { from: string; to: string; activeToday: boolean };
  stages: Array<Omit<ArrearsStageRecord, 'file' | 'fileId'>>;
  /** Acts and decisions recorded beside the stages, oldest first. */
  facts: Array<Omit<ArrearsProcedureFact, 'file' | 'fileId'>>;
  /** Once a notice to quit is recorded: the earliest eviction date and what it follows from (null while suspended). */
  earliestEviction: EarliestEviction | null;
  /** Whether the debt reaches the thresholds at which the bailiff reports the formal notice to the CCAPEX. */
  ccapexReportThresholds: CcapexThresholds | null;
}

export interface FileDetail extends FileSummary {
  landlord: LandlordView;
  contacts: Array<Omit<ArrearsContact, 'file' | 'fileId'>>;
  debts: DebtView[];
  solutions: SolutionView[];
  procedure: ProcedureView;
}
