import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import {
  canActAsLead,
  canEditPlan,
  CaseAccessFacts,
  maintenanceReviewDates,
  reviewState,
  CaseStatus,
  DomainError,
  DomainErrorCode,
  firstContactProblems,
  FirstContactOutcome,
  isOverdue,
  londonToday,
  parseIsoDate,
  PersonRole,
  statusAfterFirstContact,
  workingDaysBetween,
  inRunningText,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseRow } from '../database/entities';
import { familyName, familyNamed } from '../referrals/family.service';
import { RecordFirstContactInput } from './dto/case-work.inputs';
import { PlansService } from '../plans/plans.service';
import { DrawingsService } from '../plans/drawings.service';
import { SharingService } from '../sharing/sharing.service';
import { ClosureOutcome } from './models/case-work.models';
import { CaseAccessService } from './case-access.service';
import { CaseRepository } from './case.repository';
import { recordCaseEvent } from './case-events';
import { CaseWorkService } from './case-work.service';
import { CaseSummaryModel, EarlyHelpCaseModel } from './models/case.models';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@Injectable()
export class CasesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly plans: PlansService,
    private readonly work: CaseWorkService,
    private readonly drawings: DrawingsService,
    private readonly sharing: SharingService,
    private readonly repository: CaseRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Partners see their agency's cases, those they are named on and those the family consented
  // to share with their agency; FPT see every partner-led case. Closed and declined cases leave
  // the caseload. One statement for the list, and one audit row naming every case it showed.
  async caseload(ctx: SignedInContext): Promise<CaseSummaryModel[]> {
    const today = londonToday(this.clock.now());
    const rows = await this.repository.caseload(ctx.actor, today);
    await this.audit.listed(
      ctx,
      AuditAction.ListCaseload,
      AuditEntity.Case,
      rows.map((r) => ({ id: r.id, familyId: r.family_id })),
    );
    // Many cases share a plan's due date: each date's working days are counted once.
    const workingDaysTo = new Map<string, number>();
    const workingDaysToPlan = (due: string): number => {
      let days = workingDaysTo.get(due);
      if (days === undefined) workingDaysTo.set(due, (days = workingDaysBetween(today, due)));
      return days;
    };
    return rows.map((r) => {
      const status = r.status as CaseStatus;
      const awaitingContact = status === CaseStatus.AWAITING_FIRST_CONTACT;
      const planOpen = awaitingContact || status === CaseStatus.OPEN;
      return {
        id: r.id,
        reference: r.reference,
        familyName: familyNamed(r.family_surname),
        childrenCount: r.children_count ?? 0,
        status,
        leadAgency: { id: r.agency_id, name: r.agency_name, agencyType: r.agency_type },
        leadPractitioner: { id: r.lead_id, displayName: r.lead_name, jobTitle: r.lead_job_title },
        nextReviewDue: r.next_review_on,
        allocatedOn: r.allocated_on,
        firstContactDue: r.first_contact_due,
        firstContactOverdue: awaitingContact && isOverdue(r.first_contact_due, today),
        myFamilyPlanDue: r.my_family_plan_due,
        myFamilyPlanOverdue: planOpen && isOverdue(r.my_family_plan_due, today),
        workingDaysToMyFamilyPlan: workingDaysToPlan(r.my_family_plan_due),
      };
    });
  }

  // The case page: the case, its family and chronology in one statement, then a fixed number
  // for the lists beside them (plan, consents, reviews, drawings, sharing history), whatever
  // their lengths; the family's members are read once and handed to each.
  private async toModel(ctx: SignedInContext, row: CaseRow, facts: CaseAccessFacts): Promise<EarlyHelpCaseModel> {
    const page = await this.repository.page(row.id);
    if (!page) throw new Error('Case without its lead, family or referral');
    const members = page.members.map(({ education_settings, ...m }) => ({
      ...m,
      role: m.role as PersonRole,
      educationSettings: education_settings,
    }));
    const plan = await this.plans.modelFor({ ctx, row, facts }, members);
    const consents = await this.work.consents(row, members);
    const reviews = await this.work.reviews(row, members);
    const drawings = await this.drawings.list(row, members);
    const sharingHistory = await this.sharing.history(row.id);
    const today = londonToday(this.clock.now());
    const nextReview = page.next_review_on;
    const awaitingContact = row.status === CaseStatus.AWAITING_FIRST_CONTACT;
    const planOpen = awaitingContact || row.status === CaseStatus.OPEN;
    return {
      id: row.id,
      reference: row.reference,
      familyName: familyName(members),
      childrenCount: members.filter((m) => m.role === PersonRole.CHILD).length,
      status: row.status,
      leadAgency: { id: page.agency_id, name: page.agency_name, agencyType: page.agency_type },
      leadPractitioner: { id: page.lead_id, displayName: page.lead_name, jobTitle: page.lead_job_title },
      allocatedOn: row.allocatedOn,
      firstContactDue: row.firstContactDue,
      firstContactOverdue: awaitingContact && isOverdue(row.firstContactDue, today),
      myFamilyPlanDue: row.myFamilyPlanDue,
      myFamilyPlanOverdue: planOpen && isOverdue(row.myFamilyPlanDue, today),
      workingDaysToMyFamilyPlan: workingDaysBetween(today, row.myFamilyPlanDue),
      version: row.version,
      level: row.level,
      family: {
        id: row.familyId,
        reference: page.family_reference,
        addressLine1: page.address_line1,
        addressLine2: page.address_line2,
        town: page.town,
        postcode: page.postcode,
        members,
      },
      firstContactOn: row.firstContactOn,
      declinedReason: row.declinedReason,
      referralConcerns: page.referral_concerns,
      chronology: page.chronology.map((e) => ({
        id: e.id,
        type: e.event_type,
        summary: e.summary,
        actorName: e.actor_name ?? 'Unknown user',
        occurredAt: new Date(e.occurred_at),
      })),
      plan,
      canEditPlan: canEditPlan(ctx.actor, facts),
      consents,
      reviews,
      nextReviewDue: nextReview,
      reviewState: nextReview ? reviewState(nextReview, today) : null,
      closedOn: row.closedOn,
      closureOutcome: row.closureOutcome ? (row.closureOutcome as ClosureOutcome) : null,
      closureReason: row.closureReason,
      crisisCard: row.crisisCard,
      maintenanceReviewDates: row.maintenanceStartedOn ? maintenanceReviewDates(row.maintenanceStartedOn) : [],
      drawings,
      sharingHistory,
    };
  }

  async get(ctx: SignedInContext, id: string): Promise<EarlyHelpCaseModel> {
    const { row, facts } = await this.access.loadVisible(ctx, id, AuditAction.ReadCase);
    return this.toModel(ctx, row, facts);
  }

  async recordFirstContact(ctx: SignedInContext, input: RecordFirstContactInput): Promise<EarlyHelpCaseModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canActAsLead(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead agency can record contact with the family');
    }
    const today = londonToday(this.clock.now());
    if (!parseIsoDate(input.contactedOn)) {
      throw DomainError.invalid([{ field: 'contactedOn', message: 'Date of contact must be a real date' }]);
    }
    const problems = firstContactProblems({ ...input, status: row.status, allocatedOn: row.allocatedOn }, today);
    // A stale form is a conflict, not an input problem: say so rather than "already recorded".
    if (row.version !== input.version) throw DomainError.conflict();
    if (problems.length) throw DomainError.invalid(problems);

    const declined = input.outcome === FirstContactOutcome.DECLINED;
    await this.db.transaction(async (em, kysely) => {
      const recorded = await this.repository.recordFirstContact(kysely, {
        caseId: row.id,
        version: input.version,
        status: statusAfterFirstContact(input.outcome),
        contactedOn: input.contactedOn,
        declinedReason: declined ? (input.declinedReason?.trim() ?? null) : null,
      });
      if (!recorded) throw DomainError.conflict();
      const summary = declined
        ? `Family declined ${inRunningText(this.config.terms.earlyHelp)} (contact on ${input.contactedOn}): ${input.declinedReason?.trim()}`
        : `First contact with the family on ${input.contactedOn}${input.note?.trim() ? `: ${input.note.trim()}` : ''}`;
      await recordCaseEvent(kysely, row.id, declined ? 'FAMILY_DECLINED' : 'FIRST_CONTACT', summary, ctx.actor.userId);
      await this.audit.record(
        ctx,
        [{ action: AuditAction.RecordFirstContact, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
    });
    return this.get(ctx, row.id);
  }
}
