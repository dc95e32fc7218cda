import { Actor, DomainError } from '@app/core';
import {
  CancelPaymentDto,
  ConfirmPaidDto,
  CreateProgrammeDto,
  EndEnrolmentDto,
  EnrolDto,
  EnrolmentDetailView,
  EnrolmentsService,
  EnrolmentView,
  ListEnrolmentsQueryDto,
  ListPaymentsQueryDto,
  PaymentVersionDto,
  MONTH_PATTERN,
  PaymentsService,
  PaymentView,
  ProgrammesService,
  ProgrammeView,
  ReviewDto,
  RuleSetDto,
  TreasuryExport,
  UpdateBankDetailsDto,
  UpdateProgrammeDto,
} from '@app/pecule';
import { Body, Controller, Get, HttpCode, Param, Patch, PipeTransform, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { PECULE_ROLES as R } from './pecule.roles';
import { Expensive } from '../http/rate-limit';

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
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProgrammeDto): Promise<ProgrammeView> {
    return this.programmes.create(actor, dto);
  }

  @Get()
  @Roles(...R.readProgramme)
  @ApiOperation({ summary: 'Programmes of my territory, each with its envelope: committed, paid, remaining, planned' })
  list(@CurrentActor() actor: Actor): Promise<ProgrammeView[]> {
    return this.programmes.list(actor);
  }

  @Get(':id')
  @Roles(...R.readProgramme)
  @ApiOperation({ summary: 'A programme with its rules versions and its envelope: committed, paid, remaining, planned' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ProgrammeView> {
    return this.programmes.get(actor, id);
  }

  @Patch(':id')
  @Roles(...R.manageProgramme)
  @ApiOperation({ summary: 'Rename, extend, or change the envelope (never below what is committed)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateProgrammeDto): Promise<ProgrammeView> {
    return this.programmes.update(actor, id, dto);
  }

  @Post(':id/rules')
  @Roles(...R.manageProgramme)
  @ApiOperation({ summary: 'Record a new version of the rules; it applies to enrolments starting from its effective date' })
  @ApiErrors([409, 'CONFLICT: this rules version already exists'])
  addRules(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: RuleSetDto): Promise<ProgrammeView> {
    return this.programmes.addRules(actor, id, dto);
  }

  @Put(':id/treasury-exports/:month')
  @Expensive()
  @Roles(...R.payments)
  @ApiProduces('text/csv')
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
  enrol(@CurrentActor() actor: Actor, @Body() dto: EnrolDto): Promise<EnrolmentDetailView> {
    return this.enrolments.enrol(actor, dto);
  }

  @Get()
  @Roles(...R.readEnrolment)
  @ApiOperation({ summary: 'Enrolments I may see, by programme and status' })
  list(@CurrentActor() actor: Actor, @Query() query: ListEnrolmentsQueryDto): Promise<EnrolmentView[]> {
    return this.enrolments.list(actor, query);
  }

  @Get(':id')
  @Roles(...R.readEnrolment)
  @ApiOperation({ summary: 'An enrolment with its payments and reviews; bank details for stipend managers only' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<EnrolmentDetailView> {
    return this.enrolments.get(actor, id);
  }

  @Put(':id/bank-details')
  @Roles(...R.changeEnrolment)
  @ApiOperation({ summary: 'Record or replace the bank details (IBAN checked with its key); encrypted at rest' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  updateBankDetails(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateBankDetailsDto,
  ): Promise<EnrolmentDetailView> {
    return this.enrolments.updateBankDetails(actor, id, dto);
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles(...R.changeEnrolment)
  @ApiOperation({ summary: 'End the stipend with a reason; later payments are cancelled' })
  @ApiErrors([409, 'ILLEGAL_TRANSITION: the stipend has already ended'])
  end(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: EndEnrolmentDto): Promise<EnrolmentDetailView> {
    return this.enrolments.end(actor, id, dto);
  }

  @Post(':id/reviews')
  @Roles(...R.review)
  @ApiOperation({ summary: 'Record a situation review (resources, employment, training, housing kept)' })
  review(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ReviewDto): Promise<EnrolmentDetailView> {
    return this.enrolments.addReview(actor, id, dto);
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
  list(@CurrentActor() actor: Actor, @Query() query: ListPaymentsQueryDto): Promise<PaymentView[]> {
    return this.payments.list(actor, query);
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
  validate(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: PaymentVersionDto): Promise<PaymentView> {
    return this.payments.validate(actor, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...R.payments)
  @ApiOperation({ summary: 'Cancel a planned, validated or transmitted payment with a reason (a committed amount is released)' })
  @ApiErrors([
    409,
    'ILLEGAL_TRANSITION: the payment’s status does not allow it (details: status, allowed), or STALE_VERSION (details: currentVersion)',
  ])
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: CancelPaymentDto): Promise<PaymentView> {
    return this.payments.cancel(actor, id, dto);
  }

  @Post(':id/paid')
  @HttpCode(200)
  @Roles(...R.payments)
  @ApiOperation({ summary: 'Confirm the treasury paid a transmitted payment' })
  @ApiErrors([
    409,
    'ILLEGAL_TRANSITION: only a transmitted payment can be paid (details: status, allowed), or STALE_VERSION (details: currentVersion)',
  ])
  confirmPaid(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ConfirmPaidDto): Promise<PaymentView> {
    return this.payments.confirmPaid(actor, id, dto);
  }
}
