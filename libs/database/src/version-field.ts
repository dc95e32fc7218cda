import { INT32_MAX } from '@app/core';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

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
