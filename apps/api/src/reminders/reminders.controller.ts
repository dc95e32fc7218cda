import { ArrearsAccess } from '@app/arrears';
import { Actor, Role, ROLES, IsInstant } from '@app/core';
import { HouseholdAccess } from '@app/pathway';
import {
  ArrearsFileReminderSuspensionView,
  DigestSubscriptionView,
  HouseholdReminderSuspensionView,
  InboxCountsView,
  InboxScope,
  InboxView,
  ReconcileResultView,
  ReminderDigests,
  RemindersService,
  ReminderView,
} from '@app/reminders';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';

/** Everyone who follows files has an inbox; the coordinator one with the convention's reminders only (never a file); the State none. */
const INBOX_ROLES: Role[] = ROLES.filter((role) => role !== 'state_officer');

export class InboxQueryDto {
  @ApiPropertyOptional({ enum: ['mine', 'team'], default: 'mine', description: "Your own reminders, or your organisation's team inbox" })
  @IsOptional()
  @IsIn(['mine', 'team'])
  scope: InboxScope = 'mine';
}

export class UntilDto {
  @ApiProperty({ example: '2026-12-01T09:00:00+01:00' })
  @IsInstant()
  until: string;
}

export class DigestDto {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly digests: ReminderDigests,
    private readonly households: HouseholdAccess,
    private readonly arrearsFiles: ArrearsAccess,
  ) {}

  @Get('reminders')
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Inbox: overdue, today (Europe/Paris) and upcoming reminders' })
  @ApiOkResponse({ type: InboxView })
  inbox(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxView> {
    return this.reminders.inbox(actor, query.scope);
  }

  @Get('reminders/counts')
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Counts for a badge' })
  @ApiOkResponse({ type: InboxCountsView })
  counts(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxCountsView> {
    return this.reminders.counts(actor, query.scope);
  }

  @Get('reminders/digest')
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Whether I receive the daily digest e-mail' })
  @ApiOkResponse({ type: DigestSubscriptionView })
  digest(@CurrentActor() actor: Actor): Promise<DigestSubscriptionView> {
    return this.digests.subscription(actor);
  }

  @Put('reminders/digest')
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Opt in or out of the daily digest e-mail (7:30, reminders overdue or due today; none on empty days)' })
  @ApiOkResponse({ type: DigestSubscriptionView })
  setDigest(@CurrentActor() actor: Actor, @Body() dto: DigestDto): Promise<DigestSubscriptionView> {
    return this.digests.subscribe(actor, dto.enabled);
  }

  @Post('reminders/:id/acknowledge')
  @HttpCode(200)
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Acknowledge a reminder (seen, still to do)' })
  @ApiErrors([409, 'CONFLICT: the reminder’s status does not allow it (details: status, allowedFrom)'])
  @ApiOkResponse({ type: ReminderView })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReminderView> {
    return this.reminders.acknowledge(actor, id);
  }

  @Post('reminders/:id/snooze')
  @HttpCode(200)
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Snooze a reminder: it shows again as due at `until`' })
  @ApiErrors([409, 'CONFLICT: the reminder’s status does not allow it (details: status, allowedFrom)'])
  @ApiOkResponse({ type: ReminderView })
  snooze(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UntilDto): Promise<ReminderView> {
    return this.reminders.snooze(actor, id, new Date(dto.until));
  }

  @Post('reminders/:id/done')
  @HttpCode(200)
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: 'Mark a reminder done' })
  @ApiErrors([409, 'CONFLICT: the reminder’s status does not allow it (details: status, allowedFrom)'])
  @ApiOkResponse({ type: ReminderView })
  done(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReminderView> {
    return this.reminders.done(actor, id);
  }

  @Put('households/:id/reminder-suspension')
  @Roles('outreach_worker', 'siao_worker')
  @ApiOperation({ summary: "Hold back a household's reminders until a date (already in touch with the household)" })
  @ApiOkResponse({ type: HouseholdReminderSuspensionView })
  async suspend(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UntilDto,
  ): Promise<HouseholdReminderSuspensionView> {
    await this.households.assertVisible(actor, id);
    const suspended = await this.reminders.suspend(actor, id, new Date(dto.until));
    return { householdId: id, ...suspended };
  }

  @Put('arrears/files/:id/reminder-suspension')
  @Roles('arrears_advisor')
  @ApiOperation({ summary: "Hold back an arrears file's reminders until a date (already in touch with the tenant)" })
  @ApiOkResponse({ type: ArrearsFileReminderSuspensionView })
  async suspendArrearsFile(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UntilDto,
  ): Promise<ArrearsFileReminderSuspensionView> {
    await this.arrearsFiles.assertVisible(actor, id);
    const suspended = await this.reminders.suspend(actor, id, new Date(dto.until));
    return { fileId: id, ...suspended };
  }

  @Post('admin/reminders/reconcile')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Re-add the delivery job of every reminder still to deliver (after Redis lost its data)' })
  @ApiOkResponse({ type: ReconcileResultView })
  reconcile(): Promise<ReconcileResultView> {
    return this.reminders.reconcile();
  }
}
