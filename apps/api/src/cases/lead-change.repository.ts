import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Role } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Changing a case's lead practitioner, within the agency or to another (migration 1732300000032).
@Injectable()
export class LeadChangeRepository {
  constructor(private readonly db: Db) {}

  async isAgencyManager(userId: string): Promise<boolean> {
    const row = await this.db.kysely.selectFrom('app_user').select('agency_manager').where('id', '=', userId).executeTakeFirst();
    return row?.agency_manager === true;
  }

  person(userId: string) {
    return this.db.kysely
      .selectFrom('app_user')
      .select(['id', 'active', 'role', 'agency_id', 'display_name'])
      .where('id', '=', userId)
      .executeTakeFirst();
  }

  agency(agencyId: string) {
    return this.db.kysely
      .selectFrom('agency')
      .select(['id', 'name', 'is_council_team', 'family_casework'])
      .where('id', '=', agencyId)
      .executeTakeFirst();
  }

  // Who may lead a case for an agency: its active practitioners.
  practitioners(agencyId: string) {
    return this.db.kysely
      .selectFrom('app_user')
      .select(['id', 'display_name', 'job_title'])
      .where('agency_id', '=', agencyId)
      .where('active', '=', true)
      .where('role', '=', Role.PRACTITIONER)
      .orderBy('display_name')
      .orderBy('id')
      .execute();
  }

  // An agency's active managers, told of offers made to the agency.
  async managers(agencyId: string): Promise<string[]> {
    const rows = await this.db.kysely
      .selectFrom('app_user')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('active', '=', true)
      .where('agency_manager', '=', true)
      .execute();
    return rows.map((r) => r.id);
  }

  // The lead moves within the agency, if the case is still at `version`: the old lead stops being
  // the case's named lead (they still see it as long as the one rule says so), the new one becomes it.
  async changeLead(tx: Database, change: { caseId: string; version: number; oldLeadId: string; newLeadId: string }): Promise<boolean> {
    const result = await tx
      .updateTable('early_help_case')
      .set((eb) => ({ lead_practitioner_id: change.newLeadId, version: eb('version', '+', 1) }))
      .where('id', '=', change.caseId)
      .where('version', '=', change.version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await tx.deleteFrom('case_professional').where('case_id', '=', change.caseId).where('user_id', '=', change.oldLeadId).execute();
    await tx
      .insertInto('case_professional')
      .values({ case_id: change.caseId, user_id: change.newLeadId, role: 'Lead practitioner' })
      .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ role: 'Lead practitioner' }))
      .execute();
    return true;
  }

  // The case's open offer, if any (seen by those who see the case and by the receiving agency).
  openTransferOf(caseId: string) {
    return this.db.kysely
      .selectFrom('case_transfer as t')
      .innerJoin('agency as a', 'a.id', 't.to_agency_id')
      .leftJoin('app_user as p', 'p.id', 't.to_practitioner_id')
      .select(['t.id', 't.to_agency_id', 'a.name as to_agency_name', 'p.display_name as to_practitioner_name', 't.note', 't.offered_at'])
      .where('t.case_id', '=', caseId)
      .where('t.status', '=', 'OFFERED')
      .executeTakeFirst();
  }

  transfer(transferId: string) {
    return this.db.kysely.selectFrom('case_transfer').selectAll().where('id', '=', transferId).executeTakeFirst();
  }

  // Locks the case row first, so an offer and a move of the same case queue rather than race.
  async offer(
    tx: Database,
    offer: {
      caseId: string;
      version: number;
      fromAgencyId: string;
      fromLeadId: string;
      toAgencyId: string;
      toPractitionerId: string | null;
      note: string;
      offeredBy: string;
      // A step-down from level 3: the level the case takes when accepted.
      toLevel?: 2;
    },
  ): Promise<string | null> {
    const locked = await tx
      .selectFrom('early_help_case')
      .select('id')
      .where('id', '=', offer.caseId)
      .where('version', '=', offer.version)
      .forUpdate()
      .executeTakeFirst();
    if (!locked) return null;
    const open = await tx
      .selectFrom('case_transfer')
      .select('id')
      .where('case_id', '=', offer.caseId)
      .where('status', '=', 'OFFERED')
      .executeTakeFirst();
    if (open) return null;
    const row = await tx
      .insertInto('case_transfer')
      .values({
        case_id: offer.caseId,
        from_agency_id: offer.fromAgencyId,
        from_lead_id: offer.fromLeadId,
        to_agency_id: offer.toAgencyId,
        to_practitioner_id: offer.toPractitionerId,
        note: offer.note,
        offered_by: offer.offeredBy,
        to_level: offer.toLevel ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  // Withdrawn or declined: only an offer still open; false if someone decided it first.
  async close(
    tx: Database,
    transferId: string,
    change: { status: 'WITHDRAWN' | 'DECLINED'; by: string; reason: string | null },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('case_transfer')
      .set({ status: change.status, decided_by: change.by, decided_at: sql`now()`, decline_reason: change.reason })
      .where('id', '=', transferId)
      .where('status', '=', 'OFFERED')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The receiving agency cannot see the case until it leads it, so the move is made by the
  // definer function, which checks the offer, the actor and the new lead again.
  async accept(tx: Database, transferId: string, newLeadId: string): Promise<string | null> {
    const row = await tx
      .selectNoFrom(sql<string | null>`eh_accept_case_transfer(${transferId}::uuid, ${newLeadId}::uuid)`.as('case_id'))
      .executeTakeFirst();
    return row?.case_id ?? null;
  }

  // What the receiving agency reads to decide: the narrow definer view.
  offeredToActor() {
    return this.db.kysely
      .selectFrom(sql<OfferRow>`eh_transfers_offered_to_actor()`.as('o'))
      .selectAll()
      .execute();
  }
}

interface OfferRow {
  transfer_id: string;
  case_id: string;
  family_id: string;
  case_reference: string;
  family_name: string | null;
  children_count: number;
  from_agency_name: string;
  offered_by_name: string;
  to_practitioner_id: string | null;
  note: string;
  offered_at: Date;
}
