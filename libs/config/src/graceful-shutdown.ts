import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: close the app (the HTTP server stops accepting connections and lets
 * in-flight requests finish; BullMQ workers finish their in-flight jobs; pools close), then
 * exit 0. Past `timeoutMs` the process exits with 1 whatever is still running.
 */
export function exitGracefullyOnSignals(app: INestApplicationContext, timeoutMs: number, log: (message: string) => void): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log(`${signal} received: shutting down`);
    setTimeout(() => {
      log(`Shutdown took longer than ${timeoutMs} ms: exiting anyway`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Error while shutting down: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
