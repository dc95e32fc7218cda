import { ApiProperty } from '@nestjs/swagger';

/** A street-outreach encounter and the households linked to it. */
export class EncounterView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: Date }) occurredAt: Date;
  @ApiProperty({ example: 'Gare de Chambéry, parvis' }) place: string;
  @ApiProperty({ nullable: true, type: String, example: 'centre-ville' }) zone: string | null;
  @ApiProperty({ example: 3, description: 'People met, linked to a household or not' }) peopleMet: number;
  @ApiProperty({ nullable: true, type: String, example: 'Besoin de couvertures ; repasser jeudi' }) note: string | null;
  @ApiProperty({ format: 'uuid', description: 'The outreach organisation' }) organisationId: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Households of the people who agreed to be followed' })
  householdIds: string[];
}
