import { IsCivilDate, IsCommuneCode, IsInstant } from '@app/core';
import { VersionField } from '@app/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAL_OUTCOMES,
  CalOutcome,
  CLOSING_REASONS,
  ClosingReason,
  COMMISSION_DECISIONS,
  CommissionDecision,
  CONDITION_OUTCOMES,
  ConditionOutcome,
  INTENSITIES,
  Intensity,
  LEASE_TYPES,
  LeaseType,
  LIVING_SITUATIONS,
  LivingSituation,
  NEEDS,
  Need,
  ORIENTATIONS,
  Orientation,
  RESOURCES,
  Resource,
  TYPOLOGIES,
  Typology,
} from '../pathway.types';

/** Every step names the household version it was based on, and when it happened. */
export class StepDto {
  @VersionField({ example: 2, description: 'Household version read; a stale one answers 409 STALE_VERSION' }) version: number;
  @ApiProperty({ example: '2026-11-20T14:30:00Z', description: 'When it happened: not in the future, not before the previous step' })
  @IsInstant()
  occurredAt: string;
}

export class EvaluationDto extends StepDto {
  @ApiProperty({ enum: LIVING_SITUATIONS, example: 'street' }) @IsIn(LIVING_SITUATIONS) livingSituation: LivingSituation;
  @ApiProperty({ enum: RESOURCES, isArray: true, example: ['rsa'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(RESOURCES, { each: true })
  resources: Resource[];
  @ApiProperty({ example: 120000, description: 'Debts in euro cents' }) @IsInt() @Min(0) @Max(100_000_000) debtsCents: number;
  @ApiProperty({ enum: NEEDS, isArray: true, example: ['administrative'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(NEEDS, { each: true })
  needs: Need[];
  @ApiProperty({ enum: ORIENTATIONS, example: 'bail_glissant' }) @IsIn(ORIENTATIONS) orientation: Orientation;
  @ApiProperty({ enum: INTENSITIES, example: 'intensive' }) @IsIn(INTENSITIES) intensity: Intensity;
}

export class LeaseDto extends StepDto {
  @ApiProperty({ example: 'Cristal Habitat' }) @IsString() @Length(1, 200) landlord: string;
  @ApiProperty({ example: '73065', description: 'INSEE code of the commune (GET /communes)' }) @IsCommuneCode() commune: string;
  @ApiProperty({ enum: LEASE_TYPES, example: 'bail_glissant' }) @IsIn(LEASE_TYPES) leaseType: LeaseType;
  @ApiPropertyOptional({
    example: 6,
    description:
      'Bail glissant only: the review period its tripartite agreement sets, in months (default: config/pathway.json, CCH L442-8-3)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  reviewPeriodMonths?: number;
}

export class DeclineOfferDto extends StepDto {
  @ApiProperty({
    example: 'too_far_from_work_or_care',
    description: 'Why the household declines: a household reason of GET /commission-refusal-reasons (CCH L441-2-2)',
  })
  @IsString()
  @Length(1, 64)
  reason: string;
}

export class ConditionOutcomeDto extends StepDto {
  @ApiProperty({
    enum: CONDITION_OUTCOMES,
    example: 'document_received',
    description: 'condition_failed only once the deadline has passed; it ends the allocation (→ evaluated)',
  })
  @IsIn(CONDITION_OUTCOMES)
  outcome: ConditionOutcome;
}

export class CloseDto extends StepDto {
  @ApiProperty({ enum: CLOSING_REASONS, example: 'stable_in_housing' }) @IsIn(CLOSING_REASONS) reason: ClosingReason;
}

export class OfferDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Social landlord organisation' })
  @IsOptional()
  @IsUUID()
  landlordOrganisationId?: string;
  @ApiPropertyOptional({ example: '73065', description: 'INSEE code of the commune (GET /communes)' })
  @IsOptional()
  @IsCommuneCode()
  commune?: string;
  @ApiPropertyOptional({ enum: TYPOLOGIES, example: 'T2' }) @IsOptional() @IsIn(TYPOLOGIES) typology?: Typology;
  @ApiPropertyOptional({ example: 42000, description: 'Monthly rent in euro cents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  rentCents?: number;
  @ApiPropertyOptional({ example: '2027-01-01' }) @IsOptional() @IsCivilDate() availableOn?: string;
}

export class CreateSessionDto {
  @ApiProperty({ example: '2026-12-03T09:30:00+01:00' }) @IsInstant() sessionAt: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  landlordOrganisationIds?: string[];
}

export class ListSessionsQueryDto {
  @ApiPropertyOptional({ example: '2026-10-01', description: 'Sessions from this date or instant; default: 60 days ago' })
  @IsOptional()
  @IsInstant()
  from?: string;
  @ApiPropertyOptional({ example: '2027-01-01', description: 'Sessions before this date or instant (excluded); default: no limit' })
  @IsOptional()
  @IsInstant()
  to?: string;
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

export class MoveSessionDto {
  @VersionField({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-12-10T09:30:00+01:00' }) @IsInstant() sessionAt: string;
}

export class ProposeDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() householdId: string;
  @VersionField({ example: 3, description: 'Household version read' }) householdVersion: number;
  @ApiPropertyOptional({ type: OfferDto }) @IsOptional() @ValidateNested() @Type(() => OfferDto) offer?: OfferDto;
  @ApiPropertyOptional({ example: '2026-11-20T10:00:00Z', description: 'When the proposal was made (default: now)' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;
}

export class DecisionItemDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() proposalId: string;
  @ApiProperty({ enum: COMMISSION_DECISIONS, example: 'retained' }) @IsIn(COMMISSION_DECISIONS) decision: CommissionDecision;
  @ApiPropertyOptional({ example: 'resources_insufficient', description: 'Mandatory for a refusal: a code of config/pathway.json' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  refusalReason?: string;
}

export class SessionDecisionsDto {
  @ApiProperty({ type: [DecisionItemDto], description: 'Recorded atomically: all or none' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DecisionItemDto)
  decisions: DecisionItemDto[];
}

export class AllocationDto {
  @ApiProperty({ enum: CAL_OUTCOMES, example: 'allocated' }) @IsIn(CAL_OUTCOMES) outcome: CalOutcome;
  @ApiPropertyOptional({ example: 1, description: 'Rank, for allocated_in_rank_order' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  rank?: number;
  @ApiPropertyOptional({ example: 'Avis d’imposition 2025 manquant', description: 'For allocated_with_suspensive_condition' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  condition?: string;
  @ApiPropertyOptional({
    example: 'over_income_ceiling',
    description:
      'Mandatory for not_allocated and rejected_inadmissible: a landlord reason of GET /commission-refusal-reasons (CCH L441-2-2)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  reason?: string;
  @ApiPropertyOptional({
    example: '2026-12-20',
    description: 'When the household is offered the home: last day to answer, at least 10 days after (CCH R441-10); default from config',
  })
  @IsOptional()
  @IsCivilDate()
  answerDueOn?: string;
  @ApiPropertyOptional({
    example: '2026-12-25',
    description: 'For allocated_with_suspensive_condition: last day to provide the missing document (CCH R441-3 c); default from config',
  })
  @IsOptional()
  @IsCivilDate()
  conditionDueOn?: string;
  @ApiProperty({ example: '2026-12-10T11:00:00Z' }) @IsInstant() occurredAt: string;
}

export class CreateEncounterDto {
  @ApiProperty({ example: '2026-11-18T21:30:00+01:00' }) @IsInstant() occurredAt: string;
  @ApiProperty({ example: 'Parc du Verney' }) @IsString() @Length(1, 200) place: string;
  @ApiPropertyOptional({ example: 'Centre-ville' }) @IsOptional() @IsString() @Length(1, 100) zone?: string;
  @ApiProperty({ example: 3, description: 'People met, named or not' }) @IsInt() @Min(1) @Max(500) peopleMet: number;
  @ApiPropertyOptional({ example: 'Besoin de couvertures ; repasser jeudi', description: 'A short note for the next round' })
  @IsOptional()
  @IsString()
  @Length(1, 280)
  note?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Households already followed among them' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  householdIds?: string[];
}

export class LinkEncounterDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() householdId: string;
}
