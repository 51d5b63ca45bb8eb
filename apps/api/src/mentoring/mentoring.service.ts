import { Inject, Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import { Db } from '../database/db';
import {
  canEditPlan,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  isFamilyPartnershipTeam,
  londonToday,
  MentoringAction,
  MentoringStatus,
  MentoringTopic,
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
import { changedRows } from '../database/changed-rows';
import { UserRecord } from '../identity/directory.repository';
import { DirectoryService, toPractitioner } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import {
  AssignMentoringInput,
  CloseMentoringInput,
  MentoringRequestModel,
  MentoringSessionInput,
  RequestMentoringInput,
} from './mentoring.models';

interface RequestRow {
  id: string;
  case_id: string;
  reference: string;
  family_id: string;
  requested_by: string;
  requested_at: Date;
  topic: MentoringTopic;
  question: string;
  status: MentoringStatus;
  assigned_to: string | null;
  closing_summary: string | null;
  version: number;
}

// Partners ask the Family Partnership Team for advice, mentoring or a specialist consultation;
// the FPT manager assigns someone, sessions are recorded, and the request closes with a summary.
@Injectable()
export class MentoringService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async rows(where: string, params: unknown[]): Promise<RequestRow[]> {
    return this.db.query(
      `SELECT r.*, c.reference, c.family_id FROM mentoring_request r JOIN early_help_case c ON c.id = r.case_id
        WHERE ${where} ORDER BY r.requested_at`,
      params,
    );
  }

  private async toModels(rows: readonly RequestRow[]): Promise<MentoringRequestModel[]> {
    const ids = rows.map((r) => r.id);
    const sessions: { id: string; request_id: string; held_on: string; advice: string; next_steps: string; recorded_by: string }[] = ids.length
      ? await this.db.query(`SELECT * FROM mentoring_session WHERE request_id = ANY($1) ORDER BY held_on`, [ids])
      : [];
    const users = await this.directory.usersById([
      ...rows.flatMap((r) => [r.requested_by, ...(r.assigned_to ? [r.assigned_to] : [])]),
      ...sessions.map((s) => s.recorded_by),
    ]);
    const person = (id: string): UserRecord => {
      const user = users.get(id);
      if (!user) throw new Error('Unknown user on a mentoring request');
      return user;
    };
    const today = londonToday(this.clock.now());
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseReference: r.reference,
      requestedBy: toPractitioner(person(r.requested_by)),
      requestedAt: r.requested_at,
      ageWorkingDays: Math.max(0, workingDaysBetween(londonToday(r.requested_at), today)),
      topic: r.topic,
      question: r.question,
      status: r.status,
      assignedTo: r.assigned_to ? toPractitioner(person(r.assigned_to)) : null,
      closingSummary: r.closing_summary,
      sessions: sessions
        .filter((s) => s.request_id === r.id)
        .map((s) => ({ id: s.id, heldOn: s.held_on, advice: s.advice, nextSteps: s.next_steps, recordedByName: person(s.recorded_by).displayName })),
      version: r.version,
    }));
  }

  // FPT see every open request on a partner-led case (the chair's dashboard); partners see the
  // requests on cases they may read: the one visibility rule decides both.
  async list(ctx: SignedInContext, includeClosed: boolean): Promise<MentoringRequestModel[]> {
    const rows = await this.rows(includeClosed ? 'true' : `r.status <> 'CLOSED'`, []);
    const visible = await this.access.visibleIds(ctx, [...new Set(rows.map((r) => r.case_id))]);
    return this.toModels(rows.filter((r) => visible.has(r.case_id)));
  }

  private async one(ctx: SignedInContext, id: string): Promise<{ row: RequestRow; model: MentoringRequestModel }> {
    const [row] = await this.rows('r.id = $1', [id]);
    if (!row) throw DomainError.notFound();
    await this.access.loadVisible(ctx, row.case_id, AuditAction.ReadCase);
    const [model] = await this.toModels([row]);
    return { row, model };
  }

  async request(ctx: SignedInContext, input: RequestMentoringInput): Promise<MentoringRequestModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner and named professionals can ask for mentoring on a case');
    }
    if (!input.question.trim()) throw DomainError.invalid([{ field: 'question', message: 'Say what you would like help with' }]);
    const id = await this.db.transaction(async (em) => {
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO mentoring_request (case_id, requested_by, requested_at, topic, question) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [row.id, ctx.actor.userId, this.clock.now(), input.topic, input.question.trim()],
      );
      await this.audit.record(ctx, [{ action: AuditAction.RequestMentoring, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }], em);
      await recordCaseEvent(em, row.id, 'MENTORING_REQUESTED', 'Mentoring requested from the Family Partnership Team', ctx.actor.userId);
      return created.id;
    });
    return (await this.one(ctx, id)).model;
  }

  private async update(
    ctx: SignedInContext,
    row: RequestRow,
    action: MentoringAction,
    version: number | null,
    sql: string,
    params: unknown[],
    summary: string,
    tell: { kind: CaseUpdateKind; recipientIds: string[] } | null = null,
  ): Promise<MentoringRequestModel> {
    const next = nextMentoringStatus(row.status, action);
    await this.db.transaction(async (em) => {
      const changed = await changedRows(em, sql, [row.id, version ?? row.version, next, ...params]);
      if (changed === 0) throw DomainError.conflict();
      await this.audit.record(ctx, [{ action: AuditAction.UpdateMentoring, entityType: AuditEntity.Case, entityId: row.case_id, familyId: row.family_id, allowed: true }], em);
      await recordCaseEvent(em, row.case_id, 'MENTORING_UPDATED', summary, ctx.actor.userId);
      if (tell) await this.outbox.caseUpdate(em, tell.kind, row.case_id, tell.recipientIds);
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
      `UPDATE mentoring_request SET status = $3, assigned_to = $4, assigned_at = now(), version = version + 1
        WHERE id = $1 AND version = $2 RETURNING 1`,
      [assignee.id],
      `Mentoring request assigned to ${assignee.displayName}`,
      { kind: CaseUpdateKind.MENTORING_ASSIGNED, recipientIds: [assignee.id, row.requested_by] },
    );
  }

  async recordSession(ctx: SignedInContext, input: MentoringSessionInput): Promise<MentoringRequestModel> {
    const { row } = await this.one(ctx, input.requestId);
    if (row.assigned_to !== ctx.actor.userId && ctx.actor.role !== Role.FPT_MANAGER) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the person assigned, or the FPT manager, records sessions');
    }
    const problems: FieldProblem[] = [];
    if (!parseIsoDate(input.heldOn)) problems.push({ field: 'heldOn', message: 'Enter a real date' });
    else if (input.heldOn > londonToday(this.clock.now())) problems.push({ field: 'heldOn', message: 'The session date must be today or in the past' });
    if (!input.advice.trim()) problems.push({ field: 'advice', message: 'Record the advice given' });
    if (!input.nextSteps.trim()) problems.push({ field: 'nextSteps', message: 'Record the agreed next steps' });
    if (problems.length) throw DomainError.invalid(problems);
    return this.update(
      ctx,
      row,
      MentoringAction.RECORD_SESSION,
      null,
      `WITH s AS (INSERT INTO mentoring_session (request_id, held_on, advice, next_steps, recorded_by) VALUES ($1, $4, $5, $6, $7))
       UPDATE mentoring_request SET status = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING 1`,
      [input.heldOn, input.advice.trim(), input.nextSteps.trim(), ctx.actor.userId],
      `Mentoring session held on ${input.heldOn}`,
    );
  }

  async close(ctx: SignedInContext, input: CloseMentoringInput): Promise<MentoringRequestModel> {
    const { row } = await this.one(ctx, input.requestId);
    if (row.assigned_to !== ctx.actor.userId && ctx.actor.role !== Role.FPT_MANAGER) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the person assigned, or the FPT manager, closes the request');
    }
    if (!input.summary.trim()) throw DomainError.invalid([{ field: 'summary', message: 'Write a summary the practitioner can see' }]);
    return this.update(
      ctx,
      row,
      MentoringAction.CLOSE,
      input.version,
      `UPDATE mentoring_request SET status = $3, closing_summary = $4, closed_at = now(), version = version + 1
        WHERE id = $1 AND version = $2 RETURNING 1`,
      [input.summary.trim()],
      'Mentoring request closed',
      { kind: CaseUpdateKind.MENTORING_CLOSED, recipientIds: [row.requested_by] },
    );
  }
}
