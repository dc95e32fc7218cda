import { Actor, DomainError } from '@app/core';
import {
  AddPersonDto,
  CloseDto,
  ConditionOutcomeDto,
  CreatedHouseholdView,
  CreateHouseholdDto,
  CreateNoteDto,
  DeclineOfferDto,
  EvaluationDto,
  HouseholdPageView,
  HouseholdChangesService,
  HouseholdCreationService,
  HouseholdFilesService,
  HouseholdListsService,
  HouseholdNotesService,
  HouseholdSharesService,
  HouseholdTimelineService,
  HouseholdView,
  LeaseDto,
  ListHouseholdsQueryDto,
  NoteView,
  PathwayStepsService,
  RemovePersonDto,
  ShareDto,
  SIAO_IMPORT_FIELDS,
  SIAO_IMPORT_REQUIRED_FIELDS,
  SiaoImportReport,
  SiaoImportService,
  StepDto,
  TimelineEntryView,
  TransferDto,
  UpdateHouseholdDto,
  WorklistHouseholdView,
} from '@app/pathway';
import { applyDecorators, Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { PATHWAY_ROLES as R } from './pathway.roles';
import { Expensive } from '../http/rate-limit';
import { Idempotent } from '../http/idempotency';

/** A pathway step answers the file after the step, or 409 when the file's status or version does not allow it. */
const StepResponses = () =>
  applyDecorators(
    ApiOkResponse({ type: HouseholdView }),
    ApiErrors([409, 'ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion)']),
  );

@ApiTags('households')
@ApiBearerAuth()
@Controller('households')
export class HouseholdsController {
  constructor(
    private readonly creation: HouseholdCreationService,
    private readonly lists: HouseholdListsService,
    private readonly shares: HouseholdSharesService,
    private readonly householdNotes: HouseholdNotesService,
    private readonly files: HouseholdFilesService,
    private readonly timelines: HouseholdTimelineService,
    private readonly steps: PathwayStepsService,
    private readonly changes: HouseholdChangesService,
    private readonly imports: SiaoImportService,
  ) {}

  @Post()
  @Roles(...R.openFile)
  @Idempotent()
  @ApiOperation({ summary: 'Open a household file (spotted without consent); warns about possible duplicates' })
  @ApiCreatedResponse({ type: CreatedHouseholdView })
  @ApiErrors(
    [404, 'NOT_FOUND: an organisation or referent named in the file is not of my territory'],
    [409, 'CONFLICT: the SI-SIAO demand number is on another file (details: field, reference)'],
  )
  create(@CurrentActor() actor: Actor, @Body() dto: CreateHouseholdDto): Promise<CreatedHouseholdView> {
    return this.creation.create(actor, dto);
  }

  @Post('imports')
  @Expensive()
  @Roles(...R.evaluate)
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary:
      'Import an SI-SIAO export of demands (CSV body, UTF-8 or Windows-1252, `;` or `,`): 201 with the report; the same file again: 200 with its first report',
    description:
      `Fields: ${SIAO_IMPORT_FIELDS.join(', ')}; required: ${SIAO_IMPORT_REQUIRED_FIELDS.join(', ')}. Which headers carry them is ` +
      'configuration (config/siao-import.json, GET /siao-lists). A demand already on a file of the territory (same demand number, ' +
      'else same name and birth date) is reported as a duplicate.',
  })
  @ApiCreatedResponse({ type: SiaoImportReport })
  @ApiOkResponse({ type: SiaoImportReport, description: 'The same file was imported before: its first report' })
  @ApiErrors([413, 'PAYLOAD_TOO_LARGE: the file exceeds BODY_LIMIT_BYTES'])
  async import(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SiaoImportReport> {
    if (!Buffer.isBuffer(request.body))
      throw DomainError.validation([{ field: 'file', problems: ['send the CSV file as the request body with Content-Type: text/csv'] }]);
    const { created, report } = await this.imports.import(actor, request.body);
    reply.status(created ? 201 : 200);
    return report;
  }

  @Get()
  @Expensive('q')
  @Roles(...R.read)
  @ApiOperation({ summary: 'Households I may see, filtered; name search is accent-insensitive and typo-tolerant' })
  @ApiOkResponse({ type: HouseholdPageView })
  list(@CurrentActor() actor: Actor, @Query() query: ListHouseholdsQueryDto): Promise<HouseholdPageView> {
    return this.lists.list(actor, query);
  }

  @Get('worklist/awaiting-proposal')
  @Roles(...R.read)
  @ApiOperation({ summary: 'Evaluated households not yet proposed, oldest first, with the days waiting' })
  @ApiOkResponse({ type: WorklistHouseholdView, isArray: true })
  awaitingProposal(@CurrentActor() actor: Actor): Promise<WorklistHouseholdView[]> {
    return this.lists.awaitingProposal(actor, 200);
  }

  @Get(':id')
  @Roles(...R.read)
  @ApiOperation({
    summary: 'A household file: persons, situation, status, shares (names hidden on restricted files of other organisations)',
  })
  @ApiOkResponse({ type: HouseholdView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<HouseholdView> {
    return this.files.get(actor, id);
  }

  @Patch(':id')
  @Roles(...R.followUp)
  @ApiOperation({
    summary:
      'Update situation, resources, needs, commune, referent, the restricted flag, or the SIAO identifiers, priority labels and support measures',
  })
  @ApiOkResponse({ type: HouseholdView })
  @ApiErrors([
    409,
    'STALE_VERSION (details: currentVersion) or CONFLICT: the SI-SIAO demand number is on another file (details: field, reference)',
  ])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateHouseholdDto): Promise<HouseholdView> {
    return this.changes.update(actor, id, dto);
  }

  @Post(':id/shares')
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Share the file with another organisation (referent organisation only)' })
  @ApiCreatedResponse({ type: HouseholdView })
  share(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ShareDto): Promise<HouseholdView> {
    return this.shares.share(actor, id, dto, true);
  }

  @Delete(':id/shares')
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Stop sharing the file with an organisation (referent organisation only)' })
  @ApiOkResponse({ type: HouseholdView })
  unshare(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ShareDto): Promise<HouseholdView> {
    return this.shares.share(actor, id, dto, false);
  }

  @Post(':id/persons')
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'A person joins the household (a birth, an arrival), on a date: an event on the timeline' })
  @ApiCreatedResponse({ type: HouseholdView })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  addPerson(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: AddPersonDto): Promise<HouseholdView> {
    return this.changes.addPerson(actor, id, dto);
  }

  @Post(':id/persons/:personId/removal')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'A person leaves the household (a departure, a death), on a date: an event on the timeline' })
  @ApiOkResponse({ type: HouseholdView })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  removePerson(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('personId', uuidParam()) personId: string,
    @Body() dto: RemovePersonDto,
  ): Promise<HouseholdView> {
    return this.changes.removePerson(actor, id, personId, dto);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({
    summary:
      'Transfer the file to another organisation of the territory (referent organisation only), with a reason; the former one loses access unless keepShared',
  })
  @ApiOkResponse({ type: HouseholdView, description: 'The file after the transfer (names hidden when you no longer follow it)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  transfer(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: TransferDto): Promise<HouseholdView> {
    return this.changes.transfer(actor, id, dto);
  }

  @Get(':id/timeline')
  @Roles(...R.read)
  @ApiOperation({ summary: 'Every step of the pathway, in the order it happened' })
  @ApiOkResponse({ type: TimelineEntryView, isArray: true })
  timeline(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<TimelineEntryView[]> {
    return this.timelines.timeline(actor, id);
  }

  @Get(':id/notes')
  @Roles(...R.read)
  @ApiOperation({ summary: 'Notes; health notes only from your own organisation' })
  @ApiOkResponse({ type: NoteView, isArray: true })
  notes(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<NoteView[]> {
    return this.householdNotes.list(actor, id);
  }

  @Post(':id/notes')
  @Roles(...R.followUp)
  @Idempotent()
  @ApiOperation({ summary: 'Add a note; a health note is visible to my organisation only' })
  @ApiCreatedResponse({ type: NoteView })
  addNote(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CreateNoteDto): Promise<NoteView> {
    return this.householdNotes.add(actor, id, dto);
  }

  @Post(':id/consent')
  @HttpCode(200)
  @Roles(...R.openFile)
  @ApiOperation({ summary: 'Step: a spotted person agrees to be followed (spotted → file_open)' })
  @StepResponses()
  consent(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.consent(actor, id, dto);
  }

  @Post(':id/evaluations')
  @HttpCode(200)
  @Roles(...R.evaluate)
  @ApiOperation({ summary: 'Step: SIAO evaluation (→ evaluated); renews a stale one' })
  @StepResponses()
  evaluate(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: EvaluationDto): Promise<HouseholdView> {
    return this.steps.evaluate(actor, id, dto);
  }

  @Post(':id/offer-declined')
  @HttpCode(200)
  @Roles(...R.followUp, ...R.commission)
  @ApiOperation({ summary: 'Step: the household declines the offer, with a written reason (retained or allocated → evaluated)' })
  @StepResponses()
  declineOffer(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: DeclineOfferDto): Promise<HouseholdView> {
    return this.steps.declineOffer(actor, id, dto);
  }

  @Post(':id/offer-accepted')
  @HttpCode(200)
  @Roles(...R.followUp, ...R.commission)
  @ApiOperation({ summary: 'Step: the household accepts the offer within its answer deadline (allocated; the deadline is lifted)' })
  @StepResponses()
  acceptOffer(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.acceptOffer(actor, id, dto);
  }

  @Post(':id/allocation-condition')
  @HttpCode(200)
  @Roles(...R.followUp, ...R.commission)
  @ApiOperation({
    summary: 'Step: the suspensive condition’s outcome: document received (allocated), or failed once its deadline passed (→ evaluated)',
  })
  @StepResponses()
  resolveCondition(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: ConditionOutcomeDto,
  ): Promise<HouseholdView> {
    return this.steps.resolveCondition(actor, id, dto);
  }

  @Post(':id/lease')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: lease signed (allocated, or evaluated for intermediated private housing → lease_signed)' })
  @StepResponses()
  lease(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: LeaseDto): Promise<HouseholdView> {
    return this.steps.lease(actor, id, dto);
  }

  @Post(':id/housing-entry')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: entry into the home (lease_signed → followed_in_housing)' })
  @StepResponses()
  housingEntry(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.housingEntry(actor, id, dto);
  }

  @Post(':id/visits')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: follow-up visit in housing' })
  @StepResponses()
  visit(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.visit(actor, id, dto);
  }

  @Post(':id/bail-glissant-reviews')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: periodic tripartite review of a bail glissant (the next falls at the end of the following period)' })
  @StepResponses()
  bailGlissantReview(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.bailGlissantReview(actor, id, dto);
  }

  @Post(':id/lease-slide')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: the bail glissant slides to the household (it becomes the direct tenant)' })
  @StepResponses()
  slide(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.slide(actor, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: close the file with a reason' })
  @StepResponses()
  close(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CloseDto): Promise<HouseholdView> {
    return this.steps.close(actor, id, dto);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles(...R.followUp)
  @ApiOperation({ summary: 'Step: reopen a closed file (closed → file_open)' })
  @StepResponses()
  reopen(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: StepDto): Promise<HouseholdView> {
    return this.steps.reopen(actor, id, dto);
  }
}
