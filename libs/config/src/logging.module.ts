import { Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './app-config';
import { ConfigModule } from './config.module';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The caller's `x-request-id` when it is sane, else a new UUID. Used by Fastify's genReqId. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Structured JSON logs (pino) for both apps. Every line logged during a request carries its
 * request id, which the API also returns in `x-request-id`. No bodies, no query strings (they
 * may hold names) and no credentials are logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // nestjs-pino's default route pattern does not match under Fastify with NestJS 12.
        forRoutes: [{ path: '*splat', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          // Fastify assigns the id (see requestIdFor); pino-http reuses it.
          genReqId: requestIdFor,
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.refreshToken'], remove: true },
          // Probes hit the health routes every few seconds: not worth a log line each (the API is under /api).
          autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/api/health') ?? false },
          // A 503 from readiness while Redis or PostgreSQL is down is said once by their own line, not per probe.
          customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) =>
            req.url?.startsWith('/api/health')
              ? 'silent'
              : error || res.statusCode >= 500
                ? 'error'
                : res.statusCode >= 400
                  ? 'warn'
                  : 'info',
        },
      }),
    }),
  ],
})
export class LoggingModule {}
