import { Actor, DomainError, IsCivilDate } from '@app/core';
import {
  ExportQueryDto,
  IndicatorQueryDto,
  IndicatorSettings,
  IndicatorsProjector,
  IndicatorsService,
  reportTable,
  RetentionPurge,
  Table,
  toCsv,
  toXlsx,
} from '@app/indicators';
import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../http/decorators';
import { Expensive, IndicatorRead } from '../http/rate-limit';
import {
  IndicatorCatalogueResponse,
  IndicatorReportResponse,
  PurgeResponse,
  RebuildResponse,
  ReconciliationResponse,
  toCatalogueResponse,
  toIndicatorReportResponse,
  toPurgeResponse,
  toReconciliationResponse,
} from './indicators.responses';

/** Counts, never names: the coordinator, the State and admins; no case worker. */
const READERS = ['coordinator', 'state_officer', 'admin'] as const;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The files the exports answer: CSV text, or an XLSX workbook. */
const FILE_CONTENT = { 'text/csv': { schema: { type: 'string' } }, [XLSX]: { schema: { type: 'string', format: 'binary' } } };

class RangeDto {
  @ApiProperty({ example: '2026-01-01' }) @IsCivilDate() from: string;
  @ApiProperty({ example: '2026-12-31' }) @IsCivilDate() to: string;
}

@ApiTags('indicators')
@ApiBearerAuth()
@Controller()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly settings: IndicatorSettings,
    private readonly projector: IndicatorsProjector,
    private readonly purge: RetentionPurge,
  ) {}

  @Get('indicators/catalogue')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The indicators: French label, definition, measure, allowed breakdowns' })
  @ApiOkResponse({ type: IndicatorCatalogueResponse })
  catalogue(): IndicatorCatalogueResponse {
    return toCatalogueResponse(this.settings.catalogue);
  }

  @Get('indicators')
  @IndicatorRead()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Counts for any date range, by month, quarter, year or the whole range; cells of 1 to the threshold are masked',
  })
  @ApiOkResponse({ type: IndicatorReportResponse })
  query(@CurrentActor() actor: Actor, @Query() query: IndicatorQueryDto): Promise<IndicatorReportResponse> {
    return this.indicators.query(actor, query).then(toIndicatorReportResponse);
  }

  @Get('indicators/export')
  @Expensive()
  @Roles(...READERS)
  @ApiProduces('text/csv', XLSX)
  @ApiOperation({ summary: 'The same counts as a file: CSV (semicolons, UTF-8 with BOM) or XLSX, French labels' })
  @ApiOkResponse({ description: 'The file of the format asked', content: FILE_CONTENT })
  async export(@CurrentActor() actor: Actor, @Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const table = reportTable(await this.indicators.query(actor, query));
    return this.file(reply, table, `indicateurs-${query.from}-${query.to}`, query.format);
  }

  @Post('admin/indicators/reconcile')
  @Expensive()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Compare every indicator from the facts with the same count from the operational tables (unpurged data)' })
  @ApiOkResponse({ type: ReconciliationResponse })
  reconcile(@CurrentActor() actor: Actor, @Body() range: RangeDto): Promise<ReconciliationResponse> {
    if (range.from > range.to) throw DomainError.validation([{ field: 'to', problems: ['must not be before from'] }]);
    return this.indicators.reconcile(actor.territoryId, range.from, range.to).then(toReconciliationResponse);
  }

  @Post('admin/indicators/rebuild')
  @Expensive()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Replay the whole outbox into facts (idempotent: adds only the facts that are missing)' })
  @ApiOkResponse({ type: RebuildResponse })
  rebuild(): Promise<RebuildResponse> {
    return this.projector.rebuild().then(({ events, facts }) => ({ events, facts }));
  }

  @Post('admin/retention-purge')
  @Expensive()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Run the retention purge now (it also runs daily at 03:30)' })
  @ApiOkResponse({ type: PurgeResponse })
  runPurge(): Promise<PurgeResponse> {
    return this.purge.purgeExpired().then(toPurgeResponse);
  }

  private async file(reply: FastifyReply, table: Table, name: string, format: 'csv' | 'xlsx'): Promise<string | Buffer> {
    void reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return toCsv(table);
    }
    void reply.header('content-type', XLSX);
    return toXlsx(table, 'Indicateurs');
  }
}
