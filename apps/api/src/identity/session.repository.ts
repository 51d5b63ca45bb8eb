import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Role } from '@eh/domain';
import { Db } from '../database/db';
import { compiledOnce } from '../database/compiled-once';
import { Database } from '../database/kysely';

type LiveSessionValues = { tokenHash: string; idleMinutes: number; keepAliveSeconds: number };

// Run on every signed-in request, so compiled once (see compiled-once.ts).
const findLiveSession = compiledOnce(['tokenHash', 'idleMinutes', 'keepAliveSeconds'], (db: Database, v: LiveSessionValues) =>
  db
    .with('s', (q) =>
      q
        .selectFrom('user_session')
        .select(['id', 'user_id', 'agency_id', 'second_factor_pending', 'last_seen_at'])
        .where('token_hash', '=', v.tokenHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .where('last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${v.idleMinutes})`),
    )
    .with('kept', (q) =>
      q
        .updateTable('user_session as k')
        .from('s')
        .set({ last_seen_at: sql<Date>`now()` })
        .whereRef('k.id', '=', 's.id')
        .where('s.last_seen_at', '<', sql<Date>`now() - make_interval(secs => ${v.keepAliveSeconds})`),
    )
    .selectFrom('s')
    .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 's.user_id').onRef('u.agency_id', '=', 's.agency_id'))
    .select((eb) => [
      's.id as session_id',
      's.second_factor_pending as pending',
      'u.id as user_id',
      'u.agency_id',
      eb.ref('u.role').$castTo<Role>().as('role'),
    ])
    .where('u.active', '=', true),
);

// Sessions, found and ended by the hash of their token (the token itself is never stored).
// Writes that go with others take the transaction's typed handle.
@Injectable()
export class SessionRepository {
  constructor(private readonly db: Db) {}

  // A session lasting `seconds` from now. Its agency is the user's (the row's trigger sets it
  // whatever is sent; sent here because the column is required).
  async start(tx: Database, session: { userId: string; tokenHash: string; pending: boolean; seconds: number }): Promise<void> {
    await tx
      .insertInto('user_session')
      .values((eb) => ({
        user_id: session.userId,
        agency_id: eb.selectFrom('app_user').select('agency_id').where('id', '=', session.userId),
        token_hash: session.tokenHash,
        expires_at: sql<Date>`now() + make_interval(secs => ${session.seconds})`,
        second_factor_pending: session.pending,
      }))
      .execute();
  }

  // Ends a session still waiting for its second factor; false when it is not (any longer) one.
  async endPending(tx: Database, sessionId: string, userId: string): Promise<boolean> {
    const result = await tx
      .updateTable('user_session')
      .set({ revoked_at: sql<Date>`now()`, enrolment_secret_sealed: null })
      .where('id', '=', sessionId)
      .where('user_id', '=', userId)
      .where('second_factor_pending', '=', true)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  // The live session with this token and its user's current row, in one statement: not revoked,
  // not past its absolute expiry, used within `idleMinutes`, and started in the agency the user
  // is in now. A session last marked alive more than `keepAliveSeconds` ago is marked alive again.
  async find(tokenHash: string, idleMinutes: number, keepAliveSeconds: number) {
    const [row] = await findLiveSession(this.db.kysely, { tokenHash, idleMinutes, keepAliveSeconds });
    return row;
  }

  // The authenticator secret being set up in this pending session, sealed.
  async enrolmentSecret(sessionId: string): Promise<string | null> {
    const row = await this.db.kysely
      .selectFrom('user_session')
      .select('enrolment_secret_sealed')
      .where('id', '=', sessionId)
      .where('second_factor_pending', '=', true)
      .executeTakeFirst();
    return row?.enrolment_secret_sealed ?? null;
  }

  async keepEnrolmentSecret(sessionId: string, sealed: string): Promise<void> {
    await this.db.kysely
      .updateTable('user_session')
      .set({ enrolment_secret_sealed: sealed })
      .where('id', '=', sessionId)
      .where('second_factor_pending', '=', true)
      .execute();
  }

  // The id of the session ended, if it was live (its live-update streams end with it).
  async end(tokenHash: string): Promise<string | null> {
    const row = await this.db.kysely
      .updateTable('user_session')
      .set({ revoked_at: sql<Date>`now()` })
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  // Which of these sessions are still live, by the same test as `find` but without marking any
  // alive: an open live-update stream is not use of the portal, so it never holds off the idle
  // timeout (apps/api/src/live/live-hub.ts checks its streams' sessions with this).
  async stillLive(sessionIds: readonly string[], idleMinutes: number): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await this.db.kysely
      .selectFrom('user_session as s')
      .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 's.user_id').onRef('u.agency_id', '=', 's.agency_id'))
      .select('s.id')
      .where('s.id', '=', sql<string>`any(${[...sessionIds]}::uuid[])`)
      .where('s.revoked_at', 'is', null)
      .where('s.second_factor_pending', '=', false)
      .where('s.expires_at', '>', sql<Date>`now()`)
      .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
      .where('u.active', '=', true)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  // Every session of this person ends (a move or removal).
  async endAllOf(tx: Database, userId: string): Promise<void> {
    await tx
      .updateTable('user_session')
      .set({ revoked_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
