import { Inject, Injectable } from '@nestjs/common';
import {
  canAcceptStepUp,
  canRecordStepDownFromSocialCare,
  DomainError,
  DomainErrorCode,
  firstContactDueDate,
  LevelMovement,
  LevelOfNeed,
  londonToday,
  myFamilyPlanDueDate,
  newLeadProblem,
  ReceivingTeam,
  referralProblems,
  Role,
  TriageDecision,
  forumShortName,
} from '@eh/domain';
import { CaseUpdateKind, JobName, TransferUpdateKind } from '@eh/notifications';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { HandoverRepository } from '../forum/handover.repository';
import { Outbox } from '../notifications/outbox';
import type { ImpactScope } from '../impact/impact.repository';
import { FamilyRepository } from '../referrals/family.repository';
import { ReferralRepository } from '../referrals/referral.repository';
import { CaseAccessService } from './case-access.service';
import { recordCaseEvent } from './case-events';
import { LeadChangeRepository } from './lead-change.repository';
import { AcceptStepUpInput, LevelMovementCountModel, StepDownFromSocialCareInput, StepUpAcceptedModel } from './levels.models';
import { LevelsRepository } from './levels.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';

// Levels of need both ways (issue 13, part 6). Step-downs from level 3 are offers made through
// LeadChangeService (a transfer that sets the level when accepted).
@Injectable()
export class LevelsService {
  constructor(
    private readonly db: Db,
    private readonly levels: LevelsRepository,
    private readonly handovers: HandoverRepository,
    private readonly transfers: LeadChangeRepository,
    private readonly referrals: ReferralRepository,
    private readonly families: FamilyRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // How a step up was agreed, for the chronology.
  private routeWords(route: string): string {
    if (route === 'FORUM') return `agreed at the ${forumShortName(this.config.terms)}`;
    return route === 'URGENT_SAFEGUARDING' ? 'by the urgent safeguarding route' : 'agreed';
  }

  private manager(ctx: SignedInContext) {
    return { ...ctx.actor, agencyManager: false };
  }

  async caseworkers() {
    return (await this.levels.caseworkers()).map((u) => ({ id: u.id, displayName: u.display_name, jobTitle: u.job_title }));
  }

  // A step up to Family Casework (agreed at the Forum or by the urgent route) accepted by the front
  // door for the team, naming the caseworker: the case is held at level 3 in the portal, with the
  // same plan and reviews. The partner who led stays in the family's team as a named professional.
  async acceptStepUp(ctx: SignedInContext, input: AcceptStepUpInput): Promise<StepUpAcceptedModel> {
    if (!canAcceptStepUp(this.manager(ctx))) {
      throw new DomainError(DomainErrorCode.Forbidden, 'The front door accepts step-ups for the Family Casework Team');
    }
    const handover = await this.handovers.waiting(input.handoverId);
    if (!handover) throw DomainError.notFound();
    if (handover.to_team !== ReceivingTeam.FAMILY_CASEWORK) {
      throw DomainError.invalid([{ field: 'handoverId', message: 'Only a step up to Family Casework is held at level 3 in the portal' }]);
    }
    const { row } = await this.access.loadVisible(ctx, handover.case_id, AuditAction.ReadCase);
    const lead = await this.levels.caseworker(input.leadPractitionerId);
    if (!lead) throw DomainError.invalid([{ field: 'leadPractitionerId', message: 'Choose an active family caseworker' }]);
    const route = (await this.handovers.visible(ctx.actor, this.access.today(), input.handoverId))[0]?.route ?? 'FORUM';
    await this.db.transaction(async (em, tx) => {
      // Written while the case is still level 2 and the front door may still write it.
      await recordCaseEvent(
        tx,
        row.id,
        'STEPPED_UP_TO_LEVEL_3',
        `Stepped up to Family Casework (level 3), ${this.routeWords(route)}: now led by ${lead.display_name} (${lead.agency_name}); the previous lead stays in the family’s team`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.AcceptStepUp, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await this.outbox.caseUpdate(tx, CaseUpdateKind.LEAD_CHANGED, row.id, [row.leadPractitionerId]);
      await this.outbox.enqueue(tx, JobName.CaseAllocated, { caseId: row.id, leadPractitionerId: lead.id });
      if (!(await this.levels.stepUp(tx, input.handoverId, lead.id))) throw DomainError.conflict();
    });
    return {
      caseId: row.id,
      caseReference: row.reference,
      level: LevelOfNeed.FamilyCasework,
      leadPractitioner: { id: lead.id, displayName: lead.display_name, jobTitle: lead.job_title },
      leadAgencyName: lead.agency_name,
    };
  }

  // A family stepped down from children's social care: the front door records who they are and
  // their history, opens a level 2 case it holds itself (never without a lead), and offers the
  // lead to a partner agency, which accepts or declines it on /transfers.
  async stepDownFromSocialCare(ctx: SignedInContext, input: StepDownFromSocialCareInput): Promise<string> {
    if (!canRecordStepDownFromSocialCare(this.manager(ctx))) {
      throw new DomainError(DomainErrorCode.Forbidden, 'The front door records step-downs from children’s social care');
    }
    const today = londonToday(this.clock.now());
    const problems = referralProblems({ ...input, selfReferral: false, referrerAgencyId: 'children’s social care' }, today);
    const agency = await this.transfers.agency(input.toAgencyId);
    if (!agency || agency.is_council_team || agency.family_casework) {
      problems.push({ field: 'toAgencyId', message: 'Choose a partner agency' });
    }
    if (agency && input.toPractitionerId) {
      const p = await this.transfers.person(input.toPractitionerId);
      const problem = newLeadProblem(
        p ? { active: p.active, role: p.role as Role, agencyId: p.agency_id } : null,
        agency.id,
        null,
        input.toPractitionerId,
      );
      if (problem) problems.push({ field: 'toPractitionerId', message: problem });
    }
    if (problems.length || !agency) throw DomainError.invalid(problems);
    const receivers = input.toPractitionerId ? [input.toPractitionerId] : await this.transfers.managers(agency.id);
    const summary = input.historySummary.trim();
    return this.db.transaction(async (em, tx) => {
      const familyId = await this.families.add(tx, {
        addressLine1: input.addressLine1.trim(),
        addressLine2: input.addressLine2?.trim() || null,
        town: input.town.trim(),
        postcode: input.postcode.trim().toUpperCase(),
      });
      await this.families.addMembers(
        tx,
        familyId,
        input.members.map((m) => ({
          ...m,
          firstName: m.firstName.trim(),
          lastName: m.lastName.trim(),
          relationship: m.relationship.trim(),
        })),
      );
      const referralId = await this.referrals.add(tx, {
        familyId,
        recordedBy: ctx.actor.userId,
        selfReferral: false,
        // Children's social care is the council's, as the front door is: the council refers.
        referrerAgencyId: ctx.actor.agencyId,
        referrerName: 'Children’s social care (step-down)',
        concerns: input.concerns,
        consentGiven: input.consentGiven,
        consentNote: input.consentGiven ? null : (input.consentNote?.trim() ?? null),
        previousCaseId: null,
      });
      await this.referrals.decide(tx, {
        referralId,
        version: 1,
        decision: TriageDecision.LEVEL_2_PARTNER_LED,
        reason: `Step-down from children’s social care, offered to ${agency.name}`,
        decidedBy: ctx.actor.userId,
        leadAgencyId: ctx.actor.agencyId,
        leadPractitionerId: ctx.actor.userId,
      });
      const caseId = await this.referrals.openCase(tx, {
        familyId,
        referralId,
        leadAgencyId: ctx.actor.agencyId,
        leadPractitionerId: ctx.actor.userId,
        allocatedOn: today,
        firstContactDue: firstContactDueDate(today),
        myFamilyPlanDue: myFamilyPlanDueDate(today),
      });
      await this.levels.keepHistory(tx, caseId, summary);
      await recordCaseEvent(
        tx,
        caseId,
        'STEPPED_DOWN_FROM_SOCIAL_CARE',
        `Stepped down from children’s social care; the front door holds the case until ${agency.name} accepts it. History: ${summary}`,
        ctx.actor.userId,
      );
      await this.levels.recordMovement(tx, {
        caseId,
        movement: LevelMovement.STEP_DOWN_FROM_SOCIAL_CARE,
        fromLevel: LevelOfNeed.ChildrensSocialCare,
        toLevel: LevelOfNeed.PartnerLedEarlyHelp,
        agencyId: agency.id, // the partner agency it is offered to, not the front door holding it meanwhile
        changedOn: today,
        recordedBy: ctx.actor.userId,
      });
      const transferId = await this.transfers.offer(tx, {
        caseId,
        version: 1,
        fromAgencyId: ctx.actor.agencyId,
        fromLeadId: ctx.actor.userId,
        toAgencyId: agency.id,
        toPractitionerId: input.toPractitionerId ?? null,
        note: `Step-down from children’s social care. History: ${summary}\n\n${input.note.trim()}`,
        offeredBy: ctx.actor.userId,
      });
      if (!transferId) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          { action: AuditAction.RecordStepDown, entityType: AuditEntity.Case, entityId: caseId, familyId, allowed: true },
          { action: AuditAction.OfferTransfer, entityType: AuditEntity.Case, entityId: caseId, familyId, allowed: true },
        ],
        em,
      );
      await this.outbox.transferUpdate(tx, TransferUpdateKind.TRANSFER_OFFERED, transferId, receivers);
      return caseId;
    });
  }

  // The month counts of step-ups to level 3, step-downs from level 3 and from social care, within
  // the impact figures' filters (each movement counts for the partner agency on its level 2 side).
  async movements(from: string, to: string, scope: ImpactScope): Promise<LevelMovementCountModel[]> {
    return (await this.levels.movements(from, to, scope)).map((m) => ({
      month: m.month,
      movement: m.movement as LevelMovementCountModel['movement'],
      cases: m.cases,
    }));
  }
}
