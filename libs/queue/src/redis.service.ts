import { AppConfig } from '@app/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { redisOptions } from './redis-connection';
import { redisReachability } from './redis-reachability';

/**
 * A plain Redis client for small things (rate-limit counters, readiness). It fails fast when
 * Redis is down instead of queueing commands, so callers can degrade gracefully.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis;
  readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = config.redis.queuePrefix;
    this.client = new Redis({ ...redisOptions(config, 'client'), lazyConnect: false });
    redisReachability.configure(config.redis.url);
    this.client.on('error', (error: Error) => redisReachability.error('Redis client', error));
    this.client.on('ready', () => redisReachability.ready());
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
