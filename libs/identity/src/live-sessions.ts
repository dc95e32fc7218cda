import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Beyond this many remembered sessions the memo starts afresh (a bound, not a tuning knob). */
const MAX_REMEMBERED = 10_000;

/**
 * Whether the session an access token belongs to (its refresh-token family) is still open: a
 * logout, a password or role change, a deactivation or a reused refresh token revoke the family,
 * and the access tokens of that session stop working within `sessionCheckSeconds` instead of
 * living to their expiry. The answer is remembered that long per session, so that a busy
 * session costs one small query every few seconds, not one per request.
 */
@Injectable()
export class LiveSessions {
  private readonly checked = new Map<string, { live: boolean; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async isLive(sessionId: string, userId: string): Promise<boolean> {
    const now = Date.now();
    const memo = this.checked.get(sessionId);
    if (memo && memo.until > now) return memo.live;
    const [row] = await this.dataSource.query<Array<{ live: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM refresh_token t JOIN app_user u ON u.id = t.user_id
                       WHERE t.family_id = $1 AND t.user_id = $2 AND t.revoked_at IS NULL AND u.active) AS live`,
      [sessionId, userId],
    );
    if (this.checked.size >= MAX_REMEMBERED) this.checked.clear();
    this.checked.set(sessionId, { live: row.live, until: now + this.config.auth.sessionCheckSeconds * 1000 });
    return row.live;
  }
}
