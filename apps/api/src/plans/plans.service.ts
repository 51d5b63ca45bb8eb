import { Inject, Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import {
  aceCount,
  canEditPlan,
  canQualityAssurePlan,
  CaseAccessFacts,
  CaseAction,
  CaseStatus,
  consentedAgencies,
  DomainError,
  DomainErrorCode,
  GoalAction,
  isOverdue,
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
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { changedRows } from '../database/changed-rows';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { CaseRow, ConsentRow, PlanQaCommentRow, PlanRow, PlanSectionRow, PlanSectionVersionRow } from '../database/entities';
import { DirectoryService } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { FamilyService } from '../referrals/family.service';
import { PersonModel } from '../referrals/models/referral.models';
import { MyFamilyPlanModel, PlanSectionModel, QaCommentModel, SectionVersionModel } from './models/plan.models';

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

@Injectable()
export class PlansService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async children(familyId: string): Promise<PersonModel[]> {
    const family = (await this.families.loadMany([familyId])).get(familyId);
    return (family?.members ?? []).filter((m) => m.role === PersonRole.CHILD);
  }

  private async planOf(caseId: string, manager: EntityManager = this.db.manager): Promise<PlanRow | null> {
    return manager.getRepository(PlanRow).findOneBy({ caseId });
  }

  private async latestReturnComments(plan: PlanRow): Promise<QaCommentModel[]> {
    if (plan.status === PlanStatus.ACTIVE) return [];
    const rows = await this.db.query<PlanQaCommentRow[]>(
      `SELECT id, section_key AS "sectionKey", comment, made_by AS "madeBy", made_at AS "madeAt", submission
         FROM plan_qa_comment
        WHERE plan_id = $1 AND submission = (SELECT max(submission) FROM plan_qa_comment WHERE plan_id = $1)
        ORDER BY id`,
      [plan.id],
    );
    const users = await this.directory.usersById(rows.map((r) => r.madeBy));
    return rows.map((r) => ({
      id: String(r.id),
      sectionKey: r.sectionKey,
      comment: r.comment,
      madeByName: users.get(r.madeBy)?.displayName ?? 'Unknown user',
      madeAt: r.madeAt,
    }));
  }

  private toSection(
    kind: SectionKind,
    child: PersonModel | null,
    row: { content: SectionContent; version: number; savedAt: Date; savedBy: string } | undefined,
    names: Map<string, string>,
    comments: readonly QaCommentModel[],
  ): PlanSectionModel {
    const key = sectionKey(kind, child?.id);
    const content = row?.content;
    return {
      key,
      kind,
      person: child,
      title: sectionTitle(kind, child),
      required: !OPTIONAL_SECTIONS.has(kind),
      saved: row !== undefined,
      version: row?.version ?? 0,
      savedAt: row?.savedAt ?? null,
      savedByName: row ? (names.get(row.savedBy) ?? 'Unknown user') : null,
      familyStory: content?.kind === SectionKind.FAMILY_STORY ? content.familyStory : null,
      signsOfSafety: content?.kind === SectionKind.SIGNS_OF_SAFETY ? content.signsOfSafety : null,
      threeHouses: content?.kind === SectionKind.THREE_HOUSES ? content.threeHouses : null,
      ace: content?.kind === SectionKind.ACE ? { indicators: [...content.ace.indicators], count: aceCount(content.ace) } : null,
      goals: content?.kind === SectionKind.GOALS ? content.goals.goals.map((g) => ({ goal: g.goal, actions: [...g.actions] })) : null,
      qaComments: comments.filter((c) => c.sectionKey === key),
    };
  }

  async modelFor({ ctx, row, facts }: PlanContext): Promise<MyFamilyPlanModel | null> {
    const plan = await this.planOf(row.id);
    if (!plan) return null;
    const [children, saved, comments, consents] = await Promise.all([
      this.children(row.familyId),
      this.db.getRepository(PlanSectionRow).findBy({ planId: plan.id }),
      this.latestReturnComments(plan),
      this.db.getRepository(ConsentRow).findBy({ caseId: row.id }),
    ]);
    const names = await this.directory.usersById([...saved.map((s) => s.savedBy), ...(plan.approvedBy ? [plan.approvedBy] : [])]);
    const nameOf = new Map([...names].map(([id, u]) => [id, u.displayName]));
    const byKey = new Map(saved.map((s) => [s.sectionKey, s]));
    const sections = SECTION_ORDER.flatMap((kind) =>
      PER_CHILD_SECTIONS.has(kind)
        ? children.map((child) => this.toSection(kind, child, byKey.get(sectionKey(kind, child.id)), nameOf, comments))
        : [this.toSection(kind, null, byKey.get(sectionKey(kind)), nameOf, comments)],
    );
    const today = this.access.today();
    const missing = missingSections(children.map((c) => c.id), new Set(byKey.keys()));
    const titles = missing.map((m) => sections.find((s) => s.key === m.key)?.title ?? m.key);
    if (consentedAgencies(consents, today).length === 0) titles.push(CONSENT_ITEM);
    const caseOpen = row.status === CaseStatus.OPEN;
    return {
      id: plan.id,
      status: plan.status,
      version: plan.version,
      dueDate: row.myFamilyPlanDue,
      workingDaysLeft: workingDaysBetween(today, row.myFamilyPlanDue),
      overdue: plan.status !== PlanStatus.ACTIVE && isOverdue(row.myFamilyPlanDue, today),
      submittedAt: plan.submittedAt,
      approvedAt: plan.approvedAt,
      approvedByName: plan.approvedBy ? (nameOf.get(plan.approvedBy) ?? null) : null,
      sections,
      missingSections: titles,
      qaComments: comments,
      canEdit: caseOpen && canEditPlan(ctx.actor, facts) && plan.status !== PlanStatus.SUBMITTED,
      canQualityAssure: caseOpen && canQualityAssurePlan(ctx.actor, facts) && plan.status === PlanStatus.SUBMITTED,
    };
  }

  // Loads the case for a change to its plan: visible, editable by this person, and open.
  private async forEditing(ctx: SignedInContext, caseId: string): Promise<PlanContext> {
    const { row, facts } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner and named professionals can change the plan');
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
    ctx: SignedInContext,
    row: CaseRow,
    action: AuditAction,
    planId: string,
    event: { type: string; summary: string },
  ): Promise<void> {
    await this.audit.record(ctx, [{ action, entityType: AuditEntity.Plan, entityId: planId, familyId: row.familyId, allowed: true }], em);
    await recordCaseEvent(em, row.id, event.type, event.summary, ctx.actor.userId);
  }

  async start(ctx: SignedInContext, caseId: string): Promise<MyFamilyPlanModel> {
    const plan = await this.forEditing(ctx, caseId);
    await this.db.transaction(async (em) => {
      const created: { id: string }[] = await em.query(
        `INSERT INTO my_family_plan (case_id, status, started_by) VALUES ($1, $2, $3)
         ON CONFLICT (case_id) DO NOTHING RETURNING id`,
        [caseId, PlanStatus.DRAFT, ctx.actor.userId],
      );
      if (created.length === 0) throw new DomainError(DomainErrorCode.InvalidState, 'The My Family Plan has already been started');
      await this.audited(em, ctx, plan.row, AuditAction.StartPlan, created[0].id, { type: 'PLAN_STARTED', summary: 'My Family Plan started' });
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
    const planRow = await this.planOf(caseId);
    if (!planRow) throw new DomainError(DomainErrorCode.InvalidState, 'Start the My Family Plan first');
    const previous = await this.db.getRepository(PlanSectionRow).findOneBy({ planId: planRow.id, sectionKey: key });
    const previousActions: GoalAction[] =
      previous?.content.kind === SectionKind.GOALS ? previous.content.goals.goals.flatMap((g) => [...g.actions]) : [];
    const problems = sectionProblems(content, { today: this.access.today(), previousActions });
    if (problems.length) throw DomainError.invalid(problems);

    await this.db.transaction(async (em) => {
      // Holding the plan row while saving means a submit cannot slip in between check and write.
      const [locked]: { status: PlanStatus }[] = await em.query(`SELECT status FROM my_family_plan WHERE id = $1 FOR SHARE`, [planRow.id]);
      transitionPlan(locked.status, PlanAction.EDIT);
      const written =
        expectedVersion === 0
          ? await changedRows(em, 
              `INSERT INTO plan_section (plan_id, section_key, kind, person_id, content, version, saved_by)
               VALUES ($1, $2, $3, $4, $5, 1, $6) ON CONFLICT DO NOTHING RETURNING 1`,
              [planRow.id, key, content.kind, child?.id ?? null, content, ctx.actor.userId],
            )
          : await changedRows(em,
              `UPDATE plan_section SET content = $3, version = version + 1, saved_by = $5, saved_at = now()
                WHERE plan_id = $1 AND section_key = $2 AND version = $4 RETURNING 1`,
              [planRow.id, key, content, expectedVersion, ctx.actor.userId],
            );
      if (written === 0) {
        throw new DomainError(
          DomainErrorCode.Conflict,
          'Someone else saved this section while you were editing it. Your text has not been saved: compare it with theirs, then save again.',
        );
      }
      await em.query(
        `INSERT INTO plan_section_version (plan_id, section_key, version, content, saved_by) VALUES ($1, $2, $3, $4, $5)`,
        [planRow.id, key, expectedVersion + 1, content, ctx.actor.userId],
      );
      await this.audited(em, ctx, plan.row, AuditAction.SavePlanSection, planRow.id, {
        type: 'PLAN_SECTION_SAVED',
        summary: `${sectionTitle(content.kind, child)} saved (version ${expectedVersion + 1})`,
      });
    });
    const model = await this.requireModel(plan);
    const section = model.sections.find((s) => s.key === key);
    if (!section) throw DomainError.notFound();
    return section;
  }

  // Moves the plan through its lifecycle with a version check in the UPDATE itself.
  private async transition(
    plan: PlanContext,
    version: number,
    action: PlanAction,
    event: { type: string; summary: string },
    audit: AuditAction,
    extra: (em: EntityManager, planRow: PlanRow) => Promise<void> = async () => undefined,
  ): Promise<MyFamilyPlanModel> {
    const planRow = await this.planOf(plan.row.id);
    if (!planRow) throw new DomainError(DomainErrorCode.InvalidState, 'Start the My Family Plan first');
    if (planRow.version !== version) throw DomainError.conflict();
    const next = transitionPlan(planRow.status, action);
    await this.db.transaction(async (em) => {
      const updated =
        await changedRows(em, 
        `UPDATE my_family_plan
            SET status = $3::varchar, version = version + 1,
                submitted_at = CASE WHEN $3::varchar = 'SUBMITTED' THEN $6::timestamptz ELSE submitted_at END,
                approved_at = CASE WHEN $3::varchar = 'ACTIVE' THEN $6::timestamptz ELSE approved_at END,
                approved_by = CASE WHEN $3::varchar = 'ACTIVE' THEN $5::uuid ELSE approved_by END
          WHERE id = $1 AND version = $2 AND status = $4 RETURNING 1`,
        [planRow.id, version, next, planRow.status, plan.ctx.actor.userId, this.clock.now()],
      );
      if (updated === 0) throw DomainError.conflict();
      await extra(em, planRow);
      await this.audited(em, plan.ctx, plan.row, audit, planRow.id, event);
      await this.tell(em, plan.row, action);
    });
    return this.requireModel(plan);
  }

  // Submitted plans go to the FPT managers for quality assurance; the outcome goes back to the
  // lead practitioner and named professionals.
  private async tell(em: EntityManager, row: CaseRow, action: PlanAction): Promise<void> {
    const kind = { [PlanAction.SUBMIT]: CaseUpdateKind.PLAN_SUBMITTED, [PlanAction.RETURN]: CaseUpdateKind.PLAN_RETURNED, [PlanAction.APPROVE]: CaseUpdateKind.PLAN_APPROVED }[
      action as PlanAction.SUBMIT | PlanAction.RETURN | PlanAction.APPROVE
    ];
    if (!kind) return;
    const recipients: { id: string }[] =
      action === PlanAction.SUBMIT
        ? await em.query(`SELECT id FROM app_user WHERE role = 'FPT_MANAGER' AND active`)
        : await em.query(`SELECT user_id AS id FROM case_professional WHERE case_id = $1`, [row.id]);
    await this.outbox.caseUpdate(em, kind, row.id, recipients.map((r) => r.id));
  }

  async submit(ctx: SignedInContext, caseId: string, version: number): Promise<MyFamilyPlanModel> {
    const plan = await this.forEditing(ctx, caseId);
    const current = await this.requireModel(plan);
    if (current.missingSections.length > 0) {
      throw DomainError.invalid(
        current.missingSections.map((title) => ({ field: 'sections', message: `Complete “${title}” before submitting` })),
      );
    }
    return this.transition(plan, version, PlanAction.SUBMIT, { type: 'PLAN_SUBMITTED', summary: 'My Family Plan submitted for quality assurance' }, AuditAction.SubmitPlan);
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
      { type: 'PLAN_RETURNED', summary: `My Family Plan returned with ${comments.length} comment${comments.length === 1 ? '' : 's'}` },
      AuditAction.ReturnPlan,
      async (em, planRow) => {
        for (const c of comments) {
          await em.query(
            `INSERT INTO plan_qa_comment (plan_id, section_key, comment, made_by, submission) VALUES ($1, $2, $3, $4, $5)`,
            [planRow.id, c.sectionKey ?? null, c.comment.trim(), ctx.actor.userId, planRow.version],
          );
        }
      },
    );
  }

  async approve(ctx: SignedInContext, caseId: string, version: number): Promise<MyFamilyPlanModel> {
    const plan = await this.forQualityAssurance(ctx, caseId);
    return this.transition(plan, version, PlanAction.APPROVE, { type: 'PLAN_APPROVED', summary: 'My Family Plan approved: the plan is active' }, AuditAction.ApprovePlan);
  }

  async versions(ctx: SignedInContext, caseId: string, key: string): Promise<SectionVersionModel[]> {
    const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadPlanVersion);
    const plan = await this.planOf(row.id);
    if (!plan) return [];
    const rows = await this.db.getRepository(PlanSectionVersionRow).find({ where: { planId: plan.id, sectionKey: key }, order: { version: 'DESC' } });
    const users = await this.directory.usersById(rows.map((r) => r.savedBy));
    return rows.map((r) => ({ version: r.version, savedAt: r.savedAt, savedByName: users.get(r.savedBy)?.displayName ?? 'Unknown user' }));
  }

  async atVersion(ctx: SignedInContext, caseId: string, key: string, version: number): Promise<PlanSectionModel> {
    const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadPlanVersion);
    const plan = await this.planOf(row.id);
    const saved = plan ? await this.db.getRepository(PlanSectionVersionRow).findOneBy({ planId: plan.id, sectionKey: key, version }) : null;
    if (!saved) throw DomainError.notFound();
    const children = await this.children(row.familyId);
    const personId = key.includes(':') ? key.split(':')[1] : null;
    const users = await this.directory.usersById([saved.savedBy]);
    const names = new Map([...users].map(([id, u]) => [id, u.displayName]));
    return this.toSection(saved.content.kind, children.find((c) => c.id === personId) ?? null, saved, names, []);
  }
}
