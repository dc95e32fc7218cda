import { DomainError, ErrorCode, loggableError } from '@app/core';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  ILLEGAL_TRANSITION: 409,
  NOT_ELIGIBLE: 422,
  ENVELOPE_EXCEEDED: 409,
  MISSED_INSTALMENT_REQUIRED: 409,
  NOTHING_TO_EXPORT: 422,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
};

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'MALFORMED_REQUEST',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details: unknown;
}

// PostgreSQL and network error codes meaning "the database is not reachable right now".
const UNAVAILABLE = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);
// TypeORM releases a query runner whose connection dropped (a terminated backend between two
// statements of a transaction); the transaction's next statement then fails with these.
const CONNECTION_LOST = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Maps any error to the one error shape; never lets a stack trace leave the server. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    return { statusCode: STATUS_OF[error.code], code: error.code, message: error.message, details: error.details ?? null };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const code = CODE_OF_STATUS[statusCode] ?? (statusCode >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST');
    const message = statusCode === 404 ? 'No such route' : error.message;
    return { statusCode, code, message, details: null };
  }
  const candidate = error as { code?: string; statusCode?: number; message?: string; driverError?: { code?: string } };
  const pgCode = error instanceof QueryFailedError ? candidate.driverError?.code : candidate.code;
  if (pgCode === '23505') return { statusCode: 409, code: 'CONFLICT', message: 'This record already exists', details: null };
  if (pgCode === '40001' || pgCode === '40P01') {
    return { statusCode: 409, code: 'CONFLICT', message: 'Concurrent change detected; try again', details: null };
  }
  if (
    (pgCode && UNAVAILABLE.has(pgCode)) ||
    (error instanceof Error && CONNECTION_LOST.has(error.name)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(candidate.message ?? '')
  ) {
    return { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'A backing service is unavailable; try again shortly', details: null };
  }
  // Fastify's own errors (body too large, malformed JSON, unsupported media type).
  if (
    typeof candidate.statusCode === 'number' &&
    candidate.statusCode >= 400 &&
    candidate.statusCode < 500 &&
    candidate.code?.startsWith('FST_')
  ) {
    const code = CODE_OF_STATUS[candidate.statusCode] ?? 'MALFORMED_REQUEST';
    return { statusCode: candidate.statusCode, code, message: candidate.message ?? 'Malformed request', details: null };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL_ERROR', message: 'Internal error', details: null };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = toErrorBody(error);
    if (body.statusCode >= 500) {
      // Never the error itself: a failed query carries its parameters (personal data).
      this.logger.error({ err: loggableError(error), route: request.routeOptions?.url }, `${body.code} on ${request.method}`);
    }
    // Always JSON, even when the route had already set another content type (a CSV download that failed).
    void reply
      .status(body.statusCode)
      .header('cache-control', 'no-store')
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }
}
