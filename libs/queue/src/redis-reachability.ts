import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';

/** Errors that mean "Redis cannot be reached (yet)": they repeat on every reconnection attempt. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);
const UNREACHABLE_MESSAGES = /Connection is closed|connect ETIMEDOUT|Stream isn't writeable|ECONNREFUSED|ENOTFOUND|EAI_AGAIN/;
/** An identical error from another source (a queue, a worker) is logged at most this often. */
const REPEAT_AFTER_MS = 60_000;

export function isUnreachable(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && UNREACHABLE_CODES.has(code)) || UNREACHABLE_MESSAGES.test(error.message);
}

/**
 * Every Redis connection of the process (the plain client, each BullMQ queue and worker) reports
 * its errors here. ioredis and BullMQ retry forever; without this, each attempt of each connection
 * printed a multi-line error object. Instead: one line when Redis becomes unreachable, naming
 * REDIS_URL, the address and how to start it; one line when it is back; silence in between
 * (readiness answers 503 meanwhile). Other errors are logged on one line, once a minute at most.
 */
class RedisReachability {
  private readonly logger = new Logger('Redis');
  private address = '';
  private port = 6379;
  private down = false;
  private readonly lastLogged = new Map<string, number>();

  configure(url: string): void {
    const parsed = new URL(url);
    this.port = Number(parsed.port || 6379);
    this.address = `${parsed.hostname}:${this.port}`;
  }

  error(source: string, error: Error): void {
    if (isUnreachable(error)) {
      if (this.down) return;
      this.down = true;
      if (!this.due('unreachable')) return;
      this.logger.warn(
        `Redis (REDIS_URL) is unreachable at ${this.address}: ${error.message || (error as { code?: string }).code}. ` +
          `Retrying quietly: jobs and reminders wait and /api/health/ready answers 503 until it is back. ` +
          `Start it (Debian: redis-server --daemonize yes --bind 127.0.0.1 --port ${this.port}; Docker: docker compose up -d postgres redis) ` +
          `or change that setting.`,
      );
      return;
    }
    const line = `${source}: ${error.message.replace(/\s+/g, ' ')}`;
    if (this.due(line)) this.logger.error(line);
  }

  /** Called when a connection is ready: says once that Redis is back. */
  ready(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.log(`Redis is reachable again at ${this.address}`);
  }

  private due(key: string): boolean {
    const now = Date.now();
    const last = this.lastLogged.get(key);
    if (last !== undefined && now - last < REPEAT_AFTER_MS) return false;
    this.lastLogged.set(key, now);
    return true;
  }
}

export const redisReachability = new RedisReachability();

/** A BullMQ queue whose connection errors go to redisReachability (BullMQ prints them raw when nobody listens). */
export class ReportingQueue extends Queue {
  constructor(...args: ConstructorParameters<typeof Queue>) {
    super(...args);
    this.on('error', (error: Error) => redisReachability.error(`Queue ${this.name}`, error));
  }
}

/** A BullMQ worker whose errors go to redisReachability. */
export class ReportingWorker extends Worker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    this.on('error', (error: Error) => redisReachability.error(`Worker ${this.name}`, error));
  }
}
