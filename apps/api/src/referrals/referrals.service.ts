import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import {
  Actor,
  canSearchFamilies,
  canViewReferral,
  describeDecision,
  DomainError,
  FieldProblem,
  firstContactDueDate,
  londonToday,
  myFamilyPlanDueDate,
  opensPartnerLedCase,
  personMatchKey,
  referralProblems,
  Role,
  triageProblems,
  CaseStatus,
  LevelOfNeed,
  TriageDecision,
  isReReferral,
} from '@eh/domain';
import { JobName } from '@eh/notifications';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { AgencyRow, ReferralRow, UserRow } from '../database/entities';
import { DirectoryService, toAgency, toPractitioner } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { RecordReferralInput, TriageReferralInput } from './dto/referral.inputs';
import { FamilyService } from './family.service';
import { FamilyMatchModel, ReferralModel, ReferralStatus } from './models/referral.models';

function requireNoProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw DomainError.invalid(problems);
}

@Injectable()
export class ReferralsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async toModels(rows: readonly ReferralRow[], manager: EntityManager = this.db.manager): Promise<ReferralModel[]> {
    const [families, agencies, users, cases] = await Promise.all([
      this.families.loadMany(rows.map((r) => r.familyId)),
      this.directory.agenciesById(rows.flatMap((r) => [r.referrerAgencyId, r.leadAgencyId].filter((id) => id !== null))),
      this.directory.usersById(rows.flatMap((r) => [r.decidedBy, r.leadPractitionerId].filter((id) => id !== null))),
      rows.length
        ? manager.query(`SELECT id, referral_id FROM early_help_case WHERE referral_id = ANY($1)`, [rows.map((r) => r.id)])
        : Promise.resolve([]),
    ]);
    const caseByReferral = new Map<string, string>(
      (cases as { id: string; referral_id: string }[]).map((c) => [c.referral_id, c.id]),
    );
    const agency = (id: string | null) => {
      const row = id ? agencies.get(id) : undefined;
      return row ? toAgency(row) : null;
    };
    return rows.map((r) => {
      const family = families.get(r.familyId);
      if (!family) throw new Error('Referral without a family');
      const lead = r.leadPractitionerId ? users.get(r.leadPractitionerId) : undefined;
      return {
        id: r.id,
        reference: r.reference,
        version: r.version,
        receivedAt: r.receivedAt,
        status: r.status === 'DECIDED' ? ReferralStatus.DECIDED : ReferralStatus.AWAITING_TRIAGE,
        selfReferral: r.selfReferral,
        referrerAgency: agency(r.referrerAgencyId),
        referrerName: r.referrerName,
        concerns: r.concerns,
        consentGiven: r.consentGiven,
        consentNote: r.consentNote,
        family,
        decision: r.decision,
        decisionReason: r.decisionReason,
        decidedAt: r.decidedAt,
        decidedByName: r.decidedBy ? (users.get(r.decidedBy)?.displayName ?? null) : null,
        leadAgency: agency(r.leadAgencyId),
        leadPractitioner: lead ? toPractitioner(lead) : null,
        caseId: caseByReferral.get(r.id) ?? null,
        reReferral: r.previousCaseId !== null,
        previousCaseId: r.previousCaseId,
      };
    });
  }

  async possibleFamilyMatches(
    ctx: SignedInContext,
    people: readonly { firstName: string; lastName: string; dateOfBirth: string }[],
  ): Promise<FamilyMatchModel[]> {
    if (!canSearchFamilies(ctx.actor)) throw DomainError.notFound();
    const matches = await this.families.possibleMatches(people);
    await this.audit.record(
      ctx,
      matches.map((m) => ({
        action: AuditAction.SearchFamilies,
        entityType: AuditEntity.Family,
        entityId: m.familyId,
        familyId: m.familyId,
        allowed: true,
      })),
    );
    return matches;
  }

  async list(ctx: SignedInContext, status: ReferralStatus | null): Promise<ReferralModel[]> {
    const qb = this.db.getRepository(ReferralRow).createQueryBuilder('r').orderBy('r.received_at', 'DESC').limit(500);
    if (status) qb.andWhere('r.status = :status', { status });
    if (ctx.actor.role === Role.PRACTITIONER) {
      qb.andWhere('(r.referrer_agency_id = :agency OR r.lead_agency_id = :agency)', { agency: ctx.actor.agencyId });
    }
    const rows = await qb.getMany();
    await this.audit.record(
      ctx,
      rows.map((r) => ({
        action: AuditAction.ListReferrals,
        entityType: AuditEntity.Referral,
        entityId: r.id,
        familyId: r.familyId,
        allowed: true,
      })),
    );
    return this.toModels(rows);
  }

  async get(ctx: SignedInContext, id: string): Promise<ReferralModel> {
    const row = await this.db.getRepository(ReferralRow).findOneBy({ id });
    const allowed = row !== null && canViewReferral(ctx.actor, row);
    await this.audit.record(ctx, [
      { action: AuditAction.ReadReferral, entityType: AuditEntity.Referral, entityId: id, familyId: row?.familyId ?? null, allowed },
    ]);
    if (!row || !allowed) throw DomainError.notFound();
    const [model] = await this.toModels([row]);
    return model;
  }

  async record(ctx: SignedInContext, input: RecordReferralInput): Promise<ReferralModel> {
    const today = londonToday(this.clock.now());
    const problems = referralProblems(input, today);
    const [referrerAgency, existingFamily] = await Promise.all([
      input.referrerAgencyId ? this.db.getRepository(AgencyRow).findOneBy({ id: input.referrerAgencyId }) : null,
      input.existingFamilyId ? this.families.loadMany([input.existingFamilyId]) : null,
    ]);
    if (input.referrerAgencyId && !referrerAgency) {
      problems.push({ field: 'referrerAgencyId', message: 'Choose a referring agency from the list' });
    }
    if (input.existingFamilyId && !existingFamily?.size) {
      problems.push({ field: 'existingFamilyId', message: 'Choose a family from the list' });
    }
    requireNoProblems(problems);

    const row = await this.db.transaction(async (em) => {
      let familyId = input.existingFamilyId ?? null;
      const known = new Set(
        [...(existingFamily?.values() ?? [])].flatMap((f) => f.members.map(personMatchKey)),
      );
      if (!familyId) {
        const [created]: { id: string }[] = await em.query(
          `INSERT INTO family (reference, address_line1, address_line2, town, postcode)
           VALUES ('EH-' || nextval('family_reference_seq'), $1, $2, $3, $4) RETURNING id`,
          [input.addressLine1.trim(), input.addressLine2?.trim() || null, input.town.trim(), input.postcode.trim().toUpperCase()],
        );
        familyId = created.id;
      }
      for (const m of input.members.filter((member) => !known.has(personMatchKey(member)))) {
        await em.query(
          `INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [familyId, m.firstName.trim(), m.lastName.trim(), m.dateOfBirth, m.role, m.relationship.trim()],
        );
      }
      const previousCaseId = await this.recentlyClosedCase(em, familyId, today);
      const [referral]: { id: string }[] = await em.query(
        `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_agency_id, referrer_name,
                               concerns, consent_given, consent_note, previous_case_id)
         VALUES ('R-' || nextval('referral_reference_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          familyId,
          ctx.actor.userId,
          input.selfReferral,
          input.referrerAgencyId ?? null,
          input.referrerName.trim(),
          input.concerns,
          input.consentGiven,
          input.consentNote?.trim() || null,
          previousCaseId,
        ],
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.RecordReferral, entityType: AuditEntity.Referral, entityId: referral.id, familyId, allowed: true }],
        em,
      );
      return em.getRepository(ReferralRow).findOneByOrFail({ id: referral.id });
    });
    const [model] = await this.toModels([row]);
    return model;
  }

  // A family whose case closed within the last 12 months is being re-referred.
  private async recentlyClosedCase(em: EntityManager, familyId: string, today: string): Promise<string | null> {
    const closed: { id: string; closed_on: string }[] = await em.query(
      `SELECT id, closed_on FROM early_help_case WHERE family_id = $1 AND closed_on IS NOT NULL ORDER BY closed_on DESC LIMIT 1`,
      [familyId],
    );
    return closed[0] && isReReferral(closed[0].closed_on, today) ? closed[0].id : null;
  }

  async triage(ctx: SignedInContext, input: TriageReferralInput): Promise<ReferralModel> {
    const [leadAgency, leadPractitioner] = await Promise.all([
      input.leadAgencyId ? this.db.getRepository(AgencyRow).findOneBy({ id: input.leadAgencyId }) : null,
      input.leadPractitionerId
        ? this.db.getRepository(UserRow).findOneBy({ id: input.leadPractitionerId, active: true, role: Role.PRACTITIONER })
        : null,
    ]);
    const problems = triageProblems({
      decision: input.decision,
      reason: input.reason,
      leadAgencyId: input.leadAgencyId,
      leadPractitionerId: input.leadPractitionerId,
      leadPractitionerAgencyId: leadPractitioner?.agencyId ?? null,
    });
    if (input.leadAgencyId && !leadAgency) {
      problems.push({ field: 'leadAgencyId', message: 'Choose a lead agency from the list' });
    }
    if (input.leadPractitionerId && !leadPractitioner && !problems.some((p) => p.field === 'leadPractitionerId')) {
      problems.push({ field: 'leadPractitionerId', message: 'Choose a lead practitioner from the list' });
    }
    requireNoProblems(problems);

    const row = await this.db.transaction(async (em) => {
      const result: [unknown[], number] = await em.query(
        `UPDATE referral
            SET status = 'DECIDED', decision = $3, decision_reason = $4, decided_by = $5, decided_at = now(),
                lead_agency_id = $6, lead_practitioner_id = $7, version = version + 1
          WHERE id = $1 AND version = $2 AND status = 'AWAITING_TRIAGE'`,
        [input.referralId, input.version, input.decision, input.reason.trim(), ctx.actor.userId, input.leadAgencyId ?? null,
          input.leadPractitionerId ?? null],
      );
      const referral = await em.getRepository(ReferralRow).findOneBy({ id: input.referralId });
      if (!referral) throw DomainError.notFound();
      if (result[1] === 0) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [{ action: AuditAction.TriageReferral, entityType: AuditEntity.Referral, entityId: referral.id, familyId: referral.familyId, allowed: true }],
        em,
      );
      const caseId =
        opensPartnerLedCase(input.decision) && leadAgency && leadPractitioner
          ? await this.openCase(em, ctx, referral, leadAgency, leadPractitioner, ctx.actor)
          : null;
      await this.outbox.enqueue(em, JobName.ReferralDecided, { referralId: referral.id, decidedBy: ctx.actor.userId });
      if (caseId && leadPractitioner) {
        await this.outbox.enqueue(em, JobName.CaseAllocated, { caseId, leadPractitionerId: leadPractitioner.id });
      }
      return { referral, caseId };
    });
    const [model] = await this.toModels([row.referral]);
    return model;
  }

  private async openCase(
    em: EntityManager,
    ctx: SignedInContext,
    referral: ReferralRow,
    agency: AgencyRow,
    lead: UserRow,
    decidedBy: Actor,
  ): Promise<string> {
    const allocatedOn = londonToday(this.clock.now());
    const [created]: { id: string }[] = await em.query(
      `INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id,
                                    allocated_on, first_contact_due, my_family_plan_due)
       VALUES ('C-' || nextval('case_reference_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        referral.familyId,
        referral.id,
        LevelOfNeed.PartnerLedEarlyHelp,
        CaseStatus.AWAITING_FIRST_CONTACT,
        agency.id,
        lead.id,
        allocatedOn,
        firstContactDueDate(allocatedOn),
        myFamilyPlanDueDate(allocatedOn),
      ],
    );
    await em.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Lead practitioner')`, [
      created.id,
      lead.id,
    ]);
    const triager = await em.getRepository(UserRow).findOneByOrFail({ id: decidedBy.userId });
    await em.query(`INSERT INTO case_event (case_id, event_type, summary, actor_id) VALUES ($1, $2, $3, $4)`, [
      created.id,
      'CASE_OPENED',
      `${describeDecision(TriageDecision.LEVEL_2_PARTNER_LED)}: allocated to ${lead.displayName} (${agency.name}) at triage by ${triager.displayName}`,
      decidedBy.userId,
    ]);
    await this.audit.record(
      ctx,
      [{ action: AuditAction.OpenCase, entityType: AuditEntity.Case, entityId: created.id, familyId: referral.familyId, allowed: true }],
      em,
    );
    return created.id;
  }
}
