import { IsCivilDate } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { Breakdown, BREAKDOWNS } from '../catalogue';
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
  @ApiPropertyOptional({
    enum: BREAKDOWNS,
    description:
      'A dimension of the indicators asked, or `organisation` (any indicator: the organisation that recorded the facts, by name)',
  })
  @IsOptional()
  @IsIn(BREAKDOWNS)
  breakdown?: Breakdown;
  @ApiPropertyOptional({ description: 'Only the facts these organisations recorded, comma-separated ids; all by default' })
  @IsOptional()
  @list()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  organisationIds?: string[];
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
