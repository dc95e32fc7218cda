import { Actor, DomainError } from '@app/core';
import { CreateEncounterDto, EncounterView, LinkEncounterDto, MaraudeService } from '@app/pathway';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { Idempotent } from '../http/idempotency';
import { PATHWAY_ROLES as R } from './pathway.roles';

@ApiTags('maraude')
@ApiBearerAuth()
@Controller('maraude-encounters')
export class MaraudeController {
  constructor(private readonly maraude: MaraudeService) {}

  @Post()
  @Roles(...R.maraude)
  @Idempotent()
  @ApiOperation({ summary: 'Record a street encounter; anonymous people count as persons spotted' })
  @ApiCreatedResponse({ type: EncounterView })
  record(@CurrentActor() actor: Actor, @Body() dto: CreateEncounterDto): Promise<EncounterView> {
    return this.maraude.record(actor, dto);
  }

  @Post(':id/households')
  @Roles(...R.maraude)
  @Idempotent()
  @ApiOperation({ summary: 'Link an encounter to a household once the person agrees to be followed' })
  @ApiCreatedResponse({ type: EncounterView })
  link(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: LinkEncounterDto): Promise<EncounterView> {
    return this.maraude.link(actor, id, dto.householdId);
  }

  @Get()
  @Roles(...R.maraude, 'admin')
  @ApiOperation({ summary: 'Street encounters between two dates' })
  @ApiQuery({ name: 'from', example: '2026-11-01' })
  @ApiQuery({ name: 'to', example: '2026-12-01' })
  @ApiOkResponse({ type: EncounterView, isArray: true })
  list(@CurrentActor() actor: Actor, @Query('from') from: string, @Query('to') to: string): Promise<EncounterView[]> {
    const range = [from, to].map((v) => new Date(v));
    const bad = (['from', 'to'] as const).filter((_, i) => Number.isNaN(range[i].getTime()));
    if (bad.length > 0) throw DomainError.validation(bad.map((field) => ({ field, problems: ['must be a date'] })));
    return this.maraude.list(actor, range[0], range[1]);
  }
}
