import { sql } from 'kysely';
import { Database } from '../database/kysely';

// The statements of the operations endpoints: no family's record is read here.
export const operationsRepository = {
  // Readiness: PostgreSQL answers a statement.
  async ping(db: Database): Promise<void> {
    await sql`SELECT 1`.execute(db);
  },

  // Outbox lag: the age, in seconds, of the oldest entry not yet relayed to the queues (0 when
  // none waits). Read by the worker's metrics (its role reads the outbox; the API's only adds).
  async oldestUnrelayedOutboxAgeSeconds(db: Database): Promise<number> {
    const row = await db
      .selectFrom('job_outbox')
      .select(sql<number>`extract(epoch FROM now() - created_at)::float8`.as('age'))
      .where('completed_at', 'is', null)
      .where('relayed_at', 'is', null)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row ? Math.max(0, row.age) : 0;
  },
};
