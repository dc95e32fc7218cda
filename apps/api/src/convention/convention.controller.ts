import {
  ActionView,
  ConventionDocumentDto,
  ConventionReportQueryDto,
  ConventionsService,
  ConventionSummaryView,
  ConventionView,
  CreateActionDto,
  ExecutionReportService,
  ExecutionReportView,
  ExpenseDto,
  reportPdf,
  reportWorkbook,
  UpdateActionDto,
  UpdateConventionDto,
} from '@app/convention';
import { Actor } from '@app/core';
import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { Expensive } from '../http/rate-limit';
import { CONVENTION_ROLES as R } from './convention.roles';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('convention')
@ApiBearerAuth()
@Controller('conventions')
export class ConventionController {
  constructor(
    private readonly conventions: ConventionsService,
    private readonly reports: ExecutionReportService,
  ) {}

  @Get()
  @Roles(...R.read)
  @ApiOperation({ summary: 'The conventions of my territory' })
  @ApiOkResponse({ type: [ConventionSummaryView] })
  list(@CurrentActor() actor: Actor): Promise<ConventionSummaryView[]> {
    return this.conventions.list(actor);
  }

  @Post()
  @Expensive()
  @Roles(...R.edit)
  @ApiOperation({ summary: 'Import a convention from its JSON file (400 names every offending path; nothing is written then)' })
  @ApiCreatedResponse({ type: ConventionView })
  @ApiErrors([409, 'CONFLICT: a convention with this key already exists in the territory'])
  import(@CurrentActor() actor: Actor, @Body() dto: ConventionDocumentDto): Promise<ConventionView> {
    return this.conventions.import(actor, dto);
  }

  @Get(':id')
  @Roles(...R.read)
  @ApiOperation({
    summary: 'A convention: its years with their credit totals and carry-over, its actions with their lines, credits and expenses',
  })
  @ApiOkResponse({ type: ConventionView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ConventionView> {
    return this.conventions.get(actor, id);
  }

  @Patch(':id')
  @Roles(...R.edit)
  @ApiOperation({ summary: 'Change the title, period, signing date, or add or replace years (State funding, amendment)' })
  @ApiOkResponse({ type: ConventionView })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateConventionDto): Promise<ConventionView> {
    return this.conventions.update(actor, id, dto);
  }

  @Get(':id/document')
  @Roles(...R.read)
  @ApiOperation({ summary: 'The convention as its JSON file (importing it gives the same convention)' })
  @ApiOkResponse({ type: ConventionDocumentDto })
  document(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ConventionDocumentDto> {
    return this.conventions.document(actor, id);
  }

  @Post(':id/actions')
  @Roles(...R.edit)
  @ApiOperation({ summary: 'Add an action, with its lines per year' })
  @ApiCreatedResponse({ type: ActionView })
  addAction(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CreateActionDto): Promise<ActionView> {
    return this.conventions.addAction(actor, id, dto);
  }

  @Patch(':id/actions/:actionId')
  @Roles(...R.edit)
  @ApiOperation({ summary: 'Change an action: title, category, carrier, indicators, or add or replace its lines of some years' })
  @ApiOkResponse({ type: ActionView })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  updateAction(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('actionId', uuidParam('actionId')) actionId: string,
    @Body() dto: UpdateActionDto,
  ): Promise<ActionView> {
    return this.conventions.updateAction(actor, id, actionId, dto);
  }

  @Post(':id/actions/:actionId/expenses')
  @Roles(...R.edit)
  @ApiOperation({ summary: 'Record an expense committed on an action’s credits of a year (a correction is a negative entry)' })
  @ApiCreatedResponse({ type: ActionView })
  addExpense(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('actionId', uuidParam('actionId')) actionId: string,
    @Body() dto: ExpenseDto,
  ): Promise<ActionView> {
    return this.conventions.addExpense(actor, id, actionId, dto);
  }

  @Get(':id/execution-report')
  @Expensive()
  @Roles(...R.report)
  @ApiProduces('application/json', XLSX, 'application/pdf')
  @ApiOperation({
    summary: 'The yearly execution report: actions, indicators (year and year before), deliverables, credits; JSON, XLSX or PDF',
  })
  @ApiOkResponse({ type: ExecutionReportView })
  async executionReport(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ConventionReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExecutionReportView | Buffer> {
    const report = await this.reports.report(actor, id, query.year, query.format);
    if (query.format === 'json') return report;
    const name = `rapport-execution-${query.year}.${query.format}`;
    void reply.header('content-disposition', `attachment; filename="${name}"`);
    void reply.header('content-type', query.format === 'xlsx' ? XLSX : 'application/pdf');
    return query.format === 'xlsx' ? reportWorkbook(report) : reportPdf(report);
  }
}
