import { MigrationInterface, QueryRunner } from 'typeorm';

// Each person chooses, per kind of notification, in-app only, an email at once, or a daily digest.
export class NotificationPreferences1732300000010 implements MigrationInterface {
  name = 'NotificationPreferences1732300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id),
        kind varchar(60) NOT NULL,
        channel varchar(20) NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST')),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`ALTER TABLE notification ADD COLUMN emailed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN emailed_at`);
    await q.query(`DROP TABLE IF EXISTS notification_preference`);
  }
}
