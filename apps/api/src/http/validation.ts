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

/** What makes text unstorable: PostgreSQL refuses NUL in text (a 500 if it got that far). */
function textProblem(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'is not well-formed Unicode text';
  if (text.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  return null;
}

/** The strings of `value` (keys included) that cannot be stored as text, with their paths. Bodies deeper than 64 are refused before. */
function malformed(value: unknown, path: string, found: FieldProblem[], depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) found.push({ field: path || 'body', problems: [problem] });
  } else if (value && typeof value === 'object' && depth < 64) {
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      const problem = textProblem(key);
      if (problem) found.push({ field: at, problems: [`name ${problem}`] });
      malformed(child, at, found, depth + 1);
    }
  }
  return found;
}

/**
 * Refuses text that is not well-formed Unicode or holds a NUL character, in any body field, query
 * parameter or path parameter, before the field validators see it: one place for every route.
 */
class ParcoursValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problems = malformed(value, metadata.type === 'body' ? '' : (metadata.data ?? ''), []);
    if (problems.length) throw DomainError.validation(problems);
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
