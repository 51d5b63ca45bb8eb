import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseUpdateKind } from '@eh/notifications';
import {
  AgendaItemStatus,
  AgendaReason,
  assertContributionsOpen,
  canBringToForum,
  canContributeToItem,
  canFollowLiveRecord,
  canReadMinutes,
  CaseAction,
  CaseStatus,
  DomainError,
  DomainErrorCode,
  nextCaseStatus,
  Role,
  statusForNewItem,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { CaseRow } from '../database/entities';
import { LiveSignals } from '../live/live-signals.service';
import { Outbox } from '../notifications/outbox';
import { familyName } from '../referrals/family.service';
import { ActionRepository } from './action.repository';
import { toForumAction } from './actions.service';
import { AgendaItemRecord, AgendaRepository, ItemsShown } from './agenda.repository';
import { chairOnly } from './forum-chair';
import { ContributionRepository } from './contribution.repository';
import { ForumContributionInput } from './escalation-concerns.inputs';
import { ForumContributionModel } from './escalation-concerns.models';
import { EscalationConcernRepository } from './escalation-concern.repository';
import { AddAgendaItemInput, CurateItemInput, CurationAction } from './forum.inputs';
import {
  AgendaItemModel,
  AgendaModel,
  AttendanceModel,
  ForumActionModel,
  ForumMeetingModel,
  LiveAgendaItemModel,
  MeetingStatus,
} from './forum.models';
import { MeetingRepository } from './meeting.repository';
import { MeetingsService } from './meetings.service';

const CURATED: Readonly<Record<CurationAction, AgendaItemStatus>> = {
  [CurationAction.ACCEPT]: AgendaItemStatus.ACCEPTED,
  [CurationAction.DEFER]: AgendaItemStatus.DEFERRED,
  [CurationAction.DECLINE]: AgendaItemStatus.DECLINED,
};

// An item discussed at a meeting whose minutes are not signed off shows its decision, discussion
// and actions only to the chair (`minutes` false for everyone else).
// Whoever raised a deferred or declined item hears of it (and why, on the Forum screen).
const CURATION_NOTICE: Partial<Record<AgendaItemStatus, CaseUpdateKind>> = {
  [AgendaItemStatus.DEFERRED]: CaseUpdateKind.AGENDA_ITEM_DEFERRED,
  [AgendaItemStatus.DECLINED]: CaseUpdateKind.AGENDA_ITEM_DECLINED,
};

interface ItemExtras {
  readonly actions: readonly ForumActionModel[];
  readonly minutes: boolean;
  readonly contributions: readonly ForumContributionModel[];
  readonly canContribute: boolean;
}

function toItem(row: AgendaItemRecord, { actions, minutes, contributions, canContribute }: ItemExtras): AgendaItemModel {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    status: row.status,
    reason: row.reason,
    summary: row.summary,
    position: row.position,
    slot: row.slot,
    chairNote: row.chair_note,
    discussion: minutes ? row.discussion : null,
    decision: minutes ? row.decision : null,
    referredTo: minutes ? row.referred_to : null,
    addedByName: row.added_by_name ?? 'Unknown user',
    version: row.version,
    case: {
      caseId: row.case_id,
      reference: row.reference,
      familyName: familyName(row.members.map((m) => ({ lastName: m.last_name }))),
      level: row.level,
      status: row.case_status as CaseStatus,
      leadAgency: { id: row.agency_id, name: row.agency_name, agencyType: row.agency_type },
      leadPractitioner: { id: row.lead_id, displayName: row.lead_name, jobTitle: row.lead_job_title },
      planStatus: row.plan_status,
      myFamilyPlanDue: row.my_family_plan_due,
      lastReviewOn: row.last_review_on,
      nextReviewOn: row.next_review_on,
      openActions: row.open_actions,
      previousDiscussions: row.previous_discussions.map((p) => ({ meetsOn: p.meets_on, decision: p.decision, discussion: p.discussion })),
      stepHistory: row.step_history,
    },
    actions: minutes ? [...actions] : [],
    contributions: [...contributions],
    canContribute,
  };
}

// The agenda: partners bring cases, the chair curates, and everyone reads the items on the cases
// they may see, each with its case's one-page summary.
@Injectable()
export class AgendaService {
  constructor(
    private readonly db: Db,
    private readonly items: AgendaRepository,
    private readonly actions: ActionRepository,
    private readonly meetingRows: MeetingRepository,
    private readonly meetings: MeetingsService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly contributions: ContributionRepository,
    private readonly concerns: EscalationConcernRepository,
    private readonly outbox: Outbox,
    private readonly live: LiveSignals,
  ) {}

  // A meeting's agenda (or only its items with `status`), in a fixed number of statements however
  // many items there are: the meeting, the items with their one-page summaries, the attendance.
  // Partners see only the items on cases they may read; the read is one audit row naming them.
  async read(ctx: SignedInContext, meetingId: string, status?: AgendaItemStatus): Promise<AgendaModel> {
    const meeting = await this.meetings.one(meetingId);
    const items = await this.shown(ctx, { meetingId, status });
    const attendance = await this.meetingRows.attendance(meetingId);
    const byAgency = new Map<string, AttendanceModel>();
    for (const row of attendance) {
      const entry = byAgency.get(row.agency_id) ?? {
        agency: { id: row.agency_id, name: row.agency_name, agencyType: row.agency_type },
        attendees: [],
      };
      entry.attendees.push(row.attendee_name);
      byAgency.set(row.agency_id, entry);
    }
    // The item the meeting is on, if the viewer may see it (it is then among `items`).
    const current = meeting.currentItemId ?? null;
    const shownNow = current !== null && items.some((i) => i.id === current);
    return {
      meeting,
      items,
      attendance: [...byAgency.values()],
      currentItemId: shownNow ? current : null,
      currentItemHidden: current !== null && !shownNow && status === undefined,
    };
  }

  // One item, as the agenda shows it, read by itself.
  async item(ctx: SignedInContext, itemId: string): Promise<AgendaItemModel> {
    const [item] = await this.shown(ctx, { itemId });
    if (!item) throw DomainError.notFound();
    return item;
  }

  // What a live Forum page reads when a signal names one item (issue 15): that item as the agenda
  // shows it (its contributions, decision and actions), only if it is on this meeting's agenda and
  // its case visible to the viewer by the one rule, and the meeting's state with the item it is on
  // now, as the agenda read gives them. With no item (the chair went between items), the meeting's
  // state alone. One audit row, as for the agenda: the item's case read, or the read refused.
  async liveItem(ctx: SignedInContext, meetingId: string, itemId: string | null): Promise<LiveAgendaItemModel> {
    const meeting = await this.meetings.one(meetingId);
    let item: AgendaItemModel | null = null;
    if (itemId !== null) {
      [item = null] = await this.shown(ctx, { itemId, meetingId }, { refusedIfNone: itemId });
      if (!item) throw DomainError.notFound();
    }
    const current = meeting.currentItemId ?? null;
    const shownNow = current !== null && (current === item?.id || (await this.items.visible(ctx.actor, this.access.today(), current)));
    return { meeting, item, currentItemId: shownNow ? current : null, currentItemHidden: current !== null && !shownNow };
  }

  // `refusedIfNone`: one item was asked for; if it is not shown, the read is audited as refused.
  private async shown(
    ctx: SignedInContext,
    shown: ItemsShown,
    { refusedIfNone }: { readonly refusedIfNone?: string } = {},
  ): Promise<AgendaItemModel[]> {
    const today = this.access.today();
    const rows = await this.items.items(ctx.actor, today, shown, canReadMinutes(ctx.actor, null));
    if (refusedIfNone !== undefined && rows.length === 0) {
      // Named by the item asked for: its case is itself behind the rule (row-level security).
      await this.audit.record(ctx, [
        { action: AuditAction.ReadAgenda, entityType: AuditEntity.AgendaItem, entityId: refusedIfNone, familyId: null, allowed: false },
      ]);
      return [];
    }
    const cases = new Map(rows.map((r) => [r.case_id, { id: r.case_id, familyId: r.family_id }]));
    await this.audit.listed(ctx, AuditAction.ReadAgenda, AuditEntity.Case, [...cases.values()]);
    const ids = rows.map((r) => r.id);
    const actions = rows.length ? await this.actions.list({ itemIds: ids }) : [];
    // Contributions: the chair reads them all beside each item; anyone else only their own.
    const chair = ctx.actor.role === Role.FPT_MANAGER;
    const sent = rows.length ? await this.contributions.list(ids, chair ? null : ctx.actor.userId) : [];
    // Who may contribute matters only before the meeting sits (canContribute below).
    const open = rows.filter((r) => r.meeting_status === MeetingStatus.SCHEDULED).map((r) => r.id);
    const who = open.length ? await this.contributions.contributors(open) : [];
    return rows.map((r) => {
      const people = who.find((w) => w.id === r.id);
      return toItem(r, {
        actions: actions.filter((a) => a.item_id === r.id).map((a) => toForumAction(a, today)),
        minutes: canFollowLiveRecord(ctx.actor, { status: r.meeting_status, minutesSignedOffAt: r.minutes_signed_off_at }),
        contributions: sent
          .filter((c) => c.item_id === r.id)
          .map((c) => ({ id: c.id, authorName: c.author_name, authorAgency: c.author_agency, body: c.body, sentAt: c.sent_at })),
        canContribute:
          r.meeting_status === MeetingStatus.SCHEDULED &&
          people !== undefined &&
          canContributeToItem(ctx.actor.userId, {
            leadPractitionerId: people.lead_practitioner_id,
            teamIds: people.team,
            raisedByIds: [people.added_by, ...people.raisers],
          }),
      });
    });
  }

  // The case's team brings it to the Forum; the chair may bring any case they can see, and their
  // own item is on the agenda at once (the chair's agreement is what the cut-off asks for).
  async addItem(ctx: SignedInContext, input: AddAgendaItemInput): Promise<AgendaItemModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canBringToForum(ctx.actor, facts)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        'Only the lead practitioner, named professionals and the Forum chair can bring a case to the Forum',
      );
    }
    if (!input.summary.trim()) throw DomainError.invalid([{ field: 'summary', message: 'Summarise what has changed for the family' }]);
    const meeting = await this.meetings.one(input.meetingId);
    const status =
      ctx.actor.role === Role.FPT_MANAGER
        ? AgendaItemStatus.ACCEPTED
        : statusForNewItem(this.access.today(), meeting.meetsOn, meeting.agendaCutoffWorkingDays);
    const id = await this.db.transaction((em, tx) =>
      this.place(tx, em, ctx, row, meeting, { reason: input.reason, summary: input.summary.trim(), addedBy: ctx.actor.userId, status }),
    );
    return this.item(ctx, id);
  }

  // An item on a scheduled meeting's agenda, in the caller's transaction, audited and in the
  // case's chronology; its id.
  async place(
    tx: Database,
    em: EntityManager,
    ctx: SignedInContext,
    row: CaseRow,
    meeting: ForumMeetingModel,
    item: { reason: AgendaReason; summary: string; addedBy: string; status: AgendaItemStatus },
  ): Promise<string> {
    nextCaseStatus(row.status === CaseStatus.AWAITING_FIRST_CONTACT ? CaseStatus.OPEN : row.status, CaseAction.WORK_ON_PLAN);
    if (meeting.status !== MeetingStatus.SCHEDULED) throw new DomainError(DomainErrorCode.InvalidState, 'This meeting is not taking place');
    const created = await this.items.add(tx, { meetingId: meeting.id, caseId: row.id, ...item });
    await this.audit.record(
      ctx,
      [{ action: AuditAction.AddAgendaItem, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
      em,
    );
    await recordCaseEvent(tx, row.id, 'FORUM_ITEM_ADDED', `Brought to the Early Help Forum of ${meeting.meetsOn}`, ctx.actor.userId);
    this.live.meeting(meeting.id, created);
    return created;
  }

  // A written contribution on an item from someone who cannot attend, before the meeting starts.
  async contribute(ctx: SignedInContext, input: ForumContributionInput): Promise<AgendaItemModel> {
    const item = await this.item(ctx, input.itemId); // not found unless the case is visible
    const meeting = await this.meetings.one(item.meetingId);
    assertContributionsOpen(meeting.status);
    if (!item.canContribute) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        'Only the lead practitioner, the team around the family and whoever raised the item can send a contribution',
      );
    }
    if (!input.body.trim()) throw DomainError.invalid([{ field: 'body', message: 'Write what you want the Forum to know' }]);
    const { row } = await this.access.loadVisible(ctx, item.case.caseId, AuditAction.ReadCase);
    await this.db.transaction(async (em, tx) => {
      await this.contributions.add(tx, item.id, ctx.actor.userId, input.body.trim());
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.AddForumContribution,
            entityType: AuditEntity.Case,
            entityId: row.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
    });
    this.live.meeting(item.meetingId, item.id);
    return this.item(ctx, item.id);
  }

  async curate(ctx: SignedInContext, input: CurateItemInput): Promise<AgendaItemModel> {
    chairOnly(ctx);
    const next = CURATED[input.action];
    if (input.action !== CurationAction.ACCEPT && !input.note?.trim()) {
      throw DomainError.invalid([{ field: 'note', message: 'Say why, so the practitioner knows what to do next' }]);
    }
    const item = await this.items.forDecision(input.itemId);
    if (!item) throw DomainError.notFound();
    await this.db.transaction(async (_em, tx) => {
      const curated = await this.items.curate(tx, input.itemId, input.version, {
        status: next,
        chairNote: input.note?.trim() || null,
        position: input.position ?? null,
        slot: input.slot ?? null,
      });
      if (!curated) throw DomainError.conflict();
      // Read before the carry, which moves a concern on to the carried item.
      const raisers = await this.concerns.raisersOfItem(tx, item.id);
      if (next === AgendaItemStatus.DEFERRED) await this.carryToNextMeeting(tx, input.itemId);
      const notice = CURATION_NOTICE[next];
      if (notice) await this.outbox.caseUpdate(tx, notice, item.case_id, [item.added_by, ...raisers.map((r) => r.raised_by)]);
    });
    this.live.meeting(item.meeting_id, item.id);
    return this.item(ctx, input.itemId);
  }

  // A deferred item moves to the next scheduled meeting, keeping its history; an escalation
  // concern it came from follows it, so its raiser sees where it went and, later, its decision.
  async carryToNextMeeting(tx: Database, itemId: string): Promise<void> {
    const carried = await this.items.carryToNextMeeting(tx, itemId);
    if (!carried)
      throw new DomainError(DomainErrorCode.InvalidState, 'There is no later meeting to carry this item to: schedule one first');
    await this.concerns.follow(tx, itemId, carried);
  }
}
