import {
  ALERT_CSV_COLUMNS,
  ALERT_CSV_REQUIRED_COLUMNS,
  AlertImportService,
  ArrearsFilesService,
  ArrearsStepsService,
  CloseFileDto,
  ContactDto,
  CreateFileDto,
  DebtDto,
  ImportQueryDto,
  LandlordDto,
  LandlordsService,
  ListFilesQueryDto,
  ProcedureFactDto,
  RehousingRequestDto,
  SolutionDto,
  StageDto,
  UpdateFileDto,
  UpdateLandlordDto,
  UpdateSolutionDto,
} from '@app/arrears';
import { Actor, DomainError } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { ARREARS_ROLES as R } from './arrears.roles';
import { Expensive } from '../http/rate-limit';
import {
  ArrearsFileDetailResponse,
  ArrearsFilePageResponse,
  ImportReportResponse,
  LandlordDetailResponse,
  LandlordResponse,
  toFileDetailResponse,
  toFilePageResponse,
  toImportReportResponse,
  toLandlordDetailResponse,
  toLandlordResponse,
} from './arrears.responses';

/** Why a step on a file answers 409. */
const STEP_REFUSED = 'ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT';

@ApiTags('arrears')
@ApiBearerAuth()
@Controller('arrears/landlords')
export class LandlordsController {
  constructor(private readonly landlords: LandlordsService) {}

  @Post()
  @Roles(...R.write)
  @ApiOperation({ summary: 'Record a landlord (409 with its id when already recorded under that name and commune)' })
  @ApiErrors([409, 'CONFLICT: already recorded (details: landlordId)'])
  @ApiCreatedResponse({ type: LandlordDetailResponse })
  create(@CurrentActor() actor: Actor, @Body() dto: LandlordDto): Promise<LandlordDetailResponse> {
    return this.landlords.create(actor, dto).then(toLandlordDetailResponse);
  }

  @Get()
  @Roles(...R.read)
  @ApiOperation({ summary: 'Landlords, by part of the name' })
  @ApiQuery({ name: 'q', required: false, description: 'Part of the name, accent-insensitive' })
  @ApiOkResponse({ type: LandlordResponse, isArray: true })
  list(@CurrentActor() actor: Actor, @Query('q') q?: string): Promise<LandlordResponse[]> {
    if (q !== undefined && (typeof q !== 'string' || q.length > 100))
      throw DomainError.validation([{ field: 'q', problems: ['at most 100 characters'] }]);
    return this.landlords.list(actor, q).then((landlords) => landlords.map(toLandlordResponse));
  }

  @Get(':id')
  @Roles(...R.read)
  @ApiOperation({ summary: 'A landlord and its tenants’ files' })
  @ApiOkResponse({ type: LandlordDetailResponse })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<LandlordDetailResponse> {
    return this.landlords.get(actor, id).then(toLandlordDetailResponse);
  }

  @Patch(':id')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Change a landlord’s details (optimistic locking)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion), or CONFLICT: another landlord has this name and commune'])
  @ApiOkResponse({ type: LandlordDetailResponse })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateLandlordDto,
  ): Promise<LandlordDetailResponse> {
    return this.landlords.update(actor, id, dto).then(toLandlordDetailResponse);
  }
}

@ApiTags('arrears')
@ApiBearerAuth()
@Controller('arrears/files')
export class ArrearsFilesController {
  constructor(
    private readonly files: ArrearsFilesService,
    private readonly steps: ArrearsStepsService,
  ) {}

  @Post()
  @Roles(...R.write)
  @ApiOperation({ summary: 'Open a file from an alert: tenant, housing, housing benefit, landlord (an id or a new one), first debt' })
  @ApiErrors([404, 'NOT_FOUND: no such landlord or advisor that I may see'], [409, 'CONFLICT: the new landlord is already recorded'])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFileDto): Promise<ArrearsFileDetailResponse> {
    return this.files.create(actor, dto).then(toFileDetailResponse);
  }

  @Get()
  @Roles(...R.read)
  @ApiOperation({ summary: 'My organisation’s files, newest first (the whole territory for admins)' })
  @ApiOkResponse({ type: ArrearsFilePageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: ListFilesQueryDto): Promise<ArrearsFilePageResponse> {
    return this.files.list(actor, query).then(toFilePageResponse);
  }

  @Get(':id')
  @Roles(...R.read)
  @ApiOperation({ summary: 'A file: contacts, debt trajectory, solutions, procedure with its legal deadlines and the next one' })
  @ApiOkResponse({ type: ArrearsFileDetailResponse })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ArrearsFileDetailResponse> {
    return this.files.get(actor, id).then(toFileDetailResponse);
  }

  @Patch(':id')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Change contact details, rent, housing benefit or advisor (optimistic locking)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion), or ILLEGAL_TRANSITION: the file is closed'])
  @ApiOkResponse({ type: ArrearsFileDetailResponse })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateFileDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.files.update(actor, id, dto).then(toFileDetailResponse);
  }

  @Post(':id/contacts')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Record an attempt to reach the tenant or the landlord, and when to try next' })
  @ApiErrors([409, STEP_REFUSED])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  addContact(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: ContactDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.steps.addContact(actor, id, dto).then(toFileDetailResponse);
  }

  @Post(':id/debts')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Record the debt on a date' })
  @ApiErrors([409, STEP_REFUSED])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  addDebt(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: DebtDto): Promise<ArrearsFileDetailResponse> {
    return this.steps.addDebt(actor, id, dto).then(toFileDetailResponse);
  }

  @Post(':id/solutions')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Mobilise a solution: repayment plan, FSL, housing benefit maintained, mediation, social services referral' })
  @ApiErrors([409, STEP_REFUSED])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  addSolution(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: SolutionDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.steps.addSolution(actor, id, dto).then(toFileDetailResponse);
  }

  @Patch(':id/solutions/:solutionId')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Move a solution on (FSL granted, plan kept or broken, …); illegal moves answer 409 with the allowed ones' })
  @ApiErrors([409, STEP_REFUSED])
  @ApiOkResponse({ type: ArrearsFileDetailResponse })
  updateSolution(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('solutionId', uuidParam('solutionId')) solutionId: string,
    @Body() dto: UpdateSolutionDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.steps.updateSolution(actor, id, solutionId, dto).then(toFileDetailResponse);
  }

  @Post(':id/stages')
  @Roles(...R.write)
  @ApiOperation({
    summary:
      'Record a procedure stage; illegal steps answer 409 with the allowed ones. Irregularities (no CCAPEX referral, an eviction during the winter truce, …) are recorded and flagged, not refused',
  })
  @ApiErrors([
    409,
    `${STEP_REFUSED}; MISSED_INSTALMENT_REQUIRED: a notice to quit after a judgment that granted payment delays needs a missed instalment recorded (loi 89-462 art. 24 VII)`,
  ])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  recordStage(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: StageDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.steps.recordStage(actor, id, dto).then(toFileDetailResponse);
  }

  @Post(':id/procedure-facts')
  @Roles(...R.write)
  @ApiOperation({
    summary:
      'Record an act or a decision beside the stages (bailiff’s report to the CCAPEX, diagnosis, rent resumed, judgment served, missed instalment, prefect informed, the judges’ delays); the deadlines follow it',
  })
  @ApiErrors([409, `${STEP_REFUSED}: the stage the fact follows is not recorded (details: requires)`])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  recordFact(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: ProcedureFactDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.steps.recordFact(actor, id, dto).then(toFileDetailResponse);
  }

  @Post(':id/rehousing-request')
  @Roles(...R.write)
  @ApiOperation({ summary: 'With the tenant’s consent, open a pathway household shared with the SIAO (or link one)' })
  @ApiErrors([409, STEP_REFUSED])
  @ApiCreatedResponse({ type: ArrearsFileDetailResponse })
  requestRehousing(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: RehousingRequestDto,
  ): Promise<ArrearsFileDetailResponse> {
    return this.steps.requestRehousing(actor, id, dto).then(toFileDetailResponse);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...R.write)
  @ApiOperation({ summary: 'Close the file with its outcome' })
  @ApiErrors([409, 'ILLEGAL_TRANSITION: the file is already closed'])
  @ApiOkResponse({ type: ArrearsFileDetailResponse })
  close(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CloseFileDto): Promise<ArrearsFileDetailResponse> {
    return this.files.close(actor, id, dto).then(toFileDetailResponse);
  }
}

@ApiTags('arrears')
@ApiBearerAuth()
@Controller('arrears/imports')
export class ArrearsImportsController {
  constructor(private readonly imports: AlertImportService) {}

  @Post()
  @Expensive()
  @Roles(...R.write)
  @ApiConsumes('text/csv')
  @ApiErrors([413, 'PAYLOAD_TOO_LARGE: the file exceeds BODY_LIMIT_BYTES'])
  @ApiOperation({
    summary:
      'Import an alert list (CSV body, UTF-8 or Windows-1252, `;` or `,`): 201 with the report; the same file again: 200 with its first report',
    description: `Columns (French, any order): ${ALERT_CSV_COLUMNS.join(', ')}; required: ${ALERT_CSV_REQUIRED_COLUMNS.join(', ')}.`,
  })
  @ApiCreatedResponse({ type: ImportReportResponse, description: 'A new file: its rows written' })
  @ApiOkResponse({ type: ImportReportResponse, description: 'The same file again: its first report, nothing written' })
  async import(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportReportResponse> {
    if (!Buffer.isBuffer(request.body))
      throw DomainError.validation([{ field: 'file', problems: ['send the CSV file as the request body with Content-Type: text/csv'] }]);
    const { created, report } = await this.imports.import(actor, request.body, query.source);
    reply.status(created ? 201 : 200);
    return toImportReportResponse(report);
  }
}
