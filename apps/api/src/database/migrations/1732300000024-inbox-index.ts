import { MigrationInterface, QueryRunner } from 'typeorm';

// The inbox lists a person's newest notifications, read or not, newest first (id breaking ties):
// without this index it read and sorted every notification they ever had (500 ms at 100,000).
// The partial index for the unread count stays.
export class InboxIndex1732300000024 implements MigrationInterface {
  name = 'InboxIndex1732300000024';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notification_inbox_idx ON notification (user_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS notification_inbox_idx`);
  }
}
