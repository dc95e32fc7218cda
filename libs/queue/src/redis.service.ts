import { AppConfig } from '@app/config';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { redisOptions } from './redis-connection';

/**
 * A plain Redis client for small things (rate-limit counters, readiness). It fails fast when
 * Redis is down instead of queueing commands, so callers can degrade gracefully.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisService.name);
  readonly client: Redis;
  readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = config.redis.queuePrefix;
    this.client = new Redis({ ...redisOptions(config, 'client'), lazyConnect: false });
    this.client.on('error', (error: Error) => this.logger.warn(`Redis client error: ${error.message}`));
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
