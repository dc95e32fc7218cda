import {
  Breakdown,
  BREAKDOWNS,
  Catalogue,
  Difference,
  Dimension,
  DIMENSIONS,
  Granularity,
  GRANULARITIES,
  IndicatorReport,
  IndicatorResult,
  Measure,
  MEASURES,
  PeriodResult,
  PurgeResult,
} from '@app/indicators';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * What the indicator and administration operations answer, mapped field by field from the
 * context's results: counts and labels, never a subject.
 */

const NULLABLE_NUMBER = { type: Number, nullable: true } as const;

export class CatalogueIndicatorResponse {
  @ApiProperty({ example: 'households_followed' }) code: string;
  @ApiProperty({ description: 'In French, as the convention words it' }) label: string;
  @ApiProperty({ description: 'What exactly is counted, in French' }) definition: string;
  @ApiProperty({ enum: MEASURES }) measure: Measure;
  @ApiProperty({ example: 'households' }) unit: string;
  @ApiProperty({ enum: DIMENSIONS, isArray: true, description: 'The breakdowns it allows' }) dimensions: Dimension[];
}

export class IndicatorCatalogueResponse {
  @ApiProperty({ type: 'integer', description: 'Breakdown cells from 1 to this count are masked' }) maskingThreshold: number;
  @ApiProperty({ type: [CatalogueIndicatorResponse] }) indicators: CatalogueIndicatorResponse[];
}

export function toCatalogueResponse({ maskingThreshold, indicators }: Catalogue): IndicatorCatalogueResponse {
  return {
    maskingThreshold,
    indicators: indicators.map((i) => ({
      code: i.code,
      label: i.label,
      definition: i.definition,
      measure: i.measure,
      unit: i.unit,
      dimensions: i.dimensions,
    })),
  };
}

export class MaskedCellResponse {
  @ApiProperty({ description: 'The breakdown value (a commune: its INSEE code)' }) key: string;
  @ApiPropertyOptional({ description: 'What a reader sees for the key: a commune’s name' }) label?: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Null when masked' }) value: number | null;
  @ApiProperty() masked: boolean;
}

export class PeriodResultResponse {
  @ApiProperty({ example: '2026-03' }) period: string;
  @ApiProperty({ type: String, format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date' }) to: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Exact total, never masked' }) value: number | null;
  @ApiPropertyOptional({ ...NULLABLE_NUMBER, description: 'Distributions: the median of the value' }) median?: number | null;
  @ApiPropertyOptional({ type: [MaskedCellResponse], description: 'With a breakdown' }) cells?: MaskedCellResponse[];
}

export class IndicatorResultResponse {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty() definition: string;
  @ApiProperty({ enum: MEASURES }) measure: Measure;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: BREAKDOWNS, nullable: true }) breakdown: Breakdown | null;
  @ApiProperty({ type: [PeriodResultResponse] }) periods: PeriodResultResponse[];
}

export class IndicatorReportResponse {
  @ApiProperty({ type: String, format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date' }) to: string;
  @ApiProperty({ enum: GRANULARITIES }) granularity: Granularity;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) territoryIds: string[];
  @ApiProperty({ type: 'integer' }) maskingThreshold: number;
  @ApiProperty({ type: [IndicatorResultResponse] }) indicators: IndicatorResultResponse[];
}

const toPeriod = (p: PeriodResult): PeriodResultResponse => ({
  period: p.period,
  from: p.from,
  to: p.to,
  value: p.value,
  median: p.median,
  cells: p.cells?.map((c) => ({ key: c.key, label: c.label, value: c.value, masked: c.masked })),
});

const toIndicatorResult = (i: IndicatorResult): IndicatorResultResponse => ({
  code: i.code,
  label: i.label,
  definition: i.definition,
  measure: i.measure,
  unit: i.unit,
  breakdown: i.breakdown,
  periods: i.periods.map(toPeriod),
});

export function toIndicatorReportResponse(r: IndicatorReport): IndicatorReportResponse {
  return {
    from: r.from,
    to: r.to,
    granularity: r.granularity,
    territoryIds: r.territoryIds,
    maskingThreshold: r.maskingThreshold,
    indicators: r.indicators.map(toIndicatorResult),
  };
}

export class DifferenceResponse {
  @ApiProperty() code: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'From the indicator facts' }) facts: number | null;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'From the operational tables' }) operational: number | null;
}

export class ReconciliationResponse {
  @ApiProperty({ type: 'integer', description: 'Indicators compared' }) compared: number;
  @ApiProperty({ type: [DifferenceResponse] }) differences: DifferenceResponse[];
}

export function toReconciliationResponse(r: { compared: number; differences: Difference[] }): ReconciliationResponse {
  return {
    compared: r.compared,
    differences: r.differences.map((d) => ({ code: d.code, facts: d.facts, operational: d.operational })),
  };
}

export class RebuildResponse {
  @ApiProperty({ type: 'integer', description: 'Outbox events replayed' }) events: number;
  @ApiProperty({ type: 'integer', description: 'Facts added' }) facts: number;
}

export class PurgeResponse {
  @ApiProperty({ type: 'integer' }) households: number;
  @ApiProperty({ type: 'integer' }) arrearsFiles: number;
  @ApiProperty({ type: 'integer' }) landlords: number;
  @ApiProperty({ type: 'integer', description: 'Closed households past retention still linked to a pécule enrolment: kept' })
  keptForPecule: number;
}

export function toPurgeResponse(p: PurgeResult): PurgeResponse {
  return { households: p.households, arrearsFiles: p.arrearsFiles, landlords: p.landlords, keptForPecule: p.keptForPecule };
}
