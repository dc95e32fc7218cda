import { IsCivilDate, IsCommuneCode } from '@app/core';
import { OptionalVersionField, VersionField } from '@app/database';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
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
  LANDLORD_KINDS,
  LandlordKind,
  TRUCE_EXCEPTIONS,
  TruceException,
} from '../arrears.types';
import { PROCEDURE_FACTS, ProcedureFact, Stage, STAGES } from '../procedure';
import { SOLUTION_KINDS, SOLUTION_STATUSES, SolutionKind, SolutionStatus } from '../solutions';

/** 20,000 EUR a month: above any rent a private tenant in arrears pays; anything more is a typing error. */
const MAX_RENT_CENTS = 2_000_000;
/** 500,000 EUR: an arrears debt beyond this is not plausible for a dwelling. */
export const MAX_DEBT_CENTS = 50_000_000;

const DateField = (example: string, description?: string) => applyDecorators(ApiProperty({ example, description }), IsCivilDate());
const OptionalDateField = (example: string, description?: string) =>
  applyDecorators(ApiPropertyOptional({ example, description }), IsOptional(), IsCivilDate());

export class LandlordDto {
  @ApiProperty({ enum: LANDLORD_KINDS, description: 'A company (other than a family SCI) must refer to the CCAPEX before summoning' })
  @IsIn(LANDLORD_KINDS)
  kind: LandlordKind;
  @ApiProperty({ example: 'SCI Les Tilleuls' }) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ example: '04 79 00 00 00' }) @IsOptional() @IsString() @Length(1, 40) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '73065', description: 'INSEE code of the commune (GET /communes)' })
  @IsOptional()
  @IsCommuneCode()
  commune?: string;
  @ApiPropertyOptional({ example: 'Agence du Centre', description: 'The letting agent that manages for the landlord' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  lettingAgent?: string;
}

export class UpdateLandlordDto {
  @VersionField() version: number;
  @ApiPropertyOptional({ enum: LANDLORD_KINDS }) @IsOptional() @IsIn(LANDLORD_KINDS) kind?: LandlordKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '73065', description: 'INSEE code of the commune (GET /communes)' })
  @IsOptional()
  @IsCommuneCode()
  commune?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) lettingAgent?: string;
}

export class DebtDto {
  @DateField('2026-11-15') observedOn: string;
  @ApiProperty({ example: 185000, description: 'Amount owed, in cents' }) @IsInt() @Min(0) @Max(MAX_DEBT_CENTS) amountCents: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(0) @Max(240) monthsUnpaid?: number;
}

class HousingFields {
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(1) @Max(20) householdSize?: number;
  @ApiPropertyOptional({ example: '06 12 34 56 78' }) @IsOptional() @IsString() @Length(1, 40) tenantPhone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) tenantEmail?: string;
  @ApiPropertyOptional({ example: 5000 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_RENT_CENTS) chargesCents?: number;
  @ApiPropertyOptional({ enum: HOUSING_BENEFIT_PAYERS })
  @IsOptional()
  @IsIn(HOUSING_BENEFIT_PAYERS)
  housingBenefitPayer?: HousingBenefitPayer;
  @ApiPropertyOptional({ example: 21000 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_RENT_CENTS) housingBenefitCents?: number;
  @ApiPropertyOptional({ enum: HOUSING_BENEFIT_STATUSES })
  @IsOptional()
  @IsIn(HOUSING_BENEFIT_STATUSES)
  housingBenefitStatus?: HousingBenefitStatus;
  @ApiPropertyOptional({ format: 'uuid', description: 'An arrears advisor of your organisation; defaults to you' })
  @IsOptional()
  @IsUUID()
  advisorUserId?: string;
  @OptionalDateField(
    '2024-03-01',
    'The lease’s signing date: it chooses the termination clause’s delay (6 weeks from 29 July 2023, 2 months before); unknown: the file shows both',
  )
  leaseSignedOn?: string;
}

export class CreateFileDto extends HousingFields {
  @ApiProperty({ example: 'Martin' }) @IsString() @Length(1, 100) tenantLastName: string;
  @ApiPropertyOptional({ example: 'Claire' }) @IsOptional() @IsString() @Length(1, 100) tenantFirstName?: string;
  @ApiProperty({ example: '73065', description: 'INSEE code of the commune (GET /communes)' }) @IsCommuneCode() commune: string;
  @ApiProperty({ example: 62000, description: 'Monthly rent without charges, in cents' })
  @IsInt()
  @Min(1)
  @Max(MAX_RENT_CENTS)
  rentCents: number;
  @ApiProperty({ enum: ALERT_SOURCES }) @IsIn(ALERT_SOURCES) alertSource: AlertSource;
  @OptionalDateField('2026-11-20', 'Defaults to today') openedOn?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A landlord of your organisation; or give `landlord` to record a new one' })
  @IsOptional()
  @IsUUID()
  landlordId?: string;
  @ApiPropertyOptional({ type: LandlordDto }) @IsOptional() @ValidateNested() @Type(() => LandlordDto) landlord?: LandlordDto;
  @ApiPropertyOptional({ type: DebtDto, description: 'The debt when the alert came' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DebtDto)
  debt?: DebtDto;
}

export class UpdateFileDto extends HousingFields {
  @VersionField() version: number;
  @ApiPropertyOptional({ example: 64000 }) @IsOptional() @IsInt() @Min(1) @Max(MAX_RENT_CENTS) rentCents?: number;
}

export class ListFilesQueryDto {
  @ApiPropertyOptional({ enum: FILE_STATUSES }) @IsOptional() @IsIn(FILE_STATUSES) status?: FileStatus;
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: Stage;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() advisorUserId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() landlordId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

export class ContactDto {
  @DateField('2026-11-20') contactedOn: string;
  @ApiProperty({ enum: CONTACT_PARTIES }) @IsIn(CONTACT_PARTIES) party: ContactParty;
  @ApiProperty({ enum: CONTACT_CHANNELS }) @IsIn(CONTACT_CHANNELS) channel: ContactChannel;
  @ApiProperty() @IsBoolean() reached: boolean;
  @ApiPropertyOptional({ example: 'Accord de principe pour un plan d’apurement' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string;
  @OptionalDateField('2026-12-04', 'When to contact again; defaults to the configured interval')
  nextContactOn?: string;
}

export class SolutionDto {
  @ApiProperty({ enum: SOLUTION_KINDS }) @IsIn(SOLUTION_KINDS) kind: SolutionKind;
  @DateField('2026-11-20') startedOn: string;
  @ApiPropertyOptional({ example: 15000, description: 'Repayment plan: monthly instalment, in cents' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_DEBT_CENTS)
  monthlyCents?: number;
  @ApiPropertyOptional({ example: 12, description: 'Repayment plan: number of instalments' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  durationMonths?: number;
  @OptionalDateField('2026-12-05', 'Repayment plan: first instalment') firstDueOn?: string;
  @ApiPropertyOptional({ example: 120000, description: 'FSL: amount requested (granted, once granted), in cents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DEBT_CENTS)
  amountCents?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class UpdateSolutionDto {
  @VersionField() version: number;
  @ApiProperty({ enum: SOLUTION_STATUSES }) @IsIn(SOLUTION_STATUSES) status: SolutionStatus;
  @ApiPropertyOptional({ example: 110000, description: 'FSL granted: the amount granted, in cents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DEBT_CENTS)
  amountCents?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class StageDto {
  @OptionalVersionField({ description: 'The file version read; when given, a file changed since answers 409 STALE_VERSION' })
  version?: number;
  @ApiProperty({ enum: STAGES }) @IsIn(STAGES) stage: Stage;
  @DateField('2026-11-10') occurredOn: string;
  @OptionalDateField('2027-02-15', 'Court summons (required) or postponed hearing: the hearing date')
  hearingOn?: string;
  @ApiPropertyOptional({ description: 'Judgment (required): whether the lease is terminated (suspended while payment delays are kept)' })
  @IsOptional()
  @IsBoolean()
  leaseTerminated?: boolean;
  @ApiPropertyOptional({ example: 24, description: 'Judgment: payment delays granted, in months' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  paymentDelayMonths?: number;
  @ApiPropertyOptional({
    enum: TRUCE_EXCEPTIONS,
    description:
      'An eviction during the winter truce: why the truce does not protect the occupants (CPCE L412-6); without one it is flagged',
  })
  @IsOptional()
  @IsIn(TRUCE_EXCEPTIONS)
  truceException?: TruceException;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class ProcedureFactDto {
  @ApiProperty({
    enum: PROCEDURE_FACTS,
    description:
      'formal_notice_reported_to_ccapex (by the bailiff), social_financial_diagnosis, rent_resumed_before_hearing, judgment_served, ' +
      'missed_instalment (of the payment delays granted), prefect_informed (of the notice to quit), quit_delay_reduced (by the judge: ' +
      'months and days, 0 to remove), enforcement_delay_granted (by the enforcement judge: months)',
  })
  @IsIn(PROCEDURE_FACTS)
  kind: ProcedureFact;
  @DateField('2026-11-10', 'The day of the act or the decision') occurredOn: string;
  @ApiPropertyOptional({ example: 1, description: 'quit_delay_reduced: the delay left, months; enforcement_delay_granted: months granted' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  months?: number;
  @ApiPropertyOptional({ example: 15, description: 'quit_delay_reduced: the delay left, days (with months)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  days?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class CloseFileDto {
  @VersionField() version: number;
  @ApiProperty({ enum: CLOSING_OUTCOMES }) @IsIn(CLOSING_OUTCOMES) outcome: ClosingOutcome;
  @DateField('2026-11-20') closedOn: string;
}

export class RehousingRequestDto {
  @DateField('2026-11-20', 'The day the tenant agreed to a rehousing request and to share what it needs')
  consentDate: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The SIAO organisation that will follow the household (the file is shared with it)' })
  @IsOptional()
  @IsUUID()
  siaoOrganisationId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Link a household file you can already see instead of opening one' })
  @IsOptional()
  @IsUUID()
  householdId?: string;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ALERT_SOURCES, default: 'landlord', description: 'Alert source of rows without a `source` column' })
  @IsOptional()
  @IsIn(ALERT_SOURCES)
  source: AlertSource = 'landlord';
}
