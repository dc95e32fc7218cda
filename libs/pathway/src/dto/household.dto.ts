import { AGE_BAND_CODES, AgeBand, IsCivilDate, IsCommuneCode, IsInstant } from '@app/core';
import { VersionField } from '@app/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { HOUSEHOLD_STATUSES, HouseholdStatus } from '../household-status';
import {
  ENTRY_CHANNELS,
  EntryChannel,
  HOUSEHOLD_ROLES,
  HouseholdRole,
  LIVING_SITUATIONS,
  LivingSituation,
  NEEDS,
  Need,
  PERSON_ARRIVAL_REASONS,
  normalizeIdentifier,
  PERSON_DEPARTURE_REASONS,
  PersonArrivalReason,
  PersonDepartureReason,
  RESOURCES,
  Resource,
  SEXES,
  Sex,
  SIAO_DEMAND_NUMBER,
  SOCIAL_HOUSING_DEMAND_NUMBER,
} from '../pathway.types';

export class PersonInputDto {
  @ApiPropertyOptional({ example: 'Amina' }) @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @ApiPropertyOptional({ example: 'Benali' }) @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @ApiPropertyOptional({ example: 'La dame du parc', description: 'For people who give no name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  alias?: string;
  @ApiPropertyOptional({ example: '1986-04-12' }) @IsOptional() @IsCivilDate() birthDate?: string;
  @ApiPropertyOptional({ example: 1986, description: 'When only the year is known' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;
  @ApiPropertyOptional({ enum: SEXES, default: 'unknown' }) @IsOptional() @IsIn(SEXES) sex?: Sex;
  @ApiProperty({ enum: HOUSEHOLD_ROLES, example: 'reference' }) @IsIn(HOUSEHOLD_ROLES) role: HouseholdRole;
}

const Identifier = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeIdentifier(value) : value));

export class PriorityLabelDto {
  @ApiProperty({ example: 'dalo', description: 'A code of GET /siao-lists priorityLabels' }) @IsString() @Length(1, 50) code: string;
  @ApiProperty({ format: 'date', example: '2026-05-12', description: 'Date of the decision' }) @IsCivilDate() since: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'When it ended or ends' })
  @IsOptional()
  @IsCivilDate()
  until?: string | null;
}

export class SupportMeasureDto {
  @ApiProperty({ example: 'avdl', description: 'A code of GET /siao-lists supportMeasures' }) @IsString() @Length(1, 50) code: string;
  @ApiProperty({ format: 'date', example: '2026-06-01' }) @IsCivilDate() startOn: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCivilDate() endOn?: string | null;
}

/** The SIAO's identifiers of a file, given at creation and edited later (issue 18 §3). */
class SiaoIdentifiersDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'SIAO73-2026-001234', description: 'The demand number in SI-SIAO' })
  @IsOptional()
  @Identifier()
  @Matches(SIAO_DEMAND_NUMBER, { message: 'letters, digits and - / . _ only, at most 40 characters' })
  siaoDemandNumber?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '073122600012345678',
    description: 'The social-housing demand number (NUR)',
  })
  @IsOptional()
  @Identifier()
  @Matches(SOCIAL_HOUSING_DEMAND_NUMBER, { message: '6 to 30 letters and digits' })
  socialHousingDemandNumber?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    example: '2027-03-14',
    description: 'The social-housing demand lapses unless renewed by this date (yearly; a reminder falls a month before)',
  })
  @IsOptional()
  @IsCivilDate()
  socialHousingDemandRenewalOn?: string | null;
  @ApiPropertyOptional({
    type: () => [PriorityLabelDto],
    description: 'Priority labels (codes: GET /siao-lists), replacing the current list',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PriorityLabelDto)
  priorityLabels?: PriorityLabelDto[];
  @ApiPropertyOptional({
    type: () => [SupportMeasureDto],
    description: 'Support measures (codes: GET /siao-lists), replacing the current list',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SupportMeasureDto)
  supportMeasures?: SupportMeasureDto[];
}

export class CreateHouseholdDto extends SiaoIdentifiersDto {
  @ApiProperty({ enum: ENTRY_CHANNELS, example: 'maraude' }) @IsIn(ENTRY_CHANNELS) entryChannel: EntryChannel;
  @ApiProperty({ enum: LIVING_SITUATIONS, example: 'street' }) @IsIn(LIVING_SITUATIONS) livingSituation: LivingSituation;
  @ApiPropertyOptional({ enum: RESOURCES, isArray: true, example: ['none'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESOURCES, { each: true })
  resources?: Resource[];
  @ApiPropertyOptional({ enum: NEEDS, isArray: true, example: ['administrative'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(NEEDS, { each: true })
  needs?: Need[];
  @ApiPropertyOptional({ example: '2026-11-02', description: 'Without it the household is only spotted (no consent yet)' })
  @IsOptional()
  @IsCivilDate()
  consentDate?: string;
  @ApiPropertyOptional({ example: '73065', description: 'INSEE code of the commune (GET /communes)' })
  @IsOptional()
  @IsCommuneCode()
  commune?: string;
  @ApiPropertyOptional({ example: false }) @IsOptional() @IsBoolean() restricted?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() referentUserId?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Organisations following the household with us' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  sharedWithOrganisationIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'The maraude encounter where the person agreed to be followed' })
  @IsOptional()
  @IsUUID()
  encounterId?: string;
  @ApiPropertyOptional({ example: '2026-11-02T10:00:00Z', description: 'When the file was opened (default: now)' })
  @IsOptional()
  @IsInstant()
  openedAt?: string;
  @ApiProperty({ type: [PersonInputDto], description: 'Exactly one person has the role reference' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PersonInputDto)
  persons: PersonInputDto[];
}

export class UpdateHouseholdDto extends SiaoIdentifiersDto {
  @VersionField({ example: 1 }) version: number;
  @ApiPropertyOptional({ enum: LIVING_SITUATIONS }) @IsOptional() @IsIn(LIVING_SITUATIONS) livingSituation?: LivingSituation;
  @ApiPropertyOptional({ enum: RESOURCES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESOURCES, { each: true })
  resources?: Resource[];
  @ApiPropertyOptional({ enum: NEEDS, isArray: true }) @IsOptional() @IsArray() @ArrayUnique() @IsIn(NEEDS, { each: true }) needs?: Need[];
  @ApiPropertyOptional({ example: '73179', description: 'INSEE code of the commune (GET /communes)' })
  @IsOptional()
  @IsCommuneCode()
  commune?: string;
  @ApiPropertyOptional({ description: 'Only the referent organisation may change it' }) @IsOptional() @IsBoolean() restricted?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() referentUserId?: string;
}

export class ShareDto {
  @VersionField({ example: 3 }) version: number;
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId: string;
}

export class CreateNoteDto {
  @ApiProperty({ example: 'Rencontré au parc du Verney, accepte un rendez-vous mardi.' }) @IsString() @Length(1, 10_000) body: string;
  @ApiPropertyOptional({ example: false, description: 'Health notes stay within the author’s organisation' })
  @IsOptional()
  @IsBoolean()
  health?: boolean;
}

export class ListHouseholdsQueryDto {
  @ApiPropertyOptional({ enum: HOUSEHOLD_STATUSES }) @IsOptional() @IsIn(HOUSEHOLD_STATUSES) status?: HouseholdStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() referentUserId?: string;
  @ApiPropertyOptional({ enum: ENTRY_CHANNELS }) @IsOptional() @IsIn(ENTRY_CHANNELS) entryChannel?: EntryChannel;
  @ApiPropertyOptional({ example: '73065', description: 'INSEE code of the commune (GET /communes)' })
  @IsOptional()
  @IsCommuneCode()
  commune?: string;
  @ApiPropertyOptional({ enum: AGE_BAND_CODES, description: 'Age band of the reference person today' })
  @IsOptional()
  @IsIn(AGE_BAND_CODES)
  ageBand?: AgeBand;
  @ApiPropertyOptional({ description: 'Only households whose evaluation is stale (or missing while evaluated)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  staleEvaluation?: 'true' | 'false';
  @ApiPropertyOptional({ example: 'benali', description: 'Name search, accent-insensitive and typo-tolerant' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  q?: string;
  @ApiPropertyOptional({ enum: ['opened_at', 'updated_at'], default: 'opened_at' })
  @IsOptional()
  @IsIn(['opened_at', 'updated_at'])
  sort?: 'opened_at' | 'updated_at';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

export class AddPersonDto {
  @VersionField({ example: 3 }) version: number;
  @ApiProperty({ type: PersonInputDto, description: 'Anyone but the reference person' })
  @ValidateNested()
  @Type(() => PersonInputDto)
  person: PersonInputDto;
  @ApiProperty({ format: 'date', example: '2026-11-02', description: 'When they joined the household' }) @IsCivilDate() occurredOn: string;
  @ApiProperty({ enum: PERSON_ARRIVAL_REASONS, example: 'birth' }) @IsIn(PERSON_ARRIVAL_REASONS) reason: PersonArrivalReason;
}

export class RemovePersonDto {
  @VersionField({ example: 4 }) version: number;
  @ApiProperty({ format: 'date', example: '2026-11-20', description: 'When they left the household' }) @IsCivilDate() occurredOn: string;
  @ApiProperty({ enum: PERSON_DEPARTURE_REASONS, example: 'departure' }) @IsIn(PERSON_DEPARTURE_REASONS) reason: PersonDepartureReason;
}

export class TransferDto {
  @VersionField({ example: 5 }) version: number;
  @ApiProperty({ format: 'uuid', description: 'The organisation of the territory that becomes the referent' })
  @IsUUID()
  organisationId: string;
  @ApiProperty({ example: 'team_change', description: 'A code of GET /siao-lists transferReasons' })
  @IsString()
  @Length(1, 50)
  reason: string;
  @ApiPropertyOptional({ default: false, description: 'Keep the file shared with the former organisation (otherwise it loses access)' })
  @IsOptional()
  @IsBoolean()
  keepShared?: boolean;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The new referent, a user of the new organisation (default: none until it names one)',
  })
  @IsOptional()
  @IsUUID()
  referentUserId?: string;
}
