import { Actor } from '@app/core';
import { TerritoriesService, TerritoryDto } from '@app/identity';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/decorators';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Get()
  @Roles('coordinator', 'state_officer', 'admin')
  @ApiOperation({ summary: 'Territories whose indicators I may read: all for State officers, my own for others' })
  @ApiOkResponse({ type: [TerritoryDto] })
  async list(@CurrentActor() actor: Actor): Promise<TerritoryDto[]> {
    return (await this.territories.visibleTo(actor)).map(({ id, code, name }) => ({ id, code, name }));
  }
}
