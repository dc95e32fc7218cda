import 'reflect-metadata';
import { registerSecurityHeaders } from './http/security-headers';
import { serveWebApp } from './http/web-app';
import { AppConfig, exitGracefullyOnSignals, loadConfigOrExit, requestIdFor } from '@app/config';
import { migrateDatabase } from '@app/database';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { validationPipe } from './http/validation';
import { frameworkErrors, registerInputLimits } from './http/input-limits';
import { buildOpenApiDocument } from './http/openapi';
import { API_PREFIX } from './http/prefix';
import { mountQueueDashboard } from './operations/queue-dashboard';

export async function createApi(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    // On shutdown: close idle keep-alive sockets, let in-flight requests finish.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    genReqId: requestIdFor,
    frameworkErrors,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot({ withWorker: config.runWorkerInApi }), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerInputLimits(app);
  // CSV uploads (arrears alert lists) arrive as raw bytes: their encoding is decided by the importer.
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await registerSecurityHeaders(app);
  app.enableCors({ origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false });
  // The JSON API lives under /api; the rest of the origin belongs to the web app's routes.
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(validationPipe());
  await mountQueueDashboard(app);
  await serveWebApp(app, config);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, buildOpenApiDocument(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  return app;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.database.migrateOnStart) await migrateDatabase(config, (m) => process.stdout.write(`${m}\n`));
  const app = await createApi(config);
  const logger = app.get(Logger);
  exitGracefullyOnSignals(app, config.shutdownTimeoutMs, (message) => logger.log(message));
  await app.listen(config.http.port, config.http.host);
  logger.log(`Parcours API listening on ${await app.getUrl()} (worker in process: ${config.runWorkerInApi})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
