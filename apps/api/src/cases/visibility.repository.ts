import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Actor, CaseStatus } from '@eh/domain';
import { CaseRow } from '../database/entities';
import { Db } from '../database/db';

// The one SQL rule "who may see this case today" (eh_visible_case_ids and eh_case_visible_to,
// migration 1732300000023), asked of a set of cases or a set of people.
@Injectable()
export class VisibilityRepository {
  constructor(private readonly db: Db) {}

  // The ids among `caseIds` the actor may see on `today` (a London date).
  async visibleIds(actor: Actor, today: string, caseIds: readonly string[]): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const rows = await this.db.kysely
      .selectFrom(
        sql<{ case_id: string }>`eh_visible_case_ids(${actor.userId}::uuid, ${actor.agencyId}::uuid, ${actor.role}, ${today}::date)`.as(
          'v',
        ),
      )
      .select('v.case_id')
      .where(sql<boolean>`v.case_id = ANY(${[...caseIds]}::uuid[])`)
      .execute();
    return new Set(rows.map((r) => r.case_id));
  }

  // Which of these people may see the case on `today`.
  async peopleWhoMaySee(caseId: string, today: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db.kysely
      .selectFrom('app_user as u')
      .select('u.id')
      .where('u.id', 'in', [...userIds])
      .where(sql<boolean>`eh_case_visible_to(${caseId}::uuid, u.id, u.agency_id, u.role, ${today}::date)`)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  // The named professionals of each of these cases.
  namedProfessionals(caseIds: readonly string[]) {
    return this.db.kysely
      .selectFrom('case_professional')
      .select(['case_id', 'user_id', 'joined_on_consent'])
      .where('case_id', 'in', [...caseIds])
      .execute();
  }

  // The consents of each of these cases (current or not), as the access facts need them.
  consents(caseIds: readonly string[]) {
    return this.db.kysely
      .selectFrom('consent')
      .select(['case_id', 'agency_ids as agencyIds', 'given_on as givenOn', 'withdrawn_on as withdrawnOn'])
      .where('case_id', 'in', [...caseIds])
      .execute();
  }

  // One case, with whether the actor may see it today, in one statement.
  async caseFor(actor: Actor, today: string, caseId: string): Promise<{ row: CaseRow; visible: boolean } | null> {
    const found = await this.db.kysely
      .selectFrom('early_help_case as c')
      .selectAll('c')
      .select(
        sql<boolean>`eh_case_visible_to(c.id, ${actor.userId}::uuid, ${actor.agencyId}::uuid, ${actor.role}, ${today}::date)`.as('visible'),
      )
      .where('c.id', '=', caseId)
      .executeTakeFirst();
    if (!found) return null;
    const row: CaseRow = {
      id: found.id,
      reference: found.reference,
      familyId: found.family_id,
      referralId: found.referral_id,
      level: found.level,
      status: found.status as CaseStatus,
      leadAgencyId: found.lead_agency_id,
      leadPractitionerId: found.lead_practitioner_id,
      allocatedOn: found.allocated_on,
      firstContactDue: found.first_contact_due,
      myFamilyPlanDue: found.my_family_plan_due,
      firstContactOn: found.first_contact_on,
      declinedReason: found.declined_reason,
      closedOn: found.closed_on,
      closureOutcome: found.closure_outcome,
      closureReason: found.closure_reason,
      crisisCard: found.crisis_card as CaseRow['crisisCard'],
      maintenanceStartedOn: found.maintenance_started_on,
      version: found.version,
    };
    return { row, visible: found.visible };
  }
}
