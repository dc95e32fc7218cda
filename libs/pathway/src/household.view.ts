import { communeName } from '@app/core';
import { ApiProperty } from '@nestjs/swagger';
import { allowedSteps, HOUSEHOLD_STATUSES, HouseholdStatus, STEP_TYPES, StepType } from './household-status';
import type { HouseholdEvent } from './household-event.entity';
import type { HouseholdNote } from './household-note.entity';
import type { Household } from './household.entity';
import { prefectNoticeDueOn } from './allocation-deadlines';
import {
  ENTRY_CHANNELS,
  EntryChannel,
  HOUSEHOLD_ROLES,
  HouseholdRole,
  LEASE_TYPES,
  LeaseType,
  LIVING_SITUATIONS,
  LivingSituation,
  Need,
  NEEDS,
  Resource,
  RESOURCES,
  Sex,
  SEXES,
} from './pathway.types';
import type { Person } from './person.entity';

export class PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HOUSEHOLD_ROLES }) role: HouseholdRole;
  @ApiProperty() isReference: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'Amina', description: 'Null when not known, or hidden from you' }) firstName:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Benali' }) lastName: string | null;
  @ApiProperty({ nullable: true, type: String }) alias: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '1986-04-12' }) birthDate: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 1986 }) birthYear: number | null;
  @ApiProperty({ enum: SEXES, example: 'female' }) sex: Sex;
}

export class PriorityLabelView {
  @ApiProperty({ example: 'dalo' }) code: string;
  @ApiProperty({ format: 'date', example: '2026-05-12' }) since: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) until: string | null;
}

export class SupportMeasureView {
  @ApiProperty({ example: 'avdl' }) code: string;
  @ApiProperty({ format: 'date', example: '2026-06-01' }) startOn: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endOn: string | null;
}

export class HouseholdView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'M-000042' }) reference: string;
  @ApiProperty({ enum: HOUSEHOLD_STATUSES }) status: HouseholdStatus;
  @ApiProperty({ enum: STEP_TYPES, isArray: true, description: 'Steps allowed from the current status' }) allowedSteps: StepType[];
  @ApiProperty({ example: 3, description: 'Send it back with the next change or step (optimistic locking)' }) version: number;
  @ApiProperty({ format: 'uuid', description: 'The referent organisation' }) organisationId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) referentUserId: string | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) sharedWithOrganisationIds: string[];
  @ApiProperty({ enum: ENTRY_CHANNELS }) entryChannel: EntryChannel;
  @ApiProperty({ enum: LIVING_SITUATIONS, example: 'street' }) livingSituation: LivingSituation;
  @ApiProperty({ enum: RESOURCES, isArray: true, example: ['none'] }) resources: Resource[];
  @ApiProperty({ enum: NEEDS, isArray: true, example: ['administrative'] }) needs: Need[];
  @ApiProperty({ nullable: true, type: String, format: 'date' }) consentDate: string | null;
  @ApiProperty({ nullable: true, type: String, example: '73065', description: 'INSEE code of the commune' }) commune: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Chambéry', description: 'Its official name' }) communeName: string | null;
  @ApiProperty({ description: 'Domestic violence: names shown to the referent organisation only' }) restricted: boolean;
  @ApiProperty({ description: 'True when names are hidden from you (restricted file of another organisation)' }) namesHidden: boolean;
  @ApiProperty({ type: Date }) openedAt: Date;
  @ApiProperty({ type: Date }) lastStepAt: Date;
  @ApiProperty({ nullable: true, type: Date }) lastEvaluatedAt: Date | null;
  @ApiProperty({ description: 'Evaluated more than the configured validity ago' }) evaluationStale: boolean;
  @ApiProperty({ enum: LEASE_TYPES, nullable: true }) leaseType: LeaseType | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) leaseSignedOn: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'While an offer awaits the answer: its last day; past it, silence counts as a refusal (CCH R441-10)',
  })
  offerAnswerDueOn: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'While an allocation awaits its missing document: the last day to provide it (CCH R441-3 c)',
  })
  allocationConditionDueOn: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 6, description: "Bail glissant: its agreement's review period in months" })
  bailGlissantReviewMonths: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Bail glissant: end of the current review period' })
  nextBailGlissantReviewOn: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Bail glissant: the landlord tells the prefect by then whether it offers the household a lease (CCH L442-8-3)',
  })
  bailGlissantPrefectNoticeDueOn: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SIAO73-2026-001234', description: 'Null when unknown, or hidden from you' })
  siaoDemandNumber: string | null;
  @ApiProperty({ nullable: true, type: String, example: '073122600012345678', description: 'NUR; null when unknown, or hidden from you' })
  socialHousingDemandNumber: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The social-housing demand lapses unless renewed by then' })
  socialHousingDemandRenewalOn: string | null;
  @ApiProperty({ type: [PriorityLabelView] }) priorityLabels: PriorityLabelView[];
  @ApiProperty({ type: [SupportMeasureView] }) supportMeasures: SupportMeasureView[];
  @ApiProperty({ type: [PersonView] }) persons: PersonView[];
}

export class HouseholdPageView {
  @ApiProperty({ type: [HouseholdView] }) items: HouseholdView[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass it as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

/** An evaluated household waiting to be proposed to a commission. */
export class WorklistHouseholdView extends HouseholdView {
  @ApiProperty({ example: 12, description: 'Whole days since the evaluation (or the last step when never evaluated)' }) daysWaiting: number;
}

export class PossibleDuplicateView {
  @ApiProperty({ example: 'M-000017' }) reference: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "Null when the file is another organisation's that you may not open: call its referent with the reference",
  })
  householdId: string | null;
}

export class CreatedHouseholdView {
  @ApiProperty({ type: HouseholdView }) household: HouseholdView;
  @ApiProperty({
    type: [PossibleDuplicateView],
    description: 'Files with a person of the same normalised name and birth date: a warning, not a refusal',
  })
  possibleDuplicates: PossibleDuplicateView[];
}

/** What the timeline may show: the pathway steps, the opening of the file, maraude links, composition changes and transfers. */
export const TIMELINE_EVENT_TYPES = [
  'household.opened',
  ...STEP_TYPES,
  'maraude.encounter.linked',
  'household.person.added',
  'household.person.removed',
  'household.transferred',
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

export class TimelineEntryView {
  @ApiProperty({ example: '1042', description: 'Event id (a 64-bit integer, as a string)' }) id: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ enum: TIMELINE_EVENT_TYPES }) type: TimelineEventType;
  @ApiProperty({ type: Date, description: 'When it happened (often logged days later)' }) occurredAt: Date;
  @ApiProperty({ type: Date, description: 'When it was logged' }) recordedAt: Date;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The user who logged it; null when Parcours recorded it (a deadline passed)',
  })
  recordedBy: string | null;
  @ApiProperty({ format: 'uuid', description: 'Their organisation' }) organisationId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Facts of the step, by type: steps carry `type`, `from` and `to` statuses; `commission.decided`: `decision`, `sessionId`, ' +
      '`proposalId`, `refusalReason`; `commission.proposed`: `sessionId`, `proposalId`, `sessionAt`; `allocation.decided`: `outcome`, ' +
      '`rank`, `proposalId`, `condition`, `reason`, `answerDueOn`, `conditionDueOn`; `offer.declined` and `offer.lapsed`: `reason`, ' +
      '`affectsPriority`; `allocation.condition_met` and `allocation.condition_failed`: `conditionDueOn`; `bail_glissant.reviewed`: `nextReviewOn`, ' +
      '`prefectNoticeDueOn`; `evaluation.completed`: `orientation`, `intensity`; `lease.signed`: `leaseType`, `landlord`, ' +
      '`commune`, `reviewPeriodMonths`, `nextReviewOn`, `prefectNoticeDueOn`; `household.closed`: `reason`; `household.opened`: `status`, `entryChannel`, `encounterId`; ' +
      '`maraude.encounter.linked`: `encounterId`; `household.person.added` and `household.person.removed`: `personId`, `role`, ' +
      '`reason`, `personCount`; `household.transferred`: `fromOrganisationId`, `toOrganisationId`, `reason`, `keptShared`',
    example: { type: 'household.closed', from: 'followed_in_housing', to: 'closed', reason: 'stable_in_housing' },
  })
  payload: Record<string, unknown>;
}

export class NoteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ format: 'uuid', description: 'The organisation that wrote it' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) authorUserId: string;
  @ApiProperty({ description: 'A health note: visible only within the organisation that wrote it' }) health: boolean;
  @ApiProperty() body: string;
  @ApiProperty({ type: Date }) createdAt: Date;
}

export function toTimelineEntryView(e: HouseholdEvent): TimelineEntryView {
  return {
    id: e.id,
    householdId: e.householdId,
    type: e.type as TimelineEventType,
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    recordedBy: e.recordedBy,
    organisationId: e.organisationId,
    payload: e.payload,
  };
}

export function toNoteView(n: HouseholdNote): NoteView {
  return {
    id: n.id,
    householdId: n.householdId,
    organisationId: n.organisationId,
    authorUserId: n.authorUserId,
    health: n.health,
    body: n.body,
    createdAt: n.createdAt,
  };
}

export function toPersonView(person: Person, hideNames: boolean): PersonView {
  return {
    id: person.id,
    role: person.role,
    isReference: person.isReference,
    firstName: hideNames ? null : person.firstName,
    lastName: hideNames ? null : person.lastName,
    alias: hideNames ? null : person.alias,
    birthDate: hideNames ? null : person.birthDate,
    birthYear: hideNames ? null : person.birthYear,
    sex: person.sex,
  };
}

export function toHouseholdView(
  h: Household,
  persons: Person[],
  shares: string[],
  hideNames: boolean,
  staleBefore: Date,
  prefectNoticeMonthsBefore: number,
): HouseholdView {
  return {
    id: h.id,
    reference: h.reference,
    status: h.status,
    allowedSteps: allowedSteps(h.status),
    version: h.version,
    organisationId: h.organisationId,
    referentUserId: h.referentUserId,
    sharedWithOrganisationIds: shares,
    entryChannel: h.entryChannel,
    livingSituation: h.livingSituation,
    resources: h.resources,
    needs: h.needs,
    consentDate: h.consentDate,
    commune: h.commune,
    communeName: communeName(h.commune),
    restricted: h.restricted,
    namesHidden: hideNames,
    openedAt: h.openedAt,
    lastStepAt: h.lastStepAt,
    lastEvaluatedAt: h.lastEvaluatedAt,
    evaluationStale: h.lastEvaluatedAt !== null && h.lastEvaluatedAt < staleBefore,
    leaseType: h.leaseType,
    leaseSignedOn: h.leaseSignedOn,
    offerAnswerDueOn: h.offerAnswerDueOn,
    allocationConditionDueOn: h.allocationConditionDueOn,
    bailGlissantReviewMonths: h.bailGlissantReviewMonths,
    nextBailGlissantReviewOn: h.nextBailGlissantReviewOn,
    bailGlissantPrefectNoticeDueOn: h.nextBailGlissantReviewOn && prefectNoticeDueOn(h.nextBailGlissantReviewOn, prefectNoticeMonthsBefore),
    siaoDemandNumber: hideNames ? null : h.siaoDemandNumber,
    socialHousingDemandNumber: hideNames ? null : h.socialHousingDemandNumber,
    socialHousingDemandRenewalOn: h.socialHousingDemandRenewalOn,
    priorityLabels: h.priorityLabels,
    supportMeasures: h.supportMeasures,
    persons: persons.map((p) => toPersonView(p, hideNames)),
  };
}
