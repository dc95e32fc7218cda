import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';

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

export function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist/apps/api/src/main.js')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    let ready = false;
    // Logs stay on at the production level (info, one line per request); once listening, they are drained unread.
    const onData = (chunk: Buffer) => {
      if (ready) return;
      buffer += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(buffer);
      if (match) {
        ready = true;
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`app exited ${code}: ${buffer}`)));
  });
}
