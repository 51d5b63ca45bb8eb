import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseUpdateKind } from '@eh/notifications';
import {
  AgendaItemStatus,
  AgendaReason,
  assertConcernOpen,
  canDecideEscalationConcern,
  canRaiseEscalationConcern,
  canReadMinutes,
  CaseStatus,
  ConcernStatus,
  ConcernUrgency,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  meetingForConcern,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Db } from '../database/db';
import { CaseRow } from '../database/entities';
import { Database } from '../database/kysely';
import { DirectoryService } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { familyName } from '../referrals/family.service';
import { AgendaService } from './agenda.service';
import { ConcernRecord, ConcernsShown, EscalationConcernRepository } from './escalation-concern.repository';
import {
  AnswerConcernInput,
  PlaceConcernOnAgendaInput,
  RaiseEscalationConcernInput,
  TakeConcernUrgentRouteInput,
} from './escalation-concerns.inputs';
import { EscalationConcernModel } from './escalation-concerns.models';
import { ForumMeetingModel, MeetingStatus } from './forum.models';
import { HandoversService } from './handovers.service';
import { MeetingsService } from './meetings.service';

const URGENCY_WORDS: Readonly<Record<ConcernUrgency, string>> = {
  [ConcernUrgency.NEXT_FORUM]: 'can wait for the next Forum',
  [ConcernUrgency.WITHIN_DAYS]: 'needs the Forum within days',
  [ConcernUrgency.SAFEGUARDING_TODAY]: 'urgent: safeguarding today',
};

interface Decision {
  readonly status: ConcernStatus;
  readonly agendaItemId?: string;
  readonly handoverId?: string;
  readonly response?: string;
  readonly summary: string;
}

const CLOSED = 'The case is closed. Contact the front door directly.';

const NOT_THE_CHAIR = 'Only the Forum chair decides on escalation concerns';

// Escalation concerns from any partner who sees the case: the FPT manager (the Forum's chair)
// hears at once and places it on an agenda, takes the urgent safeguarding route, or answers it;
// whoever raised it is told and follows it on their own list.
@Injectable()
export class EscalationConcernsService {
  constructor(
    private readonly db: Db,
    private readonly concerns: EscalationConcernRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly directory: DirectoryService,
    private readonly agenda: AgendaService,
    private readonly meetings: MeetingsService,
    private readonly handovers: HandoversService,
  ) {}

  private toModel(ctx: SignedInContext, row: ConcernRecord, proposedMeetingId: string | null = null): EscalationConcernModel {
    return {
      id: row.id,
      caseId: row.case_id,
      caseReference: row.reference,
      familyName: familyName(row.members.map((m) => ({ lastName: m.last_name }))),
      worry: row.worry,
      tried: row.tried,
      urgency: row.urgency,
      status: row.status,
      raisedByName: row.raised_by_name,
      raisedByAgency: row.raised_by_agency,
      raisedAt: row.raised_at,
      response: row.response,
      decidedAt: row.decided_at,
      forumMeetsOn: row.meets_on,
      forumDecision: row.decision !== null && canReadMinutes(ctx.actor, row.minutes_signed_off_at) ? row.decision : null,
      proposedMeetingId,
      version: row.version,
    };
  }

  private async list(ctx: SignedInContext, shown: ConcernsShown): Promise<ConcernRecord[]> {
    const rows = await this.concerns.list(shown);
    const cases = new Map(rows.map((r) => [r.case_id, { id: r.case_id, familyId: r.family_id }]));
    await this.audit.listed(ctx, AuditAction.ReadEscalationConcerns, AuditEntity.Case, [...cases.values()]);
    return rows;
  }

  // The meetings a concern can be placed on: scheduled, from today.
  private async scheduledFrom(today: string): Promise<ForumMeetingModel[]> {
    return (await this.meetings.from(today)).filter((m) => m.status === MeetingStatus.SCHEDULED);
  }

  async one(ctx: SignedInContext, id: string): Promise<EscalationConcernModel> {
    const [concern] = await this.list(ctx, { id });
    if (!concern) throw DomainError.notFound();
    return this.toModel(ctx, concern);
  }

  async mine(ctx: SignedInContext): Promise<EscalationConcernModel[]> {
    return (await this.list(ctx, { raisedBy: ctx.actor.userId })).map((r) => this.toModel(ctx, r));
  }

  // Each with the meeting its urgency sends it to, which the chair's screen offers first.
  async waiting(ctx: SignedInContext): Promise<EscalationConcernModel[]> {
    if (!canDecideEscalationConcern(ctx.actor)) throw new DomainError(DomainErrorCode.Forbidden, NOT_THE_CHAIR);
    const rows = await this.list(ctx, { waiting: true });
    const today = this.access.today();
    const scheduled = rows.length ? await this.scheduledFrom(today) : [];
    return rows.map((r) => this.toModel(ctx, r, meetingForConcern(r.urgency, today, scheduled)?.id ?? null));
  }

  async raise(ctx: SignedInContext, input: RaiseEscalationConcernInput): Promise<EscalationConcernModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canRaiseEscalationConcern(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'The Family Partnership Team takes escalation concerns; it does not raise them');
    }
    if (row.status === CaseStatus.CLOSED) throw new DomainError(DomainErrorCode.InvalidState, CLOSED);
    const problems: FieldProblem[] = [];
    if (!input.worry.trim()) problems.push({ field: 'worry', message: 'Say what worries you' });
    if (!input.tried.trim()) problems.push({ field: 'tried', message: 'Say what has been tried so far' });
    if (problems.length) throw DomainError.invalid(problems);
    const id = await this.db.transaction(async (em, tx) => {
      const created = await this.concerns.add(tx, {
        caseId: row.id,
        raisedBy: ctx.actor.userId,
        worry: input.worry.trim(),
        tried: input.tried.trim(),
        urgency: input.urgency,
      });
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RaiseEscalationConcern,
            entityType: AuditEntity.Case,
            entityId: row.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await recordCaseEvent(
        tx,
        row.id,
        'ESCALATION_CONCERN_RAISED',
        `Escalation concern raised for the Forum chair (${URGENCY_WORDS[input.urgency]})`,
        ctx.actor.userId,
      );
      const chairs = await this.directory.fptManagers();
      await this.outbox.caseUpdate(
        tx,
        CaseUpdateKind.ESCALATION_CONCERN_RAISED,
        row.id,
        chairs.map((c) => c.id),
      );
      return created;
    });
    return this.one(ctx, id);
  }

  // A concern the chair may decide on now: found, still waiting, its case visible.
  private async waitingOne(ctx: SignedInContext, concernId: string): Promise<{ concern: ConcernRecord; row: CaseRow }> {
    if (!canDecideEscalationConcern(ctx.actor)) throw new DomainError(DomainErrorCode.Forbidden, NOT_THE_CHAIR);
    const [concern] = await this.concerns.list({ id: concernId });
    if (!concern) throw DomainError.notFound();
    assertConcernOpen(concern.status);
    const { row } = await this.access.loadVisible(ctx, concern.case_id, AuditAction.ReadCase);
    if (row.status === CaseStatus.CLOSED) throw new DomainError(DomainErrorCode.InvalidState, CLOSED);
    return { concern, row };
  }

  // The chair's decision: `act` does the work in the transaction and says how the concern closes;
  // a stale version is a CONFLICT; whoever raised it is told.
  private async close(
    ctx: SignedInContext,
    { concern, row }: { concern: ConcernRecord; row: CaseRow },
    version: number,
    act: (tx: Database, em: EntityManager) => Promise<Decision>,
  ): Promise<EscalationConcernModel> {
    await this.db.transaction(async (em, tx) => {
      const outcome = await act(tx, em);
      const decided = await this.concerns.decide(tx, concern.id, version, { ...outcome, decidedBy: ctx.actor.userId });
      if (!decided) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.DecideEscalationConcern,
            entityType: AuditEntity.Case,
            entityId: row.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await recordCaseEvent(tx, row.id, 'ESCALATION_CONCERN_DECIDED', outcome.summary, ctx.actor.userId);
      await this.outbox.caseUpdate(tx, CaseUpdateKind.ESCALATION_CONCERN_ANSWERED, row.id, [concern.raised_by]);
    });
    return this.one(ctx, concern.id);
  }

  // On a chosen meeting's agenda, or by default the next its urgency allows (urgency bends the
  // cut-off); the item is accepted (the chair's agreement) and stands in the raiser's name.
  async placeOnAgenda(ctx: SignedInContext, input: PlaceConcernOnAgendaInput): Promise<EscalationConcernModel> {
    const target = await this.waitingOne(ctx, input.concernId);
    const today = this.access.today();
    const meeting = input.meetingId
      ? await this.meetings.one(input.meetingId)
      : meetingForConcern(target.concern.urgency, today, await this.scheduledFrom(today));
    if (!meeting) throw new DomainError(DomainErrorCode.InvalidState, 'There is no Forum meeting to place it on: schedule one first');
    const { concern } = target;
    return this.close(ctx, target, input.version, async (tx, em) => {
      const agendaItemId = await this.agenda.place(tx, em, ctx, target.row, meeting, {
        reason: AgendaReason.CONSIDERING_ESCALATION,
        summary: `Escalation concern from ${concern.raised_by_name} (${concern.raised_by_agency}): ${concern.worry}\nWhat has been tried: ${concern.tried}`,
        addedBy: concern.raised_by,
        status: AgendaItemStatus.ACCEPTED,
      });
      return {
        status: ConcernStatus.ON_AGENDA,
        agendaItemId,
        summary: `Escalation concern placed on the Forum agenda of ${meeting.meetsOn}`,
      };
    });
  }

  async takeUrgentRoute(ctx: SignedInContext, input: TakeConcernUrgentRouteInput): Promise<EscalationConcernModel> {
    const target = await this.waitingOne(ctx, input.concernId);
    if (!input.reason.trim()) throw DomainError.invalid([{ field: 'reason', message: 'Say what the urgent safeguarding concern is' }]);
    return this.close(ctx, target, input.version, async (tx, em) => {
      const handoverId = await this.handovers.openUrgent(tx, em, ctx, target.row, input.toTeam, input.reason.trim());
      return { status: ConcernStatus.URGENT_ROUTE, handoverId, summary: 'Escalation concern taken by the urgent safeguarding route' };
    });
  }

  async answer(ctx: SignedInContext, input: AnswerConcernInput): Promise<EscalationConcernModel> {
    const target = await this.waitingOne(ctx, input.concernId);
    if (!input.response.trim()) throw DomainError.invalid([{ field: 'response', message: 'Write your response to the concern' }]);
    return this.close(ctx, target, input.version, async () => ({
      status: ConcernStatus.ANSWERED,
      response: input.response.trim(),
      summary: 'Escalation concern answered by the Forum chair',
    }));
  }
}
