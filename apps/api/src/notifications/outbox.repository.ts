import { sql } from 'kysely';
import { JobName, JobOf } from '@eh/notifications';
import { Database, jsonb } from '../database/kysely';

// The outbox's rows: written in the caller's transaction by the API (and by the worker, for the
// emails a notification calls for), claimed and marked as relayed by the worker's relay, and
// marked completed by the worker once the job has done its work. Each statement takes the Kysely
// it runs on.
export const outboxRepository = {
  add<N extends JobName>(db: Database, job: N, payload: JobOf<N>) {
    return db
      .insertInto('job_outbox')
      .values({ job_name: job, payload: jsonb(payload) })
      .execute();
  },

  // The oldest entries due for relaying, skipping those another relay holds, locked until the end
  // of the transaction: never relayed, or relayed at least `resendAfterMs` ago and still not
  // completed (Redis may have lost the job).
  claim(db: Database, limit: number, resendAfterMs: number) {
    return db
      .selectFrom('job_outbox')
      .select((eb) => ['id', 'job_name', eb.ref('payload').$castTo<JobOf<JobName>>().as('payload')])
      .where('completed_at', 'is', null)
      .where((eb) =>
        eb.or([eb('relayed_at', 'is', null), eb('relayed_at', '<=', sql<Date>`now() - make_interval(secs => ${resendAfterMs / 1000})`)]),
      )
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .$narrowType<{ job_name: JobName }>()
      .execute();
  },

  markRelayed(db: Database, ids: readonly string[]) {
    return db
      .updateTable('job_outbox')
      .set({ relayed_at: sql`now()` })
      .where('id', 'in', [...ids])
      .execute();
  },

  complete(db: Database, id: string) {
    return db
      .updateTable('job_outbox')
      .set({ completed_at: sql`now()` })
      .where('id', '=', id)
      .where('completed_at', 'is', null)
      .execute();
  },
};
