import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { CaseStatus, LevelOfNeed, STILL_OPEN_CASE_STATUSES, TriageDecision } from '@eh/domain';
import { Database } from '../database/kysely';
import { Db } from '../database/db';
import { agencyOf, practitionerOf } from '../identity/directory.repository';
import { familiesWithMembers } from './family.repository';

const REFERRAL_LIST_LIMIT = 500;

// Referrals, their triage, and the case a partner-led decision opens. Each read is one statement
// with all a referral shows: its agencies, the lead practitioner, who decided, the family and its
// members, and the case it opened. Writes take the transaction's typed handle.
// New references (R-…, C-…) from their sequences; the seed takes the same.
export const nextReferralReference = () => sql<string>`'R-' || nextval('referral_reference_seq')`;
export const nextCaseReference = () => sql<string>`'C-' || nextval('case_reference_seq')`;

@Injectable()
export class ReferralRepository {
  constructor(private readonly db: Db) {}

  private shown() {
    const db = this.db.kysely;
    return db
      .selectFrom('referral as r')
      .leftJoin('app_user as d', 'd.id', 'r.decided_by')
      .leftJoin('early_help_case as c', 'c.referral_id', 'r.id')
      .select((eb) => [
        'r.id',
        'r.reference',
        'r.version',
        'r.received_at as receivedAt',
        'r.status',
        'r.self_referral as selfReferral',
        'r.referrer_agency_id as referrerAgencyId',
        'r.referrer_name as referrerName',
        'r.concerns',
        'r.consent_given as consentGiven',
        'r.consent_note as consentNote',
        'r.consent_on as consentOn',
        'r.safeguarding_basis as safeguardingBasis',
        'r.family_words as familyWords',
        'r.made_by_partner as madeByPartner',
        'r.recorded_by as recordedBy',
        'r.family_id as familyId',
        'r.decision',
        'r.decision_reason as decisionReason',
        'r.decided_at as decidedAt',
        'd.display_name as decidedByName',
        'r.lead_agency_id as leadAgencyId',
        'r.previous_case_id as previousCaseId',
        'r.added_to_case_id as addedToCaseId',
        'r.second_case_reason as secondCaseReason',
        eb.fn.coalesce('c.id', 'r.added_to_case_id').as('caseId'),
        agencyOf(db, eb.ref('r.referrer_agency_id')).as('referrerAgency'),
        agencyOf(db, eb.ref('r.lead_agency_id')).as('leadAgency'),
        practitionerOf(db, eb.ref('r.lead_practitioner_id')).as('leadPractitioner'),
        jsonObjectFrom(familiesWithMembers(db).where('f.id', '=', eb.ref('r.family_id'))).as('family'),
      ])
      .$narrowType<{ decision: TriageDecision | null }>();
  }

  // Newest first; only those made or led by `agencyId` when one is given; only those made by
  // `recordedBy` when one is given.
  list(filter: { status: string | null; agencyId: string | null; recordedBy?: string }) {
    let query = this.shown();
    if (filter.recordedBy) query = query.where('r.recorded_by', '=', filter.recordedBy);
    if (filter.status) query = query.where('r.status', '=', filter.status);
    const { agencyId } = filter;
    if (agencyId) query = query.where((eb) => eb.or([eb('r.referrer_agency_id', '=', agencyId), eb('r.lead_agency_id', '=', agencyId)]));
    return query.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(REFERRAL_LIST_LIMIT).execute();
  }

  find(id: string) {
    return this.shown().where('r.id', '=', id).executeTakeFirst();
  }

  // The family's cases still open (awaiting first contact, open or in maintenance), with who
  // leads each: what triage offers to add a new referral to.
  openCasesOfFamily(familyId: string) {
    const db = this.db.kysely;
    return db
      .selectFrom('early_help_case as c')
      .select((eb) => [
        'c.id',
        'c.reference',
        'c.status',
        'c.version',
        'c.lead_practitioner_id as leadPractitionerId',
        agencyOf(db, eb.ref('c.lead_agency_id')).$notNull().as('leadAgency'),
        practitionerOf(db, eb.ref('c.lead_practitioner_id')).$notNull().as('leadPractitioner'),
      ])
      .where('c.family_id', '=', familyId)
      .where('c.status', 'in', STILL_OPEN_CASE_STATUSES)
      .orderBy('c.allocated_on')
      .orderBy('c.id')
      .$narrowType<{ status: CaseStatus }>()
      .execute();
  }

  // One case, for adding a referral to it: its family, status and lead. Locked, so it cannot
  // close under the addition.
  caseForAddition(tx: Database, caseId: string) {
    return tx
      .selectFrom('early_help_case as c')
      .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
      .select([
        'c.id',
        'c.reference',
        'c.family_id as familyId',
        'c.status',
        'c.lead_agency_id as leadAgencyId',
        'c.lead_practitioner_id as leadPractitionerId',
        'a.name as leadAgencyName',
      ])
      .where('c.id', '=', caseId)
      .forUpdate('c')
      .$narrowType<{ status: CaseStatus }>()
      .executeTakeFirst();
  }

  // The family's most recently closed case, if any.
  lastClosedCase(tx: Database, familyId: string) {
    return tx
      .selectFrom('early_help_case')
      .select(['id', 'closed_on as closedOn'])
      .where('family_id', '=', familyId)
      .where('closed_on', 'is not', null)
      .orderBy('closed_on', 'desc')
      .limit(1)
      .$narrowType<{ closedOn: string }>()
      .executeTakeFirst();
  }

  async add(
    tx: Database,
    referral: {
      familyId: string;
      recordedBy: string;
      selfReferral: boolean;
      referrerAgencyId: string | null;
      referrerName: string;
      concerns: string;
      consentGiven: boolean;
      consentNote: string | null;
      previousCaseId: string | null;
      partner?: { consentOn: string | null; safeguardingBasis: boolean; familyWords: string | null };
    },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('referral')
      .values({
        reference: nextReferralReference(),
        family_id: referral.familyId,
        recorded_by: referral.recordedBy,
        self_referral: referral.selfReferral,
        referrer_agency_id: referral.referrerAgencyId,
        referrer_name: referral.referrerName,
        concerns: referral.concerns,
        consent_given: referral.consentGiven,
        consent_note: referral.consentNote,
        previous_case_id: referral.previousCaseId,
        ...(referral.partner
          ? {
              made_by_partner: true,
              consent_on: referral.partner.consentOn,
              safeguarding_basis: referral.partner.safeguardingBasis,
              family_words: referral.partner.familyWords,
            }
          : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // The triage decision, only over the version the triager saw and while the referral still
  // awaits triage; false when either no longer holds.
  async decide(
    tx: Database,
    decision: {
      referralId: string;
      version: number;
      decision: TriageDecision;
      reason: string;
      decidedBy: string;
      leadAgencyId: string | null;
      leadPractitionerId: string | null;
      secondCaseReason?: string | null;
      addedToCaseId?: string | null;
    },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('referral')
      .set((eb) => ({
        second_case_reason: decision.secondCaseReason ?? null,
        added_to_case_id: decision.addedToCaseId ?? null,
        status: 'DECIDED',
        decision: decision.decision,
        decision_reason: decision.reason,
        decided_by: decision.decidedBy,
        decided_at: eb.fn('now'),
        lead_agency_id: decision.leadAgencyId,
        lead_practitioner_id: decision.leadPractitionerId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', decision.referralId)
      .where('version', '=', decision.version)
      .where('status', '=', 'AWAITING_TRIAGE')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The partner-led case a triage decision opens, with its lead practitioner as its first named
  // professional.
  async openCase(
    tx: Database,
    opened: {
      familyId: string;
      referralId: string;
      leadAgencyId: string;
      leadPractitionerId: string;
      allocatedOn: string;
      firstContactDue: string;
      myFamilyPlanDue: string;
    },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('early_help_case')
      .values({
        reference: nextCaseReference(),
        family_id: opened.familyId,
        referral_id: opened.referralId,
        level: LevelOfNeed.PartnerLedEarlyHelp,
        status: CaseStatus.AWAITING_FIRST_CONTACT,
        lead_agency_id: opened.leadAgencyId,
        lead_practitioner_id: opened.leadPractitionerId,
        allocated_on: opened.allocatedOn,
        first_contact_due: opened.firstContactDue,
        my_family_plan_due: opened.myFamilyPlanDue,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('case_professional')
      .values({ case_id: id, user_id: opened.leadPractitionerId, role: 'Lead practitioner' })
      .execute();
    return id;
  }
}

export type ReferralRecord = NonNullable<Awaited<ReturnType<ReferralRepository['find']>>>;
