import { Inject, Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import {
  canEditPlan,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  isFamilyPartnershipTeam,
  londonToday,
  MentoringAction,
  nextMentoringStatus,
  parseIsoDate,
  Role,
  workingDaysBetween,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { DirectoryService } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import {
  AssignMentoringInput,
  CloseMentoringInput,
  MentoringRequestModel,
  MentoringSessionInput,
  RequestMentoringInput,
} from './mentoring.models';
import { MentoringGuard, MentoringRecord, MentoringRepository } from './mentoring.repository';

function known<T>(value: T | null): T {
  if (value === null) throw new Error('Unknown user on a mentoring request');
  return value;
}

// Partners ask the Family Partnership Team for advice, mentoring or a specialist consultation;
// the FPT manager assigns someone, sessions are recorded, and the request closes with a summary.
@Injectable()
export class MentoringService {
  constructor(
    private readonly db: Db,
    private readonly requests: MentoringRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private toModel(r: MentoringRecord, today: string): MentoringRequestModel {
    return {
      id: r.id,
      caseId: r.caseId,
      caseReference: r.caseReference,
      requestedBy: known(r.requestedBy),
      requestedAt: r.requestedAt,
      ageWorkingDays: Math.max(0, workingDaysBetween(londonToday(r.requestedAt), today)),
      topic: r.topic,
      question: r.question,
      status: r.status,
      assignedTo: r.assignedToId ? known(r.assignedTo) : null,
      closingSummary: r.closingSummary,
      sessions: r.sessions.map((s) => ({
        id: s.id,
        heldOn: s.heldOn,
        advice: s.advice,
        nextSteps: s.nextSteps,
        recordedByName: known(s.recordedByName),
      })),
      version: r.version,
    };
  }

  // FPT see every open request on a partner-led case (the chair's dashboard); partners see the
  // requests on cases they may read: the one visibility rule decides both.
  async list(ctx: SignedInContext, includeClosed: boolean): Promise<MentoringRequestModel[]> {
    const rows = await this.requests.list(includeClosed);
    const visible = await this.access.visibleIds(ctx, [...new Set(rows.map((r) => r.caseId))]);
    const today = londonToday(this.clock.now());
    return rows.filter((r) => visible.has(r.caseId)).map((r) => this.toModel(r, today));
  }

  private async one(ctx: SignedInContext, id: string): Promise<{ row: MentoringRecord; model: MentoringRequestModel }> {
    const row = await this.requests.find(id);
    if (!row) throw DomainError.notFound();
    await this.access.loadVisible(ctx, row.caseId, AuditAction.ReadCase);
    return { row, model: this.toModel(row, londonToday(this.clock.now())) };
  }

  async request(ctx: SignedInContext, input: RequestMentoringInput): Promise<MentoringRequestModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        'Only the lead practitioner and named professionals can ask for mentoring on a case',
      );
    }
    if (!input.question.trim()) throw DomainError.invalid([{ field: 'question', message: 'Say what you would like help with' }]);
    const id = await this.db.transaction(async (em, tx) => {
      const created = await this.requests.add(tx, {
        caseId: row.id,
        requestedBy: ctx.actor.userId,
        requestedAt: this.clock.now(),
        topic: input.topic,
        question: input.question.trim(),
      });
      await this.audit.record(
        ctx,
        [{ action: AuditAction.RequestMentoring, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await recordCaseEvent(tx, row.id, 'MENTORING_REQUESTED', 'Mentoring requested from the Family Partnership Team', ctx.actor.userId);
      const team = await this.directory.familyPartnershipTeam();
      await this.outbox.caseUpdate(
        tx,
        CaseUpdateKind.MENTORING_REQUESTED,
        row.id,
        team.map((p) => p.id),
      );
      return created;
    });
    return (await this.one(ctx, id)).model;
  }

  // `write` makes the change over the version given (or the one read) and says whether it held.
  private async update(
    ctx: SignedInContext,
    row: MentoringRecord,
    action: MentoringAction,
    version: number | null,
    write: (tx: Database, guard: MentoringGuard) => Promise<boolean>,
    summary: string,
    tell: { kind: CaseUpdateKind; recipientIds: string[] } | null = null,
  ): Promise<MentoringRequestModel> {
    const next = nextMentoringStatus(row.status, action);
    await this.db.transaction(async (em, tx) => {
      if (!(await write(tx, { id: row.id, version: version ?? row.version, status: next }))) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.UpdateMentoring,
            entityType: AuditEntity.Case,
            entityId: row.caseId,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await recordCaseEvent(tx, row.caseId, 'MENTORING_UPDATED', summary, ctx.actor.userId);
      if (tell) await this.outbox.caseUpdate(tx, tell.kind, row.caseId, tell.recipientIds);
    });
    return (await this.one(ctx, row.id)).model;
  }

  async assign(ctx: SignedInContext, input: AssignMentoringInput): Promise<MentoringRequestModel> {
    if (ctx.actor.role !== Role.FPT_MANAGER) throw new DomainError(DomainErrorCode.Forbidden, 'Only the FPT manager assigns mentoring');
    const { row } = await this.one(ctx, input.requestId);
    const assignee = (await this.directory.usersById([input.assigneeId])).get(input.assigneeId);
    if (!assignee?.active || !isFamilyPartnershipTeam(assignee)) {
      throw DomainError.invalid([{ field: 'assigneeId', message: 'Choose someone from the Family Partnership Team' }]);
    }
    return this.update(
      ctx,
      row,
      MentoringAction.ASSIGN,
      input.version,
      (tx, guard) => this.requests.assign(tx, guard, assignee.id),
      `Mentoring request assigned to ${assignee.displayName}`,
      { kind: CaseUpdateKind.MENTORING_ASSIGNED, recipientIds: [assignee.id, row.requestedById] },
    );
  }

  async recordSession(ctx: SignedInContext, input: MentoringSessionInput): Promise<MentoringRequestModel> {
    const { row } = await this.one(ctx, input.requestId);
    if (row.assignedToId !== ctx.actor.userId && ctx.actor.role !== Role.FPT_MANAGER) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the person assigned, or the FPT manager, records sessions');
    }
    const problems: FieldProblem[] = [];
    if (!parseIsoDate(input.heldOn)) problems.push({ field: 'heldOn', message: 'Enter a real date' });
    else if (input.heldOn > londonToday(this.clock.now()))
      problems.push({ field: 'heldOn', message: 'The session date must be today or in the past' });
    if (!input.advice.trim()) problems.push({ field: 'advice', message: 'Record the advice given' });
    if (!input.nextSteps.trim()) problems.push({ field: 'nextSteps', message: 'Record the agreed next steps' });
    if (problems.length) throw DomainError.invalid(problems);
    return this.update(
      ctx,
      row,
      MentoringAction.RECORD_SESSION,
      null,
      (tx, guard) =>
        this.requests.recordSession(tx, guard, {
          heldOn: input.heldOn,
          advice: input.advice.trim(),
          nextSteps: input.nextSteps.trim(),
          recordedBy: ctx.actor.userId,
        }),
      `Mentoring session held on ${input.heldOn}`,
    );
  }

  async close(ctx: SignedInContext, input: CloseMentoringInput): Promise<MentoringRequestModel> {
    const { row } = await this.one(ctx, input.requestId);
    if (row.assignedToId !== ctx.actor.userId && ctx.actor.role !== Role.FPT_MANAGER) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the person assigned, or the FPT manager, closes the request');
    }
    if (!input.summary.trim()) throw DomainError.invalid([{ field: 'summary', message: 'Write a summary the practitioner can see' }]);
    return this.update(
      ctx,
      row,
      MentoringAction.CLOSE,
      input.version,
      (tx, guard) => this.requests.close(tx, guard, input.summary.trim()),
      'Mentoring request closed',
      { kind: CaseUpdateKind.MENTORING_CLOSED, recipientIds: [row.requestedById] },
    );
  }
}
