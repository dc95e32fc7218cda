import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { RedisService } from '@app/queue';
import { applyDecorators, CanActivate, ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ParcoursRequest } from './decorators';
import { ApiErrors } from './openapi';

const RATE_LIMITED = 'parcours:rate-limited';

/** Each budget is counted apart: a dashboard's reads do not eat into the exports, nor the reverse. */
const BUDGETS = {
  expensive: { key: 'expensive', what: 'exports or searches', perMinute: (auth: AppConfig['auth']) => auth.expensiveRequestsPerMinute },
  indicator_reads: {
    key: 'indicator-reads',
    what: 'indicator reads',
    perMinute: (auth: AppConfig['auth']) => auth.indicatorReadsPerMinute,
  },
};
type Limit = { budget: keyof typeof BUDGETS; whenQuery?: string };

/**
 * Marks an expensive route (an export, a report, a search, an import): each user may call such
 * routes `EXPENSIVE_REQUESTS_PER_MINUTE` times a minute, all together, then gets 429. With a query
 * parameter name, only calls that use it count (a list is cheap, a name search is not).
 */
export const Expensive = (whenQuery?: string) =>
  applyDecorators(SetMetadata(RATE_LIMITED, { budget: 'expensive', whenQuery } satisfies Limit), ApiErrors(429));

/**
 * Marks an indicator read: a dashboard screen asks for several periods and indicators at once and
 * is browsed period after period, so its reads have a budget of their own,
 * `INDICATOR_READS_PER_MINUTE` per user (120), apart from exports and searches.
 */
export const IndicatorRead = () =>
  applyDecorators(SetMetadata(RATE_LIMITED, { budget: 'indicator_reads' } satisfies Limit), ApiErrors(429));

const WINDOW_SECONDS = 60;

/**
 * One-minute windows in Redis, per user, each opened by the user's first counted request (a key
 * that expires with its window). Without Redis, requests go through (and the log says so).
 */
@Injectable()
export class ExpensiveRequestGuard implements CanActivate {
  private readonly logger = new Logger(ExpensiveRequestGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.reflector.getAllAndOverride<Limit | undefined>(RATE_LIMITED, [context.getHandler(), context.getClass()]);
    if (!limit) return true;
    const request = context.switchToHttp().getRequest<ParcoursRequest>();
    const actor = request.actor;
    if (!actor || (limit.whenQuery && (request.query as Record<string, unknown>)[limit.whenQuery] === undefined)) return true;
    // A window of a minute from the user's first counted request: the key expires with it.
    const budget = BUDGETS[limit.budget];
    const key = this.redis.key(budget.key, actor.userId);
    let count: number;
    let secondsLeft: number;
    try {
      const results = await this.redis.client.multi().incr(key).expire(key, WINDOW_SECONDS, 'NX').ttl(key).exec();
      count = Number(results?.[0]?.[1] ?? 0);
      secondsLeft = Number(results?.[2]?.[1] ?? WINDOW_SECONDS);
    } catch (error) {
      this.logger.warn(`Rate limiter unavailable, letting the request through: ${(error as Error).message}`);
      return true;
    }
    if (count > budget.perMinute(this.config.auth))
      throw new DomainError('RATE_LIMITED', `Too many ${budget.what}; try again in a minute`, {
        retryAfterSeconds: Math.max(1, secondsLeft),
      });
    return true;
  }
}
