import { Inject, Injectable } from '@nestjs/common';
import {
  CaseStatus,
  ClaimDecision,
  claimDecision,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  financialQuarter,
  Goals,
  NEED_PROGRESS_LABELS,
  outcomeHeadingKey,
  outcomeHeadingProblems,
  parseIsoDate,
  SectionContent,
  SectionKind,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { recordCaseEvent } from '../cases/case-events';
import { CaseAccessService, VisibleCase } from '../cases/case-access.service';
import { SignedInContext } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { CaseRow } from '../database/entities';
import { DirectoryService } from '../identity/directory.service';
import { PlanRepository } from '../plans/plan.repository';
import { FamilyService } from '../referrals/family.service';
import { OutcomeRepository } from './outcome.repository';
import {
  AddOutcomeHeadingInput,
  ConfirmSustainmentInput,
  EvidencePackModel,
  FamilyClaimModel,
  NationalReturnModel,
  NeedProgressEntryInput,
  OutcomeHeadingModel,
  PlanNeedModel,
  RecordNeedInput,
  RecordNeedOutcomesInput,
  RecordNeedProgressInput,
  RemoveNeedInput,
  RenameOutcomeHeadingInput,
  RetireOutcomeHeadingInput,
  SustainmentCheckModel,
} from './outcomes.models';

type NeedRow = Awaited<ReturnType<OutcomeRepository['needs']>>[number];
type CheckRow = Awaited<ReturnType<OutcomeRepository['checks']>>[number];

function goalsWithActions(content: SectionContent | null): number {
  if (!content || content.kind !== SectionKind.GOALS) return 0;
  const goals: Goals = content.goals;
  return goals.goals.filter((g) => g.actions.length > 0).length;
}

function required(problems: FieldProblem[], field: string, value: string, message: string): void {
  if (!value.trim()) problems.push({ field, message });
}

// Outcomes that can be evidenced (issue 17, parts 1–4): the council's outcome framework, the needs
// coded in each family's plan, progress at reviews and outcomes at closure, the former lead's
// confirmation that progress held, and the FPT manager's evidence pack judged by the claim rule.
@Injectable()
export class OutcomesService {
  constructor(
    private readonly db: Db,
    private readonly outcomes: OutcomeRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly directory: DirectoryService,
    private readonly families: FamilyService,
    private readonly plans: PlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- the framework (reference data: no family's record) ----

  async headings(includeRetired: boolean): Promise<OutcomeHeadingModel[]> {
    return this.outcomes.headings(includeRetired);
  }

  private async frameworkChange(
    ctx: SignedInContext,
    id: string,
    change: (tx: Database) => Promise<boolean>,
  ): Promise<OutcomeHeadingModel> {
    await this.db.transaction(async (em, tx) => {
      if (!(await change(tx))) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.ChangeOutcomeFramework,
            entityType: AuditEntity.OutcomeHeading,
            entityId: id,
            familyId: null,
            allowed: true,
          },
        ],
        em,
      );
    });
    const heading = await this.outcomes.heading(id);
    if (!heading) throw DomainError.notFound();
    return heading;
  }

  async addHeading(ctx: SignedInContext, input: AddOutcomeHeadingInput): Promise<OutcomeHeadingModel> {
    const all = await this.outcomes.headings(true);
    const problems = outcomeHeadingProblems(
      input.name,
      all.map((h) => h.name),
    );
    if (problems.length) throw DomainError.invalid(problems);
    const name = input.name.trim().replace(/\s+/g, ' ');
    const key = outcomeHeadingKey(
      name,
      all.map((h) => h.key),
    );
    const id = await this.db.transaction(async (em, tx) => {
      const added = await this.outcomes.addHeading(tx, { key, name, by: ctx.actor.userId });
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.ChangeOutcomeFramework,
            entityType: AuditEntity.OutcomeHeading,
            entityId: added,
            familyId: null,
            allowed: true,
          },
        ],
        em,
      );
      return added;
    });
    const heading = await this.outcomes.heading(id);
    if (!heading) throw DomainError.notFound();
    return heading;
  }

  async renameHeading(ctx: SignedInContext, input: RenameOutcomeHeadingInput): Promise<OutcomeHeadingModel> {
    const all = await this.outcomes.headings(true);
    if (!all.some((h) => h.id === input.id)) throw DomainError.notFound();
    const problems = outcomeHeadingProblems(
      input.name,
      all.filter((h) => h.id !== input.id).map((h) => h.name),
    );
    if (problems.length) throw DomainError.invalid(problems);
    const name = input.name.trim().replace(/\s+/g, ' ');
    return this.frameworkChange(ctx, input.id, (tx) =>
      this.outcomes.changeHeading(tx, { id: input.id, version: input.version, by: ctx.actor.userId, name }),
    );
  }

  // A heading is retired (no new need is coded against it), never deleted: families' needs keep it.
  async retireHeading(ctx: SignedInContext, input: RetireOutcomeHeadingInput): Promise<OutcomeHeadingModel> {
    if (!(await this.outcomes.heading(input.id))) throw DomainError.notFound();
    return this.frameworkChange(ctx, input.id, (tx) =>
      this.outcomes.changeHeading(tx, { id: input.id, version: input.version, by: ctx.actor.userId, retired: input.retired }),
    );
  }

  // ---- needs, progress and outcomes (a family's record: each read and write audited) ----

  private forTeam(ctx: SignedInContext, caseId: string): Promise<VisibleCase> {
    return this.access.loadForTeam(ctx, caseId, this.config.terms.leadPractitioner);
  }

  private write<T>(
    ctx: SignedInContext,
    row: CaseRow,
    action: AuditAction,
    event: { type: string; summary: string },
    change: (tx: Database) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (em, tx) => {
      const result = await change(tx);
      await this.audit.record(ctx, [{ action, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }], em);
      await recordCaseEvent(tx, row.id, event.type, event.summary, ctx.actor.userId);
      return result;
    });
  }

  // The case was read (and audited) by the page that asks for its needs.
  async needsOfCase(caseId: string): Promise<PlanNeedModel[]> {
    const rows = await this.outcomes.needs([caseId]);
    return this.needModels(rows);
  }

  private async needModels(rows: readonly NeedRow[]): Promise<PlanNeedModel[]> {
    const ids = rows.map((r) => r.id);
    const [members, progress] = await Promise.all([this.outcomes.needMembers(ids), this.outcomes.progress(ids)]);
    return rows.map((r) => ({
      id: r.id,
      heading: {
        id: r.headingId,
        key: r.headingKey,
        name: r.headingName,
        position: r.headingPosition,
        retired: r.headingRetired,
        version: r.headingVersion,
      },
      members: members.filter((m) => m.needId === r.id).map(({ id, firstName, lastName }) => ({ id, firstName, lastName })),
      description: r.description,
      evidence: r.evidence,
      evidenceAgencyId: r.evidenceAgencyId,
      evidenceAgencyName: r.evidenceAgencyName,
      identifiedOn: r.identifiedOn,
      progress: progress
        .filter((p) => p.needId === r.id)
        .map((p) => ({
          reviewId: p.reviewId,
          heldOn: p.heldOn,
          progress: p.progress,
          evidence: p.evidence,
          recordedByName: p.recordedByName ?? 'Unknown user',
        })),
      outcome: r.outcome,
      outcomeEvidence: r.outcomeEvidence,
      sustainment:
        r.held === null || r.source === null || r.sustainmentEvidence === null || r.sustainmentRecordedOn === null
          ? null
          : { held: r.held, source: r.source, evidence: r.sustainmentEvidence, recordedOn: r.sustainmentRecordedOn },
      version: r.version,
    }));
  }

  async recordNeed(ctx: SignedInContext, input: RecordNeedInput): Promise<PlanNeedModel> {
    const { row } = await this.forTeam(ctx, input.caseId);
    if (row.status !== CaseStatus.OPEN && row.status !== CaseStatus.AWAITING_FIRST_CONTACT) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Needs are coded while the case is open');
    }
    if (!(await this.plans.ofCase(row.id))) {
      throw new DomainError(DomainErrorCode.InvalidState, `Start the ${this.config.terms.familyPlan} before coding needs`);
    }
    const problems: FieldProblem[] = [];
    const heading = await this.outcomes.heading(input.headingId);
    if (!heading || heading.retired) problems.push({ field: 'headingId', message: 'Choose a heading of the outcome framework' });
    const members = (await this.families.loadMany([row.familyId])).get(row.familyId)?.members ?? [];
    const personIds = [...new Set(input.personIds)];
    if (personIds.some((id) => !members.some((m) => m.id === id))) {
      problems.push({ field: 'personIds', message: 'Choose family members from the list' });
    }
    required(problems, 'description', input.description, 'Describe the need');
    required(problems, 'evidence', input.evidence, 'Enter the evidence of the need');
    if ((await this.directory.agenciesById([input.evidenceAgencyId])).size !== 1) {
      problems.push({ field: 'evidenceAgencyId', message: 'Choose the agency the evidence came from' });
    }
    const today = this.access.today();
    if (!parseIsoDate(input.identifiedOn) || input.identifiedOn > today) {
      problems.push({ field: 'identifiedOn', message: 'The date the need was identified must be today or in the past' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const id = await this.write(
      ctx,
      row,
      AuditAction.RecordNeed,
      { type: 'NEED_RECORDED', summary: `Need coded under “${heading?.name}”` },
      (tx) =>
        this.outcomes.addNeed(tx, {
          caseId: row.id,
          headingId: input.headingId,
          personIds,
          description: input.description.trim(),
          evidence: input.evidence.trim(),
          evidenceAgencyId: input.evidenceAgencyId,
          identifiedOn: input.identifiedOn,
          recordedBy: ctx.actor.userId,
        }),
    );
    const model = (await this.needsOfCase(row.id)).find((n) => n.id === id);
    if (!model) throw DomainError.notFound();
    return model;
  }

  // A need recorded in error goes while nothing has been recorded against it.
  async removeNeed(ctx: SignedInContext, input: RemoveNeedInput): Promise<boolean> {
    const need = await this.outcomes.need(input.needId);
    if (!need) throw DomainError.notFound();
    const { row } = await this.forTeam(ctx, need.caseId);
    if (row.status === CaseStatus.CLOSED) throw new DomainError(DomainErrorCode.InvalidState, 'The case is closed');
    if ((need.progressCount ?? 0) > 0 || need.outcome !== null) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Progress has been recorded on this need, so it stays on the record');
    }
    await this.write(
      ctx,
      row,
      AuditAction.RemoveNeed,
      { type: 'NEED_REMOVED', summary: 'A need coded in error was removed' },
      async (tx) => {
        if (!(await this.outcomes.removeNeed(tx, need.id, input.version))) throw DomainError.conflict();
      },
    );
    return true;
  }

  private async entriesProblems(
    caseId: string,
    entries: readonly NeedProgressEntryInput[],
  ): Promise<{ problems: FieldProblem[]; needs: NeedRow[] }> {
    const needs = await this.outcomes.needs([caseId]);
    const problems: FieldProblem[] = [];
    entries.forEach((e, i) => {
      if (!needs.some((n) => n.id === e.needId)) problems.push({ field: `entries.${i}.needId`, message: 'Choose a need of this family' });
      required(problems, `entries.${i}.evidence`, e.evidence, 'Enter the evidence');
    });
    if (new Set(entries.map((e) => e.needId)).size !== entries.length)
      problems.push({ field: 'entries', message: 'Record each need once' });
    return { problems, needs };
  }

  async recordProgress(ctx: SignedInContext, input: RecordNeedProgressInput): Promise<PlanNeedModel[]> {
    const { row } = await this.forTeam(ctx, input.caseId);
    const review = await this.outcomes.review(row.id, input.reviewId);
    const { problems } = await this.entriesProblems(row.id, input.entries);
    if (!review || review.kind !== 'TEAM_AROUND_FAMILY') {
      problems.unshift({ field: 'reviewId', message: 'Choose a Team Around the Family review of this case' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    await this.write(
      ctx,
      row,
      AuditAction.RecordNeedProgress,
      {
        type: 'NEED_PROGRESS_RECORDED',
        summary: `Progress on ${input.entries.length} need(s) recorded for the review of ${review?.heldOn}`,
      },
      async (tx) => {
        const added = await this.outcomes.addProgress(
          tx,
          input.reviewId,
          input.entries.map((e) => ({ ...e, evidence: e.evidence.trim() })),
          ctx.actor.userId,
        );
        if (!added) throw DomainError.conflict();
      },
    );
    return this.needsOfCase(row.id);
  }

  async recordOutcomes(ctx: SignedInContext, input: RecordNeedOutcomesInput): Promise<PlanNeedModel[]> {
    const { row } = await this.forTeam(ctx, input.caseId);
    if (row.status !== CaseStatus.CLOSED) {
      throw new DomainError(DomainErrorCode.InvalidState, 'The outcome of each need is recorded once the case has closed');
    }
    const { problems } = await this.entriesProblems(row.id, input.entries);
    if (problems.length) throw DomainError.invalid(problems);
    const words = input.entries.map((e) => NEED_PROGRESS_LABELS[e.progress].toLowerCase()).join(', ');
    await this.write(
      ctx,
      row,
      AuditAction.RecordNeedOutcomes,
      { type: 'NEED_OUTCOMES_RECORDED', summary: `Outcomes at closure: ${words}` },
      async (tx) => {
        for (const e of input.entries) {
          const set = await this.outcomes.setOutcome(
            tx,
            { needId: e.needId, outcome: e.progress, evidence: e.evidence.trim() },
            ctx.actor.userId,
          );
          if (!set) throw DomainError.conflict();
        }
      },
    );
    return this.needsOfCase(row.id);
  }

  // ---- the sustainment check ----

  private async checkModels(ctx: SignedInContext, rows: readonly CheckRow[]): Promise<SustainmentCheckModel[]> {
    const reReferrals = await this.outcomes.reReferrals(rows.map((r) => r.caseId));
    return rows.map((r) => ({
      caseId: r.caseId,
      caseReference: r.caseReference,
      dueOn: r.dueOn,
      askedOn: r.askedOn,
      confirmedOn: r.confirmedOn,
      canConfirm: r.confirmedOn === null && r.leadId === ctx.actor.userId,
      reReferrals: reReferrals.filter((x) => x.caseId === r.caseId).map(({ receivedOn, foundOn }) => ({ receivedOn, foundOn })),
      version: r.version,
    }));
  }

  // The case was read (and audited) by the page that asks.
  async checkOfCase(ctx: SignedInContext, caseId: string): Promise<SustainmentCheckModel | null> {
    const [model] = await this.checkModels(ctx, await this.outcomes.checks([caseId]));
    return model ?? null;
  }

  // The checks waiting for the signed-in former lead: a list of cases, audited as one.
  async waitingForMe(ctx: SignedInContext): Promise<SustainmentCheckModel[]> {
    const rows = await this.outcomes.checksWaitingFor(ctx.actor.userId);
    await this.audit.listed(
      ctx,
      AuditAction.ListSustainmentChecks,
      AuditEntity.Case,
      rows.map((r) => ({ id: r.caseId, familyId: r.familyId })),
    );
    return this.checkModels(ctx, rows);
  }

  async confirm(ctx: SignedInContext, input: ConfirmSustainmentInput): Promise<SustainmentCheckModel> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    const [check] = await this.outcomes.checks([row.id]);
    if (!check) throw new DomainError(DomainErrorCode.InvalidState, 'This family’s sustainment check has not come yet');
    if (check.leadId !== ctx.actor.userId) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the former ${this.config.terms.leadPractitioner} confirms whether progress held`,
      );
    }
    if (check.confirmedOn !== null) throw new DomainError(DomainErrorCode.InvalidState, 'Progress has already been confirmed');
    const needs = await this.outcomes.needs([row.id]);
    const problems: FieldProblem[] = [];
    input.needs.forEach((n, i) => {
      if (!needs.some((x) => x.id === n.needId)) problems.push({ field: `needs.${i}.needId`, message: 'Choose a need of this family' });
      required(problems, `needs.${i}.evidence`, n.evidence, 'Enter what you found');
    });
    const answered = new Set(input.needs.map((n) => n.needId));
    if (answered.size !== input.needs.length || needs.some((n) => !answered.has(n.id))) {
      problems.push({ field: 'needs', message: 'Confirm each need once' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const held = input.needs.filter((n) => n.held).length;
    const today = this.access.today();
    await this.write(
      ctx,
      row,
      AuditAction.ConfirmSustainment,
      { type: 'SUSTAINMENT_CONFIRMED', summary: `Sustainment check: progress held on ${held} of ${input.needs.length} need(s)` },
      async (tx) => {
        const confirmed = await this.outcomes.confirm(
          tx,
          { caseId: row.id, version: input.version, by: ctx.actor.userId, today },
          input.needs.map((n) => ({ ...n, evidence: n.evidence.trim() })),
        );
        if (!confirmed) throw DomainError.conflict();
      },
    );
    const model = await this.checkOfCase(ctx, row.id);
    if (!model) throw DomainError.notFound();
    return model;
  }

  // ---- the evidence pack (the FPT manager; every listing audited) ----

  private async claims(): Promise<(FamilyClaimModel & { familyId: string; decision: ClaimDecision })[]> {
    const cases = await this.outcomes.closedWithNeeds();
    const ids = cases.map((c) => c.id);
    const [needs, reReferrals] = await Promise.all([this.outcomes.needs(ids), this.outcomes.reReferrals(ids)]);
    return cases.map((c) => {
      const own = needs.filter((n) => n.caseId === c.id);
      const rereferred = reReferrals.filter((r) => r.caseId === c.id).map(({ receivedOn, foundOn }) => ({ receivedOn, foundOn }));
      const goals = goalsWithActions(c.goals);
      const decision = claimDecision(
        {
          closedOn: c.closedOn,
          needs: own.map((n) => ({ heading: n.headingName, outcome: n.outcome, held: n.held })),
          reReferralsAfterClosure: rereferred.length,
          // Every case in the portal has a named lead practitioner (a NOT NULL column).
          hasLeadPractitioner: c.leadPractitionerName !== '',
          assessmentApprovedOn: c.assessmentApprovedOn,
          goalsWithActions: goals,
          reviewsHeld: c.reviewsHeld,
        },
        this.config.claimRule,
      );
      return {
        caseId: c.id,
        caseReference: c.reference,
        familyReference: c.familyReference,
        familyId: c.familyId,
        leadPractitionerName: c.leadPractitionerName,
        leadAgencyName: c.leadAgencyName,
        leadAgencyType: c.leadAgencyType,
        closedOn: c.closedOn,
        assessmentApprovedOn: c.assessmentApprovedOn,
        goalsWithActions: goals,
        reviewsHeld: c.reviewsHeld,
        sustainmentDueOn: c.sustainmentDueOn,
        sustainmentConfirmedOn: c.sustainmentConfirmedOn,
        reReferrals: rereferred,
        needs: own.map((n) => ({
          heading: n.headingName,
          headingKey: n.headingKey,
          description: n.description,
          evidence: n.evidence,
          evidenceAgencyName: n.evidenceAgencyName,
          outcome: n.outcome,
          outcomeEvidence: n.outcomeEvidence,
          held: n.held,
          sustainmentSource: n.source,
          sustainmentEvidence: n.sustainmentEvidence,
        })),
        meetsRule: decision.meetsRule,
        conditions: [...decision.conditions],
        reasons: [...decision.reasons],
        decision,
      };
    });
  }

  async evidencePack(ctx: SignedInContext): Promise<EvidencePackModel> {
    const families = await this.claims();
    await this.audit.listed(
      ctx,
      AuditAction.ReadEvidencePack,
      AuditEntity.Case,
      families.map((f) => ({ id: f.caseId, familyId: f.familyId })),
    );
    return { rule: this.config.claimRule, families };
  }

  async nationalReturn(ctx: SignedInContext, quarter: string): Promise<NationalReturnModel> {
    const period = financialQuarter(quarter);
    if (!period) throw DomainError.invalid([{ field: 'quarter', message: 'Choose a quarter' }]);
    const claimed = (await this.claims()).filter(
      (f) =>
        f.meetsRule &&
        f.sustainmentConfirmedOn !== null &&
        f.sustainmentConfirmedOn >= period.from &&
        f.sustainmentConfirmedOn <= period.to,
    );
    await this.audit.listed(
      ctx,
      AuditAction.ReadNationalReturn,
      AuditEntity.Case,
      claimed.map((f) => ({ id: f.caseId, familyId: f.familyId })),
    );
    return {
      quarter,
      from: period.from,
      to: period.to,
      headings: await this.outcomes.headings(true),
      rows: claimed.map((f) => ({
        familyReference: f.familyReference,
        caseReference: f.caseReference,
        leadAgencyType: f.leadAgencyType,
        closedOn: f.closedOn,
        sustainmentConfirmedOn: f.sustainmentConfirmedOn ?? '',
        headingKeys: [...new Set(f.needs.map((n) => n.headingKey))],
      })),
    };
  }
}
