import { sql } from 'kysely';
import { JobName, JobOf } from '@eh/notifications';
import { Database, jsonb } from '../database/kysely';

// The outbox's rows: written in the caller's transaction by the API, claimed and marked as relayed
// by the worker's relay. Each statement takes the Kysely it runs on.
export const outboxRepository = {
  add<N extends JobName>(db: Database, job: N, payload: JobOf<N>) {
    return db.insertInto('job_outbox').values({ job_name: job, payload: jsonb(payload) }).execute();
  },

  // The oldest unrelayed rows, skipping those another relay holds, locked until the end of the transaction.
  claim(db: Database, limit: number) {
    return db
      .selectFrom('job_outbox')
      .select((eb) => ['id', 'job_name', eb.ref('payload').$castTo<JobOf<JobName>>().as('payload')])
      .where('relayed_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .$narrowType<{ job_name: JobName }>()
      .execute();
  },

  markRelayed(db: Database, ids: readonly string[]) {
    return db.updateTable('job_outbox').set({ relayed_at: sql`now()` }).where('id', 'in', [...ids]).execute();
  },
};
