import { IsCivilDate } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { DIMENSIONS, Dimension } from '../catalogue';
import { Granularity, GRANULARITIES } from '../periods';

/** `a,b,c` or repeated parameters, as an array. */
const list = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value));

export class IndicatorQueryDto {
  @ApiProperty({ example: '2026-01-01' }) @IsCivilDate() from: string;
  @ApiProperty({ example: '2026-12-31' }) @IsCivilDate() to: string;
  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'range' }) @IsOptional() @IsIn(GRANULARITIES) granularity: Granularity = 'range';
  @ApiPropertyOptional({ description: 'Territory ids, comma-separated (State officers: several); yours by default' })
  @IsOptional()
  @list()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  territoryIds?: string[];
  @ApiPropertyOptional({ enum: DIMENSIONS }) @IsOptional() @IsIn(DIMENSIONS) breakdown?: Dimension;
  @ApiPropertyOptional({ description: 'Indicator codes, comma-separated; the whole catalogue by default' })
  @IsOptional()
  @list()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  codes?: string[];
}

export class ExportQueryDto extends IndicatorQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' }) @IsOptional() @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx' = 'csv';
}

export class ExecutionReportQueryDto {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' }) @IsOptional() @IsIn(['json', 'csv', 'xlsx']) format:
    'json' | 'csv' | 'xlsx' = 'json';
}
