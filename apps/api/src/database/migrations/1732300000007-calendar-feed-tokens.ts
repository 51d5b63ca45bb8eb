import { MigrationInterface, QueryRunner } from 'typeorm';

// Calendar apps cannot sign in, so each person's Forum calendar feed has its own secret link.
// Only a hash of the token is kept; asking for a new link replaces the old one.
export class CalendarFeedTokens1732300000007 implements MigrationInterface {
  name = 'CalendarFeedTokens1732300000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed_token (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_feed_token`);
  }
}
