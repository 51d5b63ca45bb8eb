import { Injectable } from '@nestjs/common';
import { sql, UpdateObject } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { MentoringStatus, MentoringTopic } from '@eh/domain';
import { Database } from '../database/kysely';
import { Db } from '../database/db';
import type { DB } from '../database/schema';
import { practitionerOf } from '../identity/directory.repository';

// The request's next status, written only over the version the change was decided on.
export interface MentoringGuard {
  readonly id: string;
  readonly version: number;
  readonly status: MentoringStatus;
}

// Mentoring requests and their sessions. A request is read in one statement with its case's
// reference and family, who asked, who is assigned, and every session with who recorded it.
// Writes take the transaction's typed handle and say whether the version still held.
@Injectable()
export class MentoringRepository {
  constructor(private readonly db: Db) {}

  private shown() {
    const db = this.db.kysely;
    return db
      .selectFrom('mentoring_request as r')
      .innerJoin('early_help_case as c', 'c.id', 'r.case_id')
      .select((eb) => [
        'r.id',
        'r.case_id as caseId',
        'c.reference as caseReference',
        'c.family_id as familyId',
        'r.requested_by as requestedById',
        practitionerOf(db, eb.ref('r.requested_by')).as('requestedBy'),
        'r.requested_at as requestedAt',
        'r.topic',
        'r.question',
        'r.status',
        'r.assigned_to as assignedToId',
        practitionerOf(db, eb.ref('r.assigned_to')).as('assignedTo'),
        'r.closing_summary as closingSummary',
        'r.version',
        jsonArrayFrom(
          db
            .selectFrom('mentoring_session as s')
            .leftJoin('app_user as w', 'w.id', 's.recorded_by')
            .select(['s.id', 's.held_on as heldOn', 's.advice', 's.next_steps as nextSteps', 'w.display_name as recordedByName'])
            .where('s.request_id', '=', eb.ref('r.id'))
            .orderBy('s.held_on')
            .orderBy('s.recorded_at'),
        ).as('sessions'),
      ])
      .$narrowType<{ topic: MentoringTopic; status: MentoringStatus }>()
      .orderBy('r.requested_at')
      .orderBy('r.id');
  }

  // Every request, or only those still open, oldest first.
  list(includeClosed: boolean) {
    const query = this.shown();
    return (includeClosed ? query : query.where('r.status', '<>', MentoringStatus.CLOSED)).execute();
  }

  find(id: string) {
    return this.shown().where('r.id', '=', id).executeTakeFirst();
  }

  async add(
    tx: Database,
    request: { caseId: string; requestedBy: string; requestedAt: Date; topic: MentoringTopic; question: string },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('mentoring_request')
      .values({
        case_id: request.caseId,
        requested_by: request.requestedBy,
        requested_at: request.requestedAt,
        topic: request.topic,
        question: request.question,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  private async moveOn(tx: Database, guard: MentoringGuard, changes: UpdateObject<DB, 'mentoring_request'> = {}): Promise<boolean> {
    const result = await tx
      .updateTable('mentoring_request')
      .set((eb) => ({ ...changes, status: guard.status, version: eb('version', '+', 1) }))
      .where('id', '=', guard.id)
      .where('version', '=', guard.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  assign(tx: Database, guard: MentoringGuard, assigneeId: string): Promise<boolean> {
    return this.moveOn(tx, guard, { assigned_to: assigneeId, assigned_at: sql<Date>`now()` });
  }

  // The session is kept only when the request moved on.
  async recordSession(
    tx: Database,
    guard: MentoringGuard,
    session: { heldOn: string; advice: string; nextSteps: string; recordedBy: string },
  ): Promise<boolean> {
    if (!(await this.moveOn(tx, guard))) return false;
    await tx
      .insertInto('mentoring_session')
      .values({
        request_id: guard.id,
        held_on: session.heldOn,
        advice: session.advice,
        next_steps: session.nextSteps,
        recorded_by: session.recordedBy,
      })
      .execute();
    return true;
  }

  close(tx: Database, guard: MentoringGuard, summary: string): Promise<boolean> {
    return this.moveOn(tx, guard, { closing_summary: summary, closed_at: sql<Date>`now()` });
  }
}

export type MentoringRecord = NonNullable<Awaited<ReturnType<MentoringRepository['find']>>>;
