import { Injectable } from '@nestjs/common';
import { Expression, expressionBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { Actor, AgendaItemStatus, AgendaReason, ForumDecision, PlanStatus } from '@eh/domain';
import { nextReviewOn, visibleTo } from '../cases/case.repository';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import type { DB } from '../database/schema';
import { MeetingStatus } from './forum.models';

// The chronology lines that make a case's step history on its one-page summary.
const STEP_EVENTS = ['CASE_OPENED', 'HANDOVER_REQUESTED', 'HANDOVER_ACCEPTED', 'CASE_CLOSED', 'MAINTENANCE_STARTED', 'CASE_REOPENED'];

// Items the chair may still curate.
const CURATABLE = [AgendaItemStatus.PROPOSED, AgendaItemStatus.AWAITING_CHAIR, AgendaItemStatus.ACCEPTED];

// Items whose cases' people hear that the agenda is published.
const PUBLISHED = [AgendaItemStatus.PROPOSED, AgendaItemStatus.ACCEPTED];

// The position after the meeting's last item.
function nextPosition(meetingId: Expression<string>) {
  return expressionBuilder<DB, never>()
    .selectFrom('agenda_item as last')
    .select(sql<number>`coalesce(max(last.position), 0) + 1`.as('position'))
    .where('last.meeting_id', '=', meetingId)
    .$asScalar();
}

// Which items an agenda read shows: a meeting's (optionally only those with a status), or one.
export type ItemsShown =
  | { readonly meetingId: string; readonly status?: AgendaItemStatus }
  // One item (only if it is on this meeting's agenda, with `meetingId`).
  | { readonly itemId: string; readonly meetingId?: string };

// Agenda items: a partner's proposal, the chair's curation, the decision recorded on it, and the
// read of items with each case's one-page summary. A change guarded by a version or a state says
// whether it happened.
@Injectable()
export class AgendaRepository {
  constructor(private readonly db: Db) {}

  // The items the actor may see by the one rule (eh_visible_case_ids), in agenda order, each with
  // its case's one-page summary: one statement however many items.
  // Previous discussions exclude the item itself, and (unless `drafts`) meetings whose minutes are
  // not signed off yet.
  items(actor: Actor, today: string, shown: ItemsShown, drafts: boolean) {
    let query = this.db.kysely
      .selectFrom('agenda_item as i')
      .innerJoin('forum_meeting as im', 'im.id', 'i.meeting_id')
      .innerJoin('early_help_case as c', 'c.id', 'i.case_id')
      .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
      .innerJoin('app_user as l', 'l.id', 'c.lead_practitioner_id')
      .leftJoin('app_user as b', 'b.id', 'i.added_by')
      .leftJoin('my_family_plan as p', 'p.case_id', 'c.id')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('case_review as r')
            .select(['r.held_on'])
            .whereRef('r.case_id', '=', 'c.id')
            .orderBy('r.held_on', 'desc')
            .limit(1)
            .as('r'),
        (join) => join.onTrue(),
      )
      .select((eb) => [
        'i.id',
        'i.meeting_id',
        'i.status',
        'i.reason',
        'i.summary',
        'i.position',
        'i.slot',
        'i.chair_note',
        'i.discussion',
        'i.decision',
        'i.referred_to',
        'i.version',
        'im.minutes_signed_off_at',
        'im.status as meeting_status',
        'b.display_name as added_by_name',
        'c.id as case_id',
        'c.family_id',
        'c.reference',
        'c.level',
        'c.status as case_status',
        'c.my_family_plan_due',
        'a.id as agency_id',
        'a.name as agency_name',
        'a.agency_type',
        'l.id as lead_id',
        'l.display_name as lead_name',
        'l.job_title as lead_job_title',
        'p.status as plan_status',
        'r.held_on as last_review_on',
        nextReviewOn(eb.ref('c.id')).as('next_review_on'),
        eb
          .selectFrom('forum_action as o')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('o.case_id', '=', 'c.id')
          .where('o.done_on', 'is', null)
          .$asScalar()
          .$notNull()
          .as('open_actions'),
        // To name the family by the surname most of its members share, in the family's order.
        jsonArrayFrom(
          eb
            .selectFrom('person as m')
            .select('m.last_name')
            .whereRef('m.family_id', '=', 'c.family_id')
            .orderBy('m.role')
            .orderBy('m.date_of_birth')
            .orderBy('m.id'),
        ).as('members'),
        jsonArrayFrom(
          eb
            .selectFrom('agenda_item as d')
            .innerJoin('forum_meeting as dm', 'dm.id', 'd.meeting_id')
            .select(['dm.meets_on', 'd.decision', 'd.discussion'])
            .whereRef('d.case_id', '=', 'c.id')
            .whereRef('d.id', '<>', 'i.id')
            .where('d.status', '=', AgendaItemStatus.DISCUSSED)
            .$if(!drafts, (q) => q.where('dm.minutes_signed_off_at', 'is not', null))
            .orderBy('dm.meets_on', 'desc')
            .$narrowType<{ decision: ForumDecision | null }>(),
        ).as('previous_discussions'),
        jsonArrayFrom(
          eb
            .selectFrom('case_event as e')
            .select([sql<string>`to_char(e.occurred_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`.as('on'), 'e.summary'])
            .whereRef('e.case_id', '=', 'c.id')
            .where('e.event_type', 'in', STEP_EVENTS)
            .orderBy('e.occurred_at')
            .orderBy('e.id'),
        ).as('step_history'),
      ])
      .where(visibleTo(actor, today))
      .$narrowType<{
        status: AgendaItemStatus;
        reason: AgendaReason;
        decision: ForumDecision | null;
        plan_status: PlanStatus | null;
        meeting_status: MeetingStatus;
      }>();
    if ('itemId' in shown) {
      query = query.where('i.id', '=', shown.itemId);
      if (shown.meetingId !== undefined) query = query.where('i.meeting_id', '=', shown.meetingId);
    } else {
      query = query.where('i.meeting_id', '=', shown.meetingId);
      if (shown.status) query = query.where('i.status', '=', shown.status);
    }
    return query.orderBy('i.position').orderBy('i.added_at').orderBy('i.id').execute();
  }

  // Whether the actor may see this item (its case, by the one rule): nothing of it is read.
  async visible(actor: Actor, today: string, itemId: string): Promise<boolean> {
    const row = await this.db.kysely
      .selectFrom('agenda_item as i')
      .innerJoin('early_help_case as c', 'c.id', 'i.case_id')
      .select('i.id')
      .where('i.id', '=', itemId)
      .where(visibleTo(actor, today))
      .executeTakeFirst();
    return row !== undefined;
  }

  // Items on a meeting's agenda still waiting for the chair's curation or decision.
  async undecided(meetingId: string): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('agenda_item')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('meeting_id', '=', meetingId)
      .where('status', 'in', CURATABLE)
      .executeTakeFirstOrThrow();
    return row.n;
  }

  // What a decision needs of its item: where it stands, its case and the meeting's date.
  forDecision(itemId: string) {
    return this.db.kysely
      .selectFrom('agenda_item as i')
      .innerJoin('forum_meeting as m', 'm.id', 'i.meeting_id')
      .select(['i.id', 'i.meeting_id', 'i.case_id', 'i.status', 'i.added_by', 'm.meets_on', 'm.status as meeting_status'])
      .where('i.id', '=', itemId)
      .$narrowType<{ status: AgendaItemStatus; meeting_status: MeetingStatus }>()
      .executeTakeFirst();
  }

  async add(
    tx: Database,
    item: { meetingId: string; caseId: string; addedBy: string; reason: AgendaReason; summary: string; status: AgendaItemStatus },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('agenda_item')
      .values({
        meeting_id: item.meetingId,
        case_id: item.caseId,
        added_by: item.addedBy,
        reason: item.reason,
        summary: item.summary,
        status: item.status,
        position: nextPosition(sql.val(item.meetingId)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // The chair's curation, only of an item still at `version` and still open to it; false otherwise.
  async curate(
    tx: Database,
    itemId: string,
    version: number,
    change: { status: AgendaItemStatus; chairNote: string | null; position: number | null; slot: string | null },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('agenda_item')
      .set((eb) => ({
        status: change.status,
        chair_note: change.chairNote,
        position: change.position ?? eb.ref('position'),
        slot: change.slot ?? eb.ref('slot'),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', itemId)
      .where('version', '=', version)
      .where('status', 'in', CURATABLE)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // A copy of the item, accepted, at the end of the next scheduled meeting after its own, keeping
  // where it came from; its id, or undefined when there is no later meeting.
  async carryToNextMeeting(tx: Database, itemId: string): Promise<string | undefined> {
    const carried = await tx
      .insertInto('agenda_item')
      .columns(['meeting_id', 'case_id', 'added_by', 'reason', 'summary', 'status', 'position', 'carried_from'])
      .expression((eb) =>
        eb
          .selectFrom('agenda_item as i')
          .innerJoin('forum_meeting as m', 'm.id', 'i.meeting_id')
          .innerJoinLateral(
            (lateral) =>
              lateral
                .selectFrom('forum_meeting as n')
                .select('n.id')
                .whereRef('n.meets_on', '>', 'm.meets_on')
                .where('n.status', '=', MeetingStatus.SCHEDULED)
                .orderBy('n.meets_on')
                .limit(1)
                .as('next'),
            (join) => join.onTrue(),
          )
          .select((s) => [
            'next.id',
            'i.case_id',
            'i.added_by',
            'i.reason',
            'i.summary',
            sql.lit(AgendaItemStatus.ACCEPTED).as('status'),
            nextPosition(s.ref('next.id')).as('position'),
            'i.id as carried_from',
          ])
          .where('i.id', '=', itemId),
      )
      .returning('id')
      .executeTakeFirst();
    return carried?.id;
  }

  // The chair's record of the discussion, only of an accepted item still at `version`; false otherwise.
  async decide(
    tx: Database,
    itemId: string,
    version: number,
    decision: { discussion: string; decision: ForumDecision; referredTo: string | null },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('agenda_item')
      .set((eb) => ({
        status: AgendaItemStatus.DISCUSSED,
        discussion: decision.discussion,
        decision: decision.decision,
        referred_to: decision.referredTo,
        decided_at: eb.fn('now'),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', itemId)
      .where('version', '=', version)
      .where('status', '=', AgendaItemStatus.ACCEPTED)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The named professionals of each case with an item still on the published agenda.
  publishRecipients(tx: Database, meetingId: string) {
    return tx
      .selectFrom('agenda_item as i')
      .innerJoin('case_professional as p', 'p.case_id', 'i.case_id')
      .select(['i.case_id', sql<string[]>`array_agg(p.user_id)::text[]`.as('people')])
      .where('i.meeting_id', '=', meetingId)
      .where('i.status', 'in', PUBLISHED)
      .groupBy('i.case_id')
      .execute();
  }

  // The cases discussed at a meeting, with their leads: who hears that its minutes are published.
  discussedCases(tx: Database, meetingId: string) {
    return tx
      .selectFrom('agenda_item as i')
      .innerJoin('early_help_case as c', 'c.id', 'i.case_id')
      .select(['c.id', 'c.lead_practitioner_id'])
      .distinct()
      .where('i.meeting_id', '=', meetingId)
      .where('i.status', '=', AgendaItemStatus.DISCUSSED)
      .execute();
  }

  // Who hears a decision on a case: the named professionals and the people of the agencies in the
  // family's consent, if they are active and may see the case on `today` by the one rule.
  async decisionRecipients(tx: Database, caseId: string, today: string): Promise<string[]> {
    const rows = await tx
      .selectFrom('app_user as u')
      .select('u.id')
      .where('u.active', '=', true)
      .where(sql<boolean>`eh_case_visible_to(${caseId}::uuid, u.id, u.agency_id, u.role, ${today}::date)`)
      .where((eb) =>
        eb.or([
          eb('u.id', 'in', eb.selectFrom('case_professional as p').select('p.user_id').where('p.case_id', '=', caseId)),
          eb.exists(
            eb
              .selectFrom('consent as k')
              .select(sql.lit(1).as('one'))
              .where('k.case_id', '=', caseId)
              .where(sql<boolean>`k.agency_ids @> ARRAY[u.agency_id]`),
          ),
        ]),
      )
      .execute();
    return rows.map((r) => r.id);
  }
}

export type AgendaItemRecord = Awaited<ReturnType<AgendaRepository['items']>>[number];
