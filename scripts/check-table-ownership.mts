// Fails when an SQL string in a lib names a table another lib owns (npm run lint:architecture).
// A lib owns the tables of its entities (`@Entity()` classes and `@JoinTable` names, in the naming
// strategy's snake_case) and the migration-only tables listed below. The import graph
// (.dependency-cruiser.cjs) cannot see these couplings: a table name in a string.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const LIBS = join(ROOT, 'libs');

/** Tables created by a migration with no entity, and the lib that owns them. */
const MIGRATION_ONLY_TABLES: Record<string, string> = {
  audit_retention: 'audit',
};

/**
 * Known exceptions, each with its reason: `lib` may name `table` in `file`. Remove a line when
 * its coupling goes; a line no longer needed fails the check, so the list stays true.
 */
const ALLOWED: Array<{ lib: string; file: string; tables: string[]; why: string }> = [];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : filesUnder(path);
    return entry.name.endsWith('.ts') && !/\.(service-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** TypeORM's snakeCase, as the naming strategy applies it to class names. */
function snakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, '$1_$2')
    .toLowerCase();
}

function ownedTables(source: string): string[] {
  const entities = [...source.matchAll(/@Entity\(\s*(?:'(\w+)'|\{\s*name:\s*'(\w+)'[^)]*\})?\s*\)[\s\S]*?export class (\w+)/g)].map(
    ([, name, objectName, className]) => name ?? objectName ?? snakeCase(className),
  );
  const joinTables = [...source.matchAll(/@JoinTable\(\{\s*name:\s*'(\w+)'/g)].map(([, name]) => name);
  return [...entities, ...joinTables];
}

/** Tables an SQL string names after FROM, JOIN, INTO, UPDATE, TABLE or USING (SQL is written in capitals here). */
function tablesNamed(source: string, known: Map<string, string>): Set<string> {
  const strings = source.match(/`[^`]*`|'(?:[^'\\\n]|\\.)*'/g) ?? [];
  const named = new Set<string>();
  for (const text of strings)
    for (const [, table] of text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\s+"?(\w+)/g)) if (known.has(table)) named.add(table);
  return named;
}

const libs = readdirSync(LIBS);
const sources = new Map(
  libs.map((lib) => [lib, filesUnder(join(LIBS, lib, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))]),
);
const owners = new Map<string, string>(Object.entries(MIGRATION_ONLY_TABLES));
const problems: string[] = [];
for (const [lib, files] of sources)
  for (const { text } of files)
    for (const table of ownedTables(text)) {
      if (owners.has(table) && owners.get(table) !== lib) problems.push(`table ${table} has two owners: ${owners.get(table)} and ${lib}`);
      owners.set(table, lib);
    }

// A table a migration creates must have an owner, or the check would not know whose it is.
const migrations = join(LIBS, 'database', 'src', 'migrations');
for (const name of readdirSync(migrations))
  for (const [, table] of readFileSync(join(migrations, name), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)/g))
    if (!owners.has(table)) problems.push(`table ${table} (${name}) has no entity: add it to MIGRATION_ONLY_TABLES with its lib`);

const allowanceUsed = new Set<string>();
for (const [lib, files] of sources)
  for (const { path, text } of files) {
    const file = relative(ROOT, path);
    for (const table of tablesNamed(text, owners)) {
      const owner = owners.get(table);
      if (owner === lib) continue;
      const allowance = ALLOWED.find((a) => a.lib === lib && a.file === file && a.tables.includes(table));
      if (allowance) allowanceUsed.add(`${file}:${table}`);
      else problems.push(`${file} names table ${table}, owned by libs/${owner}: call an operation libs/${owner} exports`);
    }
  }
for (const allowance of ALLOWED)
  for (const table of allowance.tables)
    if (!allowanceUsed.has(`${allowance.file}:${table}`))
      problems.push(`${allowance.file} no longer names ${table}: remove it from ALLOWED`);

if (problems.length > 0) {
  process.stderr.write(`Table ownership:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`Table ownership: ${owners.size} tables, each named only by its own lib (${ALLOWED.length} known exceptions)\n`);
