import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Figures {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Runs `task` with `concurrency` loops for `seconds`, timing every call (ms). */
export async function measure(name: string, concurrency: number, seconds: number, task: (i: number) => Promise<boolean>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const i = counter++;
        const t0 = performance.now();
        let ok: boolean;
        try {
          ok = await task(i);
        } catch (error) {
          if (errors === 0) console.error(`${name}: ${String(error)}`);
          ok = false;
        }
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(2));
  return {
    name,
    requests: latencies.length,
    errors,
    seconds: Number(elapsed.toFixed(1)),
    throughput: Math.round(latencies.length / elapsed),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
  };
}

export function table(rows: Figures[]): string {
  const header = '| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|';
  return [
    header,
    ...rows.map((r) => `| ${r.name} | ${r.requests} | ${r.errors} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} |`),
  ].join('\n');
}

/** Spawns a built entry point of `dist/` and resolves with the first match of `ready` in its output. */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  // The V8 flag of `npm start` (see README, "Memory"); BENCH_NODE_ARGS adds more, e.g.
  // '--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the processes under test.
  const nodeArgs = ['--no-allocation-site-pretenuring', ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, resolve('dist', entry)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    let started = false;
    // Logs stay on at the production level (info); once started, they are drained unread.
    const onData = (chunk: Buffer) => {
      if (started) return;
      buffer += chunk.toString();
      const match = ready.exec(buffer);
      if (match) {
        started = true;
        resolve({ child, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited ${code}: ${buffer}`)));
  });
}

/** The environment of an app under benchmark: its database and queue prefix, production logging, no migration at start. */
export function benchEnv(databaseUrl: string, queuePrefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_MIGRATE_ON_START: 'false',
    QUEUE_PREFIX: queuePrefix,
    ...extra,
  };
}

/** The JSON API's prefix on the app's origin: undici's Pool takes the origin, each request its full path. */
export const API = '/api';

export async function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const { child, match } = await startProcess('apps/api/src/main.js', env, /listening on (http:\/\/[^\s"]+)/);
  return { child, url: match[1] };
}

/** Peak resident memory of a process, sampled every 500 ms until `stop()` (kB). */
export function watchRss(pid: number): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      /* process gone */
    }
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** p-th percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Drops `name` on `server` and creates it again, migrated by the built CLI. */
export async function recreateDatabase(server: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  execFileSync(process.execPath, [resolve('dist/apps/api/src/cli/migrate.js')], {
    env: { ...process.env, DATABASE_URL: `${server}/${name}` },
    stdio: 'inherit',
  });
}
