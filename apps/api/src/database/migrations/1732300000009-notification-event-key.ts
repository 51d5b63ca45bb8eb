import { MigrationInterface, QueryRunner } from 'typeorm';

// The same kind of update can happen to a case more than once (two Forum decisions); each event
// has its own key so a retried job is still delivered once but a new event is not swallowed.
export class NotificationEventKey1732300000009 implements MigrationInterface {
  name = 'NotificationEventKey1732300000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN event_key varchar(64) NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_user_id_kind_entity_id_key`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_once UNIQUE (user_id, kind, entity_id, event_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_once`);
    await q.query(`ALTER TABLE notification DROP COLUMN event_key`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_user_id_kind_entity_id_key UNIQUE (user_id, kind, entity_id)`);
  }
}
