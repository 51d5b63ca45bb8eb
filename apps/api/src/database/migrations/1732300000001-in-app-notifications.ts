import { MigrationInterface, QueryRunner } from 'typeorm';

// In-app notifications written by the worker. Rows hold ids and a kind, never a family's details.
export class InAppNotifications1732300000001 implements MigrationInterface {
  name = 'InAppNotifications1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id),
        kind varchar(60) NOT NULL,
        entity_type varchar(60) NOT NULL,
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, kind, entity_id)
      )`);
    await q.query(`CREATE INDEX notification_user_unread_idx ON notification (user_id, created_at DESC) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification`);
  }
}
