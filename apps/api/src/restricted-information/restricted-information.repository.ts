import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { CaseStatus, RestrictedInformationCategory } from '@eh/domain';
import { Db } from '../database/db';
import { CrisisCardContent } from '../database/entities';
import { Database } from '../database/kysely';

// Restricted information on cases. Its content column is closed to the API's role: reads go
// through eh_restricted_content (migration 0020), which applies the field's read rule a second time.
@Injectable()
export class RestrictedInformationRepository {
  constructor(private readonly db: Db) {}

  // The case, in the shape CaseAccessService takes for the finer rules.
  caseRow(caseId: string) {
    return this.db.kysely
      .selectFrom('early_help_case')
      .select((eb) => [
        'id',
        'reference',
        'family_id as familyId',
        'referral_id as referralId',
        'level',
        eb.ref('status').$castTo<CaseStatus>().as('status'),
        'lead_agency_id as leadAgencyId',
        'lead_practitioner_id as leadPractitionerId',
        'allocated_on as allocatedOn',
        'first_contact_due as firstContactDue',
        'my_family_plan_due as myFamilyPlanDue',
        'first_contact_on as firstContactOn',
        'declined_reason as declinedReason',
        'closed_on as closedOn',
        'closure_outcome as closureOutcome',
        'closure_reason as closureReason',
        eb.ref('crisis_card').$castTo<CrisisCardContent | null>().as('crisisCard'),
        'maintenance_started_on as maintenanceStartedOn',
        'version',
      ])
      .where('id', '=', caseId)
      .executeTakeFirst();
  }

  // Newest first; the content is null to anyone the database's own rule does not let read it.
  entries(caseId: string) {
    return this.db.kysely
      .selectFrom('restricted_information')
      .select((eb) => [
        'id',
        'case_id',
        eb.ref('category').$castTo<RestrictedInformationCategory>().as('category'),
        sql<string | null>`eh_restricted_content(id)`.as('content'),
        'recorded_by',
        'recorded_by_agency_id',
        'shared_with_user_ids',
        'recorded_at',
      ])
      .where('case_id', '=', caseId)
      .orderBy('recorded_at', 'desc')
      .orderBy('id')
      .execute();
  }

  record(
    tx: Database,
    entry: {
      caseId: string;
      category: RestrictedInformationCategory;
      content: string;
      recordedBy: string;
      recordedByAgencyId: string;
      sharedWithUserIds: readonly string[];
    },
  ) {
    return tx
      .insertInto('restricted_information')
      .values({
        case_id: entry.caseId,
        category: entry.category,
        content: entry.content,
        recorded_by: entry.recordedBy,
        recorded_by_agency_id: entry.recordedByAgencyId,
        shared_with_user_ids: [...entry.sharedWithUserIds],
      })
      .returning((eb) => [
        'id',
        'case_id',
        eb.ref('category').$castTo<RestrictedInformationCategory>().as('category'),
        'recorded_by',
        'recorded_by_agency_id',
        'shared_with_user_ids',
        'recorded_at',
      ])
      .executeTakeFirstOrThrow();
  }

  // The person no longer reads what was shared with them (they moved or left).
  async endSharesWith(tx: Database, userId: string): Promise<void> {
    await tx
      .updateTable('restricted_information')
      .set((eb) => ({
        shared_with_user_ids: sql<string[]>`array_remove(shared_with_user_ids, ${userId}::uuid)`,
        version: eb('version', '+', 1),
      }))
      .where(sql<boolean>`${userId}::uuid = ANY (shared_with_user_ids)`)
      .execute();
  }
}
