import { SIAO_IMPORT_FIELDS, SiaoSettings } from '@app/pathway';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/decorators';
import { PATHWAY_ROLES as R } from './pathway.roles';

export class SiaoListItemDto {
  @ApiProperty({ example: 'dalo' }) code: string;
  @ApiProperty({ example: 'Reconnu prioritaire DALO (commission de médiation)' }) label: string;
  @ApiPropertyOptional({ example: 'CCH L441-2-3', description: 'The legal source, when the law sets the list' }) source?: string;
}

export class SiaoImportColumnDto {
  @ApiProperty({ enum: SIAO_IMPORT_FIELDS }) field: string;
  @ApiProperty({ type: [String], example: ['N° demande', 'Numéro de demande'], description: 'Headers that carry it' }) headers: string[];
}

export class SiaoListsDto {
  @ApiProperty({ type: [SiaoListItemDto] }) priorityLabels: SiaoListItemDto[];
  @ApiProperty({ type: [SiaoListItemDto] }) supportMeasures: SiaoListItemDto[];
  @ApiProperty({ type: [SiaoListItemDto] }) transferReasons: SiaoListItemDto[];
  @ApiProperty({ type: [SiaoImportColumnDto], description: 'The SI-SIAO import mapping (config/siao-import.json)' })
  importColumns: SiaoImportColumnDto[];
}

/** The SIAO's reference lists as configured (config/siao.json, config/siao-import.json), for forms and partner systems. */
@ApiTags('households')
@ApiBearerAuth()
@Controller('siao-lists')
export class SiaoListsController {
  constructor(private readonly settings: SiaoSettings) {}

  @Get()
  @Roles(...R.read)
  @ApiOperation({ summary: 'Priority labels, support measures, transfer reasons and the SI-SIAO import columns, as configured' })
  @ApiOkResponse({ type: SiaoListsDto })
  list(): SiaoListsDto {
    return {
      priorityLabels: [...this.settings.priorityLabels],
      supportMeasures: [...this.settings.supportMeasures],
      transferReasons: [...this.settings.transferReasons],
      importColumns: Object.entries(this.settings.importMapping.columns).map(([field, headers]) => ({ field, headers })),
    };
  }
}
