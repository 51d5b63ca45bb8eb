import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import {
  AccountChangeRefusal,
  AccountFacts,
  CaseStatus,
  DomainError,
  DomainErrorCode,
  moveRefusal,
  removalRefusal,
  Role,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { recordCaseEvent } from '../cases/case-events';
import { changedRows } from '../database/changed-rows';
import { ManagedUserModel } from './user-administration.models';

const OPEN_STATUSES = [CaseStatus.AWAITING_FIRST_CONTACT, CaseStatus.OPEN, CaseStatus.MAINTENANCE];

interface AccountRow {
  id: string;
  display_name: string;
  job_title: string;
  role: Role;
  agency_id: string;
  active: boolean;
  version: number;
}

type Change = { kind: 'MOVE'; agencyId: string; isCouncilTeam: boolean } | { kind: 'REMOVE' };

function refusalMessage(refusal: AccountChangeRefusal, leadOf: readonly string[]): DomainError {
  switch (refusal) {
    case AccountChangeRefusal.NOT_ACTIVE:
      return new DomainError(DomainErrorCode.InvalidState, 'This account has already been removed');
    case AccountChangeRefusal.OWN_ACCOUNT:
      return new DomainError(DomainErrorCode.InvalidState, 'You cannot move or remove your own account');
    case AccountChangeRefusal.COUNCIL_TEAM_MEMBER:
      return new DomainError(DomainErrorCode.InvalidState, 'Only practitioners can be moved between partner agencies');
    case AccountChangeRefusal.INTO_COUNCIL_TEAM:
      return DomainError.invalid([{ field: 'agencyId', message: 'Choose a partner agency, not the council’s Family Partnership Team' }]);
    case AccountChangeRefusal.SAME_AGENCY:
      return DomainError.invalid([{ field: 'agencyId', message: 'They are already in this agency' }]);
    case AccountChangeRefusal.LEADS_OPEN_CASES: {
      const cases = leadOf.length === 1 ? '1 open case' : `${leadOf.length} open cases`;
      return new DomainError(
        DomainErrorCode.InvalidState,
        `They are the lead practitioner for ${cases} (${leadOf.join(', ')}). Reallocate ${leadOf.length === 1 ? 'it' : 'them'} first.`,
      );
    }
  }
}

// The FPT manager moves a practitioner to another agency or removes an account. Access that
// follows the person (named professional, shares of restricted information) ends with it, and
// every session ends, all in one transaction, so the very next request sees the change.
@Injectable()
export class UserAdministrationService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  // Everyone with an active account, by agency: the FPT manager's list of people.
  people(): Promise<ManagedUserModel[]> {
    return this.accounts(null);
  }

  moveToAgency(ctx: SignedInContext, userId: string, agencyId: string, expectedVersion: number | null): Promise<ManagedUserModel> {
    return this.change(ctx, userId, expectedVersion, async (em) => {
      const [agency]: { id: string; is_council_team: boolean }[] = await em.query(`SELECT id, is_council_team FROM agency WHERE id = $1`, [agencyId]);
      if (!agency) throw DomainError.invalid([{ field: 'agencyId', message: 'Choose an agency from the list' }]);
      return { kind: 'MOVE', agencyId: agency.id, isCouncilTeam: agency.is_council_team };
    });
  }

  removeFromAgency(ctx: SignedInContext, userId: string, expectedVersion: number | null): Promise<ManagedUserModel> {
    return this.change(ctx, userId, expectedVersion, () => Promise.resolve({ kind: 'REMOVE' }));
  }

  private async change(
    ctx: SignedInContext,
    userId: string,
    expectedVersion: number | null,
    decide: (em: EntityManager) => Promise<Change>,
  ): Promise<ManagedUserModel> {
    await this.db.transaction(async (em) => {
      // Locked, so two managers' changes to one account queue rather than interleave.
      const [account]: AccountRow[] = await em.query(
        `SELECT id, display_name, job_title, role, agency_id, active, version FROM app_user WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!account) throw DomainError.notFound();
      if (expectedVersion !== null && expectedVersion !== account.version) throw DomainError.conflict();
      const change = await decide(em);
      const leadOf: { reference: string }[] = await em.query(
        `SELECT reference FROM early_help_case WHERE lead_practitioner_id = $1 AND status = ANY($2) ORDER BY reference`,
        [userId, OPEN_STATUSES],
      );
      const facts: AccountFacts = {
        userId: account.id,
        role: account.role,
        active: account.active,
        agencyId: account.agency_id,
        leadOfOpenCases: leadOf.map((c) => c.reference),
      };
      const refusal = change.kind === 'MOVE'
        ? moveRefusal(ctx.actor.userId, facts, { agencyId: change.agencyId, isCouncilTeam: change.isCouncilTeam })
        : removalRefusal(ctx.actor.userId, facts);
      if (refusal) throw refusalMessage(refusal, facts.leadOfOpenCases);

      const updated = change.kind === 'MOVE'
        ? await changedRows(em, `UPDATE app_user SET agency_id = $3, version = version + 1 WHERE id = $1 AND version = $2`, [userId, account.version, change.agencyId])
        : await changedRows(em, `UPDATE app_user SET active = false, version = version + 1 WHERE id = $1 AND version = $2`, [userId, account.version]);
      if (updated === 0) throw DomainError.conflict();

      // Selected, then deleted: TypeORM answers a DELETE with [rows, count], not the rows alone.
      const ended: { case_id: string; family_id: string }[] = await em.query(
        `SELECT p.case_id, c.family_id FROM case_professional p JOIN early_help_case c ON c.id = p.case_id WHERE p.user_id = $1 ORDER BY c.reference`,
        [userId],
      );
      await em.query(`DELETE FROM case_professional WHERE user_id = $1`, [userId]);
      const reason = change.kind === 'MOVE' ? 'moved agency' : 'account removed';
      for (const c of ended) {
        await recordCaseEvent(em, c.case_id, 'NAMED_PROFESSIONAL_ENDED', `${account.display_name} is no longer a named professional: ${reason}`, ctx.actor.userId);
      }
      // A share of restricted information was made to the person in their role on the case.
      await em.query(
        `UPDATE restricted_information SET shared_with_user_ids = array_remove(shared_with_user_ids, $1), version = version + 1
          WHERE $1 = ANY (shared_with_user_ids)`,
        [userId],
      );
      await em.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await this.audit.record(ctx, [
        { action: change.kind === 'MOVE' ? AuditAction.MoveUser : AuditAction.RemoveUser, entityType: AuditEntity.User, entityId: userId, familyId: null, allowed: true },
        ...ended.map((c) => ({ action: AuditAction.EndNamedProfessional, entityType: AuditEntity.Case, entityId: c.case_id, familyId: c.family_id, allowed: true })),
      ], em);
    });
    const [model] = await this.accounts(userId);
    return model;
  }

  private async accounts(userId: string | null): Promise<ManagedUserModel[]> {
    const rows: (AccountRow & { agency_name: string; agency_type: string; open_cases_led: number })[] = await this.db.query(
      `SELECT u.id, u.display_name, u.job_title, u.role, u.agency_id, u.active, u.version,
              g.name AS agency_name, g.agency_type,
              (SELECT count(*)::int FROM early_help_case c WHERE c.lead_practitioner_id = u.id AND c.status = ANY($1)) AS open_cases_led
         FROM app_user u JOIN agency g ON g.id = u.agency_id
        WHERE ($2::uuid IS NULL AND u.active) OR u.id = $2::uuid
        ORDER BY g.name, u.display_name`,
      [OPEN_STATUSES, userId],
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      jobTitle: r.job_title,
      role: r.role,
      agency: { id: r.agency_id, name: r.agency_name, agencyType: r.agency_type },
      active: r.active,
      version: r.version,
      openCasesLed: r.open_cases_led,
    }));
  }
}
