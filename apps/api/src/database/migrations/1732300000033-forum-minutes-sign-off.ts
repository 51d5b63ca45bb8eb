import { MigrationInterface, QueryRunner } from 'typeorm';

// The Forum's minutes are a draft until the chair signs them off, with attendance recorded; only
// then can the agencies with items (and the Family Partnership Team) read the discussions and
// decisions. Meetings already held before this migration keep their minutes readable: they were
// published under the old rule, so they are taken as signed off when this migration runs.
export class ForumMinutesSignOff1732300000033 implements MigrationInterface {
  name = 'ForumMinutesSignOff1732300000033';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_meeting ADD COLUMN minutes_signed_off_at timestamptz`);
    await q.query(`ALTER TABLE forum_meeting ADD COLUMN minutes_signed_off_by uuid REFERENCES app_user(id)`);
    await q.query(`
      UPDATE forum_meeting m SET minutes_signed_off_at = now()
       WHERE EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id AND i.status = 'DISCUSSED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_meeting DROP COLUMN minutes_signed_off_by`);
    await q.query(`ALTER TABLE forum_meeting DROP COLUMN minutes_signed_off_at`);
  }
}
