import { MigrationInterface, QueryRunner } from 'typeorm';

// The live Forum meeting (issue 15, part 2): the item the chair has the meeting on now, which
// every attendee's page follows. Only an item of the same meeting (the composite key below), and
// cleared if the item is ever deleted (the retention purge). The API's role reads and updates
// forum_meeting already (table grants, migration 0020; its row-level policies are unchanged);
// the worker has no use for the column and is given none (migration 0029 grants it columns).
export class ForumCurrentItem1732300000050 implements MigrationInterface {
  name = 'ForumCurrentItem1732300000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_id_meeting_key UNIQUE (id, meeting_id)`);
    await q.query(`ALTER TABLE forum_meeting ADD COLUMN current_item_id uuid`);
    await q.query(`
      ALTER TABLE forum_meeting ADD CONSTRAINT forum_meeting_current_item_fkey
        FOREIGN KEY (current_item_id, id) REFERENCES agenda_item (id, meeting_id) ON DELETE SET NULL (current_item_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_meeting DROP CONSTRAINT forum_meeting_current_item_fkey`);
    await q.query(`ALTER TABLE forum_meeting DROP COLUMN current_item_id`);
    await q.query(`ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_id_meeting_key`);
  }
}
