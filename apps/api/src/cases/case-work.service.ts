import { Injectable, Inject } from '@nestjs/common';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
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
  nextReviewOutsideRule,
  nextReviewProblems,
  outcomeNeedsReason,
  parseIsoDate,
  PersonRole,
  PlanStatus,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { AgencyRow, CaseRow } from '../database/entities';
import { DirectoryService, toAgency } from '../identity/directory.service';
import { PlanRepository } from '../plans/plan.repository';
import { FamilyService } from '../referrals/family.service';
import { PersonModel } from '../referrals/models/referral.models';
import { CaseAccessService, VisibleCase } from './case-access.service';
import { recordCaseEvent } from './case-events';
import { CaseWorkRepository } from './case-work.repository';
import { CloseCaseInput, RecordConsentInput, RecordReviewInput, ReopenCaseInput, ReviewAttendance } from './dto/case-work.inputs';
import { TeamRepository } from './team.repository';
import { ConsentModel, ReviewKind, ReviewModel } from './models/case-work.models';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const OUTCOME_WORDS: Readonly<Record<ClosureOutcome, string>> = {
  [ClosureOutcome.NEEDS_MET]: 'needs met',
  [ClosureOutcome.STEPPED_DOWN_TO_UNIVERSAL]: 'stepped down to universal services',
  [ClosureOutcome.STEPPED_UP_TO_LEVEL_3]: 'stepped up to level 3 (Family Casework)',
  [ClosureOutcome.STEPPED_UP_TO_LEVEL_4]: 'stepped up to level 4 (Children’s Social Care)',
  [ClosureOutcome.BECAME_LOOKED_AFTER]: 'a child became looked after',
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
    private readonly work: CaseWorkRepository,
    private readonly plans: PlanRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    private readonly directory: DirectoryService,
    private readonly team: TeamRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private forLead(ctx: SignedInContext, caseId: string): Promise<VisibleCase> {
    return this.access.loadForTeam(ctx, caseId, this.config.terms.leadPractitioner);
  }

  // The change, its audit row and its line in the chronology, committed together.
  private async write<T>(
    ctx: SignedInContext,
    row: CaseRow,
    audit: { action: AuditAction; entityType: AuditEntity; entityId: string },
    event: { type: string; summary: string },
    change: (tx: Database) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (em, tx) => {
      const result = await change(tx);
      await this.audit.record(ctx, [{ ...audit, familyId: row.familyId, allowed: true }], em);
      await recordCaseEvent(tx, row.id, event.type, event.summary, ctx.actor.userId);
      return result;
    });
  }

  private async members(familyId: string): Promise<readonly PersonModel[]> {
    return (await this.families.loadMany([familyId])).get(familyId)?.members ?? [];
  }

  // A caller that has already read the family's members (the case page) passes them.
  async consents(row: CaseRow, familyMembers?: readonly PersonModel[]): Promise<ConsentModel[]> {
    const rows = await this.work.consents(row.id);
    const members = familyMembers ?? (await this.members(row.familyId));
    const agencies = await this.directory.agenciesById(rows.flatMap((r) => r.agencyIds));
    const today = this.access.today();
    return rows.flatMap((r) => {
      const givenBy = members.find((m) => m.id === r.givenByPersonId);
      if (!givenBy) return [];
      return [
        {
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
        },
      ];
    });
  }

  async recordConsent(ctx: SignedInContext, input: RecordConsentInput): Promise<ConsentModel> {
    const { row } = await this.forLead(ctx, input.caseId);
    nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    const members = await this.members(row.familyId);
    const giver = members.find((m) => m.id === input.givenByPersonId);
    const agencies = input.agencyIds.length ? await this.directory.agenciesById(input.agencyIds) : new Map<string, AgencyRow>();
    const problems = consentProblems(
      input,
      giver ? { isChild: giver.role === PersonRole.CHILD, competenceConfirmed: input.competenceConfirmed } : null,
      this.access.today(),
    );
    if (agencies.size !== new Set(input.agencyIds).size) problems.push({ field: 'agencyIds', message: 'Choose agencies from the list' });
    if (problems.length) throw DomainError.invalid(problems);
    const id = await this.write(
      ctx,
      row,
      { action: AuditAction.RecordConsent, entityType: AuditEntity.Consent, entityId: row.id },
      {
        type: 'CONSENT_RECORDED',
        summary: `Consent to share with ${[...agencies.values()].map((a) => a.name).join(', ')} given by ${giver?.firstName} ${giver?.lastName}`,
      },
      (tx) =>
        this.work.addConsent(tx, {
          caseId: row.id,
          givenByPersonId: input.givenByPersonId,
          competenceConfirmed: input.competenceConfirmed,
          agencyIds: [...new Set(input.agencyIds)],
          givenOn: input.givenOn,
          recordedBy: ctx.actor.userId,
        }),
    );
    const all = await this.consents(row, members);
    const model = all.find((c) => c.id === id);
    if (!model) throw DomainError.notFound();
    return model;
  }

  async withdrawConsent(ctx: SignedInContext, consentId: string, withdrawnOn: string): Promise<ConsentModel> {
    const consent = await this.work.consent(consentId);
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
      async (tx) => {
        const withdrawn = await this.work.withdrawConsent(tx, consent.id, withdrawnOn, ctx.actor.userId);
        if (!withdrawn) throw new DomainError(DomainErrorCode.InvalidState, 'This consent has already been withdrawn');
      },
    );
    const model = (await this.consents(row)).find((c) => c.id === consent.id);
    if (!model) throw DomainError.notFound();
    return model;
  }

  // A caller that has already read the family's members (the case page) passes them.
  async reviews(row: CaseRow, familyMembers?: readonly PersonModel[]): Promise<ReviewModel[]> {
    const rows = await this.work.reviews(row.id);
    const members = familyMembers ?? (await this.members(row.familyId));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind === 'MAINTENANCE' ? ReviewKind.MAINTENANCE : ReviewKind.TEAM_AROUND_FAMILY,
      heldOn: r.heldOn,
      attendees: r.attendees,
      teamAttendance: r.teamAttendance.map((a) => ({
        ...a,
        attendance: a.attendance as ReviewAttendance,
        attendanceLabel: a.attendance === 'PRESENT' ? 'Present' : 'Apologies sent',
      })),
      goalProgress: r.goalProgress,
      familyView: r.familyView,
      childViews: r.childViews.flatMap((v) => {
        const person = members.find((m) => m.id === v.personId);
        return person ? [{ person, view: v.view }] : [];
      }),
      nextReviewOn: r.nextReviewOn,
      nextReviewReason: r.nextReviewReason,
      recordedByName: r.recordedByName ?? 'Unknown user',
    }));
  }

  async recordReview(ctx: SignedInContext, input: RecordReviewInput): Promise<ReviewModel> {
    const { row } = await this.forLead(ctx, input.caseId);
    const inMaintenance = row.status === CaseStatus.MAINTENANCE;
    if (!inMaintenance) nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    const plan = await this.plans.ofCase(row.id);
    if (!inMaintenance && plan?.status !== PlanStatus.ACTIVE) {
      throw new DomainError(DomainErrorCode.InvalidState, `Reviews start once the ${this.config.terms.familyPlan} has been approved`);
    }
    const members = await this.members(row.familyId);
    const children = members.filter((m) => m.role === PersonRole.CHILD);
    const today = this.access.today();
    const problems: FieldProblem[] = [];
    if (!parseIsoDate(input.heldOn)) problems.push({ field: 'heldOn', message: 'Enter a real date' });
    else if (input.heldOn > today) problems.push({ field: 'heldOn', message: 'The review date must be today or in the past' });
    required(problems, 'attendees', input.attendees, 'Enter who attended');
    const team = await this.team.members(row.id);
    const teamAttendance = (input.teamAttendance ?? []).flatMap((a, i) => {
      const member = team.find((m) => m.user_id === a.userId);
      if (!member) {
        problems.push({ field: `teamAttendance.${i}.userId`, message: 'Choose a member of the team around the family' });
        return [];
      }
      return [{ userId: member.user_id, name: member.display_name, agencyName: member.agency_name, attendance: a.attendance }];
    });
    if (new Set(teamAttendance.map((a) => a.userId)).size !== teamAttendance.length) {
      problems.push({ field: 'teamAttendance', message: 'Record each member once' });
    }
    required(problems, 'goalProgress', input.goalProgress, 'Enter the progress on the family’s goals');
    required(problems, 'familyView', input.familyView, 'Enter the family’s view');
    input.childViews.forEach((v, i) => {
      if (!children.some((c) => c.id === v.personId))
        problems.push({ field: `childViews.${i}.personId`, message: 'Choose a child from this family' });
      required(problems, `childViews.${i}.view`, v.view, 'Enter the child’s view');
    });
    const heldOn = parseIsoDate(input.heldOn);
    const nextOn = input.nextReviewOn ? parseIsoDate(input.nextReviewOn) : heldOn && nextReviewDue(input.heldOn);
    if (input.nextReviewOn && (!nextOn || nextOn <= input.heldOn)) {
      problems.push({ field: 'nextReviewOn', message: 'The next review must be a real date after this review' });
    } else if (!inMaintenance && heldOn && nextOn) {
      problems.push(...nextReviewProblems({ heldOn, nextReviewOn: nextOn, reason: input.nextReviewReason }));
    }
    if (problems.length) throw DomainError.invalid(problems);
    // A reason is kept only where the rule asked for one.
    const nextReviewReason =
      !inMaintenance && heldOn && nextOn && nextReviewOutsideRule(heldOn, nextOn) ? (input.nextReviewReason?.trim() ?? null) : null;
    const nextWords =
      inMaintenance || !nextOn ? '' : `; next review on ${nextOn}${nextReviewReason ? ` (outside 4 to 6 weeks: ${nextReviewReason})` : ''}`;
    const id = await this.write(
      ctx,
      row,
      { action: AuditAction.RecordReview, entityType: AuditEntity.Review, entityId: row.id },
      {
        type: 'REVIEW_RECORDED',
        summary: `${inMaintenance ? 'Maintenance review' : 'Team Around the Family review'} held on ${input.heldOn}${nextWords}`,
      },
      (tx) =>
        this.work.addReview(tx, {
          caseId: row.id,
          heldOn: input.heldOn,
          kind: inMaintenance ? 'MAINTENANCE' : 'TEAM_AROUND_FAMILY',
          attendees: input.attendees.trim(),
          teamAttendance,
          goalProgress: input.goalProgress.trim(),
          familyView: input.familyView.trim(),
          childViews: input.childViews.map((v) => ({ personId: v.personId, view: v.view.trim() })),
          nextReviewOn: inMaintenance ? null : nextOn || null,
          nextReviewReason,
          recordedBy: ctx.actor.userId,
        }),
    );
    const model = (await this.reviews(row, members)).find((r) => r.id === id);
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
          message: `A step up is decided at the ${this.config.terms.forum}, or through the urgent safeguarding route if a child is at risk now`,
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
      async (tx) => {
        const closed = await this.work.close(tx, {
          caseId: row.id,
          version: input.version,
          status: next,
          outcome: input.outcome,
          reason: input.reason?.trim() || null,
          crisisCard: input.crisisCard
            ? { whoToCall: input.crisisCard.whoToCall.trim(), warningSigns: input.crisisCard.warningSigns.trim() }
            : null,
          today,
        });
        if (!closed) throw DomainError.conflict();
      },
    );
  }

  async reopen(ctx: SignedInContext, input: ReopenCaseInput): Promise<void> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts) && !isFamilyPartnershipTeam(ctx.actor)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner}, named professionals or the Family Partnership Team can reopen a case`,
      );
    }
    const next = nextCaseStatus(row.status, CaseAction.REOPEN);
    if (!input.reason.trim()) throw DomainError.invalid([{ field: 'reason', message: 'Enter why the case is being reopened' }]);
    if (row.version !== input.version) throw DomainError.conflict();
    await this.write(
      ctx,
      row,
      { action: AuditAction.ReopenCase, entityType: AuditEntity.Case, entityId: row.id },
      { type: 'CASE_REOPENED', summary: `Case reopened: ${input.reason.trim()}` },
      async (tx) => {
        const reopened = await this.work.reopen(tx, row.id, input.version, next);
        if (!reopened) throw DomainError.conflict();
      },
    );
  }
}
