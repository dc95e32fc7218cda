import { Actor } from '@app/core';
import {
  AllocationDto,
  CommissionProposal,
  CommissionService,
  CreateSessionDto,
  MoveSessionDto,
  ProposeDto,
  SessionDecisionsDto,
  SessionWithProposals,
} from '@app/pathway';
import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSessionDto): Promise<SessionWithProposals> {
    return this.commission.createSession(actor, dto);
  }

  @Get('commission-sessions/:id')
  @Roles(...R.propose)
  @ApiOperation({ summary: 'A session with its proposals' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SessionWithProposals> {
    return this.commission.getSession(actor, id);
  }

  @Patch('commission-sessions/:id')
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Move a session to another date' })
  @ApiOkResponse({ description: 'The session with its proposals' })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  move(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: MoveSessionDto): Promise<SessionWithProposals> {
    return this.commission.moveSession(actor, id, dto);
  }

  @Post('commission-sessions/:id/proposals')
  @Roles(...R.propose)
  @ApiOperation({ summary: 'Step: propose an evaluated household, optionally on a housing offer (→ proposed)' })
  @ApiErrors([409, 'CONFLICT: already proposed at this session, or a new evaluation is required first; ILLEGAL_TRANSITION'])
  propose(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: ProposeDto): Promise<CommissionProposal> {
    return this.commission.propose(actor, id, dto);
  }

  @Post('commission-sessions/:id/decisions')
  @HttpCode(200)
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Step: the session’s decisions, all in one atomic request (retained / postponed / refused with a reason)' })
  @ApiOkResponse({ description: 'The session with its proposals' })
  @ApiErrors([
    409,
    'CONFLICT or ILLEGAL_TRANSITION: a proposal already decided, a session not yet held, an illegal step; nothing is written',
  ])
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() dto: SessionDecisionsDto,
  ): Promise<SessionWithProposals> {
    return this.commission.decide(actor, id, dto);
  }

  @Get('commission-sessions/:id/agenda.csv')
  @Expensive()
  @Roles(...R.commission)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ordre-du-jour.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The session agenda as CSV (semicolon-separated, UTF-8 with BOM)' })
  agenda(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<string> {
    return this.commission.agendaCsv(actor, id);
  }

  @Post('commission-proposals/:id/allocation')
  @HttpCode(200)
  @Roles(...R.commission)
  @ApiOperation({ summary: 'Step: the landlord allocation commission (CAL) outcome of a retained proposal' })
  @ApiErrors([409, 'CONFLICT: only a retained proposal without a final allocation outcome can be allocated'])
  allocate(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: AllocationDto): Promise<CommissionProposal> {
    return this.commission.allocate(actor, id, dto);
  }
}
