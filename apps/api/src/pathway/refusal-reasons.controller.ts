import { PathwaySettings, REFUSAL_PARTIES, RefusalParty } from '@app/pathway';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/decorators';
import { PATHWAY_ROLES as R } from './pathway.roles';

export class ReproposalRuleDto {
  @ApiProperty({
    enum: ['immediate', 'after_delay', 'after_new_evaluation'],
    description: 'When a household refused for this reason may be proposed again',
  })
  kind: 'immediate' | 'after_delay' | 'after_new_evaluation';

  @ApiPropertyOptional({ example: 90, description: 'For after_delay: days after the refusal' })
  days?: number;
}

export class RefusalReasonDto {
  @ApiProperty({ example: 'resources_insufficient' }) code: string;
  @ApiProperty({ example: 'Ressources insuffisantes au regard du loyer' }) label: string;
  @ApiProperty({ type: ReproposalRuleDto }) reproposal: ReproposalRuleDto;
  @ApiProperty({
    enum: REFUSAL_PARTIES,
    isArray: true,
    description: 'Who may give it: the commission (a refusal), the landlord (non-allocation, rejection), the household (an offer declined)',
  })
  appliesTo: RefusalParty[];
  @ApiProperty({ description: 'A household refusal for this reason may cost a priority label such as DALO (CCH R441-16-3)' })
  affectsPriority: boolean;
}

/** The written refusal reasons as configured (config/pathway.json, CCH L441-2-2), for forms and partner systems alike. */
@ApiTags('commission')
@ApiBearerAuth()
@Controller('commission-refusal-reasons')
export class RefusalReasonsController {
  constructor(private readonly settings: PathwaySettings) {}

  @Get()
  @Roles(...R.propose, ...R.followUp)
  @ApiOperation({ summary: 'Refusal reasons of the commission, the landlord and the household, with their effect on a new proposal' })
  @ApiOkResponse({ type: RefusalReasonDto, isArray: true })
  list(): RefusalReasonDto[] {
    return [...this.settings.refusalReasons.values()];
  }
}
