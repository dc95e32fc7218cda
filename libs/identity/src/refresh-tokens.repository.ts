import { Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

/** Sessions: every query on refresh_token (a session is a family of refresh tokens). Methods take the caller's manager. */
@Injectable()
export class RefreshTokensRepository {
  /** Stores a new token of the family (its hash only). */
  async issue(manager: EntityManager, token: Pick<RefreshToken, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await manager.getRepository(RefreshToken).insert(token);
  }

  /**
   * Uses up a valid token (unused, not revoked, not expired) in one conditional write, so that two
   * concurrent refreshes of the same token cannot both win: its user and family, or null when it was not valid.
   */
  async useValid(manager: EntityManager, tokenHash: string, now: Date): Promise<{ userId: string; familyId: string } | null> {
    const used = await manager
      .getRepository(RefreshToken)
      .createQueryBuilder()
      .update()
      .set({ usedAt: now })
      .where('token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now', {
        hash: tokenHash,
        now,
      })
      .returning(['userId', 'familyId'])
      .execute();
    const row = (used.raw as Array<{ user_id: string; family_id: string }>)[0];
    return row ? { userId: row.user_id, familyId: row.family_id } : null;
  }

  findByHash(manager: EntityManager, tokenHash: string): Promise<RefreshToken | null> {
    return manager.getRepository(RefreshToken).findOneBy({ tokenHash });
  }

  /** The token, if it is this user's. */
  findOfUser(manager: EntityManager, tokenHash: string, userId: string): Promise<RefreshToken | null> {
    return manager.getRepository(RefreshToken).findOneBy({ tokenHash, userId });
  }

  /** Ends one session: revokes the family's tokens not revoked yet. */
  async revokeFamily(manager: EntityManager, familyId: string, at: Date): Promise<void> {
    await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Ends every session of the user. */
  async revokeAllOfUser(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: at });
  }

  /**
   * The organisation, territory and roles of an active user whose session (refresh-token family)
   * is still open, or null. On every authenticated request (remembered a few seconds): one small query.
   */
  async scopeOfOpenSession(
    manager: EntityManager,
    sessionId: string,
    userId: string,
  ): Promise<{ organisationId: string; territoryId: string; roles: Role[] } | null> {
    const [row] = await manager.query<Array<{ organisation_id: string; territory_id: string; roles: Role[] }>>(
      `SELECT u.organisation_id, u.territory_id, u.roles FROM app_user u
        WHERE u.id = $2 AND u.active
          AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $1 AND t.user_id = u.id AND t.revoked_at IS NULL)`,
      [sessionId, userId],
    );
    return row ? { organisationId: row.organisation_id, territoryId: row.territory_id, roles: row.roles } : null;
  }
}
