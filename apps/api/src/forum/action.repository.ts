import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Actions agreed at the Forum, each owned by one person until they mark it done.
@Injectable()
export class ActionRepository {
  constructor(private readonly db: Db) {}

  async add(
    tx: Database,
    itemId: string,
    caseId: string,
    actions: readonly { ownerId: string; description: string; dueOn: string }[],
  ): Promise<void> {
    if (actions.length === 0) return;
    await tx
      .insertInto('forum_action')
      .values(actions.map((a) => ({ item_id: itemId, case_id: caseId, owner_id: a.ownerId, description: a.description, due_on: a.dueOn })))
      .execute();
  }

  // Actions with their case reference and owner: a person's (or the one of theirs asked for),
  // open ones first, soonest due first; or those agreed on these agenda items, soonest due first.
  list(of: { readonly ownerId: string; readonly actionId?: string } | { readonly itemIds: readonly string[] }) {
    let query = this.db.kysely
      .selectFrom('forum_action as x')
      .innerJoin('early_help_case as xc', 'xc.id', 'x.case_id')
      .innerJoin('app_user as xo', 'xo.id', 'x.owner_id')
      .select([
        'x.id',
        'x.item_id',
        'x.case_id',
        'xc.reference',
        'xo.id as owner_id',
        'xo.display_name as owner_name',
        'xo.job_title as owner_job_title',
        'x.description',
        'x.due_on',
        'x.done_on',
      ]);
    if ('itemIds' in of)
      return query
        .where('x.item_id', 'in', [...of.itemIds])
        .orderBy('x.due_on')
        .orderBy('x.id')
        .execute();
    query = query.where('x.owner_id', '=', of.ownerId);
    if (of.actionId !== undefined) query = query.where('x.id', '=', of.actionId);
    return query
      .orderBy('x.done_on', (ob) => ob.nullsFirst())
      .orderBy('x.due_on')
      .orderBy('x.id')
      .execute();
  }

  // Only the owner marks an open action done; false otherwise.
  async complete(actionId: string, ownerId: string, doneOn: string): Promise<boolean> {
    const result = await this.db.kysely
      .updateTable('forum_action')
      .set({ done_on: doneOn })
      .where('id', '=', actionId)
      .where('owner_id', '=', ownerId)
      .where('done_on', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

export type ActionRecord = Awaited<ReturnType<ActionRepository['list']>>[number];
