import { Inject, Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import { EntityManager, In } from 'typeorm';
import { Db } from '../database/db';
import {
  AgendaItemStatus,
  canEditPlan,
  canStepUp,
  CaseAction,
  CaseStatus,
  decisionEffect,
  DomainError,
  DomainErrorCode,
  EscalationRoute,
  FieldProblem,
  ForumDecision,
  forumAgendaCutoff,
  fortnightlyMeetingDates,
  isFamilyPartnershipTeam,
  isOverdue,
  londonToday,
  nextCaseStatus,
  parseIsoDate,
  ReceivingTeam,
  Role,
  statusForNewItem,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { changedRows } from '../database/changed-rows';
import { CaseRow, PlanRow } from '../database/entities';
import { DirectoryService, toAgency, toPractitioner } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { familyName, FamilyService } from '../referrals/family.service';
import {
  AddAgendaItemInput,
  AttendanceInput,
  CurateItemInput,
  CurationAction,
  MoveMeetingInput,
  RecordDecisionInput,
  ScheduleMeetingsInput,
  UrgentStepUpInput,
} from './forum.inputs';
import {
  AgendaItemModel,
  AgendaModel,
  CaseOnePageModel,
  ForumActionModel,
  ForumMeetingModel,
  HandoverModel,
  MeetingStatus,
} from './forum.models';

interface MeetingRow {
  id: string;
  meets_on: string;
  starts_at: string;
  place: string;
  online_link: string | null;
  agenda_cutoff_days: number;
  status: MeetingStatus;
  published_at: Date | null;
  version: number;
  item_count: number;
}

interface ItemRow {
  id: string;
  meeting_id: string;
  case_id: string;
  added_by: string;
  reason: AgendaItemModel['reason'];
  summary: string;
  status: AgendaItemStatus;
  position: number;
  slot: string | null;
  chair_note: string | null;
  discussion: string | null;
  decision: ForumDecision | null;
  referred_to: string | null;
  version: number;
}

interface ActionRow {
  id: string;
  item_id: string;
  case_id: string;
  owner_id: string;
  description: string;
  due_on: string;
  done_on: string | null;
}

const STEP_EVENTS = ['CASE_OPENED', 'HANDOVER_REQUESTED', 'HANDOVER_ACCEPTED', 'CASE_CLOSED', 'MAINTENANCE_STARTED', 'CASE_REOPENED'];

const MEETING_COLUMNS = `m.id, m.meets_on, to_char(m.starts_at, 'HH24:MI') AS starts_at, m.place, m.online_link,
  m.agenda_cutoff_days, m.status, m.published_at, m.version,
  (SELECT count(*)::int FROM agenda_item i WHERE i.meeting_id = m.id AND i.status <> 'DECLINED') AS item_count`;

const TEAM_WORDS: Readonly<Record<ReceivingTeam, string>> = {
  [ReceivingTeam.FAMILY_CASEWORK]: 'Family Casework (level 3)',
  [ReceivingTeam.CHILDRENS_SOCIAL_CARE]: 'Children’s Social Care (level 4)',
};

function chairOnly(ctx: SignedInContext): void {
  if (ctx.actor.role !== Role.FPT_MANAGER) throw new DomainError(DomainErrorCode.Forbidden, 'Only the Forum chair can do this');
}

// The Early Help Forum: the chair's meetings and agenda, partners' items, decisions that take
// effect on the cases, actions, and step-up handovers.
@Injectable()
export class ForumService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return londonToday(this.clock.now());
  }

  private toMeeting(row: MeetingRow): ForumMeetingModel {
    return {
      id: row.id,
      meetsOn: row.meets_on,
      startsAt: row.starts_at,
      place: row.place,
      onlineLink: row.online_link,
      status: row.status,
      agendaCutoff: forumAgendaCutoff(row.meets_on, row.agenda_cutoff_days),
      agendaCutoffWorkingDays: row.agenda_cutoff_days,
      itemCount: row.item_count,
      version: row.version,
      publishedAt: row.published_at,
    };
  }

  private async meetingRow(id: string, manager: EntityManager = this.db.manager): Promise<MeetingRow> {
    const [row]: MeetingRow[] = await manager.query(`SELECT ${MEETING_COLUMNS} FROM forum_meeting m WHERE m.id = $1`, [id]);
    if (!row) throw DomainError.notFound();
    return row;
  }

  async meetings(from: string | null): Promise<ForumMeetingModel[]> {
    if (from !== null && !parseIsoDate(from)) throw DomainError.invalid([{ field: 'from', message: 'Enter a real date, like 2026-11-18' }]);
    const rows: MeetingRow[] = await this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM forum_meeting m WHERE m.meets_on >= $1 ORDER BY m.meets_on LIMIT 60`,
      [from ?? this.today()],
    );
    return rows.map((r) => this.toMeeting(r));
  }

  async schedule(ctx: SignedInContext, input: ScheduleMeetingsInput): Promise<ForumMeetingModel[]> {
    chairOnly(ctx);
    const problems: FieldProblem[] = [];
    if (!parseIsoDate(input.firstMeetsOn)) problems.push({ field: 'firstMeetsOn', message: 'Enter a real date' });
    else if (input.firstMeetsOn < this.today()) problems.push({ field: 'firstMeetsOn', message: 'The first meeting must be today or later' });
    if (!input.place.trim()) problems.push({ field: 'place', message: 'Enter where the Forum meets' });
    if (problems.length) throw DomainError.invalid(problems);
    const dates = fortnightlyMeetingDates(input.firstMeetsOn, input.count);
    await this.db.query(
      `INSERT INTO forum_meeting (meets_on, starts_at, place, online_link, agenda_cutoff_days, created_by)
       SELECT d, $2, $3, $4, $5, $6 FROM unnest($1::date[]) AS d`,
      [dates, input.startsAt, input.place.trim(), input.onlineLink?.trim() || null, input.agendaCutoffWorkingDays, ctx.actor.userId],
    );
    return (await this.meetings(input.firstMeetsOn)).filter((m) => dates.includes(m.meetsOn));
  }

  async move(ctx: SignedInContext, input: MoveMeetingInput): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    if (!parseIsoDate(input.meetsOn)) throw DomainError.invalid([{ field: 'meetsOn', message: 'Enter a real date' }]);
    const changed = await changedRows(
      this.db.manager,
      `UPDATE forum_meeting SET meets_on = $3, starts_at = $4, place = $5, version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'SCHEDULED' RETURNING 1`,
      [input.meetingId, input.version, input.meetsOn, input.startsAt, input.place.trim()],
    );
    if (changed === 0) throw DomainError.conflict();
    return this.toMeeting(await this.meetingRow(input.meetingId));
  }

  async setStatus(ctx: SignedInContext, meetingId: string, version: number, status: MeetingStatus): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    const changed = await changedRows(
      this.db.manager,
      `UPDATE forum_meeting SET status = $3, version = version + 1 WHERE id = $1 AND version = $2 AND status = 'SCHEDULED' RETURNING 1`,
      [meetingId, version, status],
    );
    if (changed === 0) throw DomainError.conflict();
    return this.toMeeting(await this.meetingRow(meetingId));
  }

  // Publishing tells the lead of each case on the agenda (and any named professionals) and the
  // Forum's standing members, the Family Partnership Team.
  async publish(ctx: SignedInContext, meetingId: string): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE forum_meeting SET published_at = now(), version = version + 1 WHERE id = $1`, [meetingId]);
      const items: { case_id: string; people: string[] }[] = await em.query(
        `SELECT i.case_id, array_agg(p.user_id)::text[] AS people FROM agenda_item i JOIN case_professional p ON p.case_id = i.case_id
          WHERE i.meeting_id = $1 AND i.status IN ('PROPOSED', 'ACCEPTED') GROUP BY i.case_id`,
        [meetingId],
      );
      const members: { id: string }[] = await em.query(`SELECT id FROM app_user WHERE role IN ('FRONT_DOOR_OFFICER', 'FPT_MANAGER') AND active`);
      for (const item of items) {
        await this.outbox.caseUpdate(em, CaseUpdateKind.AGENDA_PUBLISHED, item.case_id, [...item.people, ...members.map((m) => m.id)]);
      }
    });
    return this.toMeeting(await this.meetingRow(meetingId));
  }

  async addItem(ctx: SignedInContext, input: AddAgendaItemInput): Promise<AgendaItemModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner and named professionals can bring a case to the Forum');
    }
    nextCaseStatus(row.status === CaseStatus.AWAITING_FIRST_CONTACT ? CaseStatus.OPEN : row.status, CaseAction.WORK_ON_PLAN);
    if (!input.summary.trim()) throw DomainError.invalid([{ field: 'summary', message: 'Summarise what has changed for the family' }]);
    const meeting = await this.meetingRow(input.meetingId);
    if (meeting.status !== MeetingStatus.SCHEDULED) throw new DomainError(DomainErrorCode.InvalidState, 'This meeting is not taking place');
    const status = statusForNewItem(this.today(), meeting.meets_on, meeting.agenda_cutoff_days);
    const id = await this.db.transaction(async (em) => {
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO agenda_item (meeting_id, case_id, added_by, reason, summary, status, position)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1))
         RETURNING id`,
        [meeting.id, row.id, ctx.actor.userId, input.reason, input.summary.trim(), status],
      );
      await this.audit.record(ctx, [{ action: AuditAction.AddAgendaItem, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }], em);
      await recordCaseEvent(em, row.id, 'FORUM_ITEM_ADDED', `Brought to the Early Help Forum of ${meeting.meets_on}`, ctx.actor.userId);
      return created.id;
    });
    return this.item(ctx, id);
  }

  private async item(ctx: SignedInContext, itemId: string): Promise<AgendaItemModel> {
    const [meeting]: { meeting_id: string }[] = await this.db.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [itemId]);
    if (!meeting) throw DomainError.notFound();
    const agenda = await this.agenda(ctx, meeting.meeting_id);
    const item = agenda.items.find((i) => i.id === itemId);
    if (!item) throw DomainError.notFound();
    return item;
  }

  async curate(ctx: SignedInContext, input: CurateItemInput): Promise<AgendaItemModel> {
    chairOnly(ctx);
    const next =
      input.action === CurationAction.ACCEPT
        ? AgendaItemStatus.ACCEPTED
        : input.action === CurationAction.DEFER
          ? AgendaItemStatus.DEFERRED
          : AgendaItemStatus.DECLINED;
    if (input.action !== CurationAction.ACCEPT && !input.note?.trim()) {
      throw DomainError.invalid([{ field: 'note', message: 'Say why, so the practitioner knows what to do next' }]);
    }
    await this.db.transaction(async (em) => {
      const changed = await changedRows(
        em,
        `UPDATE agenda_item SET status = $3, chair_note = $4, position = coalesce($5, position), slot = coalesce($6, slot),
                version = version + 1
          WHERE id = $1 AND version = $2 AND status IN ('PROPOSED', 'AWAITING_CHAIR', 'ACCEPTED') RETURNING 1`,
        [input.itemId, input.version, next, input.note?.trim() || null, input.position ?? null, input.slot ?? null],
      );
      if (changed === 0) throw DomainError.conflict();
      if (next === AgendaItemStatus.DEFERRED) await this.carryToNextMeeting(em, input.itemId);
    });
    return this.item(ctx, input.itemId);
  }

  // A deferred item moves to the next scheduled meeting, keeping its history.
  private async carryToNextMeeting(em: EntityManager, itemId: string): Promise<void> {
    const moved = await changedRows(
      em,
      `INSERT INTO agenda_item (meeting_id, case_id, added_by, reason, summary, status, position, carried_from)
       SELECT next.id, i.case_id, i.added_by, i.reason, i.summary, 'ACCEPTED',
              (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = next.id), i.id
         FROM agenda_item i
         JOIN forum_meeting m ON m.id = i.meeting_id
         JOIN LATERAL (SELECT id FROM forum_meeting n WHERE n.meets_on > m.meets_on AND n.status = 'SCHEDULED'
                        ORDER BY n.meets_on LIMIT 1) next ON true
        WHERE i.id = $1
       RETURNING 1`,
      [itemId],
    );
    if (moved === 0) throw new DomainError(DomainErrorCode.InvalidState, 'There is no later meeting to carry this item to: schedule one first');
  }

  async recordAttendance(ctx: SignedInContext, input: AttendanceInput): Promise<AgendaModel> {
    chairOnly(ctx);
    await this.meetingRow(input.meetingId);
    if (!(await this.directory.agenciesById([input.agencyId])).has(input.agencyId)) {
      throw DomainError.invalid([{ field: 'agencyId', message: 'Choose an agency from the list' }]);
    }
    await this.db.transaction(async (em) => {
      await em.query(`DELETE FROM forum_attendance WHERE meeting_id = $1 AND agency_id = $2`, [input.meetingId, input.agencyId]);
      const names = [...new Set(input.attendees.map((a) => a.trim()).filter(Boolean))];
      if (names.length) {
        await em.query(
          `INSERT INTO forum_attendance (meeting_id, agency_id, attendee_name) SELECT $1, $2, unnest($3::text[])`,
          [input.meetingId, input.agencyId, names],
        );
      }
    });
    return this.agenda(ctx, input.meetingId);
  }

  async recordDecision(ctx: SignedInContext, input: RecordDecisionInput): Promise<AgendaItemModel> {
    chairOnly(ctx);
    const [item]: (ItemRow & { meets_on: string })[] = await this.db.query(
      `SELECT i.*, m.meets_on FROM agenda_item i JOIN forum_meeting m ON m.id = i.meeting_id WHERE i.id = $1`,
      [input.itemId],
    );
    if (!item) throw DomainError.notFound();
    const { row } = await this.access.loadVisible(ctx, item.case_id, AuditAction.ReadCase);
    const today = this.today();
    const problems: FieldProblem[] = [];
    if (!input.discussion.trim()) problems.push({ field: 'discussion', message: 'Summarise the discussion' });
    if (input.decision === ForumDecision.REFER_OTHER_SERVICE && !input.referredTo?.trim()) {
      problems.push({ field: 'referredTo', message: 'Name the service the family is referred to' });
    }
    const owners = await this.directory.usersById(input.actions.map((a) => a.ownerId));
    input.actions.forEach((a, i) => {
      if (!owners.has(a.ownerId)) problems.push({ field: `actions.${i}.ownerId`, message: 'Choose who owns the action' });
      if (!a.description.trim()) problems.push({ field: `actions.${i}.description`, message: 'Describe the action' });
      if (!parseIsoDate(a.dueOn)) problems.push({ field: `actions.${i}.dueOn`, message: 'Enter a real date' });
      else if (a.dueOn < today) problems.push({ field: `actions.${i}.dueOn`, message: 'The due date must be today or later' });
    });
    if (problems.length) throw DomainError.invalid(problems);
    if (item.status !== AgendaItemStatus.ACCEPTED) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Only an accepted agenda item can be discussed');
    }
    const effect = decisionEffect(input.decision);
    await this.db.transaction(async (em) => {
      const changed = await changedRows(
        em,
        `UPDATE agenda_item SET status = 'DISCUSSED', discussion = $3, decision = $4, referred_to = $5, decided_at = now(),
                version = version + 1
          WHERE id = $1 AND version = $2 AND status = 'ACCEPTED' RETURNING 1`,
        [item.id, input.version, input.discussion.trim(), input.decision, input.referredTo?.trim() || null],
      );
      if (changed === 0) throw DomainError.conflict();
      for (const a of input.actions) {
        await em.query(
          `INSERT INTO forum_action (item_id, case_id, owner_id, description, due_on) VALUES ($1, $2, $3, $4, $5)`,
          [item.id, row.id, a.ownerId, a.description.trim(), a.dueOn],
        );
      }
      await recordCaseEvent(em, row.id, 'FORUM_DECISION', `Early Help Forum ${item.meets_on}: ${input.decision.replace(/_/g, ' ').toLowerCase()}`, ctx.actor.userId);
      switch (effect.kind) {
        case 'HANDOVER':
          await this.openHandover(em, ctx, row, effect.to, EscalationRoute.FORUM, input.discussion.trim(), item.id);
          break;
        case 'CLOSE':
          await this.closeFromForum(em, ctx, row, effect.outcome, today);
          break;
        case 'CARRY_TO_NEXT_MEETING':
          await this.carryToNextMeeting(em, item.id);
          break;
        case 'NONE':
          break;
      }
      await this.audit.record(ctx, [{ action: AuditAction.ForumDecision, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }], em);
      // The lead, the named professionals and the agencies in the family's consent hear the
      // decision, if they may see the case today by the one rule (the chair sees the whole case,
      // so the rule reads every row it needs); the worker checks again at delivery.
      const entitled: { id: string }[] = await em.query(
        `SELECT u.id FROM app_user u
          WHERE u.active AND eh_case_visible_to($1, u.id, u.agency_id, u.role, $2)
            AND (u.id IN (SELECT user_id FROM case_professional WHERE case_id = $1)
                 OR EXISTS (SELECT 1 FROM consent k WHERE k.case_id = $1 AND k.agency_ids @> ARRAY[u.agency_id]))`,
        [row.id, today],
      );
      await this.outbox.caseUpdate(em, CaseUpdateKind.FORUM_DECISION, row.id, [row.leadPractitionerId, ...entitled.map((e) => e.id)]);
      await this.outbox.caseUpdate(em, CaseUpdateKind.ACTION_ASSIGNED, row.id, input.actions.map((a) => a.ownerId));
    });
    return this.item(ctx, item.id);
  }

  private async closeFromForum(em: EntityManager, ctx: SignedInContext, row: CaseRow, outcome: string, today: string): Promise<void> {
    const next = nextCaseStatus(row.status, CaseAction.CLOSE);
    await em.query(
      `UPDATE early_help_case SET status = $2, closure_outcome = $3, closed_on = $4, version = version + 1 WHERE id = $1`,
      [row.id, next, outcome, today],
    );
    await recordCaseEvent(em, row.id, 'CASE_CLOSED', 'Case closed at the Early Help Forum: stepped down to universal services', ctx.actor.userId);
  }

  private async openHandover(
    em: EntityManager,
    ctx: SignedInContext,
    row: CaseRow,
    to: ReceivingTeam,
    route: EscalationRoute,
    reason: string,
    itemId: string | null,
  ): Promise<string> {
    const created: { id: string }[] = await em.query(
      `INSERT INTO handover (case_id, item_id, to_team, route, reason, requested_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [row.id, itemId, to, route, reason, ctx.actor.userId],
    );
    if (created.length === 0) throw new DomainError(DomainErrorCode.InvalidState, 'A handover for this case is already waiting to be accepted');
    await recordCaseEvent(
      em,
      row.id,
      'HANDOVER_REQUESTED',
      `${route === EscalationRoute.URGENT_SAFEGUARDING ? 'Urgent safeguarding step up' : 'Step up agreed at the Forum'} to ${TEAM_WORDS[to]}: ${reason}`,
      ctx.actor.userId,
    );
    return created[0].id;
  }

  // Outside the Forum, the only way up is the urgent safeguarding route, straight to the front door.
  async urgentStepUp(ctx: SignedInContext, input: UrgentStepUpInput): Promise<HandoverModel> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canStepUp(EscalationRoute.URGENT_SAFEGUARDING, input.reason)) {
      throw DomainError.invalid([{ field: 'reason', message: 'Say what the urgent safeguarding concern is' }]);
    }
    if (row.status === CaseStatus.CLOSED) throw new DomainError(DomainErrorCode.InvalidState, 'The case is closed. Contact the front door directly.');
    const id = await this.db.transaction(async (em) => {
      const created = await this.openHandover(em, ctx, row, input.toTeam, EscalationRoute.URGENT_SAFEGUARDING, input.reason.trim(), null);
      await this.audit.record(ctx, [{ action: AuditAction.UrgentStepUp, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }], em);
      return created;
    });
    return (await this.handovers(ctx, id))[0];
  }

  async handovers(ctx: SignedInContext, onlyId?: string): Promise<HandoverModel[]> {
    const rows: { id: string; case_id: string; reference: string; to_team: ReceivingTeam; route: EscalationRoute; reason: string;
      requested_by: string; requested_at: Date; accepted_at: Date | null }[] = await this.db.query(
      `SELECT h.id, h.case_id, c.reference, h.to_team, h.route, h.reason, h.requested_by, h.requested_at, h.accepted_at
         FROM handover h JOIN early_help_case c ON c.id = h.case_id
        WHERE ($1::uuid IS NULL AND h.accepted_at IS NULL) OR h.id = $1::uuid
        ORDER BY h.requested_at`,
      [onlyId ?? null],
    );
    const visible = await this.access.visibleIds(ctx, rows.map((r) => r.case_id));
    const users = await this.directory.usersById(rows.map((r) => r.requested_by));
    return rows
      .filter((r) => visible.has(r.case_id))
      .map((r) => ({
        id: r.id,
        caseId: r.case_id,
        caseReference: r.reference,
        toTeam: r.to_team,
        route: r.route,
        reason: r.reason,
        requestedByName: users.get(r.requested_by)?.displayName ?? 'Unknown user',
        requestedAt: r.requested_at,
        acceptedAt: r.accepted_at,
      }));
  }

  // The receiving team (through the front door) accepts: only then does the early help case close.
  async acceptHandover(ctx: SignedInContext, handoverId: string): Promise<HandoverModel> {
    if (!isFamilyPartnershipTeam(ctx.actor)) throw new DomainError(DomainErrorCode.Forbidden, 'The front door accepts handovers for the receiving team');
    const [handover]: { case_id: string; to_team: ReceivingTeam }[] = await this.db.query(
      `SELECT case_id, to_team FROM handover WHERE id = $1 AND accepted_at IS NULL`,
      [handoverId],
    );
    if (!handover) throw DomainError.notFound();
    const { row } = await this.access.loadVisible(ctx, handover.case_id, AuditAction.ReadCase);
    const outcome = handover.to_team === ReceivingTeam.FAMILY_CASEWORK ? 'STEPPED_UP_TO_LEVEL_3' : 'STEPPED_UP_TO_LEVEL_4';
    await this.db.transaction(async (em) => {
      const changed = await changedRows(
        em,
        `UPDATE handover SET accepted_at = now(), accepted_by = $2 WHERE id = $1 AND accepted_at IS NULL RETURNING 1`,
        [handoverId, ctx.actor.userId],
      );
      if (changed === 0) throw DomainError.conflict();
      await em.query(
        `UPDATE early_help_case SET status = 'CLOSED', closure_outcome = $2, closed_on = $3, version = version + 1
          WHERE id = $1 AND status <> 'CLOSED'`,
        [row.id, outcome, this.today()],
      );
      await recordCaseEvent(em, row.id, 'HANDOVER_ACCEPTED', `${TEAM_WORDS[handover.to_team]} accepted the family; early help case closed`, ctx.actor.userId);
      await this.audit.record(ctx, [{ action: AuditAction.AcceptHandover, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }], em);
      await this.outbox.caseUpdate(em, CaseUpdateKind.HANDOVER_ACCEPTED, row.id, [row.leadPractitionerId]);
    });
    return (await this.handovers(ctx, handoverId))[0];
  }

  // The agenda with a one-page summary per item, in a fixed number of statements however many
  // items there are. Partners see only the items on cases they may read.
  async agenda(ctx: SignedInContext, meetingId: string): Promise<AgendaModel> {
    const meeting = await this.meetingRow(meetingId);
    const items: ItemRow[] = await this.db.query(
      `SELECT * FROM agenda_item WHERE meeting_id = $1 ORDER BY position, added_at`,
      [meetingId],
    );
    const caseIds = [...new Set(items.map((i) => i.case_id))];
    const cases = caseIds.length ? await this.db.getRepository(CaseRow).findBy({ id: In(caseIds) }) : [];
    const visible = await this.access.visibleIds(ctx, caseIds);
    const visibleCases = cases.filter((c) => visible.has(c.id));
    const visibleIds = visibleCases.map((c) => c.id);
    const shown = items.filter((i) => visibleIds.includes(i.case_id));
    await this.audit.listed(
      ctx,
      AuditAction.ReadAgenda,
      AuditEntity.Case,
      visibleCases.map((c) => ({ id: c.id, familyId: c.familyId })),
    );
    const [onePages, actions, attendance] = await Promise.all([
      this.onePages(visibleCases),
      this.actionsFor(shown.map((i) => i.id)),
      this.db.query(`SELECT agency_id, attendee_name FROM forum_attendance WHERE meeting_id = $1 ORDER BY attendee_name`, [meetingId]) as Promise<
        { agency_id: string; attendee_name: string }[]
      >,
    ]);
    const [users, agencies] = await Promise.all([
      this.directory.usersById(shown.map((i) => i.added_by)),
      this.directory.agenciesById(attendance.map((a) => a.agency_id)),
    ]);
    return {
      meeting: this.toMeeting(meeting),
      items: shown.map((i) => {
        const onePage = onePages.get(i.case_id);
        if (!onePage) throw new Error('Agenda item without its case');
        return {
          id: i.id,
          meetingId: i.meeting_id,
          status: i.status,
          reason: i.reason,
          summary: i.summary,
          position: i.position,
          slot: i.slot,
          chairNote: i.chair_note,
          discussion: i.discussion,
          decision: i.decision,
          referredTo: i.referred_to,
          addedByName: users.get(i.added_by)?.displayName ?? 'Unknown user',
          version: i.version,
          case: onePage,
          actions: actions.filter((a) => a.itemId === i.id),
        };
      }),
      attendance: [...agencies.values()].map((agency) => ({
        agency: toAgency(agency),
        attendees: attendance.filter((a) => a.agency_id === agency.id).map((a) => a.attendee_name),
      })),
    };
  }

  // Minutes: the discussed items only, each agency seeing the items it is entitled to.
  async minutes(ctx: SignedInContext, meetingId: string): Promise<AgendaModel> {
    const agenda = await this.agenda(ctx, meetingId);
    return { ...agenda, items: agenda.items.filter((i) => i.status === AgendaItemStatus.DISCUSSED) };
  }

  private async onePages(cases: readonly CaseRow[]): Promise<Map<string, CaseOnePageModel>> {
    const ids = cases.map((c) => c.id);
    if (ids.length === 0) return new Map();
    const [families, agencies, users, plans, reviews, openActions, previous, steps] = await Promise.all([
      this.families.loadMany(cases.map((c) => c.familyId)),
      this.directory.agenciesById(cases.map((c) => c.leadAgencyId)),
      this.directory.usersById(cases.map((c) => c.leadPractitionerId)),
      this.db.getRepository(PlanRow).findBy({ caseId: In(ids) }),
      this.db.query(
        `SELECT DISTINCT ON (case_id) case_id, held_on, next_review_on FROM case_review WHERE case_id = ANY($1) ORDER BY case_id, held_on DESC`,
        [ids],
      ) as Promise<{ case_id: string; held_on: string; next_review_on: string | null }[]>,
      this.db.query(
        `SELECT case_id, count(*)::int AS n FROM forum_action WHERE case_id = ANY($1) AND done_on IS NULL GROUP BY case_id`,
        [ids],
      ) as Promise<{ case_id: string; n: number }[]>,
      this.db.query(
        `SELECT i.case_id, m.meets_on, i.decision, i.discussion FROM agenda_item i JOIN forum_meeting m ON m.id = i.meeting_id
          WHERE i.case_id = ANY($1) AND i.status = 'DISCUSSED' ORDER BY m.meets_on DESC`,
        [ids],
      ) as Promise<{ case_id: string; meets_on: string; decision: ForumDecision | null; discussion: string | null }[]>,
      this.db.query(
        `SELECT case_id, to_char(occurred_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS on, summary FROM case_event
          WHERE case_id = ANY($1) AND event_type = ANY($2) ORDER BY occurred_at`,
        [ids, STEP_EVENTS],
      ) as Promise<{ case_id: string; on: string; summary: string }[]>,
    ]);
    return new Map(
      cases.map((c) => {
        const agency = agencies.get(c.leadAgencyId);
        const lead = users.get(c.leadPractitionerId);
        if (!agency || !lead) throw new Error('Case without its lead');
        const review = reviews.find((r) => r.case_id === c.id);
        return [
          c.id,
          {
            caseId: c.id,
            reference: c.reference,
            familyName: familyName(families.get(c.familyId)?.members ?? []),
            level: c.level,
            status: c.status,
            leadAgency: toAgency(agency),
            leadPractitioner: toPractitioner(lead),
            planStatus: plans.find((p) => p.caseId === c.id)?.status ?? null,
            myFamilyPlanDue: c.myFamilyPlanDue,
            lastReviewOn: review?.held_on ?? null,
            nextReviewOn: review?.next_review_on ?? null,
            openActions: openActions.find((a) => a.case_id === c.id)?.n ?? 0,
            previousDiscussions: previous
              .filter((p) => p.case_id === c.id)
              .map((p) => ({ meetsOn: p.meets_on, decision: p.decision, discussion: p.discussion })),
            stepHistory: steps.filter((s) => s.case_id === c.id).map((s) => ({ on: s.on, summary: s.summary })),
          },
        ];
      }),
    );
  }

  private async actionsFor(itemIds: readonly string[]): Promise<(ForumActionModel & { itemId: string })[]> {
    if (itemIds.length === 0) return [];
    const rows: (ActionRow & { reference: string })[] = await this.db.query(
      `SELECT a.*, c.reference FROM forum_action a JOIN early_help_case c ON c.id = a.case_id WHERE a.item_id = ANY($1) ORDER BY a.due_on`,
      [itemIds],
    );
    return this.toActions(rows);
  }

  private async toActions(rows: readonly (ActionRow & { reference: string })[]): Promise<(ForumActionModel & { itemId: string })[]> {
    const owners = await this.directory.usersById(rows.map((r) => r.owner_id));
    const today = this.today();
    return rows.flatMap((r) => {
      const owner = owners.get(r.owner_id);
      return owner
        ? [{ id: r.id, itemId: r.item_id, caseId: r.case_id, caseReference: r.reference, owner: toPractitioner(owner),
            description: r.description, dueOn: r.due_on, doneOn: r.done_on, overdue: r.done_on === null && isOverdue(r.due_on, today) }]
        : [];
    });
  }

  async myActions(ctx: SignedInContext): Promise<ForumActionModel[]> {
    const rows: (ActionRow & { reference: string })[] = await this.db.query(
      `SELECT a.*, c.reference FROM forum_action a JOIN early_help_case c ON c.id = a.case_id
        WHERE a.owner_id = $1 ORDER BY a.done_on NULLS FIRST, a.due_on`,
      [ctx.actor.userId],
    );
    return this.toActions(rows);
  }

  async completeAction(ctx: SignedInContext, actionId: string): Promise<ForumActionModel> {
    const changed = await changedRows(
      this.db.manager,
      `UPDATE forum_action SET done_on = $3 WHERE id = $1 AND owner_id = $2 AND done_on IS NULL RETURNING 1`,
      [actionId, ctx.actor.userId, this.today()],
    );
    if (changed === 0) throw DomainError.notFound();
    const action = (await this.myActions(ctx)).find((a) => a.id === actionId);
    if (!action) throw DomainError.notFound();
    return action;
  }
}
