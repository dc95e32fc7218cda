// Compares every indicator from the anonymised facts with the same count from the operational
// tables, for each territory: `npm run indicators:reconcile -- [--from 2026-01-01] [--to 2026-12-31]`.
// Exits 1 when a count differs.
import 'reflect-metadata';
import { ConfigModule, loadConfigOrExit } from '@app/config';
import { Clock } from '@app/core';
import { DatabaseModule } from '@app/database';
import { IndicatorsModule, IndicatorsProjector, IndicatorsService } from '@app/indicators';
import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { parseArgs } from 'node:util';

// The access layer (identity) needs Redis for its login limiter: the queue module provides the client.
@Module({ imports: [ConfigModule, DatabaseModule, QueueModule, IndicatorsModule] })
class ReconcileModule {}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const year = new Clock(config.timezone).today().slice(0, 4);
  const { values } = parseArgs({
    options: { from: { type: 'string', default: `${year}-01-01` }, to: { type: 'string', default: `${year}-12-31` } },
  });
  const app = await NestFactory.createApplicationContext(ReconcileModule, { logger: ['error', 'warn'] });
  try {
    // Facts first: events the worker has not projected yet would show as differences.
    await app.get(IndicatorsProjector).projectPending();
    const territories = await app
      .get(DataSource)
      .query<Array<{ id: string; name: string }>>(`SELECT id, name FROM territory ORDER BY name`);
    let differences = 0;
    for (const territory of territories) {
      const result = await app.get(IndicatorsService).reconcile(territory.id, values.from, values.to);
      differences += result.differences.length;
      process.stdout.write(`${territory.name}: ${result.compared} indicators compared, ${result.differences.length} differences\n`);
      for (const d of result.differences) process.stdout.write(`  ${d.code}: facts ${d.facts}, operational tables ${d.operational}\n`);
    }
    process.exitCode = differences > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
