import { Inject, Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import {
  aceCount,
  canEditPlan,
  canEditPlanSection,
  canQualityAssurePlan,
  CaseAccessFacts,
  CaseAction,
  CaseStatus,
  consentedAgencies,
  DomainError,
  DomainErrorCode,
  GoalAction,
  isLeadPractitioner,
  isOverdue,
  isTeamMember,
  missingSections,
  nextCaseStatus,
  OPTIONAL_SECTIONS,
  PER_CHILD_SECTIONS,
  PersonRole,
  PlanAction,
  PlanStatus,
  SectionContent,
  SectionKind,
  sectionKey,
  sectionProblems,
  transitionPlan,
  workingDaysBetween,
  sentenceCase,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { CaseWorkRepository } from '../cases/case-work.repository';
import { CaseRow } from '../database/entities';
import { Outbox } from '../notifications/outbox';
import { FamilyService } from '../referrals/family.service';
import { PersonModel } from '../referrals/models/referral.models';
import { MyFamilyPlanModel, PlanSectionModel, QaCommentModel, SectionVersionModel } from './models/plan.models';
import { PlanRecord, PlanRepository } from './plan.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const SECTION_ORDER: readonly SectionKind[] = [
  SectionKind.FAMILY_STORY,
  SectionKind.SIGNS_OF_SAFETY,
  SectionKind.THREE_HOUSES,
  SectionKind.ACE,
  SectionKind.GOALS,
];

function sectionTitle(kind: SectionKind, child: PersonModel | null): string {
  switch (kind) {
    case SectionKind.FAMILY_STORY:
      return 'The family’s story';
    case SectionKind.SIGNS_OF_SAFETY:
      return 'Signs of Safety';
    case SectionKind.THREE_HOUSES:
      return `${child?.firstName ?? 'Child'}’s three houses`;
    case SectionKind.ACE:
      return `${child?.firstName ?? 'Child'}’s ACE indicators (optional)`;
    case SectionKind.GOALS:
      return 'Family goals and actions';
  }
}

const CONSENT_ITEM = 'The family’s consent to share information';

interface PlanContext {
  readonly ctx: SignedInContext;
  readonly row: CaseRow;
  readonly facts: CaseAccessFacts;
}

interface SavedSection {
  readonly content: SectionContent;
  readonly version: number;
  readonly savedAt: Date;
  readonly savedByName: string | null;
}

@Injectable()
export class PlansService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlanRepository,
    private readonly caseWork: CaseWorkRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // The family's children, from the members the caller already holds or else loaded.
  private async children(familyId: string, members?: readonly PersonModel[]): Promise<PersonModel[]> {
    const all = members ?? (await this.families.loadMany([familyId])).get(familyId)?.members ?? [];
    return all.filter((m) => m.role === PersonRole.CHILD);
  }

  private async latestReturnComments(plan: PlanRecord): Promise<QaCommentModel[]> {
    if (plan.status === PlanStatus.ACTIVE) return [];
    const rows = await this.plans.latestReturnComments(plan.id);
    return rows.map((r) => ({
      id: r.id,
      sectionKey: r.sectionKey,
      comment: r.comment,
      madeByName: r.madeByName ?? 'Unknown user',
      madeAt: r.madeAt,
    }));
  }

  private toSection(
    kind: SectionKind,
    child: PersonModel | null,
    row: SavedSection | undefined,
    comments: readonly QaCommentModel[],
    assignee: { readonly id: string; readonly name: string } | null = null,
    canEdit = false,
  ): PlanSectionModel {
    const key = sectionKey(kind, child?.id);
    const content = row?.content;
    return {
      key,
      assignedToId: assignee?.id ?? null,
      assignedToName: assignee?.name ?? null,
      canEdit,
      kind,
      person: child,
      title: sectionTitle(kind, child),
      required: !OPTIONAL_SECTIONS.has(kind),
      saved: row !== undefined,
      version: row?.version ?? 0,
      savedAt: row?.savedAt ?? null,
      savedByName: row ? (row.savedByName ?? 'Unknown user') : null,
      familyStory: content?.kind === SectionKind.FAMILY_STORY ? content.familyStory : null,
      signsOfSafety: content?.kind === SectionKind.SIGNS_OF_SAFETY ? content.signsOfSafety : null,
      threeHouses: content?.kind === SectionKind.THREE_HOUSES ? content.threeHouses : null,
      ace: content?.kind === SectionKind.ACE ? { indicators: [...content.ace.indicators], count: aceCount(content.ace) } : null,
      goals: content?.kind === SectionKind.GOALS ? content.goals.goals.map((g) => ({ goal: g.goal, actions: [...g.actions] })) : null,
      qaComments: comments.filter((c) => c.sectionKey === key),
    };
  }

  // The plan as the case page shows it. A caller that has already read the family's members
  // (the case page) passes them, so they are not read again.
  async modelFor({ ctx, row, facts }: PlanContext, members?: readonly PersonModel[]): Promise<MyFamilyPlanModel | null> {
    const plan = await this.plans.ofCase(row.id);
    if (!plan) return null;
    const children = await this.children(row.familyId, members);
    const saved = await this.plans.sections(plan.id);
    const comments = await this.latestReturnComments(plan);
    const consents = await this.caseWork.consents(row.id);
    const byKey = new Map(saved.map((s) => [s.sectionKey, s]));
    const assigned = new Map((await this.plans.assignments(plan.id)).map((a) => [a.section_key, { id: a.user_id, name: a.display_name }]));
    const caseOpen = row.status === CaseStatus.OPEN;
    const planEditable = caseOpen && plan.status !== PlanStatus.SUBMITTED;
    const section = (kind: SectionKind, child: PersonModel | null) => {
      const key = sectionKey(kind, child?.id);
      const assignee = assigned.get(key) ?? null;
      const editable = planEditable && canEditPlanSection(ctx.actor, facts, assignee ? [assignee.id] : []);
      return this.toSection(kind, child, byKey.get(key), comments, assignee, editable);
    };
    const sections = SECTION_ORDER.flatMap((kind) =>
      PER_CHILD_SECTIONS.has(kind) ? children.map((child) => section(kind, child)) : [section(kind, null)],
    );
    const today = this.access.today();
    const missing = missingSections(
      children.map((c) => c.id),
      new Set(byKey.keys()),
    );
    const titles = missing.map((m) => sections.find((s) => s.key === m.key)?.title ?? m.key);
    if (consentedAgencies(consents, today).length === 0) titles.push(CONSENT_ITEM);
    return {
      id: plan.id,
      status: plan.status,
      version: plan.version,
      dueDate: row.myFamilyPlanDue,
      workingDaysLeft: workingDaysBetween(today, row.myFamilyPlanDue),
      overdue: plan.status !== PlanStatus.ACTIVE && isOverdue(row.myFamilyPlanDue, today),
      submittedAt: plan.submittedAt,
      approvedAt: plan.approvedAt,
      approvedByName: plan.approvedByName,
      sections,
      missingSections: titles,
      qaComments: comments,
      canEdit: caseOpen && canEditPlan(ctx.actor, facts) && plan.status !== PlanStatus.SUBMITTED,
      canQualityAssure: caseOpen && canQualityAssurePlan(ctx.actor, facts) && plan.status === PlanStatus.SUBMITTED,
      canAssignSections: planEditable && isLeadPractitioner(ctx.actor, facts) && isTeamMember(ctx.actor, facts),
      assignableMembers:
        planEditable && isLeadPractitioner(ctx.actor, facts) ? await this.plans.assignableMembers(row.id, row.leadPractitionerId) : [],
    };
  }

  // Loads the case for a change to its plan: visible, editable by this person, and open.
  private async forEditing(ctx: SignedInContext, caseId: string): Promise<PlanContext> {
    const { row, facts } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner} and named professionals can change the plan`,
      );
    }
    nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    return { ctx, row, facts };
  }

  private async forQualityAssurance(ctx: SignedInContext, caseId: string): Promise<PlanContext> {
    const { row, facts } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (!canQualityAssurePlan(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the Family Partnership Team quality-assures plans');
    }
    nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    return { ctx, row, facts };
  }

  private async audited(
    em: EntityManager,
    tx: Database,
    ctx: SignedInContext,
    row: CaseRow,
    action: AuditAction,
    planId: string,
    event: { type: string; summary: string },
  ): Promise<void> {
    await this.audit.record(ctx, [{ action, entityType: AuditEntity.Plan, entityId: planId, familyId: row.familyId, allowed: true }], em);
    await recordCaseEvent(tx, row.id, event.type, event.summary, ctx.actor.userId);
  }

  async start(ctx: SignedInContext, caseId: string): Promise<MyFamilyPlanModel> {
    const plan = await this.forEditing(ctx, caseId);
    await this.db.transaction(async (em, tx) => {
      const id = await this.plans.start(tx, caseId, ctx.actor.userId);
      if (!id) throw new DomainError(DomainErrorCode.InvalidState, `The ${this.config.terms.familyPlan} has already been started`);
      await this.audited(em, tx, ctx, plan.row, AuditAction.StartPlan, id, {
        type: 'PLAN_STARTED',
        summary: `${sentenceCase(this.config.terms.familyPlan)} started`,
      });
    });
    return this.requireModel(plan);
  }

  private async requireModel(plan: PlanContext): Promise<MyFamilyPlanModel> {
    const model = await this.modelFor(plan);
    if (!model) throw DomainError.notFound();
    return model;
  }

  async saveSection(
    ctx: SignedInContext,
    caseId: string,
    personId: string | null,
    expectedVersion: number,
    content: SectionContent,
  ): Promise<PlanSectionModel> {
    const plan = await this.forEditing(ctx, caseId);
    const children = await this.children(plan.row.familyId);
    const child = PER_CHILD_SECTIONS.has(content.kind) ? (children.find((c) => c.id === personId) ?? null) : null;
    if (PER_CHILD_SECTIONS.has(content.kind) && !child) {
      throw DomainError.invalid([{ field: 'personId', message: 'Choose a child from this family' }]);
    }
    const key = sectionKey(content.kind, child?.id);
    const planRow = await this.plans.ofCase(caseId);
    if (!planRow) throw new DomainError(DomainErrorCode.InvalidState, `Start the ${this.config.terms.familyPlan} first`);
    const assignee = (await this.plans.assignments(planRow.id)).find((a) => a.section_key === key);
    if (!canEditPlanSection(ctx.actor, plan.facts, assignee ? [assignee.user_id] : [])) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner}, or the member the lead assigned this section to, can change it`,
      );
    }
    const previous = await this.plans.sectionContent(planRow.id, key);
    const previousActions: GoalAction[] = previous?.kind === SectionKind.GOALS ? previous.goals.goals.flatMap((g) => [...g.actions]) : [];
    const problems = sectionProblems(content, { today: this.access.today(), previousActions });
    if (problems.length) throw DomainError.invalid(problems);

    const section = { planId: planRow.id, sectionKey: key, content, savedBy: ctx.actor.userId };
    await this.db.transaction(async (em, tx) => {
      // Holding the plan row while saving means a submit cannot slip in between check and write.
      transitionPlan(await this.plans.lockedStatus(tx, planRow.id), PlanAction.EDIT);
      const written =
        expectedVersion === 0
          ? await this.plans.addSection(tx, { ...section, kind: content.kind, personId: child?.id ?? null })
          : await this.plans.updateSection(tx, section, expectedVersion);
      if (!written) {
        throw new DomainError(
          DomainErrorCode.Conflict,
          'Someone else saved this section while you were editing it. Your text has not been saved: compare it with theirs, then save again.',
        );
      }
      await this.plans.keepVersion(tx, { ...section, version: expectedVersion + 1 });
      await this.audited(em, tx, ctx, plan.row, AuditAction.SavePlanSection, planRow.id, {
        type: 'PLAN_SECTION_SAVED',
        summary: `${sectionTitle(content.kind, child)} saved (version ${expectedVersion + 1})`,
      });
    });
    const model = await this.requireModel(plan);
    const saved = model.sections.find((s) => s.key === key);
    if (!saved) throw DomainError.notFound();
    return saved;
  }

  // Moves the plan through its lifecycle with a version check in the UPDATE itself.
  private async transition(
    plan: PlanContext,
    version: number,
    action: PlanAction,
    event: { type: string; summary: string },
    audit: AuditAction,
    extra: (tx: Database, planRow: PlanRecord) => Promise<void> = async () => undefined,
  ): Promise<MyFamilyPlanModel> {
    const planRow = await this.plans.ofCase(plan.row.id);
    if (!planRow) throw new DomainError(DomainErrorCode.InvalidState, `Start the ${this.config.terms.familyPlan} first`);
    if (planRow.version !== version) throw DomainError.conflict();
    const next = transitionPlan(planRow.status, action);
    await this.db.transaction(async (em, tx) => {
      const moved = await this.plans.transition(tx, {
        planId: planRow.id,
        version,
        from: planRow.status,
        to: next,
        actorId: plan.ctx.actor.userId,
        at: this.clock.now(),
      });
      if (!moved) throw DomainError.conflict();
      await extra(tx, planRow);
      await this.audited(em, tx, plan.ctx, plan.row, audit, planRow.id, event);
      await this.tell(em, tx, plan.row, action);
    });
    return this.requireModel(plan);
  }

  // Submitted plans go to the FPT managers for quality assurance; the outcome goes back to the
  // lead practitioner and named professionals.
  private async tell(em: EntityManager, tx: Database, row: CaseRow, action: PlanAction): Promise<void> {
    const kind = {
      [PlanAction.SUBMIT]: CaseUpdateKind.PLAN_SUBMITTED,
      [PlanAction.RETURN]: CaseUpdateKind.PLAN_RETURNED,
      [PlanAction.APPROVE]: CaseUpdateKind.PLAN_APPROVED,
    }[action as PlanAction.SUBMIT | PlanAction.RETURN | PlanAction.APPROVE];
    if (!kind) return;
    const recipients =
      action === PlanAction.SUBMIT ? await this.plans.qualityAssurers(tx) : await this.plans.namedProfessionals(tx, row.id);
    await this.outbox.caseUpdate(tx, kind, row.id, recipients);
  }

  async submit(ctx: SignedInContext, caseId: string, version: number): Promise<MyFamilyPlanModel> {
    const plan = await this.forEditing(ctx, caseId);
    if (!isLeadPractitioner(ctx.actor, plan.facts)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner} submits the ${this.config.terms.familyPlan}`,
      );
    }
    const current = await this.requireModel(plan);
    if (current.missingSections.length > 0) {
      throw DomainError.invalid(
        current.missingSections.map((title) => ({ field: 'sections', message: `Complete “${title}” before submitting` })),
      );
    }
    return this.transition(
      plan,
      version,
      PlanAction.SUBMIT,
      { type: 'PLAN_SUBMITTED', summary: `${sentenceCase(this.config.terms.familyPlan)} submitted for quality assurance` },
      AuditAction.SubmitPlan,
    );
  }

  async returnPlan(
    ctx: SignedInContext,
    caseId: string,
    version: number,
    comments: readonly { sectionKey?: string | null; comment: string }[],
  ): Promise<MyFamilyPlanModel> {
    const plan = await this.forQualityAssurance(ctx, caseId);
    const current = await this.requireModel(plan);
    const keys = new Set(current.sections.map((s) => s.key));
    const problems = comments.flatMap((c, i) => [
      ...(c.comment.trim() ? [] : [{ field: `comments.${i}.comment`, message: 'Enter the comment' }]),
      ...(c.sectionKey && !keys.has(c.sectionKey) ? [{ field: `comments.${i}.sectionKey`, message: 'Choose a section of this plan' }] : []),
    ]);
    if (problems.length) throw DomainError.invalid(problems);
    return this.transition(
      plan,
      version,
      PlanAction.RETURN,
      {
        type: 'PLAN_RETURNED',
        summary: `${sentenceCase(this.config.terms.familyPlan)} returned with ${comments.length} comment${comments.length === 1 ? '' : 's'}`,
      },
      AuditAction.ReturnPlan,
      (tx, planRow) =>
        this.plans.addQaComments(
          tx,
          planRow.id,
          planRow.version,
          ctx.actor.userId,
          comments.map((c) => ({ sectionKey: c.sectionKey ?? null, comment: c.comment.trim() })),
        ),
    );
  }

  async approve(ctx: SignedInContext, caseId: string, version: number): Promise<MyFamilyPlanModel> {
    const plan = await this.forQualityAssurance(ctx, caseId);
    return this.transition(
      plan,
      version,
      PlanAction.APPROVE,
      { type: 'PLAN_APPROVED', summary: `${sentenceCase(this.config.terms.familyPlan)} approved: the plan is active` },
      AuditAction.ApprovePlan,
    );
  }

  // The lead asks a member of the team to write a section (or takes it back: userId null).
  async assignSection(ctx: SignedInContext, caseId: string, key: string, userId: string | null): Promise<MyFamilyPlanModel> {
    const plan = await this.forEditing(ctx, caseId);
    if (!isLeadPractitioner(ctx.actor, plan.facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, `Only the ${this.config.terms.leadPractitioner} assigns sections of the plan`);
    }
    const current = await this.requireModel(plan);
    const section = current.sections.find((s) => s.key === key);
    const problems = [
      ...(section ? [] : [{ field: 'sectionKey', message: 'Choose a section of this plan' }]),
      ...(userId && !current.assignableMembers.some((m) => m.id === userId)
        ? [{ field: 'userId', message: 'Choose a member of the team' }]
        : []),
    ];
    if (problems.length) throw DomainError.invalid(problems);
    const member = current.assignableMembers.find((m) => m.id === userId);
    await this.db.transaction(async (em, tx) => {
      await this.plans.assign(tx, { planId: current.id, sectionKey: key, userId, by: ctx.actor.userId });
      await this.audited(em, tx, ctx, plan.row, AuditAction.AssignPlanSection, current.id, {
        type: 'PLAN_SECTION_ASSIGNED',
        summary: member
          ? `${section?.title} assigned to ${member.displayName}`
          : `${section?.title} taken back by the ${this.config.terms.leadPractitioner}`,
      });
    });
    return this.requireModel(plan);
  }

  async versions(ctx: SignedInContext, caseId: string, key: string): Promise<SectionVersionModel[]> {
    const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadPlanVersion);
    const plan = await this.plans.ofCase(row.id);
    if (!plan) return [];
    const rows = await this.plans.sectionVersions(plan.id, key);
    return rows.map((r) => ({ version: r.version, savedAt: r.savedAt, savedByName: r.savedByName ?? 'Unknown user' }));
  }

  async atVersion(ctx: SignedInContext, caseId: string, key: string, version: number): Promise<PlanSectionModel> {
    const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadPlanVersion);
    const plan = await this.plans.ofCase(row.id);
    const saved = plan ? await this.plans.sectionAtVersion(plan.id, key, version) : undefined;
    if (!saved) throw DomainError.notFound();
    const children = await this.children(row.familyId);
    const personId = key.includes(':') ? key.split(':')[1] : null;
    return this.toSection(saved.content.kind, children.find((c) => c.id === personId) ?? null, saved, []);
  }
}
