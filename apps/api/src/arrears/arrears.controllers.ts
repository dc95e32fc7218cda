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
  FileDetail,
  FileSummary,
  ImportQueryDto,
  ImportReport,
  LandlordDetail,
  LandlordDto,
  LandlordsService,
  LandlordView,
  ListFilesQueryDto,
  ProcedureFactDto,
  RehousingRequestDto,
  SolutionDto,
  StageDto,
  UpdateFileDto,
  UpdateLandlordDto,
  UpdateSolutionDto,
} from '@app/arrears';
import { Actor, DomainError, Page } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { ARREARS_ROLES as R } from './arrears.roles';
import { Expensive } from '../http/rate-limit';

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
  create(@CurrentActor() actor: Actor, @Body() dto: LandlordDto): Promise<LandlordDetail> {
    return this.landlords.create(actor, dto);
  }

  @Get()
  @Roles(...R.read)
  @ApiOperation({ summary: 'Landlords, by part of the name' })
  @ApiQuery({ name: 'q', required: false, description: 'Part of the name, accent-insensitive' })
  list(@CurrentActor() actor: Actor, @Query('q') q?: string): Promise<LandlordView[]> {
    if (q !== undefined && (typeof q !== 'string' || q.length > 100))
      throw DomainError.validation([{ field: 'q', problems: ['at most 100 characters'] }]);
    return this.landlords.list(actor, q);
  }

  @Get(':id')
  @Roles(...R.read)
  @ApiOperation({ summary: 'A landlord and its tenants’ files' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<LandlordDetail> {
    return this.landlords.get(actor, id);
  }

  @Patch(':id')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Change a landlord’s details (optimistic locking)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion), or CONFLICT: another landlord has this name and commune'])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateLandlordDto): Promise<LandlordDetail> {
    return this.landlords.update(actor, id, dto);
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
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFileDto): Promise<FileDetail> {
    return this.files.create(actor, dto);
  }

  @Get()
  @Roles(...R.read)
  @ApiOperation({ summary: 'My organisation’s files, newest first (the whole territory for admins)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListFilesQueryDto): Promise<Page<FileSummary>> {
    return this.files.list(actor, query);
  }

  @Get(':id')
  @Roles(...R.read)
  @ApiOperation({ summary: 'A file: contacts, debt trajectory, solutions, procedure with its legal deadlines and the next one' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FileDetail> {
    return this.files.get(actor, id);
  }

  @Patch(':id')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Change contact details, rent, housing benefit or advisor (optimistic locking)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion), or ILLEGAL_TRANSITION: the file is closed'])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateFileDto): Promise<FileDetail> {
    return this.files.update(actor, id, dto);
  }

  @Post(':id/contacts')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Record an attempt to reach the tenant or the landlord, and when to try next' })
  @ApiErrors([409, STEP_REFUSED])
  addContact(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ContactDto): Promise<FileDetail> {
    return this.steps.addContact(actor, id, dto);
  }

  @Post(':id/debts')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Record the debt on a date' })
  @ApiErrors([409, STEP_REFUSED])
  addDebt(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: DebtDto): Promise<FileDetail> {
    return this.steps.addDebt(actor, id, dto);
  }

  @Post(':id/solutions')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Mobilise a solution: repayment plan, FSL, housing benefit maintained, mediation, social services referral' })
  @ApiErrors([409, STEP_REFUSED])
  addSolution(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: SolutionDto): Promise<FileDetail> {
    return this.steps.addSolution(actor, id, dto);
  }

  @Patch(':id/solutions/:solutionId')
  @Roles(...R.write)
  @ApiOperation({ summary: 'Move a solution on (FSL granted, plan kept or broken, …); illegal moves answer 409 with the allowed ones' })
  @ApiErrors([409, STEP_REFUSED])
  updateSolution(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('solutionId', uuidParam('solutionId')) solutionId: string,
    @Body() dto: UpdateSolutionDto,
  ): Promise<FileDetail> {
    return this.steps.updateSolution(actor, id, solutionId, dto);
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
  recordStage(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StageDto): Promise<FileDetail> {
    return this.steps.recordStage(actor, id, dto);
  }

  @Post(':id/procedure-facts')
  @Roles(...R.write)
  @ApiOperation({
    summary:
      'Record an act or a decision beside the stages (bailiff’s report to the CCAPEX, diagnosis, rent resumed, judgment served, missed instalment, prefect informed, the judges’ delays); the deadlines follow it',
  })
  @ApiErrors([409, `${STEP_REFUSED}: the stage the fact follows is not recorded (details: requires)`])
  recordFact(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ProcedureFactDto): Promise<FileDetail> {
    return this.steps.recordFact(actor, id, dto);
  }

  @Post(':id/rehousing-request')
  @Roles(...R.write)
  @ApiOperation({ summary: 'With the tenant’s consent, open a pathway household shared with the SIAO (or link one)' })
  @ApiErrors([409, STEP_REFUSED])
  requestRehousing(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: RehousingRequestDto,
  ): Promise<FileDetail> {
    return this.steps.requestRehousing(actor, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...R.write)
  @ApiOperation({ summary: 'Close the file with its outcome' })
  @ApiErrors([409, 'ILLEGAL_TRANSITION: the file is already closed'])
  close(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CloseFileDto): Promise<FileDetail> {
    return this.files.close(actor, id, dto);
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
  async import(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportReport> {
    if (!Buffer.isBuffer(request.body))
      throw DomainError.validation([{ field: 'file', problems: ['send the CSV file as the request body with Content-Type: text/csv'] }]);
    const { created, report } = await this.imports.import(actor, request.body, query.source);
    reply.status(created ? 201 : 200);
    return report;
  }
}
