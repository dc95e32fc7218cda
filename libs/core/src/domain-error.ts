/** Stable error codes: clients may branch on them, so never rename one. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'ILLEGAL_TRANSITION',
  'NOT_ELIGIBLE',
  'ENVELOPE_EXCEEDED',
  'MISSED_INSTALMENT_REQUIRED',
  'NOTHING_TO_EXPORT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One offending input field: where it is and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/**
 * Errors thrown by services. They carry a stable code; the API maps codes to HTTP statuses
 * in one place, so services stay transport-agnostic (the worker reuses them).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(resource: string): DomainError {
    return new DomainError('NOT_FOUND', `${resource} not found`);
  }

  static validation(fields: FieldProblem[], message = 'The request has invalid fields'): DomainError {
    return new DomainError('VALIDATION_FAILED', message, fields);
  }

  static staleVersion(resource: string, currentVersion?: number): DomainError {
    return new DomainError(
      'STALE_VERSION',
      `${resource} was changed by someone else; reload it and try again`,
      currentVersion === undefined ? undefined : { currentVersion },
    );
  }
}
