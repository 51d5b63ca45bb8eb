import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { Actor, DomainError, DomainErrorCode } from '@eh/domain';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Database } from '../database/kysely';
import { LiveSignals } from '../live/live-signals.service';
import { SessionRepository } from './session.repository';

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
    private readonly sessions: SessionRepository,
    private readonly live: LiveSignals,
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
    return this.start(this.db.kysely, userId, true, PENDING_MINUTES * 60);
  }

  // After the second factor: the pending session ends and a full one, with a new token, begins,
  // so a token seen before the second factor is worth nothing after it.
  async completeSecondFactor(tx: Database, pendingSessionId: string, userId: string): Promise<string> {
    if (!(await this.sessions.endPending(tx, pendingSessionId, userId)))
      throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
    return this.start(tx, userId, false, this.maxAgeMs / 1000);
  }

  private async start(tx: Database, userId: string, pending: boolean, seconds: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.start(tx, { userId, tokenHash: tokenHash(token), pending, seconds });
    return token;
  }

  // A session lives until its absolute expiry, but ends sooner after a spell without use; a
  // request that finds it alive keeps it alive (at most every 20 seconds), in one statement. The actor is built from the
  // user's current row each time, and a session started in another agency than the user's
  // current one is not honoured: a move takes effect at the very next request.
  async find(token: string): Promise<FoundSession | null> {
    const row = await this.sessions.find(tokenHash(token), this.config.sessionIdleMinutes, KEEP_ALIVE_SECONDS);
    return row
      ? { sessionId: row.session_id, pending: row.pending, actor: { userId: row.user_id, agencyId: row.agency_id, role: row.role } }
      : null;
  }

  // The authenticator secret being set up in this (pending) session, sealed.
  enrolmentSecret(sessionId: string): Promise<string | null> {
    return this.sessions.enrolmentSecret(sessionId);
  }

  keepEnrolmentSecret(sessionId: string, sealed: string): Promise<void> {
    return this.sessions.keepEnrolmentSecret(sessionId, sealed);
  }

  // Ends the session; its live-update streams, on whichever replica, end when the request commits.
  async end(token: string): Promise<void> {
    const sessionId = await this.sessions.end(tokenHash(token));
    if (sessionId) this.live.send({ kind: 'session-ended', sessionId });
  }

  // Which of these sessions are still live (their streams are checked periodically), without
  // keeping any of them alive.
  stillLive(sessionIds: readonly string[]): Promise<Set<string>> {
    return this.sessions.stillLive(sessionIds, this.config.sessionIdleMinutes);
  }
}
