import { COMMUNE_SEARCH_LIMIT, searchCommunes } from '@app/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class CommuneSearchQueryDto {
  @ApiProperty({ example: 'cham', description: 'Start of the name (accents and case ignored), of the INSEE code or of a postal code' })
  @IsString()
  @Length(1, 100)
  q: string;

  @ApiPropertyOptional({ example: '73', description: 'Only this département (2A, 2B for Corsica, 971… overseas)' })
  @IsOptional()
  @Matches(/^(?:\d{2,3}|2[AaBb])$/)
  departement?: string;
}

export class CommuneDto {
  @ApiProperty({ example: '73065', description: 'INSEE code: what the API takes and stores as `commune`' }) code: string;
  @ApiProperty({ example: 'Chambéry' }) name: string;
  @ApiProperty({ example: '73' }) departement: string;
  @ApiProperty({ type: [String], example: ['73000'] }) postalCodes: string[];
}

/**
 * The INSEE reference of communes, for the forms' pickers: public data, held in memory, so any
 * signed-in user may search it and the search is cheap (a binary search, at most 20 answers).
 */
@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes')
export class CommunesController {
  constructor() {
    searchCommunes('a'); // loads the reference at start-up rather than on the first keystroke
  }

  @Get()
  @ApiOperation({ summary: `Communes by the start of their name, code or postal code (at most ${COMMUNE_SEARCH_LIMIT}, by name)` })
  @ApiOkResponse({ type: [CommuneDto] })
  search(@Query() query: CommuneSearchQueryDto): CommuneDto[] {
    return searchCommunes(query.q, { departement: query.departement });
  }
}
