import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Role } from '@eh/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'eh_session';

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Sessions live in the database so that signing out (and, later, disabling an account) takes
// effect on the very next request. Only a hash of the token is stored.
@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxAgeMs(): number {
    return this.config.sessionHours * 60 * 60 * 1000;
  }

  async start(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [userId, tokenHash(token), this.maxAgeMs / 1000],
    );
    return token;
  }

  // A session lives until its absolute expiry, but ends sooner after a spell without use; each
  // request that finds it alive keeps it alive, in one statement. The actor is built from the
  // user's current row each time, and a session started in another agency than the user's
  // current one is not honoured: a move takes effect at the very next request.
  async actorFor(token: string): Promise<Actor | null> {
    const rows: { user_id: string; agency_id: string; role: Role }[] = await this.db.query(
      `WITH s AS (
         UPDATE user_session SET last_seen_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
            AND last_seen_at > now() - make_interval(mins => $2)
          RETURNING user_id, agency_id)
       SELECT u.id AS user_id, u.agency_id, u.role FROM s JOIN app_user u ON u.id = s.user_id AND u.agency_id = s.agency_id
        WHERE u.active`,
      [tokenHash(token), this.config.sessionIdleMinutes],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, agencyId: row.agency_id, role: row.role } : null;
  }

  async end(token: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      tokenHash(token),
    ]);
  }
}
