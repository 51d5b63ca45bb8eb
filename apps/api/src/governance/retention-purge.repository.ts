import { Injectable } from '@nestjs/common';
import { DeleteResult, Expression, expressionBuilder, sql } from 'kysely';
import { CaseStatus, TriageDecision } from '@eh/domain';
import { Db } from '../database/db';
import { Database, jsonb } from '../database/kysely';
import type { DB } from '../database/schema';

// Rows deleted, by table.
export type RowsDeleted = Record<string, number>;

const eb = expressionBuilder<DB, never>();
const one = sql<number>`1`.as('one');

// Holds on the record itself, its family, or anyone in the family; live work on the family
// (another case still open, a referral awaiting triage) that needs its history; and its
// children's dates of birth (retention may run to the youngest's 25th birthday).
function familyFlags(familyId: Expression<string>, caseId: Expression<string> | null) {
  return [
    eb
      .exists(
        eb
          .selectFrom('legal_hold as h')
          .select(one)
          .where('h.lifted_at', 'is', null)
          .where((w) =>
            w.or([
              ...(caseId ? [w('h.case_id', '=', caseId)] : []),
              w('h.family_id', '=', familyId),
              w('h.person_id', 'in', w.selectFrom('person').select('id').where('family_id', '=', familyId)),
            ]),
          ),
      )
      .$castTo<boolean>()
      .as('held'),
    eb
      .or([
        eb.exists(
          eb
            .selectFrom('early_help_case as o')
            .select(one)
            .where('o.family_id', '=', familyId)
            .where('o.status', 'not in', [CaseStatus.CLOSED, CaseStatus.DECLINED]),
        ),
        eb.exists(eb.selectFrom('referral as w').select(one).where('w.family_id', '=', familyId).where('w.status', '=', 'AWAITING_TRIAGE')),
      ])
      .$castTo<boolean>()
      .as('family_active'),
    eb
      .selectFrom('person as p')
      .select(sql<string[] | null>`array_agg(p.date_of_birth::text)`.as('dates'))
      .where('p.family_id', '=', familyId)
      .where('p.role', '=', 'CHILD')
      .$asScalar()
      .as('children'),
  ];
}

async function tally(rows: RowsDeleted, table: string, deleting: { executeTakeFirst(): Promise<DeleteResult> }): Promise<void> {
  const deleted = Number((await deleting.executeTakeFirst()).numDeletedRows);
  if (deleted > 0) rows[table] = (rows[table] ?? 0) + deleted;
}

// What the retention purge reads and deletes. It runs as the worker's role, in a transaction per
// record (the handle passed in); the review reads through the caller's Db.
@Injectable()
export class RetentionPurgeRepository {
  constructor(private readonly db: Db) {}

  // Cases that have ended (closed or declined); one case when `caseId` is given.
  endedCases(db: Database = this.db.kysely, caseId?: string) {
    let query = db
      .selectFrom('early_help_case as c')
      .select((e) => [
        'c.id',
        'c.reference',
        'c.family_id',
        e.ref('c.status').$castTo<CaseStatus>().as('status'),
        'c.closed_on',
        'c.first_contact_on',
      ])
      .select(familyFlags(sql.ref<string>('c.family_id'), sql.ref<string>('c.id')))
      .where('c.status', 'in', [CaseStatus.CLOSED, CaseStatus.DECLINED]);
    if (caseId !== undefined) query = query.where('c.id', '=', caseId);
    return query.execute();
  }

  // Referrals that ended at the front door: decided, not partner-led, with no case; one referral
  // when `referralId` is given.
  endedReferrals(db: Database = this.db.kysely, referralId?: string) {
    let query = db
      .selectFrom('referral as r')
      .select(['r.id', 'r.reference', 'r.family_id', 'r.decision', 'r.decided_at'])
      .select(familyFlags(sql.ref<string>('r.family_id'), null))
      .where('r.status', '=', 'DECIDED')
      .where('r.decision', '<>', TriageDecision.LEVEL_2_PARTNER_LED)
      .where((e) => e.not(e.exists(e.selectFrom('early_help_case as c').select(one).whereRef('c.referral_id', '=', 'r.id'))));
    if (referralId !== undefined) query = query.where('r.id', '=', referralId);
    return query.execute();
  }

  // Two purges for one family queue on its row, so the second sees what the first deleted.
  async lockFamily(tx: Database, familyId: string): Promise<void> {
    await tx.selectFrom('family').select('id').where('id', '=', familyId).forUpdate().execute();
  }

  // False when the record has gone.
  async lockCase(tx: Database, caseId: string): Promise<boolean> {
    return (await tx.selectFrom('early_help_case').select('id').where('id', '=', caseId).forUpdate().executeTakeFirst()) !== undefined;
  }

  async lockReferral(tx: Database, referralId: string): Promise<boolean> {
    return (await tx.selectFrom('referral').select('id').where('id', '=', referralId).forUpdate().executeTakeFirst()) !== undefined;
  }

  // A referral that never became a case, and what points at it.
  async deleteReferral(tx: Database, referralId: string, rows: RowsDeleted): Promise<void> {
    await tally(
      rows,
      'notification',
      tx.deleteFrom('notification').where('entity_type', '=', 'REFERRAL').where('entity_id', '=', referralId),
    );
    await tally(rows, 'referral', tx.deleteFrom('referral').where('id', '=', referralId));
  }

  // Everything hanging off the case, children before parents, then the case and its referral.
  async deleteCase(tx: Database, caseId: string, rows: RowsDeleted): Promise<void> {
    const { referral_id: referralId } = await tx
      .selectFrom('early_help_case')
      .select('referral_id')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    const alertIds = tx.selectFrom('sharing_alert').select('id').where('case_id', '=', caseId);
    const alerts = await alertIds.execute();
    // Notifications hold ids only, but they point at the record and go with it.
    await tally(
      rows,
      'notification',
      tx.deleteFrom('notification').where('entity_id', 'in', [caseId, referralId, ...alerts.map((a) => a.id)]),
    );
    await tally(rows, 'sharing_record', tx.deleteFrom('sharing_record').where('alert_id', 'in', alertIds));
    await tally(rows, 'sharing_alert', tx.deleteFrom('sharing_alert').where('case_id', '=', caseId));
    await tally(
      rows,
      'mentoring_session',
      tx
        .deleteFrom('mentoring_session')
        .where('request_id', 'in', tx.selectFrom('mentoring_request').select('id').where('case_id', '=', caseId)),
    );
    await tally(rows, 'mentoring_request', tx.deleteFrom('mentoring_request').where('case_id', '=', caseId));
    await tally(
      rows,
      'forum_action',
      tx
        .deleteFrom('forum_action')
        .where((e) =>
          e.or([e('case_id', '=', caseId), e('item_id', 'in', e.selectFrom('agenda_item').select('id').where('case_id', '=', caseId))]),
        ),
    );
    await tally(rows, 'handover', tx.deleteFrom('handover').where('case_id', '=', caseId));
    await tally(rows, 'agenda_item', tx.deleteFrom('agenda_item').where('case_id', '=', caseId));
    await tally(rows, 'child_drawing', tx.deleteFrom('child_drawing').where('case_id', '=', caseId));
    await tally(rows, 'case_review', tx.deleteFrom('case_review').where('case_id', '=', caseId));
    await tally(rows, 'consent', tx.deleteFrom('consent').where('case_id', '=', caseId));
    const plan = tx.selectFrom('my_family_plan').select('id').where('case_id', '=', caseId);
    await tally(rows, 'plan_qa_comment', tx.deleteFrom('plan_qa_comment').where('plan_id', 'in', plan));
    await tally(rows, 'plan_section_version', tx.deleteFrom('plan_section_version').where('plan_id', 'in', plan));
    await tally(rows, 'plan_section', tx.deleteFrom('plan_section').where('plan_id', 'in', plan));
    await tally(rows, 'my_family_plan', tx.deleteFrom('my_family_plan').where('case_id', '=', caseId));
    await this.deleteRestrictedInformation(tx, caseId, rows);
    await tally(rows, 'case_event', tx.deleteFrom('case_event').where('case_id', '=', caseId));
    await tally(rows, 'case_professional', tx.deleteFrom('case_professional').where('case_id', '=', caseId));
    // Only lifted holds reach here: an active one keeps the case.
    await tally(rows, 'legal_hold', tx.deleteFrom('legal_hold').where('case_id', '=', caseId));
    // Referrals the front door added to this case are part of its record, and go with it.
    const added = await tx.selectFrom('referral').select('id').where('added_to_case_id', '=', caseId).execute();
    if (added.length) {
      const ids = added.map((r) => r.id);
      await tally(rows, 'notification', tx.deleteFrom('notification').where('entity_type', '=', 'REFERRAL').where('entity_id', 'in', ids));
      await tally(rows, 'referral', tx.deleteFrom('referral').where('id', 'in', ids));
    }
    // A later referral that linked back to this case keeps its own record, without the link.
    await tx.updateTable('referral').set({ previous_case_id: null }).where('previous_case_id', '=', caseId).execute();
    await tally(rows, 'early_help_case', tx.deleteFrom('early_help_case').where('id', '=', caseId));
    await tally(rows, 'referral', tx.deleteFrom('referral').where('id', '=', referralId));
  }

  // The worker may not read restricted information at all, so its entries go by case id through
  // eh_purge_restricted_information (migration 1732300000029), which only an ended case passes.
  private async deleteRestrictedInformation(tx: Database, caseId: string, rows: RowsDeleted): Promise<void> {
    const { deleted } = await tx
      .selectNoFrom(sql<number>`eh_purge_restricted_information(${caseId}::uuid)`.as('deleted'))
      .executeTakeFirstOrThrow();
    if (deleted > 0) rows.restricted_information = (rows.restricted_information ?? 0) + deleted;
  }

  // The family and its people go with their last case or referral; false while one is left.
  async deleteFamilyIfEmpty(tx: Database, familyId: string, rows: RowsDeleted): Promise<boolean> {
    const { left } = await tx
      .selectNoFrom((e) =>
        e
          .or([
            e.exists(e.selectFrom('referral').select(one).where('family_id', '=', familyId)),
            e.exists(e.selectFrom('early_help_case').select(one).where('family_id', '=', familyId)),
          ])
          .$castTo<boolean>()
          .as('left'),
      )
      .executeTakeFirstOrThrow();
    if (left) return false;
    const alerts = tx.selectFrom('sharing_alert').select('id').where('family_id', '=', familyId);
    await tally(rows, 'notification', tx.deleteFrom('notification').where('entity_type', '=', 'ALERT').where('entity_id', 'in', alerts));
    await tally(rows, 'sharing_record', tx.deleteFrom('sharing_record').where('alert_id', 'in', alerts));
    await tally(rows, 'sharing_alert', tx.deleteFrom('sharing_alert').where('family_id', '=', familyId));
    await tally(
      rows,
      'legal_hold',
      tx
        .deleteFrom('legal_hold')
        .where((e) =>
          e.or([
            e('family_id', '=', familyId),
            e('person_id', 'in', e.selectFrom('person').select('id').where('family_id', '=', familyId)),
          ]),
        ),
    );
    // Operation Encompass notifications about the family's children, read before the people go
    // (deleting them clears each child's link).
    const encompass = await tx
      .selectFrom('encompass_child')
      .select('notification_id')
      .distinct()
      .where((e) =>
        e.or([e('family_id', '=', familyId), e('person_id', 'in', e.selectFrom('person').select('id').where('family_id', '=', familyId))]),
      )
      .execute();
    await tally(rows, 'person', tx.deleteFrom('person').where('family_id', '=', familyId));
    await tally(rows, 'family', tx.deleteFrom('family').where('id', '=', familyId));
    await this.deleteEncompassWithNoChildLeft(
      tx,
      encompass.map((n) => n.notification_id),
      rows,
    );
    return true;
  }

  // Of these notifications, those no longer linked to any child the portal holds go, with their
  // children and routes (cascade) and the in-app notifications about them (docs/decisions.md, h7).
  private async deleteEncompassWithNoChildLeft(tx: Database, ids: readonly string[], rows: RowsDeleted): Promise<void> {
    if (ids.length === 0) return;
    const orphans = tx
      .selectFrom('encompass_notification as n')
      .select('n.id')
      .where('n.id', 'in', [...ids])
      .where((e) =>
        e.not(
          e.exists(
            e
              .selectFrom('encompass_child as c')
              .select(one)
              .whereRef('c.notification_id', '=', 'n.id')
              .where('c.person_id', 'is not', null),
          ),
        ),
      );
    await tally(
      rows,
      'notification',
      tx.deleteFrom('notification').where('entity_type', '=', 'ENCOMPASS').where('entity_id', 'in', orphans),
    );
    await tally(rows, 'encompass_notification', tx.deleteFrom('encompass_notification').where('id', 'in', orphans));
  }

  // Operation Encompass notifications linked to no child the portal holds (never matched: one
  // that was matched goes with the last of its children's families), every route settled (its
  // setting acknowledged it, or the council's contact passed it on) on or before `cutoff`, a London
  // date; with the day the last was settled. A notification still waiting on a setting is live
  // work. Their children and routes go by cascade, the in-app notifications about them here; a
  // child matched meanwhile keeps its notification (checked again as it is deleted, and by the
  // worker's row policy).
  async deleteUnmatchedEncompassSettledBy(tx: Database, cutoff: string): Promise<{ id: string; ended: string }[]> {
    const unmatched = (id: Expression<string>) =>
      eb.not(
        eb.exists(
          eb.selectFrom('encompass_child as c').select(one).where('c.notification_id', '=', id).where('c.person_id', 'is not', null),
        ),
      );
    const settled = sql<string>`(max(greatest(r.acknowledged_at, r.passed_on_at)) AT TIME ZONE 'Europe/London')::date`;
    const due = await tx
      .selectFrom('encompass_notification as n')
      .innerJoin('encompass_route as r', 'r.notification_id', 'n.id')
      .select([sql<string>`n.id::text`.as('id'), sql<string>`${settled}::text`.as('ended')])
      .where(unmatched(sql.ref<string>('n.id')))
      .groupBy('n.id')
      .having(sql<boolean>`bool_and(r.acknowledged_at IS NOT NULL OR r.passed_on_at IS NOT NULL)`)
      .having(settled, '<=', cutoff)
      .execute();
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    const gone = await tx
      .deleteFrom('encompass_notification as n')
      .where('n.id', 'in', ids)
      .where(unmatched(sql.ref<string>('n.id')))
      .returning(sql<string>`n.id::text`.as('id'))
      .execute();
    const goneIds = gone.map((g) => g.id);
    if (goneIds.length > 0)
      await tx.deleteFrom('notification').where('entity_type', '=', 'ENCOMPASS').where('entity_id', 'in', goneIds).execute();
    return due.filter((d) => goneIds.includes(d.id));
  }

  // Sessions ended (revoked or expired) on or before `cutoff`, a London date; with the day each ended.
  deleteSessionsEndedBy(tx: Database, cutoff: string) {
    const ended = sql<string>`(coalesce(revoked_at, expires_at) AT TIME ZONE 'Europe/London')::date`;
    return tx
      .deleteFrom('user_session')
      .where(ended, '<=', cutoff)
      .returning([sql<string>`id::text`.as('id'), sql<string>`${ended}::text`.as('ended')])
      .execute();
  }

  // In-app notifications made on or before `cutoff`, a London date; with the day each was made.
  deleteNotificationsMadeBy(tx: Database, cutoff: string) {
    const made = sql<string>`(created_at AT TIME ZONE 'Europe/London')::date`;
    return tx
      .deleteFrom('notification')
      .where(made, '<=', cutoff)
      .returning([sql<string>`id::text`.as('id'), sql<string>`${made}::text`.as('ended')])
      .execute();
  }

  async log(
    tx: Database,
    entry: {
      runId: string;
      purgedAt: Date;
      recordType: string;
      entityType: string;
      entityId: string;
      rule: string;
      period: number;
      dueOn: string;
      rowsDeleted: RowsDeleted;
    },
  ): Promise<void> {
    await tx
      .insertInto('purge_log')
      .values({
        run_id: entry.runId,
        purged_at: entry.purgedAt,
        record_type: entry.recordType,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        rule: entry.rule,
        period: entry.period,
        due_on: entry.dueOn,
        rows_deleted: jsonb(entry.rowsDeleted),
      })
      .execute();
  }
}

export type EndedCaseRow = Awaited<ReturnType<RetentionPurgeRepository['endedCases']>>[number];
export type EndedReferralRow = Awaited<ReturnType<RetentionPurgeRepository['endedReferrals']>>[number];
