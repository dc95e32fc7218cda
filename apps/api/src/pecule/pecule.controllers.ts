import { Actor, DomainError } from '@app/core';
import {
  CancelPaymentDto,
  ConfirmPaidDto,
  CreateProgrammeDto,
  EndEnrolmentDto,
  EnrolDto,
  EnrolmentsService,
  ListEnrolmentsQueryDto,
  ListPaymentsQueryDto,
  PaymentVersionDto,
  MONTH_PATTERN,
  PaymentsService,
  ProgrammesService,
  ReviewDto,
  RuleSetDto,
  TreasuryExport,
  UpdateBankDetailsDto,
  UpdateProgrammeDto,
} from '@app/pecule';
import { Body, Controller, Get, HttpCode, Param, Patch, PipeTransform, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { PECULE_ROLES as R } from './pecule.roles';
import { Expensive } from '../http/rate-limit';
import {
  EnrolmentDetailResponse,
  EnrolmentResponse,
  PaymentResponse,
  ProgrammeResponse,
  toEnrolmentDetailResponse,
  toEnrolmentResponse,
  toPaymentResponse,
  toProgrammeResponse,
} from './pecule.responses';

/** What a treasury export answers; its figures are in headers. */
const CSV_DESCRIPTION =
  'CSV (UTF-8, `;`, CRLF): reference_paiement;mois;dossier;titulaire;iban;montant_centimes; headers x-export-id, x-payment-count, x-total-cents, x-content-sha256';

/** `YYYY-MM` path parameter. */
const monthParam: PipeTransform<string, string> = {
  transform(value: string) {
    if (!MONTH_PATTERN.test(value)) throw DomainError.validation([{ field: 'month', problems: ['month must be YYYY-MM'] }]);
    return value;
  },
};

@ApiTags('pécule')
@ApiBearerAuth()
@Controller('pecule/programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly payments: PaymentsService,
  ) {}

  @Post()
  @Roles(...R.manageProgramme)
  @ApiOperation({ summary: 'Record a programme: envelope, period and its first rules (as adopted by deliberation)' })
  @ApiCreatedResponse({ type: ProgrammeResponse })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.create(actor, dto).then(toProgrammeResponse);
  }

  @Get()
  @Roles(...R.readProgramme)
  @ApiOperation({ summary: 'Programmes of my territory, each with its envelope: committed, paid, remaining, planned' })
  @ApiOkResponse({ type: ProgrammeResponse, isArray: true })
  list(@CurrentActor() actor: Actor): Promise<ProgrammeResponse[]> {
    return this.programmes.list(actor).then((programmes) => programmes.map(toProgrammeResponse));
  }

  @Get(':id')
  @Roles(...R.readProgramme)
  @ApiOperation({ summary: 'A programme with its rules versions and its envelope: committed, paid, remaining, planned' })
  @ApiOkResponse({ type: ProgrammeResponse })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ProgrammeResponse> {
    return this.programmes.get(actor, id).then(toProgrammeResponse);
  }

  @Patch(':id')
  @Roles(...R.manageProgramme)
  @ApiOperation({ summary: 'Rename, extend, or change the envelope (never below what is committed)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  @ApiOkResponse({ type: ProgrammeResponse })
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.update(actor, id, dto).then(toProgrammeResponse);
  }

  @Post(':id/rules')
  @Roles(...R.manageProgramme)
  @ApiOperation({ summary: 'Record a new version of the rules; it applies to enrolments starting from its effective date' })
  @ApiErrors([409, 'CONFLICT: this rules version already exists'])
  @ApiCreatedResponse({ type: ProgrammeResponse })
  addRules(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: RuleSetDto): Promise<ProgrammeResponse> {
    return this.programmes.addRules(actor, id, dto).then(toProgrammeResponse);
  }

  @Put(':id/treasury-exports/:month')
  @Expensive()
  @Roles(...R.payments)
  @ApiProduces('text/csv')
  @ApiCreatedResponse({ schema: { type: 'string' }, description: `${CSV_DESCRIPTION}; its validated payments became transmitted` })
  @ApiOkResponse({ schema: { type: 'string' }, description: `${CSV_DESCRIPTION}; asked again: the same file` })
  @ApiErrors([422, 'NOTHING_TO_EXPORT: no validated payment to transmit for this month'])
  @ApiOperation({
    summary: 'The treasury CSV of a month: its validated payments become transmitted (201); asking again returns the same file (200)',
  })
  async export(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('month', monthParam) month: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.payments.export(actor, id, month);
    reply.status(file.created ? 201 : 200);
    return this.csv(reply, file);
  }

  @Get(':id/treasury-exports/:month')
  @Expensive()
  @Roles(...R.payments)
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: CSV_DESCRIPTION })
  @ApiOperation({ summary: 'Download a treasury CSV again' })
  async getExport(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('month', monthParam) month: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return this.csv(reply, await this.payments.getExport(actor, id, month));
  }

  private csv(reply: FastifyReply, file: TreasuryExport): string {
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="pecule-${file.month}.csv"`)
      .header('x-export-id', file.id)
      .header('x-payment-count', String(file.paymentCount))
      .header('x-total-cents', String(file.totalCents))
      .header('x-content-sha256', file.sha256);
    return file.content;
  }
}

@ApiTags('pécule')
@ApiBearerAuth()
@Controller('pecule/enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post()
  @Roles(...R.enrol)
  @ApiOperation({ summary: 'Enrol a young person of a household; 422 NOT_ELIGIBLE names each failed rule' })
  @ApiErrors(
    [404, 'NOT_FOUND: no such programme, household or person that I may see'],
    [409, 'CONFLICT: this young person already has an active stipend'],
    [422, 'NOT_ELIGIBLE (details: failedRules: [{ rule, message }])'],
  )
  @ApiCreatedResponse({ type: EnrolmentDetailResponse })
  enrol(@CurrentActor() actor: Actor, @Body() dto: EnrolDto): Promise<EnrolmentDetailResponse> {
    return this.enrolments.enrol(actor, dto).then(toEnrolmentDetailResponse);
  }

  @Get()
  @Roles(...R.readEnrolment)
  @ApiOperation({ summary: 'Enrolments I may see, by programme and status' })
  @ApiOkResponse({ type: EnrolmentResponse, isArray: true })
  list(@CurrentActor() actor: Actor, @Query() query: ListEnrolmentsQueryDto): Promise<EnrolmentResponse[]> {
    return this.enrolments.list(actor, query).then((enrolments) => enrolments.map(toEnrolmentResponse));
  }

  @Get(':id')
  @Roles(...R.readEnrolment)
  @ApiOperation({ summary: 'An enrolment with its payments and reviews; bank details for stipend managers only' })
  @ApiOkResponse({ type: EnrolmentDetailResponse })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<EnrolmentDetailResponse> {
    return this.enrolments.get(actor, id).then(toEnrolmentDetailResponse);
  }

  @Put(':id/bank-details')
  @Roles(...R.changeEnrolment)
  @ApiOperation({ summary: 'Record or replace the bank details (IBAN checked with its key); encrypted at rest' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  @ApiOkResponse({ type: EnrolmentDetailResponse })
  updateBankDetails(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateBankDetailsDto,
  ): Promise<EnrolmentDetailResponse> {
    return this.enrolments.updateBankDetails(actor, id, dto).then(toEnrolmentDetailResponse);
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles(...R.changeEnrolment)
  @ApiOperation({ summary: 'End the stipend with a reason; later payments are cancelled' })
  @ApiErrors([409, 'ILLEGAL_TRANSITION: the stipend has already ended'])
  @ApiOkResponse({ type: EnrolmentDetailResponse })
  end(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: EndEnrolmentDto): Promise<EnrolmentDetailResponse> {
    return this.enrolments.end(actor, id, dto).then(toEnrolmentDetailResponse);
  }

  @Post(':id/reviews')
  @Roles(...R.review)
  @ApiOperation({ summary: 'Record a situation review (resources, employment, training, housing kept)' })
  @ApiCreatedResponse({ type: EnrolmentDetailResponse })
  review(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ReviewDto): Promise<EnrolmentDetailResponse> {
    return this.enrolments.addReview(actor, id, dto).then(toEnrolmentDetailResponse);
  }
}

@ApiTags('pécule')
@ApiBearerAuth()
@Controller('pecule/payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  @Roles(...R.payments)
  @ApiOperation({ summary: 'Payments of a programme, by month and status' })
  @ApiOkResponse({ type: PaymentResponse, isArray: true })
  list(@CurrentActor() actor: Actor, @Query() query: ListPaymentsQueryDto): Promise<PaymentResponse[]> {
    return this.payments.list(actor, query).then((payments) => payments.map(toPaymentResponse));
  }

  @Post(':id/validate')
  @HttpCode(200)
  @Roles(...R.payments)
  @ApiOperation({ summary: 'Validate a due payment; 409 ENVELOPE_EXCEEDED when the envelope cannot cover it' })
  @ApiErrors([
    409,
    'ENVELOPE_EXCEEDED (details: remainingCents, amountCents), ILLEGAL_TRANSITION: not due yet or not planned (details: status, allowed), or STALE_VERSION (details: currentVersion)',
  ])
  @ApiBody({ type: PaymentVersionDto, required: false, description: 'The version read, optional: without it the write is still guarded' })
  @ApiOkResponse({ type: PaymentResponse })
  validate(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: PaymentVersionDto): Promise<PaymentResponse> {
    return this.payments.validate(actor, id, dto).then(toPaymentResponse);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...R.payments)
  @ApiOperation({ summary: 'Cancel a planned, validated or transmitted payment with a reason (a committed amount is released)' })
  @ApiErrors([
    409,
    'ILLEGAL_TRANSITION: the payment’s status does not allow it (details: status, allowed), or STALE_VERSION (details: currentVersion)',
  ])
  @ApiOkResponse({ type: PaymentResponse })
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CancelPaymentDto): Promise<PaymentResponse> {
    return this.payments.cancel(actor, id, dto).then(toPaymentResponse);
  }

  @Post(':id/paid')
  @HttpCode(200)
  @Roles(...R.payments)
  @ApiOperation({ summary: 'Confirm the treasury paid a transmitted payment' })
  @ApiErrors([
    409,
    'ILLEGAL_TRANSITION: only a transmitted payment can be paid (details: status, allowed), or STALE_VERSION (details: currentVersion)',
  ])
  @ApiOkResponse({ type: PaymentResponse })
  confirmPaid(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ConfirmPaidDto): Promise<PaymentResponse> {
    return this.payments.confirmPaid(actor, id, dto).then(toPaymentResponse);
  }
}
