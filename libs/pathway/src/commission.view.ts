import { communeName } from '@app/core';
import { ApiProperty } from '@nestjs/swagger';
import type { CommissionProposal, CommissionSession } from './commission.entity';
import { CAL_OUTCOMES, CalOutcome, COMMISSION_DECISIONS, CommissionDecision, TYPOLOGIES, Typology } from './pathway.types';

/** A household proposed at a session, its housing offer if any, the session's decision and the landlord's (CAL) outcome. */
export class CommissionProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Social landlord of the housing offer' })
  offerLandlordOrganisationId: string | null;
  @ApiProperty({ nullable: true, type: String, example: '73065', description: 'INSEE code of the commune' }) offerCommune: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Chambéry', description: 'Its official name' }) offerCommuneName: string | null;
  @ApiProperty({ enum: TYPOLOGIES, nullable: true }) offerTypology: Typology | null;
  @ApiProperty({ nullable: true, type: Number, example: 42000, description: 'Monthly rent in euro cents' }) offerRentCents: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) offerAvailableOn: string | null;
  @ApiProperty({ enum: COMMISSION_DECISIONS, nullable: true, description: 'Null until the session decides' })
  decision: CommissionDecision | null;
  @ApiProperty({ nullable: true, type: String, description: 'Code of config/pathway.json refusal reasons, for a refusal' })
  refusalReason: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ enum: CAL_OUTCOMES, nullable: true, description: "The landlord's allocation commission outcome, once known" })
  calOutcome: CalOutcome | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Rank, for allocated_in_rank_order' }) calRank: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The condition, for allocated_with_suspensive_condition' })
  calCondition: string | null;
  @ApiProperty({ nullable: true, type: Date }) calDecidedAt: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The landlord's written reason for not_allocated or rejected_inadmissible (CCH L441-2-2)",
  })
  calReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: "Last day of the household's answer to the offer (CCH R441-10)",
  })
  answerDueOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Last day to provide the missing document (CCH R441-3 c)' })
  conditionDueOn: string | null;
  @ApiProperty({ example: 1 }) version: number;
}

export class CommissionSessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) territoryId: string;
  @ApiProperty({ format: 'uuid', description: 'The organisation running the session (the SIAO)' }) organisationId: string;
  @ApiProperty({ type: Date }) sessionAt: Date;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Social landlords present' }) landlordOrganisationIds: string[];
  @ApiProperty({ example: 1, description: 'Send it back to move the session (optimistic locking)' }) version: number;
  @ApiProperty({ type: Date }) createdAt: Date;
  @ApiProperty({ type: Date }) updatedAt: Date;
  @ApiProperty({ type: [CommissionProposalView], description: 'The agenda, in the order proposals were made' })
  proposals: CommissionProposalView[];
}

/** A line of the commission secretary's list of sessions. */
export class CommissionSessionSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: Date }) sessionAt: Date;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) landlordOrganisationIds: string[];
  @ApiProperty({ example: 6, description: 'Households proposed' }) proposalCount: number;
  @ApiProperty({ example: 4, description: 'Proposals the session has decided (retained, postponed or refused)' }) decidedCount: number;
  @ApiProperty({ example: 1 }) version: number;
}

export class CommissionSessionPageView {
  @ApiProperty({ type: [CommissionSessionSummaryView] }) items: CommissionSessionSummaryView[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass it as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

export function toProposalView(p: CommissionProposal): CommissionProposalView {
  return {
    id: p.id,
    sessionId: p.sessionId,
    householdId: p.householdId,
    offerLandlordOrganisationId: p.offerLandlordOrganisationId,
    offerCommune: p.offerCommune,
    offerCommuneName: communeName(p.offerCommune),
    offerTypology: p.offerTypology,
    offerRentCents: p.offerRentCents,
    offerAvailableOn: p.offerAvailableOn,
    decision: p.decision,
    refusalReason: p.refusalReason,
    decidedAt: p.decidedAt,
    calOutcome: p.calOutcome,
    calRank: p.calRank,
    calCondition: p.calCondition,
    calDecidedAt: p.calDecidedAt,
    calReason: p.calReason,
    answerDueOn: p.answerDueOn,
    conditionDueOn: p.conditionDueOn,
    version: p.version,
  };
}

export function toSessionView(s: CommissionSession, proposals: CommissionProposal[]): CommissionSessionView {
  return {
    id: s.id,
    territoryId: s.territoryId,
    organisationId: s.organisationId,
    sessionAt: s.sessionAt,
    landlordOrganisationIds: s.landlordOrganisationIds,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    proposals: proposals.map(toProposalView),
  };
}
