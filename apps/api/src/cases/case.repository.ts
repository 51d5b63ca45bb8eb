import { Injectable } from '@nestjs/common';
import { Expression, ExpressionBuilder, SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { Actor, CaseStatus, PersonRole } from '@eh/domain';
import { compiledOnce } from '../database/compiled-once';
import { Db } from '../database/db';
import { childSettingsOf } from '../education/child-setting.repository';
import { Database } from '../database/kysely';
import { PERSON_COLUMNS } from '../referrals/family.repository';
import type { DB } from '../database/schema';

const CASELOAD_LIMIT = 1000;

type CaseScope = ExpressionBuilder<DB & { c: DB['early_help_case'] }, 'c'>;

// "Who may see this case today", for a list of cases: the one SQL rule, eh_visible_case_ids
// (migration 1732300000023), joined as a set (PostgreSQL inlines it into a hash semi-join).
export function visibleTo(actor: Actor, today: string) {
  return (eb: CaseScope): Expression<SqlBool> =>
    eb(
      'c.id',
      'in',
      eb
        .selectFrom(
          sql<{ case_id: string }>`eh_visible_case_ids(${actor.userId}::uuid, ${actor.agencyId}::uuid, ${actor.role}, ${today}::date)`.as(
            'v',
          ),
        )
        .select('v.case_id'),
    );
}

// The case's next review, as every page, list and reminder shows it, null unless the case is open
// with an approved plan: the view case_next_review (migration 1732300000034), which a list joins;
// for one case, eh_next_review_on reads the same view.
export function nextReviewOn(caseId: Expression<string>) {
  return sql<string | null>`eh_next_review_on(${caseId})`;
}

// A case's lead agency (`a`) and lead practitioner (`u`), as the list and the page show them.
const LEAD_COLUMNS = [
  'a.id as agency_id',
  'a.name as agency_name',
  'a.agency_type',
  'u.id as lead_id',
  'u.display_name as lead_name',
  'u.job_title as lead_job_title',
] as const;

// The case list, run on every visit to it, so compiled once (see compiled-once.ts).
const caseloadOf = compiledOnce(['userId', 'agencyId', 'role', 'today'], (db: Database, v: Actor & { today: string }) =>
  db
    .selectFrom('early_help_case as c')
    .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
    .innerJoin('app_user as u', 'u.id', 'c.lead_practitioner_id')
    .leftJoin('case_next_review as nr', 'nr.case_id', 'c.id')
    .select((eb) => [
      'c.id',
      'c.reference',
      'c.family_id',
      'c.status',
      'c.allocated_on',
      'c.first_contact_due',
      'c.my_family_plan_due',
      'nr.next_review_on',
      ...LEAD_COLUMNS,
      // The family named and its children counted here, not by shipping every member to Node.
      eb
        .selectFrom('person as p')
        .select('p.last_name')
        .whereRef('p.family_id', '=', 'c.family_id')
        .groupBy('p.last_name')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy(sql`p.last_name collate "C"`)
        .limit(1)
        .as('family_surname'),
      eb
        .selectFrom('person as p')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('p.family_id', '=', 'c.family_id')
        .where('p.role', '=', PersonRole.CHILD)
        .as('children_count'),
    ])
    .where('c.status', 'in', [CaseStatus.AWAITING_FIRST_CONTACT, CaseStatus.OPEN])
    .where(visibleTo(v, v.today))
    .orderBy('c.first_contact_due')
    .orderBy('c.id')
    .limit(CASELOAD_LIMIT),
);

// Reads of cases, each in one statement.
@Injectable()
export class CaseRepository {
  constructor(private readonly db: Db) {}

  // Open cases the actor may see, soonest first contact first, with what a list row shows: the
  // lead agency and practitioner, the family's name (its most shared surname) and how many
  // children it has. One statement however long the list.
  caseload(actor: Actor, today: string) {
    return caseloadOf(this.db.kysely, { userId: actor.userId, agencyId: actor.agencyId, role: actor.role, today });
  }

  // What the case page shows of the case itself, in one statement: its lead agency and
  // practitioner, the family and every member, the referral's concerns and the chronology with
  // who wrote each line.
  page(caseId: string) {
    return this.db.kysely
      .selectFrom('early_help_case as c')
      .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
      .innerJoin('app_user as u', 'u.id', 'c.lead_practitioner_id')
      .innerJoin('family as f', 'f.id', 'c.family_id')
      .innerJoin('referral as r', 'r.id', 'c.referral_id')
      .select((eb) => [
        ...LEAD_COLUMNS,
        'f.reference as family_reference',
        'f.address_line1',
        'f.address_line2',
        'f.town',
        'f.postcode',
        'r.concerns as referral_concerns',
        nextReviewOn(eb.ref('c.id')).as('next_review_on'),
        jsonArrayFrom(
          eb
            .selectFrom('person as p')
            .select((p) => [...PERSON_COLUMNS, childSettingsOf(this.db.kysely, p.ref('p.id')).as('education_settings')])
            .whereRef('p.family_id', '=', 'c.family_id')
            .orderBy('p.role')
            .orderBy('p.date_of_birth')
            .orderBy('p.id'),
        ).as('members'),
        jsonArrayFrom(
          eb
            .selectFrom('case_event as e')
            .leftJoin('app_user as w', 'w.id', 'e.actor_id')
            // Inside JSON a bigint would come back as a number and a timestamp as text.
            .select([
              sql<string>`e.id::text`.as('id'),
              'e.event_type',
              'e.summary',
              'w.display_name as actor_name',
              sql<string>`e.occurred_at`.as('occurred_at'),
            ])
            .whereRef('e.case_id', '=', 'c.id')
            .orderBy('e.occurred_at', 'desc')
            .orderBy('e.id', 'desc'),
        ).as('chronology'),
      ])
      .where('c.id', '=', caseId)
      .executeTakeFirst();
  }

  // The first contact with the family (or their declining), if the case is still at `version`.
  async recordFirstContact(
    db: Database,
    change: { caseId: string; version: number; status: CaseStatus; contactedOn: string; declinedReason: string | null },
  ): Promise<boolean> {
    const result = await db
      .updateTable('early_help_case')
      .set((eb) => ({
        status: change.status,
        first_contact_on: change.contactedOn,
        declined_reason: change.declinedReason,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', change.caseId)
      .where('version', '=', change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

export type CasePageRow = NonNullable<Awaited<ReturnType<CaseRepository['page']>>>;
export type CaseloadRow = Awaited<ReturnType<CaseRepository['caseload']>>[number];
