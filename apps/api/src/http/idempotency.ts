import { DomainError } from '@app/core';
import {
  findIdempotencyKey,
  IDEMPOTENCY_KEY_TTL_HOURS,
  IdempotencyScope,
  lockIdempotencyKey,
  saveIdempotencyKey,
  withRequestTransaction,
} from '@app/database';
import { applyDecorators, CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { ParcoursRequest } from './decorators';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
// 1 to 255 printable ASCII characters (Stripe's limit; the IETF draft leaves the length to the server).
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;
const RETRY_AFTER_SECONDS = 1;

/**
 * Lets a client replay a create request safely (an offline phone resending what it never got an
 * answer to): with an `Idempotency-Key` header, the first success is stored with the record it
 * created and a replay gets the same status and body (`Idempotent-Replayed: true`). Without the
 * header nothing changes. The route's service must open its transaction with `inTransaction`
 * (libs/database) so the stored response commits with the record.
 */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_HEADER,
      required: false,
      description:
        `Optional, 1 to 255 printable ASCII characters, unique per request (a UUID). A replay with the same key and body within ` +
        `${IDEMPOTENCY_KEY_TTL_HOURS} h answers the first success again, with \`Idempotent-Replayed: true\`; a failure does not keep the key.`,
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    }),
    ApiConflictResponse({ description: 'IDEMPOTENCY_KEY_IN_PROGRESS: the first request with this key is still running (Retry-After)' }),
    ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED: this key was used for a different request' }),
  );

function parseKey(header: string | string[]): string {
  if (typeof header === 'string' && VALID_KEY.test(header)) return header;
  throw DomainError.validation([{ field: IDEMPOTENCY_HEADER, problems: ['must be 1 to 255 printable ASCII characters'] }]);
}

/**
 * In one transaction: the key's advisory lock (taken: a concurrent duplicate is running → 409),
 * the stored response (same request → replay, another request → 422), else the handler, whose
 * service joins this transaction, then the stored response; commit. A failure rolls it all back,
 * key included, so the retry is processed anew; a crash loses the uncommitted record and key together.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly warned = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<ParcoursRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined || !request.actor) return next.handle();
    return from(this.once(context, request, parseKey(header), next));
  }

  private async once(context: ExecutionContext, request: ParcoursRequest, key: string, next: CallHandler): Promise<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const operation = `${request.method} ${request.routeOptions.url ?? request.url}`;
    const scope: IdempotencyScope = { userId: request.actor!.userId, operation, key };
    const requestHash = createHash('sha256')
      .update(JSON.stringify([request.method, request.url, request.body ?? null]))
      .digest('hex');
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const manager = runner.manager;
      if (!(await lockIdempotencyKey(manager, scope))) {
        void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        throw new DomainError(
          'IDEMPOTENCY_KEY_IN_PROGRESS',
          'A request with this Idempotency-Key is still being processed; retry shortly',
          {
            retryAfterSeconds: RETRY_AFTER_SECONDS,
          },
        );
      }
      const stored = await findIdempotencyKey(manager, scope);
      if (stored) {
        if (stored.requestHash !== requestHash)
          throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request');
        await runner.rollbackTransaction();
        void reply.status(stored.status).header('idempotent-replayed', 'true');
        return stored.body;
      }
      const { result, joined } = await withRequestTransaction(manager, () =>
        lastValueFrom<unknown, undefined>(next.handle(), { defaultValue: undefined }),
      );
      if (!joined && !this.warned.has(operation)) {
        this.warned.add(operation);
        this.logger.warn(`${operation} is idempotent but its service did not join the request transaction (inTransaction)`);
      }
      await saveIdempotencyKey(manager, scope, { requestHash, status: reply.statusCode, body: result });
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
