import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';

// Personal calendar links: each active person holds at most one, stored as a hash.
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly db: Db) {}

  // Who holds the link with this hash, if they are still active.
  async holder(tokenHash: string): Promise<string | undefined> {
    const row = await this.db.kysely
      .selectFrom('calendar_feed_token as t')
      .innerJoin('app_user as u', 'u.id', 't.user_id')
      .select('t.user_id')
      .where('t.token_hash', '=', tokenHash)
      .where('u.active', '=', true)
      .executeTakeFirst();
    return row?.user_id;
  }

  // A new link replaces the person's old one.
  async replace(userId: string, tokenHash: string): Promise<void> {
    await this.db.kysely
      .insertInto('calendar_feed_token')
      .values({ user_id: userId, token_hash: tokenHash })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet((eb) => ({ token_hash: eb.ref('excluded.token_hash'), created_at: eb.fn('now') })),
      )
      .execute();
  }
}
