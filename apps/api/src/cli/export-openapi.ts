// Writes the OpenAPI document the API serves, and the TypeScript types openapi-typescript makes of
// it, to apps/web/src/api/ (openapi.json, schema.d.ts) for the web app's typed client:
// `npm run openapi`. With --check (`npm run openapi:check`, CI) it writes nothing and exits 1,
// naming the file, when the committed files differ from what the current code produces.
// --out <dir> writes elsewhere (the e2e test compares that export with the served document).
import 'reflect-metadata';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiModule } from '../api.module';
import { buildOpenApiDocument } from '../http/openapi';
import { API_PREFIX } from '../http/prefix';

const TARGET = resolve(__dirname, '../../../../../apps/web/src/api');
const HEADER = '// Generated from openapi.json by openapi-typescript: `npm run openapi`. Do not edit.\n\n';

/** Objects with their keys sorted, recursively: the file changes only when the document does. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, out: { type: 'string', default: TARGET } } });
  // Preview: the module graph and the controllers' metadata, without instantiating providers, so
  // neither PostgreSQL nor Redis is needed. The same prefix and document function as main.ts.
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot({ withWorker: false }), new FastifyAdapter(), {
    preview: true,
    logger: ['error'],
  });
  app.setGlobalPrefix(API_PREFIX);
  const json = `${JSON.stringify(sorted(buildOpenApiDocument(app)), null, 2)}\n`;
  await app.close();
  const schema = HEADER + astToString(await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0]));
  const files = { 'openapi.json': json, 'schema.d.ts': schema };
  let stale = 0;
  for (const [name, content] of Object.entries(files)) {
    const path = join(resolve(values.out), name);
    const shown = relative(process.cwd(), path);
    if (!values.check) {
      writeFileSync(path, content);
      process.stdout.write(`Wrote ${shown}\n`);
    } else if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
      process.stderr.write(`${shown} is not what the current code produces: run npm run openapi and commit it.\n`);
      stale++;
    }
  }
  if (values.check && stale === 0) process.stdout.write('The OpenAPI document and the web client types match the code.\n');
  process.exitCode = stale > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`OpenAPI export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
