import { INT32_MAX } from '@app/core';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The version read, for optimistic locking: an integer column, so 1 to 2^31-1 (400 naming the field otherwise). */
export const VersionField = (options: { example?: number; description?: string } = {}) =>
  applyDecorators(
    ApiProperty({
      type: 'integer',
      minimum: 1,
      maximum: INT32_MAX,
      example: options.example ?? 1,
      description: options.description ?? 'The version read (optimistic locking)',
    }),
    IsInt(),
    Min(1),
    Max(INT32_MAX),
  );

/**
 * The version read, on a write whose API had none: optional, so existing clients keep working; when
 * given, a record changed since answers 409 STALE_VERSION. Without it the write is still guarded
 * by its conditional update (see workflow.ts).
 */
export const OptionalVersionField = (options: { description?: string } = {}) =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      minimum: 1,
      maximum: INT32_MAX,
      example: 1,
      description: options.description ?? 'The version read (optimistic locking); when given, a record changed since answers 409',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(INT32_MAX),
  );
