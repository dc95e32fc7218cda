import { IsInstant } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_ACTIONS, AuditAction } from './audit-entry.entity';

export class AuditQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS }) @IsOptional() @IsIn(AUDIT_ACTIONS) action?: AuditAction;
  @ApiPropertyOptional({ example: 'user' }) @IsOptional() @IsString() @MaxLength(64) resourceType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) resourceId?: string;
  @ApiPropertyOptional({
    description: 'Entries of the searches for this term (matched by its keyed hash, after normalisation)',
    example: 'Dupont',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  searchTerm?: string;
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z' }) @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;
}

export class AuditEntryDto {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ example: 'user' }) resourceType: string;
  @ApiProperty({ nullable: true, type: String }) resourceId: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ nullable: true, type: String }) clientAddress: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, example: { fields: ['roles'] } })
  details: Record<string, unknown> | null;
}

/** The fields a client sees of an audit entry (not the territory column the search is scoped by). */
export function toAuditEntryDto(entry: AuditEntryDto): AuditEntryDto {
  const { id, occurredAt, userId, organisationId, action, resourceType, resourceId, requestId, clientAddress, details } = entry;
  return { id, occurredAt, userId, organisationId, action, resourceType, resourceId, requestId, clientAddress, details };
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
