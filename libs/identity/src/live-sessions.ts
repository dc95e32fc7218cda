import { AppConfig } from '@app/config';
import { Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** Beyond this many remembered sessions the memo starts afresh (a bound, not a tuning knob). */
const MAX_REMEMBERED = 10_000;

/** What a live session may see: read from the database, never from the token. */
export interface SessionScope {
  organisationId: string;
  territoryId: string;
  roles: Role[];
}

/**
 * Whether the session an access token belongs to (its refresh-token family) is still open: a
 * logout, a password or role change, a deactivation or a reused refresh token revoke the family,
 * and the access tokens of that session stop working within `sessionCheckSeconds` instead of
 * living to their expiry. The same query reads the user's organisation, territory and roles: the
 * scope of every request comes from the database, so a token's claims cannot widen it (a forged
 * or outdated token) for longer than `sessionCheckSeconds`. The answer is remembered that long
 * per session and user, so that a busy session costs one small query every few seconds.
 */
@Injectable()
export class LiveSessions {
  private readonly checked = new Map<string, { scope: SessionScope | null; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly tokens: RefreshTokensRepository,
  ) {}

  /** The scope of an open session of this user, or null when it has ended. */
  async scopeOf(sessionId: string, userId: string): Promise<SessionScope | null> {
    const now = Date.now();
    const memoKey = `${sessionId}:${userId}`;
    const memo = this.checked.get(memoKey);
    if (memo && memo.until > now) return memo.scope;
    const scope = await this.tokens.scopeOfOpenSession(this.dataSource.manager, sessionId, userId);
    if (this.checked.size >= MAX_REMEMBERED) this.checked.clear();
    this.checked.set(memoKey, { scope, until: now + this.config.auth.sessionCheckSeconds * 1000 });
    return scope;
  }
}
