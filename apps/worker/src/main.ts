import 'reflect-metadata';
import { exitGracefullyOnSignals, loadConfigOrExit } from '@app/config';
import { migrateDatabase } from '@app/database';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.database.migrateOnStart) await migrateDatabase(config, (m) => process.stdout.write(`${m}\n`));
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // Closing the app closes the BullMQ workers, which wait for their in-flight jobs.
  exitGracefullyOnSignals(app, config.shutdownTimeoutMs, (message) => logger.log(message));
  await app.init();
  logger.log('Parcours worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
