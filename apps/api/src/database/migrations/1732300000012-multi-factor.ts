import { MigrationInterface, QueryRunner } from 'typeorm';

// A second factor for everyone: an authenticator app (TOTP) and single-use recovery codes.
// - user_mfa holds a confirmed authenticator: its secret sealed with AES-256-GCM (never plain),
//   and the last time step used, so a code cannot be replayed.
// - mfa_recovery_code holds keyed hashes only; a used code keeps its row with used_at set.
// - A session is pending until the second factor is given; while enrolling, the secret being set
//   up lives (sealed) on that session, so only the session that began enrolment can confirm it.
// Sessions opened before this change had no second factor, so they end now.
export class MultiFactor1732300000012 implements MigrationInterface {
  name = 'MultiFactor1732300000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_mfa (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        secret_sealed text NOT NULL,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        last_used_step bigint
      )`);
    await q.query(`
      CREATE TABLE mfa_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        code_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )`);
    await q.query(
      `ALTER TABLE user_session ADD COLUMN second_factor_pending boolean NOT NULL DEFAULT false, ADD COLUMN enrolment_secret_sealed text`,
    );
    await q.query(`UPDATE user_session SET revoked_at = now() WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session DROP COLUMN second_factor_pending, DROP COLUMN enrolment_secret_sealed`);
    await q.query(`DROP TABLE IF EXISTS mfa_recovery_code`);
    await q.query(`DROP TABLE IF EXISTS user_mfa`);
  }
}
