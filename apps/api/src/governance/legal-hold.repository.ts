import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

const HOLDS_LISTED = 500;

// Legal holds placed on cases: while one is in place the case is kept past its retention date.
@Injectable()
export class LegalHoldRepository {
  constructor(private readonly db: Db) {}

  // Newest first, with the case's reference and who placed and lifted each.
  private holds() {
    return this.db.kysely
      .selectFrom('legal_hold as h')
      .innerJoin('early_help_case as c', 'c.id', 'h.case_id')
      .innerJoin('app_user as pu', 'pu.id', 'h.placed_by')
      .leftJoin('app_user as lu', 'lu.id', 'h.lifted_by')
      .select([
        'h.id',
        // The case joined is the hold's.
        'c.id as caseId',
        'c.reference as caseReference',
        'h.reason',
        'pu.display_name as placedBy',
        'h.placed_at as placedAt',
        'lu.display_name as liftedBy',
        'h.lifted_at as liftedAt',
        'h.version',
      ]);
  }

  list(includeLifted: boolean) {
    return this.holds()
      .$if(!includeLifted, (qb) => qb.where('h.lifted_at', 'is', null))
      .orderBy('h.placed_at', 'desc')
      .limit(HOLDS_LISTED)
      .execute();
  }

  one(id: string) {
    return this.holds().where('h.id', '=', id).executeTakeFirst();
  }

  // The case with this reference, in capitals or not, locked until the hold is placed.
  lockCase(tx: Database, reference: string) {
    return tx
      .selectFrom('early_help_case')
      .select(['id', 'family_id'])
      .where(sql<string>`upper(reference)`, '=', sql<string>`upper(${reference})`)
      .forUpdate()
      .executeTakeFirst();
  }

  async isHeld(tx: Database, caseId: string): Promise<boolean> {
    const row = await tx
      .selectFrom('legal_hold')
      .select(sql<number>`1`.as('one'))
      .where('case_id', '=', caseId)
      .where('lifted_at', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  async place(tx: Database, hold: { caseId: string; reason: string; placedBy: string; placedAt: Date }): Promise<string> {
    const { id } = await tx
      .insertInto('legal_hold')
      .values({ case_id: hold.caseId, reason: hold.reason, placed_by: hold.placedBy, placed_at: hold.placedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // The hold and its case's family, the hold locked until it is lifted.
  lock(tx: Database, id: string) {
    return tx
      .selectFrom('legal_hold as h')
      .innerJoin('early_help_case as c', 'c.id', 'h.case_id')
      .select(['c.id as case_id', 'c.family_id', 'h.lifted_at', 'h.version'])
      .where('h.id', '=', id)
      .forUpdate(['h'])
      .executeTakeFirst();
  }

  async lift(tx: Database, id: string, liftedAt: Date, liftedBy: string): Promise<void> {
    await tx
      .updateTable('legal_hold')
      .set((eb) => ({ lifted_at: liftedAt, lifted_by: liftedBy, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
}
