import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { Actor, Clock, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { LiveSessions } from './live-sessions';
import { LoginLimiter } from './login-limiter';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';

/** Claims of the short-lived access token. */
export interface AccessTokenClaims {
  sub: string;
  /** The session: the refresh-token family of the login. */
  sid: string;
  org: string;
  ter: string;
  roles: Role[];
}

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

export interface ClientContext {
  requestId?: string;
  clientAddress: string;
}

/** Audience of the cookie token that opens the queue dashboard: never accepted as a bearer token, and vice versa. */
const DASHBOARD_AUDIENCE = 'queue-dashboard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A signed token names its user and session and expires (jsonwebtoken accepts a token without `exp`). */
const isSessionClaims = (claims: { sub?: unknown; sid?: unknown; exp?: unknown }): claims is { sub: string; sid: string; exp: number } =>
  typeof claims.sub === 'string' &&
  UUID.test(claims.sub) &&
  typeof claims.sid === 'string' &&
  UUID.test(claims.sid) &&
  typeof claims.exp === 'number';

/** One normalisation of a typed e-mail, for the lookup and the login limit alike. */
export const normalizeEmail = (email: string) => email.trim().normalize('NFC').toLowerCase();

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const INVALID_CREDENTIALS = 'Invalid e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly limiter: LoginLimiter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sessions: LiveSessions,
    private readonly users: UsersRepository,
    private readonly tokens: RefreshTokensRepository,
  ) {}

  /** Same error and comparable timing for an unknown account and a wrong password. */
  async login(email: string, password: string, client: ClientContext): Promise<TokenPair> {
    const normalised = normalizeEmail(email);
    const user = await this.users.findByEmailWithPasswordHash(this.dataSource.manager, normalised);
    // The per-account limit counts the account the lookup found, whatever the spelling that found it
    // (JavaScript and PostgreSQL lower-case some letters differently: `İ`); an unknown e-mail counts under its normalised form.
    const account = user ? `user:${user.id}` : `email:${normalised}`;
    await this.limiter.assertAllowed(account, client.clientAddress);
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !passwordOk || !user.active) {
      await this.limiter.recordFailure(account);
      await this.audit.recordAnonymous(
        { userId: user?.id, organisationId: user?.organisationId, territoryId: user?.territoryId, ...client },
        { action: 'login_failed', resourceType: 'session', details: { reason: user ? 'wrong_password_or_inactive' : 'unknown_account' } },
      );
      throw new DomainError('UNAUTHENTICATED', INVALID_CREDENTIALS);
    }
    await this.limiter.reset(account);
    return this.dataSource.transaction(async (manager) => {
      const tokens = await this.issueTokens(manager, user, randomUUID());
      await this.audit.record(this.actorOf(user, client), { action: 'login', resourceType: 'session', resourceId: user.id }, manager);
      return tokens;
    });
  }

  /**
   * Rotates a refresh token: the presented one is used up and a successor issued. A token
   * presented twice means it leaked: its whole family is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      // One conditional write: two concurrent refreshes of the same token cannot both win.
      const used = await this.tokens.useValid(manager, hashToken(refreshToken), now);
      if (!used) return { reused: true as const };
      const user = await this.users.findActive(manager, used.userId);
      if (!user) return { reused: false as const, tokens: null };
      const tokens = await this.issueTokens(manager, user, used.familyId);
      return { reused: false as const, tokens };
    });
    if (outcome.reused) {
      await this.revokeFamilyOf(refreshToken);
      throw new DomainError('UNAUTHENTICATED', 'Refresh token is invalid, expired or already used');
    }
    if (!outcome.tokens) throw new DomainError('UNAUTHENTICATED', 'Account is no longer active');
    return outcome.tokens;
  }

  /** Revokes the refresh-token family of this session. */
  async logout(actor: Actor, refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.findOfUser(manager, hashToken(refreshToken), actor.userId);
      if (token) await this.tokens.revokeFamily(manager, token.familyId, this.clock.now());
      await this.audit.record(actor, { action: 'logout', resourceType: 'session', resourceId: actor.userId }, manager);
    });
  }

  /** Changes the actor's password and revokes all their refresh tokens (every session). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findWithPasswordHash(this.dataSource.manager, actor.userId);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw DomainError.validation([{ field: 'currentPassword', problems: ['current password is wrong'] }]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await this.users.setPassword(manager, user.id, passwordHash, now);
      await this.tokens.revokeAllOfUser(manager, user.id, now);
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'user', resourceId: user.id, details: { fields: ['password'] } },
        manager,
      );
    });
  }

  /**
   * The claims of a valid access token whose session is still open, else 401. A token without an
   * expiry is refused, and the organisation, territory and roles are the user's in the database
   * (the session check reads them), not the token's.
   */
  async verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    let claims: AccessTokenClaims & { aud?: unknown; exp?: unknown };
    try {
      claims = this.jwt.verify<AccessTokenClaims & { aud?: unknown; exp?: unknown }>(token);
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'Access token is missing, invalid or expired');
    }
    if (claims.aud !== undefined || !isSessionClaims(claims)) {
      throw new DomainError('UNAUTHENTICATED', 'Access token is missing, invalid or expired');
    }
    const scope = await this.sessions.scopeOf(claims.sid, claims.sub);
    if (!scope) throw new DomainError('UNAUTHENTICATED', 'This session has ended (logout, password or role change): log in again');
    return { sub: claims.sub, sid: claims.sid, org: scope.organisationId, ter: scope.territoryId, roles: scope.roles };
  }

  /** A token for the queue dashboard's cookie, as short-lived as an access token. */
  async issueDashboardToken(actor: Actor): Promise<{ token: string; expiresIn: number }> {
    if (!actor.sessionId) throw new DomainError('UNAUTHENTICATED', 'A dashboard session needs a login session');
    const claims: AccessTokenClaims = {
      sub: actor.userId,
      sid: actor.sessionId,
      org: actor.organisationId,
      ter: actor.territoryId,
      roles: [...actor.roles],
    };
    const expiresIn = this.config.auth.accessTokenTtlSeconds;
    return { token: await this.jwt.signAsync(claims, { expiresIn, audience: DASHBOARD_AUDIENCE }), expiresIn };
  }

  /** The claims of a dashboard cookie token, or null when it is missing, forged, expired, an access token or its session ended. */
  async verifyDashboardToken(token: string | undefined): Promise<AccessTokenClaims | null> {
    if (!token) return null;
    let claims: AccessTokenClaims & { exp?: unknown };
    try {
      claims = this.jwt.verify<AccessTokenClaims & { exp?: unknown }>(token, { audience: DASHBOARD_AUDIENCE });
    } catch {
      return null;
    }
    if (!isSessionClaims(claims)) return null;
    const scope = await this.sessions.scopeOf(claims.sid, claims.sub);
    return scope && { sub: claims.sub, sid: claims.sid, org: scope.organisationId, ter: scope.territoryId, roles: scope.roles };
  }

  private async revokeFamilyOf(refreshToken: string): Promise<void> {
    const manager = this.dataSource.manager;
    const token = await this.tokens.findByHash(manager, hashToken(refreshToken));
    if (token) await this.tokens.revokeFamily(manager, token.familyId, this.clock.now());
  }

  private async issueTokens(manager: EntityManager, user: User, familyId: string): Promise<TokenPair> {
    const claims: AccessTokenClaims = { sub: user.id, sid: familyId, org: user.organisationId, ter: user.territoryId, roles: user.roles };
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    await this.tokens.issue(manager, { userId: user.id, familyId, tokenHash: hashToken(refreshToken), expiresAt });
    return {
      tokenType: 'Bearer',
      accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.auth.accessTokenTtlSeconds }),
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      refreshToken,
    };
  }

  private actorOf(user: User, client: ClientContext): Actor {
    return { userId: user.id, organisationId: user.organisationId, territoryId: user.territoryId, roles: user.roles, ...client };
  }
}
