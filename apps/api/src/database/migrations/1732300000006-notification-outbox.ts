import { MigrationInterface, QueryRunner } from 'typeorm';

// Jobs are written here in the same transaction as the change that causes them, and relayed to
// the queues by the worker, so a Redis outage delays notifications but never loses them.
export class NotificationOutbox1732300000006 implements MigrationInterface {
  name = 'NotificationOutbox1732300000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_outbox (
        id bigserial PRIMARY KEY,
        job_name varchar(60) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await q.query(`CREATE INDEX job_outbox_pending_idx ON job_outbox (id) WHERE relayed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS job_outbox`);
  }
}
