import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { RedisService } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';

/**
 * Fixed-window login limits in Redis: failed attempts per account, all attempts per client
 * address. If Redis is unreachable the limiter lets logins through (and says so in the logs)
 * rather than locking every user out. Keys hold no address or e-mail: a keyed hash (HMAC with a
 * key derived from the server's secret), which a reader of Redis cannot reverse by hashing
 * candidate addresses. The account is what the caller names (the user's id once the e-mail found
 * one), so that two spellings of one e-mail share one counter.
 */
@Injectable()
export class LoginLimiter {
  private readonly logger = new Logger(LoginLimiter.name);

  private readonly hashKey: Buffer;

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {
    this.hashKey = createHmac('sha256', config.auth.jwtSecret).update('parcours/login-limiter').digest();
  }

  private keyed(value: string): string {
    return createHmac('sha256', this.hashKey).update(value).digest('hex');
  }

  private accountKey(account: string): string {
    return this.redis.key('login', 'account', this.keyed(account));
  }

  /** `account`: an opaque name of the account tried (see AuthService.login). */
  async assertAllowed(account: string, clientAddress: string): Promise<void> {
    const { loginMaxAttemptsPerAddress, loginMaxFailuresPerAccount, loginWindowSeconds } = this.config.auth;
    let addressAttempts: number;
    let accountFailures: number;
    try {
      const addressKey = this.redis.key('login', 'address', this.keyed(clientAddress));
      const results = await this.redis.client
        .multi()
        .incr(addressKey)
        .expire(addressKey, loginWindowSeconds, 'NX')
        .get(this.accountKey(account))
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

  async recordFailure(account: string): Promise<void> {
    const key = this.accountKey(account);
    await this.redis.client
      .multi()
      .incr(key)
      .expire(key, this.config.auth.loginWindowSeconds, 'NX')
      .exec()
      .catch(() => undefined);
  }

  async reset(account: string): Promise<void> {
    await this.redis.client.del(this.accountKey(account)).catch(() => undefined);
  }
}
