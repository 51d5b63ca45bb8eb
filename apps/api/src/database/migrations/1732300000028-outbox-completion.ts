import { MigrationInterface, QueryRunner } from 'typeorm';

// An outbox entry is done when its work is done, not when Redis accepted it: Redis restarted
// without persistence loses what it held, so the relay sends again, under the same job id, any
// entry relayed but not completed after a while. Entries relayed before this migration are taken
// as done (their jobs ran or were lost long ago; sending them all again would only repeat them).
// An email being sent is claimed on its notification for a while (`email_claimed_until`), so two
// runs of one email job (the old one still running when Redis lost it, and its re-send) cannot
// both send it.
export class OutboxCompletion1732300000028 implements MigrationInterface {
  name = 'OutboxCompletion1732300000028';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE job_outbox ADD COLUMN completed_at timestamptz`);
    await q.query(`UPDATE job_outbox SET completed_at = relayed_at WHERE relayed_at IS NOT NULL`);
    await q.query(`DROP INDEX job_outbox_pending_idx`);
    await q.query(`CREATE INDEX job_outbox_open_idx ON job_outbox (id) WHERE completed_at IS NULL`);
    await q.query(`ALTER TABLE notification ADD COLUMN email_claimed_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN email_claimed_until`);
    await q.query(`DROP INDEX job_outbox_open_idx`);
    await q.query(`CREATE INDEX job_outbox_pending_idx ON job_outbox (id) WHERE relayed_at IS NULL`);
    await q.query(`ALTER TABLE job_outbox DROP COLUMN completed_at`);
  }
}
