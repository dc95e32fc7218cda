import { IsCivilDate } from '@app/core';
import { VersionField } from '@app/database';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  NotEquals,
  ValidateNested,
} from 'class-validator';
import { ACTION_STATUSES, ActionStatus, MAX_CENTS, STATE_RATES, StateRate } from '../convention.types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const Cents = (description: string, example: number) =>
  ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_CENTS, description: `${description}, in cents`, example });

export class YearDto {
  @ApiProperty({ example: 2025 }) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year: number;
  @ApiProperty({ example: 'Année 4 (juillet 2024 – décembre 2025)' }) @IsString() @Length(1, 200) label: string;
  @ApiProperty({ example: 'Annexe 3', description: 'The annex the figures of the year come from' })
  @IsString()
  @Length(1, 100)
  annex: string;
  @Cents('What the State pays for the year (the unspent State share carries over to the next year)', 42502200)
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  stateFundingCents: number;
  @ApiPropertyOptional({ example: 'Avenant n° 1 : objectifs et enveloppe 2026' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  amendment?: string;
  @ApiPropertyOptional({ example: '2026-03-15' }) @IsOptional() @IsCivilDate() amendmentSignedOn?: string;
}

export class CarrierDto {
  @ApiProperty({ example: 'Opérateur La Sasson' }) @IsString() @Length(1, 300) label: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The organisation of the territory that carries the action, when it has one' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** An indicator of an action: a catalogue code, or a label Parcours does not collect (listed as such, never as 0). */
export class IndicatorLinkDto {
  @ApiPropertyOptional({ example: 'households_accompanied', description: 'A code of the indicators catalogue' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_]{1,80}$/)
  code?: string;
  @ApiPropertyOptional({ description: 'Only the carrier organisation’s figures (with `code`)' })
  @IsOptional()
  @IsBoolean()
  carrierOnly?: boolean;
  @ApiPropertyOptional({ example: 'Nb de logements conventionnés', description: 'An indicator not collected in Parcours (without `code`)' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  label?: string;
}

/** An action in a year, as that year's annex shows it. */
export class ActionYearDto {
  @ApiProperty({ example: 2025 }) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year: number;
  @ApiProperty({ example: '3', description: 'The number the annex of that year gives the action (a label, never a key)' })
  @IsString()
  @Length(1, 20)
  number: string;
  @ApiPropertyOptional({ example: 'Renfort du SIAO', description: 'The title as that annex words it, when it differs' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  title?: string;
  @ApiProperty({ enum: ACTION_STATUSES, example: 'maintained' }) @IsIn(ACTION_STATUSES) status: ActionStatus;
  @ApiPropertyOptional({ example: 'Marché public en cours en 06/2024' }) @IsOptional() @IsString() @Length(1, 500) statusNote?: string;
  @Cents('Amount agreed for the action and year', 2062700) @IsInt() @Min(0) @Max(MAX_CENTS) agreedCents: number;
  @ApiProperty({ enum: STATE_RATES, example: 100, description: 'The State’s (DIHAL) rate, in percent' })
  @IsIn(STATE_RATES)
  stateRatePercent: StateRate;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_CENTS,
    example: 2062700,
    description: 'The State share agreed, in cents, when the annex sets it apart from the rate; the rate’s share otherwise',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  stateShareCents?: number;
  @ApiPropertyOptional({ example: 'Compte rendu d’activité avec les résultats et indicateurs renseignés' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  deliverables?: string;
}

export class ExpenseDto {
  @ApiProperty({ example: 2025 }) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year: number;
  @ApiProperty({ example: '2025-06-30' }) @IsCivilDate() spentOn: string;
  @ApiProperty({ example: 'Facture La Sasson, 1er semestre' }) @IsString() @Length(1, 300) label: string;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_CENTS,
    maximum: MAX_CENTS,
    example: 1031350,
    description: 'Amount committed, in cents; a correction is a negative entry, never an edit',
  })
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_CENTS)
  @Max(MAX_CENTS)
  amountCents: number;
}

/** An expense as the JSON file holds it (its year is the line's). */
export class ExpenseDocumentDto {
  @ApiProperty({ example: '2024-05-30' }) @IsCivilDate() spentOn: string;
  @ApiProperty({ example: 'Dépenses totales au 30/05/2024' }) @IsString() @Length(1, 300) label: string;
  @ApiProperty({ type: 'integer', minimum: -MAX_CENTS, maximum: MAX_CENTS, example: 6062700 })
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_CENTS)
  @Max(MAX_CENTS)
  amountCents: number;
}

export class ActionYearDocumentDto extends ActionYearDto {
  @ApiPropertyOptional({ type: [ExpenseDocumentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ExpenseDocumentDto)
  expenses?: ExpenseDocumentDto[];
}

export class CreateActionDto {
  @ApiProperty({ example: 'renfort-siao', description: 'Stable slug of the action in the JSON file' })
  @IsString()
  @Matches(SLUG)
  @Length(1, 80)
  key: string;
  @ApiProperty({ example: 'Renfort du SIAO' }) @IsString() @Length(1, 500) title: string;
  @ApiProperty({ example: 'Montage d’initiatives innovantes pour l’accès au logement des publics cibles' })
  @IsString()
  @Length(1, 300)
  category: string;
  @ApiProperty({ type: CarrierDto }) @ValidateNested() @Type(() => CarrierDto) carrier: CarrierDto;
  @ApiProperty({ type: [IndicatorLinkDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorLinkDto)
  indicators: IndicatorLinkDto[];
  @ApiProperty({ type: [ActionYearDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionYearDto)
  years: ActionYearDto[];
}

export class UpdateActionDto {
  @VersionField() version: number;
  @ApiPropertyOptional({ example: 'Renfort du SIAO' }) @IsOptional() @IsString() @Length(1, 500) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300) category?: string;
  @ApiPropertyOptional({ type: CarrierDto }) @IsOptional() @ValidateNested() @Type(() => CarrierDto) carrier?: CarrierDto;
  @ApiPropertyOptional({ type: [IndicatorLinkDto], description: 'Replaces the indicators' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorLinkDto)
  indicators?: IndicatorLinkDto[];
  @ApiPropertyOptional({
    type: [ActionYearDto],
    description: 'Lines of these years are written whole (added or replaced); others are kept',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionYearDto)
  years?: ActionYearDto[];
}

export class ActionDocumentDto extends OmitType(CreateActionDto, ['years'] as const) {
  @ApiProperty({ type: [ActionYearDocumentDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionYearDocumentDto)
  years: ActionYearDocumentDto[];
}

/** A convention as a JSON file: what `POST /conventions` imports and `GET /conventions/{id}/document` exports. */
export class ConventionDocumentDto {
  @ApiProperty({ example: 'grand-chambery-2024-2026' }) @IsString() @Matches(SLUG) @Length(1, 80) key: string;
  @ApiProperty({ example: 'Convention pluriannuelle d’objectifs 2024-2026 – Grand Chambéry' }) @IsString() @Length(1, 300) title: string;
  @ApiProperty({ example: '2024-01-01' }) @IsCivilDate() startsOn: string;
  @ApiProperty({ example: '2026-12-31' }) @IsCivilDate() endsOn: string;
  @ApiPropertyOptional({ example: '2024-07-04' }) @IsOptional() @IsCivilDate() signedOn?: string;
  @ApiProperty({ type: [YearDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => YearDto)
  years: YearDto[];
  @ApiProperty({ type: [ActionDocumentDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ActionDocumentDto)
  actions: ActionDocumentDto[];
}

export class UpdateConventionDto {
  @VersionField() version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300) title?: string;
  @ApiPropertyOptional({ example: '2024-01-01' }) @IsOptional() @IsCivilDate() startsOn?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsCivilDate() endsOn?: string;
  @ApiPropertyOptional({ example: '2024-07-04' }) @IsOptional() @IsCivilDate() signedOn?: string;
  @ApiPropertyOptional({ type: [YearDto], description: 'Years written whole (added or replaced); others are kept' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => YearDto)
  years?: YearDto[];
}

export const REPORT_FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class ConventionReportQueryDto {
  @ApiProperty({ example: 2025 }) @Type(() => Number) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year: number;
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' }) @IsOptional() @IsIn(REPORT_FORMATS) format: ReportFormat = 'json';
}
