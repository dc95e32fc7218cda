import { DomainError, FieldProblem } from '@app/core';
import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A lone UTF-16 surrogate: text no encoder can write (and validators that URI-encode throw on). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Paths of the strings of `value` that are not well-formed Unicode. */
function malformed(value: unknown, path: string, found: string[], depth = 0): string[] {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) found.push(path || 'body');
  } else if (value && typeof value === 'object' && depth < 64) {
    for (const [key, child] of Object.entries(value)) malformed(child, path ? `${path}.${key}` : key, found, depth + 1);
  }
  return found;
}

/** Refuses text that is not well-formed Unicode before the field validators see it. */
class ParcoursValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const fields = malformed(value, metadata.type === 'body' ? '' : (metadata.data ?? metadata.type), []);
    if (fields.length) throw DomainError.validation(fields.map((field) => ({ field, problems: ['is not well-formed Unicode text'] })));
    return super.transform(value, metadata);
  }
}

/** Whitelist + refuse unknown fields + transform; failures list every offending field. */
export function validationPipe(): ValidationPipe {
  return new ParcoursValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.validation(flatten(errors)),
  });
}
