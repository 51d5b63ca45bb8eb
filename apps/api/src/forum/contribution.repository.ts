import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Written contributions on agenda items, and who may send them: the case's lead and team (its
// named professionals), whoever added the item, and whoever raised the concern it came from.
@Injectable()
export class ContributionRepository {
  constructor(private readonly db: Db) {}

  // The contributions on these items (all, or only one author's), oldest first: one statement.
  list(itemIds: readonly string[], authorId: string | null) {
    return this.db.kysely
      .selectFrom('forum_contribution as f')
      .innerJoin('app_user as u', 'u.id', 'f.author_id')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .select(['f.id', 'f.item_id', 'u.display_name as author_name', 'a.name as author_agency', 'f.body', 'f.sent_at'])
      .where('f.item_id', 'in', [...itemIds])
      .$if(authorId !== null, (q) => q.where('f.author_id', '=', authorId as string))
      .orderBy('f.sent_at')
      .orderBy('f.id')
      .execute();
  }

  // Who may contribute to each of these items (the rule is canContributeToItem): one statement.
  contributors(itemIds: readonly string[]) {
    return this.db.kysely
      .selectFrom('agenda_item as i')
      .innerJoin('early_help_case as c', 'c.id', 'i.case_id')
      .select((eb) => [
        'i.id',
        'c.lead_practitioner_id',
        'i.added_by',
        eb
          .selectFrom('case_professional as p')
          .select(sql<string[]>`coalesce(array_agg(p.user_id), '{}')::text[]`.as('ids'))
          .whereRef('p.case_id', '=', 'i.case_id')
          .$asScalar()
          .$notNull()
          .as('team'),
        eb
          .selectFrom('escalation_concern as e')
          .select(sql<string[]>`coalesce(array_agg(e.raised_by), '{}')::text[]`.as('ids'))
          .whereRef('e.agenda_item_id', '=', 'i.id')
          .$asScalar()
          .$notNull()
          .as('raisers'),
      ])
      .where('i.id', 'in', [...itemIds])
      .execute();
  }

  async add(tx: Database, itemId: string, authorId: string, body: string): Promise<void> {
    await tx.insertInto('forum_contribution').values({ item_id: itemId, author_id: authorId, body }).execute();
  }
}
