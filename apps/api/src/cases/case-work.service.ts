import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import {
  canEditPlan,
  CaseAction,
  CaseStatus,
  ClosureOutcome,
  consentProblems,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  isCurrentConsent,
  isFamilyPartnershipTeam,
  nextCaseStatus,
  nextReviewDue,
  outcomeNeedsReason,
  parseIsoDate,
  PersonRole,
  PlanStatus,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { changedRows } from '../database/changed-rows';
import { SignedInContext } from '../common/request-context';
import { AgencyRow, CaseRow, ConsentRow, PersonRow, PlanRow, ReviewRow } from '../database/entities';
import { DirectoryService, toAgency } from '../identity/directory.service';
import { FamilyService } from '../referrals/family.service';
import { CaseAccessService, VisibleCase } from './case-access.service';
import { recordCaseEvent } from './case-events';
import { CloseCaseInput, RecordConsentInput, RecordReviewInput, ReopenCaseInput } from './dto/case-work.inputs';
import { ConsentModel, ReviewKind, ReviewModel } from './models/case-work.models';

const OUTCOME_WORDS: Readonly<Record<ClosureOutcome, string>> = {
  [ClosureOutcome.NEEDS_MET]: 'needs met',
  [ClosureOutcome.STEPPED_DOWN_TO_UNIVERSAL]: 'stepped down to universal services',
  [ClosureOutcome.STEPPED_UP_TO_LEVEL_3]: 'stepped up to level 3 (Family Casework)',
  [ClosureOutcome.STEPPED_UP_TO_LEVEL_4]: 'stepped up to level 4 (Children’s Social Care)',
  [ClosureOutcome.FAMILY_DECLINED]: 'family declined',
  [ClosureOutcome.MOVED_AWAY]: 'moved away',
  [ClosureOutcome.OTHER]: 'other',
};

function required(problems: FieldProblem[], field: string, value: string | null | undefined, message: string): void {
  if (!value?.trim()) problems.push({ field, message });
}

// The lead's work on a case beyond the plan itself: consent to share, reviews, closing well.
@Injectable()
export class CaseWorkService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    private readonly directory: DirectoryService,
  ) {}

  private async forLead(ctx: SignedInContext, caseId: string): Promise<VisibleCase> {
    const visible = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, visible.facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner and named professionals can do this');
    }
    return visible;
  }

  private async write(
    ctx: SignedInContext,
    row: CaseRow,
    audit: { action: AuditAction; entityType: AuditEntity; entityId: string },
    event: { type: string; summary: string },
    change: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async (em) => {
      await change(em);
      await this.audit.record(ctx, [{ ...audit, familyId: row.familyId, allowed: true }], em);
      await recordCaseEvent(em, row.id, event.type, event.summary, ctx.actor.userId);
    });
  }

  private async members(familyId: string) {
    return (await this.families.loadMany([familyId])).get(familyId)?.members ?? [];
  }

  async consents(row: CaseRow): Promise<ConsentModel[]> {
    const [rows, members] = await Promise.all([
      this.db.getRepository(ConsentRow).find({ where: { caseId: row.id }, order: { givenOn: 'DESC' } }),
      this.members(row.familyId),
    ]);
    const agencies = await this.directory.agenciesById(rows.flatMap((r) => r.agencyIds));
    const today = this.access.today();
    return rows.flatMap((r) => {
      const givenBy = members.find((m) => m.id === r.givenByPersonId);
      if (!givenBy) return [];
      return [{
        id: r.id,
        givenBy,
        competenceConfirmed: r.competenceConfirmed,
        agencies: r.agencyIds.flatMap((id) => {
          const agency = agencies.get(id);
          return agency ? [toAgency(agency)] : [];
        }),
        givenOn: r.givenOn,
        withdrawnOn: r.withdrawnOn,
        current: isCurrentConsent(r, today),
      }];
    });
  }

  async recordConsent(ctx: SignedInContext, input: RecordConsentInput): Promise<ConsentModel> {
    const { row } = await this.forLead(ctx, input.caseId);
    nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    const giver = await this.db.getRepository(PersonRow).findOneBy({ id: input.givenByPersonId, familyId: row.familyId });
    const agencies = input.agencyIds.length ? await this.directory.agenciesById(input.agencyIds) : new Map<string, AgencyRow>();
    const problems = consentProblems(
      input,
      giver ? { isChild: giver.role === PersonRole.CHILD, competenceConfirmed: input.competenceConfirmed } : null,
      this.access.today(),
    );
    if (agencies.size !== new Set(input.agencyIds).size) problems.push({ field: 'agencyIds', message: 'Choose agencies from the list' });
    if (problems.length) throw DomainError.invalid(problems);
    const id: string[] = [];
    await this.write(
      ctx,
      row,
      { action: AuditAction.RecordConsent, entityType: AuditEntity.Consent, entityId: row.id },
      { type: 'CONSENT_RECORDED', summary: `Consent to share with ${[...agencies.values()].map((a) => a.name).join(', ')} given by ${giver?.firstName} ${giver?.lastName}` },
      async (em) => {
        const [created]: { id: string }[] = await em.query(
          `INSERT INTO consent (case_id, given_by_person_id, competence_confirmed, agency_ids, given_on, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [row.id, input.givenByPersonId, input.competenceConfirmed, [...new Set(input.agencyIds)], input.givenOn, ctx.actor.userId],
        );
        id.push(created.id);
      },
    );
    const all = await this.consents(row);
    const model = all.find((c) => c.id === id[0]);
    if (!model) throw DomainError.notFound();
    return model;
  }

  async withdrawConsent(ctx: SignedInContext, consentId: string, withdrawnOn: string): Promise<ConsentModel> {
    const consent = await this.db.getRepository(ConsentRow).findOneBy({ id: consentId });
    if (!consent) throw DomainError.notFound();
    const { row } = await this.forLead(ctx, consent.caseId);
    const today = this.access.today();
    if (!parseIsoDate(withdrawnOn)) throw DomainError.invalid([{ field: 'withdrawnOn', message: 'Enter a real date' }]);
    if (withdrawnOn > today || withdrawnOn < consent.givenOn) {
      throw DomainError.invalid([{ field: 'withdrawnOn', message: 'The date must be between the day consent was given and today' }]);
    }
    await this.write(
      ctx,
      row,
      { action: AuditAction.WithdrawConsent, entityType: AuditEntity.Consent, entityId: consent.id },
      { type: 'CONSENT_WITHDRAWN', summary: `Consent given on ${consent.givenOn} withdrawn from ${withdrawnOn}` },
      async (em) => {
        const updated =
        await changedRows(em, 
          `UPDATE consent SET withdrawn_on = $2, withdrawn_by = $3 WHERE id = $1 AND withdrawn_on IS NULL RETURNING 1`,
          [consent.id, withdrawnOn, ctx.actor.userId],
        );
        if (updated === 0) throw new DomainError(DomainErrorCode.InvalidState, 'This consent has already been withdrawn');
      },
    );
    const model = (await this.consents(row)).find((c) => c.id === consent.id);
    if (!model) throw DomainError.notFound();
    return model;
  }

  async reviews(row: CaseRow): Promise<ReviewModel[]> {
    const [rows, members] = await Promise.all([
      this.db.getRepository(ReviewRow).find({ where: { caseId: row.id }, order: { heldOn: 'DESC' } }),
      this.members(row.familyId),
    ]);
    const users = await this.directory.usersById(rows.map((r) => r.recordedBy));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind === 'MAINTENANCE' ? ReviewKind.MAINTENANCE : ReviewKind.TEAM_AROUND_FAMILY,
      heldOn: r.heldOn,
      attendees: r.attendees,
      goalProgress: r.goalProgress,
      familyView: r.familyView,
      childViews: r.childViews.flatMap((v) => {
        const person = members.find((m) => m.id === v.personId);
        return person ? [{ person, view: v.view }] : [];
      }),
      nextReviewOn: r.nextReviewOn,
      recordedByName: users.get(r.recordedBy)?.displayName ?? 'Unknown user',
    }));
  }

  async recordReview(ctx: SignedInContext, input: RecordReviewInput): Promise<ReviewModel> {
    const { row } = await this.forLead(ctx, input.caseId);
    const inMaintenance = row.status === CaseStatus.MAINTENANCE;
    if (!inMaintenance) nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    const plan = await this.db.getRepository(PlanRow).findOneBy({ caseId: row.id });
    if (!inMaintenance && plan?.status !== PlanStatus.ACTIVE) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Reviews start once the My Family Plan has been approved');
    }
    const children = (await this.members(row.familyId)).filter((m) => m.role === PersonRole.CHILD);
    const today = this.access.today();
    const problems: FieldProblem[] = [];
    if (!parseIsoDate(input.heldOn)) problems.push({ field: 'heldOn', message: 'Enter a real date' });
    else if (input.heldOn > today) problems.push({ field: 'heldOn', message: 'The review date must be today or in the past' });
    required(problems, 'attendees', input.attendees, 'Enter who attended');
    required(problems, 'goalProgress', input.goalProgress, 'Enter the progress on the family’s goals');
    required(problems, 'familyView', input.familyView, 'Enter the family’s view');
    input.childViews.forEach((v, i) => {
      if (!children.some((c) => c.id === v.personId)) problems.push({ field: `childViews.${i}.personId`, message: 'Choose a child from this family' });
      required(problems, `childViews.${i}.view`, v.view, 'Enter the child’s view');
    });
    const nextOn = input.nextReviewOn ? parseIsoDate(input.nextReviewOn) : parseIsoDate(input.heldOn) && nextReviewDue(input.heldOn);
    if (input.nextReviewOn && (!nextOn || nextOn <= input.heldOn)) {
      problems.push({ field: 'nextReviewOn', message: 'The next review must be a real date after this review' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const id: string[] = [];
    await this.write(
      ctx,
      row,
      { action: AuditAction.RecordReview, entityType: AuditEntity.Review, entityId: row.id },
      { type: 'REVIEW_RECORDED', summary: `${inMaintenance ? 'Maintenance review' : 'Team Around the Family review'} held on ${input.heldOn}` },
      async (em) => {
        const [created]: { id: string }[] = await em.query(
          `INSERT INTO case_review (case_id, held_on, kind, attendees, goal_progress, family_view, child_views, next_review_on, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [row.id, input.heldOn, inMaintenance ? 'MAINTENANCE' : 'TEAM_AROUND_FAMILY', input.attendees.trim(), input.goalProgress.trim(),
            input.familyView.trim(), JSON.stringify(input.childViews.map((v) => ({ personId: v.personId, view: v.view.trim() }))),
            inMaintenance ? null : nextOn, ctx.actor.userId],
        );
        id.push(created.id);
      },
    );
    const model = (await this.reviews(row)).find((r) => r.id === id[0]);
    if (!model) throw DomainError.notFound();
    return model;
  }

  async close(ctx: SignedInContext, input: CloseCaseInput): Promise<void> {
    const { row } = await this.forLead(ctx, input.caseId);
    const next = nextCaseStatus(row.status, input.maintenance ? CaseAction.START_MAINTENANCE : CaseAction.CLOSE);
    // The escalation gate: a step up is decided at the Forum, or taken through the urgent
    // safeguarding route; it is never simply recorded as a closure.
    if (input.outcome === ClosureOutcome.STEPPED_UP_TO_LEVEL_3 || input.outcome === ClosureOutcome.STEPPED_UP_TO_LEVEL_4) {
      throw DomainError.invalid([
        {
          field: 'outcome',
          message: 'A step up is decided at the Early Help Forum, or through the urgent safeguarding route if a child is at risk now',
        },
      ]);
    }
    const problems: FieldProblem[] = [];
    if (outcomeNeedsReason(input.outcome)) required(problems, 'reason', input.reason, 'Enter the reason for closing the case');
    if (input.crisisCard) {
      required(problems, 'crisisCard.whoToCall', input.crisisCard.whoToCall, 'Enter who the family can call in a crisis');
      required(problems, 'crisisCard.warningSigns', input.crisisCard.warningSigns, 'Enter the family’s early-warning signs');
    }
    if (problems.length) throw DomainError.invalid(problems);
    if (row.version !== input.version) throw DomainError.conflict();
    const today = this.access.today();
    await this.write(
      ctx,
      row,
      { action: AuditAction.CloseCase, entityType: AuditEntity.Case, entityId: row.id },
      {
        type: input.maintenance ? 'MAINTENANCE_STARTED' : 'CASE_CLOSED',
        summary: input.maintenance
          ? `Family moved into maintenance (${OUTCOME_WORDS[input.outcome]})`
          : `Case closed: ${OUTCOME_WORDS[input.outcome]}${input.reason?.trim() ? ` – ${input.reason.trim()}` : ''}`,
      },
      async (em) => {
        const updated =
        await changedRows(em, 
          `UPDATE early_help_case
              SET status = $3::varchar, closure_outcome = $4, closure_reason = $5, crisis_card = coalesce($6, crisis_card),
                  closed_on = CASE WHEN $3::varchar = 'CLOSED' THEN $7::date ELSE closed_on END,
                  maintenance_started_on = CASE WHEN $3::varchar = 'MAINTENANCE' THEN $7::date ELSE maintenance_started_on END,
                  version = version + 1
            WHERE id = $1 AND version = $2 RETURNING 1`,
          [row.id, input.version, next, input.outcome, input.reason?.trim() || null,
            input.crisisCard ? JSON.stringify({ whoToCall: input.crisisCard.whoToCall.trim(), warningSigns: input.crisisCard.warningSigns.trim() }) : null,
            today],
        );
        if (updated === 0) throw DomainError.conflict();
      },
    );
  }

  async reopen(ctx: SignedInContext, input: ReopenCaseInput): Promise<void> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts) && !isFamilyPartnershipTeam(ctx.actor)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner, named professionals or the Family Partnership Team can reopen a case');
    }
    const next = nextCaseStatus(row.status, CaseAction.REOPEN);
    if (!input.reason.trim()) throw DomainError.invalid([{ field: 'reason', message: 'Enter why the case is being reopened' }]);
    if (row.version !== input.version) throw DomainError.conflict();
    await this.write(
      ctx,
      row,
      { action: AuditAction.ReopenCase, entityType: AuditEntity.Case, entityId: row.id },
      { type: 'CASE_REOPENED', summary: `Case reopened: ${input.reason.trim()}` },
      async (em) => {
        const updated =
        await changedRows(em, 
          `UPDATE early_help_case SET status = $3, closed_on = NULL, version = version + 1 WHERE id = $1 AND version = $2 RETURNING 1`,
          [row.id, input.version, next],
        );
        if (updated === 0) throw DomainError.conflict();
      },
    );
  }
}
