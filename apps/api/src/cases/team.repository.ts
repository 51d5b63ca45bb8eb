import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// The team around the family (migration 1732300000035): invitations, members and their history.
@Injectable()
export class TeamRepository {
  constructor(private readonly db: Db) {}

  // The case's members as the case page lists them (the lead among them), with the footing each
  // stands on: the invitation they accepted, when there was one.
  members(caseId: string) {
    return this.db.kysely
      .selectFrom('case_professional as cp')
      .innerJoin('app_user as u', 'u.id', 'cp.user_id')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .leftJoin('case_team_invitation as i', (join) =>
        join.onRef('i.case_id', '=', 'cp.case_id').onRef('i.invitee_id', '=', 'cp.user_id').on('i.status', '=', 'ACCEPTED'),
      )
      .select([
        'cp.user_id',
        'cp.role',
        'cp.added_at',
        'cp.joined_on_consent',
        'u.display_name',
        'u.job_title',
        'a.name as agency_name',
        'i.id as invitation_id',
        'i.version as invitation_version',
        'i.lawful_basis',
      ])
      .where('cp.case_id', '=', caseId)
      .orderBy('cp.added_at')
      .orderBy('u.display_name')
      .execute();
  }

  // Every invitation but those standing as a membership: open, declined, withdrawn, and former
  // members (left or removed), with who they were.
  history(caseId: string) {
    return this.db.kysely
      .selectFrom('case_team_invitation as i')
      .innerJoin('app_user as u', 'u.id', 'i.invitee_id')
      .innerJoin('agency as a', 'a.id', 'i.invitee_agency_id')
      .innerJoin('app_user as by', 'by.id', 'i.invited_by')
      .select([
        'i.id',
        'i.invitee_id',
        'i.role',
        'i.basis',
        'i.lawful_basis',
        'i.lawful_basis_reason',
        'i.status',
        'i.invited_at',
        'i.decided_at',
        'i.decline_reason',
        'i.ended_at',
        'i.end_reason',
        'i.version',
        'u.display_name',
        'a.name as agency_name',
        'by.display_name as invited_by_name',
      ])
      .where('i.case_id', '=', caseId)
      .where('i.status', '<>', 'ACCEPTED')
      .orderBy('i.invited_at', 'desc')
      .execute();
  }

  invitation(invitationId: string) {
    return this.db.kysely.selectFrom('case_team_invitation').selectAll().where('id', '=', invitationId).executeTakeFirst();
  }

  // Who could be invited: active practitioners of the partner agencies.
  person(userId: string) {
    return this.db.kysely
      .selectFrom('app_user as u')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .select(['u.id', 'u.active', 'u.role', 'u.agency_id', 'u.display_name', 'a.name as agency_name', 'a.is_council_team'])
      .where('u.id', '=', userId)
      .executeTakeFirst();
  }

  // Members and people with an invitation open.
  async memberOrInvitedIds(caseId: string): Promise<string[]> {
    const members = await this.db.kysely.selectFrom('case_professional').select('user_id').where('case_id', '=', caseId).execute();
    const invited = await this.db.kysely
      .selectFrom('case_team_invitation')
      .select('invitee_id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'INVITED')
      .execute();
    return [...members.map((m) => m.user_id), ...invited.map((i) => i.invitee_id)];
  }

  // Locks the case at `version` first, so an invitation and a change of lead queue rather than race.
  async invite(
    tx: Database,
    invitation: {
      caseId: string;
      version: number;
      inviteeId: string;
      inviteeAgencyId: string;
      role: string;
      basis: string;
      lawfulBasis: string | null;
      lawfulBasisReason: string | null;
      invitedBy: string;
    },
  ): Promise<string | null> {
    const locked = await tx
      .selectFrom('early_help_case')
      .select('id')
      .where('id', '=', invitation.caseId)
      .where('version', '=', invitation.version)
      .forUpdate()
      .executeTakeFirst();
    if (!locked) return null;
    const row = await tx
      .insertInto('case_team_invitation')
      .values({
        case_id: invitation.caseId,
        invitee_id: invitation.inviteeId,
        invitee_agency_id: invitation.inviteeAgencyId,
        role: invitation.role,
        basis: invitation.basis,
        lawful_basis: invitation.lawfulBasis,
        lawful_basis_reason: invitation.lawfulBasisReason,
        invited_by: invitation.invitedBy,
      })
      .onConflict((oc) => oc.columns(['case_id', 'invitee_id']).where('status', 'in', ['INVITED', 'ACCEPTED']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  // Declined or withdrawn: only an invitation still open at `version`.
  async close(tx: Database, invitationId: string, version: number, change: { status: 'DECLINED' | 'WITHDRAWN'; reason: string | null }) {
    const result = await tx
      .updateTable('case_team_invitation')
      .set((eb) => ({ status: change.status, decided_at: sql`now()`, decline_reason: change.reason, version: eb('version', '+', 1) }))
      .where('id', '=', invitationId)
      .where('status', '=', 'INVITED')
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // Declined by the invited person, with its chronology line; answers the case's lead, or null if
  // the invitation was no longer open at `version`.
  async decline(tx: Database, invitationId: string, version: number, reason: string, summary: string): Promise<string | null> {
    const row = await tx
      .selectNoFrom(
        sql<string | null>`eh_decline_team_invitation(${invitationId}::uuid, ${version}::integer, ${reason}, ${summary})`.as('lead_id'),
      )
      .executeTakeFirst();
    return row?.lead_id ?? null;
  }

  // The invited person cannot see the case until they accept, so the naming is made by the
  // definer function, which checks the invitation, the actor and the consent again.
  async accept(tx: Database, invitationId: string, version: number): Promise<string | null> {
    const row = await tx
      .selectNoFrom(sql<string | null>`eh_accept_team_invitation(${invitationId}::uuid, ${version}::integer)`.as('case_id'))
      .executeTakeFirst();
    return row?.case_id ?? null;
  }

  // A member leaves or is removed: their membership history ends (at `version`, when they joined
  // by invitation) and their naming on the case goes. False if someone changed it first.
  async end(
    tx: Database,
    change: {
      caseId: string;
      userId: string;
      invitationId: string | null;
      version: number | null;
      status: 'LEFT' | 'REMOVED';
      by: string;
      reason: string | null;
    },
  ): Promise<boolean> {
    if (change.invitationId !== null && change.version !== null) {
      const ended = await tx
        .updateTable('case_team_invitation')
        .set((eb) => ({
          status: change.status,
          ended_at: sql`now()`,
          ended_by: change.by,
          end_reason: change.reason,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', change.invitationId)
        .where('status', '=', 'ACCEPTED')
        .where('version', '=', change.version)
        .executeTakeFirst();
      if (ended.numUpdatedRows === 0n) return false;
    }
    const removed = await tx
      .deleteFrom('case_professional')
      .where('case_id', '=', change.caseId)
      .where('user_id', '=', change.userId)
      .executeTakeFirst();
    return removed.numDeletedRows > 0n;
  }

  // What the invited person reads to decide: the narrow definer view.
  invitationsForActor() {
    return this.db.kysely
      .selectFrom(sql<InvitationRow>`eh_team_invitations_for_actor()`.as('i'))
      .selectAll()
      .execute();
  }

  // A member's assignments go when they leave the team.
  async unassignMember(tx: Database, caseId: string, userId: string): Promise<void> {
    await tx
      .deleteFrom('plan_section_assignment')
      .where('user_id', '=', userId)
      .where('plan_id', 'in', (eb) => eb.selectFrom('my_family_plan').select('id').where('case_id', '=', caseId))
      .execute();
  }
}

interface InvitationRow {
  invitation_id: string;
  case_id: string;
  family_id: string;
  case_reference: string;
  family_initial: string | null;
  role: string;
  basis: string;
  lawful_basis: string | null;
  invited_by_name: string;
  invited_by_agency: string;
  invited_at: Date;
  version: number;
}
