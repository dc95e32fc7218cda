import { IsCivilDate } from '@app/core';
import { OptionalVersionField, VersionField } from '@app/database';
import { RESOURCES, Resource } from '@app/pathway';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EMPLOYMENT_SITUATIONS, END_REASONS, EmploymentSituation, EndReason, PAYMENT_STATUSES, PaymentStatus } from '../pecule.types';

/** 10 million euros: far above any territory's envelope, far below the integer column's limit. */
const MAX_CENTS = 1_000_000_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Latin letters (accents included), spaces, apostrophes, hyphens, dots: SEPA-safe once transliterated, and nothing a spreadsheet runs. */
const HOLDER_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿŒœ][A-Za-zÀ-ÖØ-öø-ÿŒœ .'-]*$/;

export class RuleSetDto {
  @ApiProperty({ example: '2026-1' }) @IsString() @Length(1, 40) rulesVersion: string;
  @ApiProperty({ example: '2025-12-11', description: 'Date of the deliberation that adopted the rules' })
  @IsCivilDate()
  deliberationDate: string;
  @ApiProperty({ example: '2026-01-01', description: 'Enrolments starting on or after this date follow these rules' })
  @IsCivilDate()
  effectiveFrom: string;
  @ApiProperty({ example: 37333 }) @IsInt() @Min(1) @Max(MAX_CENTS) defaultMonthlyCents: number;
  @ApiProperty({ example: 50000 }) @IsInt() @Min(1) @Max(MAX_CENTS) maxMonthlyCents: number;
  @ApiProperty({ example: 18 }) @IsInt() @Min(1) @Max(120) maxDurationMonths: number;
  @ApiProperty({ example: 25 }) @IsInt() @Min(16) @Max(30) ageLimitYears: number;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: 'Pécule jeunes 2026-2027' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: '2026-01-01' }) @IsCivilDate() startsOn: string;
  @ApiProperty({ example: '2027-06-30' }) @IsCivilDate() endsOn: string;
  @ApiProperty({ example: 6720000, description: 'The envelope voted, in cents' }) @IsInt() @Min(1) @Max(MAX_CENTS) envelopeCents: number;
  @ApiPropertyOptional({ description: 'The stipend managers’ organisation; defaults to yours' })
  @IsOptional()
  @IsUUID()
  managingOrganisationId?: string;
  @ApiProperty({ type: RuleSetDto }) @ValidateNested() @Type(() => RuleSetDto) rules: RuleSetDto;
}

export class UpdateProgrammeDto {
  @VersionField({ example: 1 }) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ description: 'A new deliberation may change the envelope; never below what is committed' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  envelopeCents?: number;
  @ApiPropertyOptional() @IsOptional() @IsCivilDate() endsOn?: string;
}

export class BankDetailsDto {
  @ApiProperty({ example: 'FR76 3000 6000 0112 3456 7890 189' }) @IsString() @Length(15, 50) iban: string;
  @ApiProperty({ example: 'Léa Martin' })
  @IsString()
  @Length(2, 70)
  @Matches(HOLDER_NAME, { message: 'holderName may hold letters, spaces, apostrophes, hyphens and dots only' })
  holderName: string;
}

export class UpdateBankDetailsDto extends BankDetailsDto {
  @VersionField({ example: 1, description: 'The enrolment version read' }) version: number;
}

export class SituationDto {
  @ApiProperty({ enum: RESOURCES, isArray: true })
  @IsIn(RESOURCES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(RESOURCES.length)
  resources: Resource[];
  @ApiProperty({ enum: EMPLOYMENT_SITUATIONS }) @IsIn(EMPLOYMENT_SITUATIONS) employment: EmploymentSituation;
  @ApiProperty() @IsBoolean() inTraining: boolean;
  @ApiProperty({ description: 'Housed (at entry) or housing kept (at a review)' }) @IsBoolean() housed: boolean;
}

export class EntrySituationDto {
  @ApiPropertyOptional({ enum: EMPLOYMENT_SITUATIONS, default: 'none' })
  @IsOptional()
  @IsIn(EMPLOYMENT_SITUATIONS)
  employment?: EmploymentSituation;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() inTraining?: boolean;
}

export class EnrolDto {
  @ApiProperty() @IsUUID() programmeId: string;
  @ApiProperty() @IsUUID() householdId: string;
  @ApiProperty({ description: 'The young person, a member of the household' }) @IsUUID() personId: string;
  @ApiProperty({ example: '2026-03-15' }) @IsCivilDate() startsOn: string;
  @ApiPropertyOptional({ example: 37333, description: 'Defaults to the rules’ monthly amount; never above their maximum' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  monthlyAmountCents?: number;
  @ApiProperty({ type: BankDetailsDto }) @ValidateNested() @Type(() => BankDetailsDto) bankDetails: BankDetailsDto;
  @ApiPropertyOptional({ type: EntrySituationDto, description: 'Resources and housing come from the household file' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EntrySituationDto)
  situationAtEntry?: EntrySituationDto;
}

export class EndEnrolmentDto {
  @VersionField({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-09-30', description: 'Last day of the stipend: later payments are cancelled' })
  @IsCivilDate()
  endedOn: string;
  @ApiProperty({ enum: END_REASONS }) @IsIn(END_REASONS) reason: EndReason;
}

export class ReviewDto extends SituationDto {
  @ApiProperty({ example: '2026-06-15' }) @IsCivilDate() reviewedOn: string;
}

export class ListEnrolmentsQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() programmeId?: string;
  @ApiPropertyOptional({ enum: ['active', 'ended'] }) @IsOptional() @IsIn(['active', 'ended']) status?: 'active' | 'ended';
}

export class ListPaymentsQueryDto {
  @ApiProperty() @IsUUID() programmeId: string;
  @ApiPropertyOptional({ example: '2026-03' }) @IsOptional() @Matches(MONTH, { message: 'month must be YYYY-MM' }) month?: string;
  @ApiPropertyOptional({ enum: PAYMENT_STATUSES }) @IsOptional() @IsIn(PAYMENT_STATUSES) status?: PaymentStatus;
}

/** The body of a payment's status change: the version read, optional (the API first had none). */
export class PaymentVersionDto {
  @OptionalVersionField({ description: 'The payment version read; when given, a payment changed since answers 409 STALE_VERSION' })
  version?: number;
}

export class CancelPaymentDto extends PaymentVersionDto {
  @ApiProperty({ example: 'Doublon avec le versement de mars' }) @IsString() @Length(3, 500) reason: string;
}

export class ConfirmPaidDto extends PaymentVersionDto {
  @ApiProperty({ example: '2026-03-28', description: 'Date the treasury paid' }) @IsCivilDate() paidOn: string;
}

export { MONTH as MONTH_PATTERN };
