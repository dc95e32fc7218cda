import { AppConfig } from '@app/config';
import type { RedisOptions } from 'ioredis';

/**
 * Redis connection options from REDIS_URL. Workers (blocking commands) need
 * `maxRetriesPerRequest: null`; short-lived checks want a fast failure instead.
 */
export function redisOptions(config: AppConfig, purpose: 'bullmq' | 'client'): RedisOptions {
  const url = new URL(config.redis.url);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 5_000,
    ...(purpose === 'bullmq'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 2_000 }),
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 5_000),
  };
}
