import { MigrationInterface, QueryRunner } from 'typeorm';

// Sessions end after a period without use as well as at their absolute expiry.
export class SessionIdleTimeout1732300000005 implements MigrationInterface {
  name = 'SessionIdleTimeout1732300000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session DROP COLUMN last_seen_at`);
  }
}
