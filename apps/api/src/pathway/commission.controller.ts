import { Actor } from '@app/core';
import {
  AllocationDto,
  CommissionProposalView,
  CommissionService,
  CommissionSessionPageView,
  CommissionSessionView,
  CreateSessionDto,
  ListSessionsQueryDto,
  MoveSessionDto,
  ProposeDto,
  SessionDecisionsDto,
} from '@app/pathway';
import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { PATHWAY_ROLES as R } from './pathway.roles';
import { Expensive } from '../http/rate-limit';

@ApiTags('commission')
@ApiBearerAuth()
@Controller()
export class CommissionController {
  constructor(private readonly commission: CommissionService) {}

  @Post('commission-sessions')
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Schedule a SIAO-bailleurs commission session' })
  @ApiCreatedResponse({ type: CommissionSessionView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSessionDto): Promise<CommissionSessionView> {
    return this.commission.createSession(actor, dto);
  }

  @Get('commission-sessions')
  @Roles(...R.propose)
  @ApiOperation({
    summary:
      'Sessions my organisation runs or takes part in (its households proposed, or as a landlord present), by date (default: from 60 days ago), with their proposal and decision counts',
  })
  @ApiOkResponse({ type: CommissionSessionPageView })
  list(@CurrentActor() actor: Actor, @Query() query: ListSessionsQueryDto): Promise<CommissionSessionPageView> {
    return this.commission.listSessions(actor, query);
  }

  @Get('commission-sessions/:id')
  @Roles(...R.propose)
  @ApiOperation({ summary: 'A session with its proposals: its organisation’s, or one my organisation takes part in (read-only)' })
  @ApiOkResponse({ type: CommissionSessionView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<CommissionSessionView> {
    return this.commission.getSession(actor, id);
  }

  @Patch('commission-sessions/:id')
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Move a session to another date (the organisation running it only)' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  @ApiOkResponse({ type: CommissionSessionView })
  move(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: MoveSessionDto): Promise<CommissionSessionView> {
    return this.commission.moveSession(actor, id, dto);
  }

  @Post('commission-sessions/:id/proposals')
  @Roles(...R.propose)
  @ApiOperation({ summary: 'Step: propose an evaluated household, optionally on a housing offer (→ proposed)' })
  @ApiErrors([409, 'CONFLICT: already proposed at this session, or a new evaluation is required first; ILLEGAL_TRANSITION'])
  @ApiCreatedResponse({ type: CommissionProposalView })
  propose(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ProposeDto): Promise<CommissionProposalView> {
    return this.commission.propose(actor, id, dto);
  }

  @Post('commission-sessions/:id/decisions')
  @HttpCode(200)
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Step: the session’s decisions, all in one atomic request (retained / postponed / refused with a reason)' })
  @ApiErrors([
    409,
    'CONFLICT or ILLEGAL_TRANSITION: a proposal already decided, a session not yet held, an illegal step; nothing is written',
  ])
  @ApiOkResponse({ type: CommissionSessionView })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: SessionDecisionsDto,
  ): Promise<CommissionSessionView> {
    return this.commission.decide(actor, id, dto);
  }

  @Get('commission-sessions/:id/agenda.csv')
  @Expensive()
  @Roles(...R.commission)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ordre-du-jour.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The session agenda as CSV (semicolon-separated, UTF-8 with BOM)' })
  @ApiOkResponse({
    schema: { type: 'string' },
    description: 'CSV: reference;nom;prenom;statut;bailleur;commune;typologie;loyer_eur;disponible_le;decision;motif;issue_cal',
  })
  agenda(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<string> {
    return this.commission.agendaCsv(actor, id);
  }

  @Post('commission-proposals/:id/allocation')
  @HttpCode(200)
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Step: the landlord allocation commission (CAL) outcome of a retained proposal' })
  @ApiErrors([409, 'CONFLICT: only a retained proposal without a final allocation outcome can be allocated'])
  @ApiOkResponse({ type: CommissionProposalView })
  allocate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: AllocationDto,
  ): Promise<CommissionProposalView> {
    return this.commission.allocate(actor, id, dto);
  }
}
