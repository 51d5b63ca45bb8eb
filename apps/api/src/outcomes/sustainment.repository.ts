import { sql } from 'kysely';
import { Database } from '../database/kysely';

// What the worker's sustainment check reads and writes (migration 1732300000046): ids, dates and
// statuses only, never a need's words or evidence.
export const sustainmentRepository = {
  // Closed cases with coded needs and no sustainment check yet: when they closed and who led them.
  closedWithNeedsNotAsked(db: Database) {
    return db
      .selectFrom('early_help_case as c')
      .select(['c.id', 'c.closed_on', 'c.lead_practitioner_id'])
      .where('c.status', '=', 'CLOSED')
      .where('c.closed_on', 'is not', null)
      .where((eb) => eb.exists(eb.selectFrom('plan_need as n').select('n.id').whereRef('n.case_id', '=', 'c.id')))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('sustainment_check as s').select('s.case_id').whereRef('s.case_id', '=', 'c.id'))))
      .$narrowType<{ closed_on: string }>()
      .execute();
  },

  // False when another run asked first.
  async ask(db: Database, check: { caseId: string; dueOn: string; leadId: string; today: string }): Promise<boolean> {
    const added = await db
      .insertInto('sustainment_check')
      .values({ case_id: check.caseId, due_on: check.dueOn, lead_practitioner_id: check.leadId, asked_on: check.today })
      .onConflict((oc) => oc.column('case_id').doNothing())
      .returning('case_id')
      .executeTakeFirst();
    return added !== undefined;
  },

  // Referrals for the family of a closed case with coded needs, received (London date) after it
  // closed and no later than today, not yet recorded as re-referrals.
  newReReferrals(db: Database, today: string) {
    return db
      .selectFrom('early_help_case as c')
      .innerJoin('referral as r', 'r.family_id', 'c.family_id')
      .select([
        'c.id as case_id',
        'r.id as referral_id',
        sql<string>`(r.received_at AT TIME ZONE 'Europe/London')::date::text`.as('received_on'),
      ])
      .where('c.status', '=', 'CLOSED')
      .where('c.closed_on', 'is not', null)
      .whereRef('r.id', '!=', 'c.referral_id')
      .where(sql<boolean>`(r.received_at AT TIME ZONE 'Europe/London')::date > c.closed_on`)
      .where(sql<boolean>`(r.received_at AT TIME ZONE 'Europe/London')::date <= ${today}::date`)
      .where((eb) => eb.exists(eb.selectFrom('plan_need as n').select('n.id').whereRef('n.case_id', '=', 'c.id')))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('case_rereferral as x')
              .select('x.case_id')
              .whereRef('x.case_id', '=', 'c.id')
              .whereRef('x.referral_id', '=', 'r.id'),
          ),
        ),
      )
      .execute();
  },

  async recordReReferral(db: Database, row: { caseId: string; referralId: string; receivedOn: string; today: string }): Promise<void> {
    await db
      .insertInto('case_rereferral')
      .values({ case_id: row.caseId, referral_id: row.referralId, received_on: row.receivedOn, found_on: row.today })
      .onConflict((oc) => oc.columns(['case_id', 'referral_id']).doNothing())
      .execute();
  },
};
