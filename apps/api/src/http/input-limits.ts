import { DomainError } from '@app/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Duplex } from 'node:stream';
import { toErrorBody } from './error.filter';

/** The methods the API and the web app answer; anything else (TRACE, CONNECT, WebDAV's PROPFIND…) is a 405. */
export const SUPPORTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Deeper JSON than any request body needs (the deepest DTO nests 3 levels); deeper is refused before anything recurses on it. */
export const MAX_JSON_DEPTH = 32;

/** Whether `value` nests deeper than `limit` levels of objects and arrays: iterative, so any depth is safe to check. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Fastify's router answers some requests itself before any hook (a malformed URL, a path parameter
 * over 100 characters: 414): in the API's error shape, like every other error.
 */
export function frameworkErrors(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  const body = toErrorBody(error);
  void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
}

const notAllowed = (method: string) => ({
  statusCode: 405,
  code: 'MALFORMED_REQUEST',
  message: `Method ${method} is not allowed`,
  details: null,
});

/**
 * Input refused before any route sees it: unsupported methods (405, with Allow) and JSON nested
 * beyond MAX_JSON_DEPTH (400). JSON.parse copes with any depth, but what recurses on the parsed
 * body afterwards (class-transformer, JSON.stringify of the idempotency hash) overflows the stack.
 */
export function registerInputLimits(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    if (SUPPORTED_METHODS.includes(request.method)) return done();
    void reply
      .status(405)
      .header('allow', SUPPORTED_METHODS.join(', '))
      .header('cache-control', 'no-store')
      .send(notAllowed(request.method));
  });
  fastify.addHook('preValidation', (request, reply, done) => {
    if (!nestsDeeperThan(request.body, MAX_JSON_DEPTH)) return done();
    const body = toErrorBody(
      DomainError.validation(
        [{ field: 'body', problems: [`is nested deeper than ${MAX_JSON_DEPTH} levels`] }],
        'The body is nested too deeply',
      ),
    );
    void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
  });
  // Node hands CONNECT to a 'connect' listener, never to Fastify: answer it here rather than drop the socket.
  app.getHttpServer().on('connect', (_request, socket: Duplex) => {
    const body = JSON.stringify(notAllowed('CONNECT'));
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nallow: ${SUPPORTED_METHODS.join(', ')}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
