import { Injectable, Inject } from '@nestjs/common';
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
  CouncilTerms,
} from '@eh/domain';
import { LiveSignals } from '../live/live-signals.service';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { recordCaseEvent } from '../cases/case-events';
import { Database } from '../database/kysely';
import { RestrictedInformationRepository } from '../restricted-information/restricted-information.repository';
import { SessionRepository } from './session.repository';
import { ManagedUserModel } from './user-administration.models';
import { UserRepository } from './user.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const OPEN_STATUSES = [CaseStatus.AWAITING_FIRST_CONTACT, CaseStatus.OPEN, CaseStatus.MAINTENANCE];

type Change = { kind: 'MOVE'; agencyId: string; isCouncilTeam: boolean } | { kind: 'REMOVE' };

function refusalMessage(refusal: AccountChangeRefusal, leadOf: readonly string[], terms: CouncilTerms): DomainError {
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
        `They are the ${terms.leadPractitioner} for ${cases} (${leadOf.join(', ')}). Reallocate ${leadOf.length === 1 ? 'it' : 'them'} first with “Change ${terms.leadPractitioner}” on the case page.`,
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
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly restricted: RestrictedInformationRepository,
    private readonly audit: AuditService,
    private readonly live: LiveSignals,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Everyone with an active account, by agency: the FPT manager's list of people.
  people(): Promise<ManagedUserModel[]> {
    return this.accounts(null);
  }

  moveToAgency(ctx: SignedInContext, userId: string, agencyId: string, expectedVersion: number | null): Promise<ManagedUserModel> {
    return this.change(ctx, userId, expectedVersion, async (tx) => {
      const agency = await this.users.agency(tx, agencyId);
      if (!agency) throw DomainError.invalid([{ field: 'agencyId', message: 'Choose an agency from the list' }]);
      return { kind: 'MOVE', agencyId: agency.id, isCouncilTeam: agency.is_council_team };
    });
  }

  removeFromAgency(ctx: SignedInContext, userId: string, expectedVersion: number | null): Promise<ManagedUserModel> {
    return this.change(ctx, userId, expectedVersion, () => Promise.resolve({ kind: 'REMOVE' }));
  }

  // The FPT manager names who manages a partner agency's cases (docs/decisions.md, "Changing the
  // lead practitioner"). Only an active practitioner can be one.
  async setAgencyManager(
    ctx: SignedInContext,
    userId: string,
    manager: boolean,
    expectedVersion: number | null,
  ): Promise<ManagedUserModel> {
    await this.db.transaction(async (em, tx) => {
      const account = await this.users.lockAccount(tx, userId);
      if (!account) throw DomainError.notFound();
      if (expectedVersion !== null && expectedVersion !== account.version) throw DomainError.conflict();
      if (!account.active || account.role !== Role.PRACTITIONER) {
        throw new DomainError(DomainErrorCode.InvalidState, 'Only an active practitioner of a partner agency can manage its cases');
      }
      if (!(await this.users.setAgencyManager(tx, userId, account.version, manager))) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [{ action: AuditAction.SetAgencyManager, entityType: AuditEntity.User, entityId: userId, familyId: null, allowed: true }],
        em,
      );
    });
    const [model] = await this.accounts(userId);
    return model;
  }

  private async change(
    ctx: SignedInContext,
    userId: string,
    expectedVersion: number | null,
    decide: (tx: Database) => Promise<Change>,
  ): Promise<ManagedUserModel> {
    await this.db.transaction(async (em, tx) => {
      const account = await this.users.lockAccount(tx, userId);
      if (!account) throw DomainError.notFound();
      if (expectedVersion !== null && expectedVersion !== account.version) throw DomainError.conflict();
      const change = await decide(tx);
      const facts: AccountFacts = {
        userId: account.id,
        role: account.role,
        active: account.active,
        agencyId: account.agency_id,
        leadOfOpenCases: await this.users.casesLed(tx, userId, OPEN_STATUSES),
      };
      const refusal =
        change.kind === 'MOVE'
          ? moveRefusal(ctx.actor.userId, facts, { agencyId: change.agencyId, isCouncilTeam: change.isCouncilTeam })
          : removalRefusal(ctx.actor.userId, facts);
      if (refusal) throw refusalMessage(refusal, facts.leadOfOpenCases, this.config.terms);

      const updated = await this.users.change(
        tx,
        userId,
        account.version,
        change.kind === 'MOVE' ? { agencyId: change.agencyId } : { active: false },
      );
      if (!updated) throw DomainError.conflict();

      const reason = change.kind === 'MOVE' ? 'moved agency' : 'account removed';
      const ended = await this.users.endNamedProfessionalRoles(tx, userId, ctx.actor.userId, reason);
      for (const c of ended) {
        await recordCaseEvent(
          tx,
          c.case_id,
          'NAMED_PROFESSIONAL_ENDED',
          `${account.display_name} is no longer a named professional: ${reason}`,
          ctx.actor.userId,
        );
      }
      // A share of restricted information was made to the person in their role on the case.
      await this.restricted.endSharesWith(tx, userId);
      await this.sessions.endAllOf(tx, userId);
      this.live.send({ kind: 'sessions-ended', userId });
      await this.audit.record(
        ctx,
        [
          {
            action: change.kind === 'MOVE' ? AuditAction.MoveUser : AuditAction.RemoveUser,
            entityType: AuditEntity.User,
            entityId: userId,
            familyId: null,
            allowed: true,
          },
          ...ended.map((c) => ({
            action: AuditAction.EndNamedProfessional,
            entityType: AuditEntity.Case,
            entityId: c.case_id,
            familyId: c.family_id,
            allowed: true,
          })),
        ],
        em,
      );
    });
    const [model] = await this.accounts(userId);
    return model;
  }

  private async accounts(userId: string | null): Promise<ManagedUserModel[]> {
    const rows = await this.users.accounts(userId, OPEN_STATUSES);
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      jobTitle: r.job_title,
      role: r.role,
      agency: { id: r.agency_id, name: r.agency_name, agencyType: r.agency_type },
      active: r.active,
      version: r.version,
      agencyManager: r.agency_manager,
      openCasesLed: r.open_cases_led,
    }));
  }
}
