import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import { Actor, DomainError, DomainErrorCode, Role } from '@eh/domain';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { changedRows } from '../database/changed-rows';

export const SESSION_COOKIE = 'eh_session';

// A session in use is marked alive at most this often: a person's parallel requests would
// otherwise all queue to update the same row.
const KEEP_ALIVE_SECONDS = 20;

// Time allowed between a right password and the second factor.
const PENDING_MINUTES = 10;

export interface FoundSession {
  readonly sessionId: string;
  readonly actor: Actor;
  // The password was right; the second factor is still to come.
  readonly pending: boolean;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Sessions live in the database so that signing out (and, later, disabling an account) takes
// effect on the very next request. Only a hash of the token is stored.
@Injectable()
export class SessionService {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxAgeMs(): number {
    return this.config.sessionHours * 60 * 60 * 1000;
  }

  setCookie(res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.maxAgeMs,
    });
  }

  // After a right password: a session that can do nothing but give the second factor, briefly.
  async startPending(userId: string): Promise<string> {
    return this.insert(this.db.manager, userId, true, PENDING_MINUTES * 60);
  }

  // After the second factor: the pending session ends and a full one, with a new token, begins,
  // so a token seen before the second factor is worth nothing after it.
  async completeSecondFactor(manager: EntityManager, pendingSessionId: string, userId: string): Promise<string> {
    const ended = await changedRows(
      manager,
      `UPDATE user_session SET revoked_at = now(), enrolment_secret_sealed = NULL
        WHERE id = $1 AND user_id = $2 AND second_factor_pending AND revoked_at IS NULL`,
      [pendingSessionId, userId],
    );
    if (ended !== 1) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
    return this.insert(manager, userId, false, this.maxAgeMs / 1000);
  }

  private async insert(manager: EntityManager, userId: string, pending: boolean, seconds: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at, second_factor_pending)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4)`,
      [userId, tokenHash(token), seconds, pending],
    );
    return token;
  }

  // A session lives until its absolute expiry, but ends sooner after a spell without use; a
  // request that finds it alive keeps it alive (at most every 20 seconds), in one statement. The actor is built from the
  // user's current row each time, and a session started in another agency than the user's
  // current one is not honoured: a move takes effect at the very next request.
  async find(token: string): Promise<FoundSession | null> {
    const rows: { session_id: string; pending: boolean; user_id: string; agency_id: string; role: Role }[] = await this.db.query(
      `WITH s AS (
         SELECT id, user_id, agency_id, second_factor_pending, last_seen_at FROM user_session
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
            AND last_seen_at > now() - make_interval(mins => $2)),
       kept AS (
         UPDATE user_session k SET last_seen_at = now() FROM s
          WHERE k.id = s.id AND s.last_seen_at < now() - make_interval(secs => $3))
       SELECT s.id AS session_id, s.second_factor_pending AS pending, u.id AS user_id, u.agency_id, u.role
         FROM s JOIN app_user u ON u.id = s.user_id AND u.agency_id = s.agency_id
        WHERE u.active`,
      [tokenHash(token), this.config.sessionIdleMinutes, KEEP_ALIVE_SECONDS],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, pending: row.pending, actor: { userId: row.user_id, agencyId: row.agency_id, role: row.role } } : null;
  }

  // The authenticator secret being set up in this (pending) session, sealed.
  async enrolmentSecret(sessionId: string): Promise<string | null> {
    const rows: { sealed: string | null }[] = await this.db.query(
      `SELECT enrolment_secret_sealed AS sealed FROM user_session WHERE id = $1 AND second_factor_pending`,
      [sessionId],
    );
    return rows[0]?.sealed ?? null;
  }

  async keepEnrolmentSecret(sessionId: string, sealed: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET enrolment_secret_sealed = $2 WHERE id = $1 AND second_factor_pending`, [sessionId, sealed]);
  }

  async end(token: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      tokenHash(token),
    ]);
  }
}
