import { ROLES, Role } from '@app/core';
import { VersionField } from '@app/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ORGANISATION_TYPES, OrganisationType } from '../identity.types';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password';

export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

export class CreateOrganisationDto {
  @ApiProperty({ example: "Toit d'abord (association La Sasson)" })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_TYPES, example: 'outreach' })
  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;
}

export class UpdateOrganisationDto {
  @VersionField({ example: 1, description: 'Version read; a stale one answers 409 STALE_VERSION' }) version: number;

  @ApiPropertyOptional({ example: 'SIAO 73' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) territoryId: string;
  @ApiProperty({ example: 'SIAO 73' }) name: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: OrganisationType;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** The fields a client sees of an organisation. */
export function toOrganisationDto(organisation: OrganisationDto): OrganisationDto {
  const { id, territoryId, name, type, active, version, createdAt, updatedAt } = organisation;
  return { id, territoryId, name, type, active, version, createdAt, updatedAt };
}

export class TerritoryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'grand-chambery' }) code: string;
  @ApiProperty({ example: 'Grand Chambéry' }) name: string;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only users of this organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class CreateUserDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ example: 'camille.martin@siao73.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Camille Martin' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['siao_worker'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, example: 'a long initial passphrase' })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;
}

export class UpdateUserDto {
  @VersionField({ example: 1, description: 'Version read; a stale one answers 409 STALE_VERSION' }) version: number;

  @ApiPropertyOptional({ example: 'Camille Martin' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ example: false, description: 'Deactivating revokes the user’s sessions' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) territoryId: string;
  @ApiProperty({ example: 'camille.martin@siao73.example' }) email: string;
  @ApiProperty({ example: 'Camille Martin' }) displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty() active: boolean;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
  @ApiProperty() passwordChangedAt: Date;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** The fields a client sees of a user: never the password hash, whatever the entity loaded. */
export function toUserDto(user: UserDto): UserDto {
  const { id, organisationId, territoryId, email, displayName, roles, active, version, passwordChangedAt, createdAt, updatedAt } = user;
  return { id, organisationId, territoryId, email, displayName, roles, active, version, passwordChangedAt, createdAt, updatedAt };
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
