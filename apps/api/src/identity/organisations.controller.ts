import { Actor } from '@app/core';
import { CreateOrganisationDto, OrganisationDto, OrganisationsService, UpdateOrganisationDto } from '@app/identity';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations of my territory' })
  @ApiOkResponse({ type: [OrganisationDto] })
  list(@CurrentActor() actor: Actor): Promise<OrganisationDto[]> {
    return this.organisations.list(actor).then((organisations) => organisations);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation of my territory' })
  @ApiOkResponse({ type: OrganisationDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<OrganisationDto> {
    return this.organisations.get(actor, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create an organisation in my territory (admin)' })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiErrors([409, 'CONFLICT: an organisation of this name already exists'])
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.create(actor, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename or deactivate an organisation (admin)' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.update(actor, id, dto);
  }
}
