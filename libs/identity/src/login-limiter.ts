import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { RedisService } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';

/**
 * Fixed-window login limits in Redis: failed attempts per account, all attempts per client
 * address. If Redis is unreachable the limiter lets logins through (and says so in the logs)
 * rather than locking every user out.
 */
@Injectable()
export class LoginLimiter {
  private readonly logger = new Logger(LoginLimiter.name);

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  private accountKey(email: string): string {
    // Hashed: Redis holds no e-mail address in clear.
    return this.redis.key('login', 'account', createHash('sha256').update(email.trim().toLowerCase()).digest('hex'));
  }

  async assertAllowed(email: string, clientAddress: string): Promise<void> {
    const { loginMaxAttemptsPerAddress, loginMaxFailuresPerAccount, loginWindowSeconds } = this.config.auth;
    let addressAttempts: number;
    let accountFailures: number;
    try {
      const addressKey = this.redis.key('login', 'address', clientAddress);
      const results = await this.redis.client
        .multi()
        .incr(addressKey)
        .expire(addressKey, loginWindowSeconds, 'NX')
        .get(this.accountKey(email))
        .exec();
      addressAttempts = Number(results?.[0]?.[1] ?? 0);
      accountFailures = Number(results?.[2]?.[1] ?? 0);
    } catch (error) {
      this.logger.warn(`Login limiter unavailable, letting the attempt through: ${(error as Error).message}`);
      return;
    }
    if (addressAttempts > loginMaxAttemptsPerAddress || accountFailures >= loginMaxFailuresPerAccount) {
      throw new DomainError('RATE_LIMITED', 'Too many login attempts; try again later', {
        retryAfterSeconds: loginWindowSeconds,
      });
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.accountKey(email);
    await this.redis.client
      .multi()
      .incr(key)
      .expire(key, this.config.auth.loginWindowSeconds, 'NX')
      .exec()
      .catch(() => undefined);
  }

  async reset(email: string): Promise<void> {
    await this.redis.client.del(this.accountKey(email)).catch(() => undefined);
  }
}
