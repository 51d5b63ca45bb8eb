import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { CaseStatus, Role } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// People's accounts: signing in, the FPT manager's list, and moving or removing someone. Writes
// take the transaction's typed handle; a change guarded by a version says whether it held.
@Injectable()
export class UserRepository {
  constructor(private readonly db: Db) {}

  // The account signing in with this address (already trimmed and lower-cased), active or not.
  signingIn(normalisedEmail: string) {
    return this.db.kysely
      .selectFrom('app_user')
      .select((eb) => ['id', 'agency_id', eb.ref('role').$castTo<Role>().as('role'), 'active', 'password_hash'])
      .where(sql<string>`lower(email)`, '=', normalisedEmail)
      .executeTakeFirst();
  }

  async email(userId: string): Promise<string> {
    const row = await this.db.kysely.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
    return row.email;
  }

  // Locked, so two managers' changes to one account queue rather than interleave.
  lockAccount(tx: Database, userId: string) {
    return tx
      .selectFrom('app_user')
      .select((eb) => ['id', 'display_name', eb.ref('role').$castTo<Role>().as('role'), 'agency_id', 'active', 'version'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
  }

  agency(tx: Database, agencyId: string) {
    return tx.selectFrom('agency').select(['id', 'is_council_team']).where('id', '=', agencyId).executeTakeFirst();
  }

  // The references of the cases in these states that the person leads.
  async casesLed(tx: Database, userId: string, statuses: readonly CaseStatus[]): Promise<string[]> {
    const rows = await tx
      .selectFrom('early_help_case')
      .select('reference')
      .where('lead_practitioner_id', '=', userId)
      .where('status', 'in', [...statuses])
      .orderBy('reference')
      .execute();
    return rows.map((r) => r.reference);
  }

  // Moves the person to another agency or removes their account, if it is still at `version`.
  async change(tx: Database, userId: string, version: number, change: { agencyId: string } | { active: false }): Promise<boolean> {
    const result = await tx
      .updateTable('app_user')
      .set((eb) => ({ ...('agencyId' in change ? { agency_id: change.agencyId } : { active: false }), version: eb('version', '+', 1) }))
      .where('id', '=', userId)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // Marks a practitioner as their agency's manager (or not), if the account is still at `version`.
  async setAgencyManager(tx: Database, userId: string, version: number, manager: boolean): Promise<boolean> {
    const result = await tx
      .updateTable('app_user')
      .set((eb) => ({ agency_manager: manager, version: eb('version', '+', 1) }))
      .where('id', '=', userId)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The person stops being a named professional on every case; answers those cases, by reference.
  // Their team memberships end (removed) and invitations still open are withdrawn, so the team's
  // history says so and they could be invited again.
  async endNamedProfessionalRoles(tx: Database, userId: string, by: string, reason: string) {
    const ended = await tx
      .selectFrom('case_professional as p')
      .innerJoin('early_help_case as c', 'c.id', 'p.case_id')
      .select(['p.case_id', 'c.family_id'])
      .where('p.user_id', '=', userId)
      .orderBy('c.reference')
      .execute();
    await tx
      .updateTable('case_team_invitation')
      .set((eb) => ({ status: 'REMOVED', ended_at: sql`now()`, ended_by: by, end_reason: reason, version: eb('version', '+', 1) }))
      .where('invitee_id', '=', userId)
      .where('status', '=', 'ACCEPTED')
      .execute();
    await tx
      .updateTable('case_team_invitation')
      .set((eb) => ({ status: 'WITHDRAWN', decided_at: sql`now()`, version: eb('version', '+', 1) }))
      .where('invitee_id', '=', userId)
      .where('status', '=', 'INVITED')
      .execute();
    await tx.deleteFrom('case_professional').where('user_id', '=', userId).execute();
    return ended;
  }

  // Everyone with an active account (`userId` null), or the one account whatever its state, with
  // their agency and how many cases in these states they lead; by agency, then name.
  accounts(userId: string | null, statuses: readonly CaseStatus[]) {
    return this.db.kysely
      .selectFrom('app_user as u')
      .innerJoin('agency as g', 'g.id', 'u.agency_id')
      .select((eb) => [
        'u.id',
        'u.display_name',
        'u.job_title',
        eb.ref('u.role').$castTo<Role>().as('role'),
        'u.agency_id',
        'u.active',
        'u.version',
        'u.agency_manager',
        'g.name as agency_name',
        'g.agency_type',
        eb
          .selectFrom('early_help_case as c')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('c.lead_practitioner_id', '=', 'u.id')
          .where('c.status', 'in', [...statuses])
          .$asScalar()
          .as('open_cases_led'),
      ])
      .where((eb) => (userId === null ? eb('u.active', '=', true) : eb('u.id', '=', userId)))
      .orderBy('g.name')
      .orderBy('u.display_name')
      .execute();
  }
}
