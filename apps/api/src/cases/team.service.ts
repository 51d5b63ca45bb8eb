import { Injectable, Inject } from '@nestjs/common';
import {
  canManageTeam,
  DomainError,
  DomainErrorCode,
  familyInitial,
  invitationProblems,
  isTeamMember,
  LAWFUL_BASIS_LABELS,
  LawfulBasis,
  LeadChanger,
  reasonProblems,
  Role,
  ShareDecision,
  ShareDecisionSource,
  teamInvitationLedgerBasis,
  TeamInvitationStatus,
  TeamMembershipBasis,
  sentenceCase,
} from '@eh/domain';
import { CaseUpdateKind, TeamUpdateKind } from '@eh/notifications';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { CaseRow } from '../database/entities';
import { PractitionerModel } from '../identity/models/identity.models';
import { Outbox } from '../notifications/outbox';
import { ShareDecisionService } from '../sharing/share-decision.service';
import { CaseAccessService } from './case-access.service';
import { recordCaseEvent } from './case-events';
import {
  AddCaseNoteInput,
  CaseNoteKind,
  DeclineTeamInvitationInput,
  InviteToTeamInput,
  RemoveFromTeamInput,
  TeamInvitationVersionInput,
} from './dto/team.inputs';
import { LeadChangeRepository } from './lead-change.repository';
import { CaseTeamModel, TeamInvitationForMeModel, TeamInvitationModel } from './models/team.models';
import { TeamRepository } from './team.repository';
import { VisibilityRepository } from './visibility.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const STATUS_LABELS: Readonly<Record<TeamInvitationStatus, string>> = {
  [TeamInvitationStatus.INVITED]: 'Invited',
  [TeamInvitationStatus.ACCEPTED]: 'Member',
  [TeamInvitationStatus.DECLINED]: 'Declined',
  [TeamInvitationStatus.WITHDRAWN]: 'Invitation withdrawn',
  [TeamInvitationStatus.LEFT]: 'Left the team',
  [TeamInvitationStatus.REMOVED]: 'Removed from the team',
};

function basisLabel(basis: string | null, lawfulBasis: string | null): string {
  if (basis === TeamMembershipBasis.CONSENT) return 'The family’s consent to share with their agency';
  if (basis === TeamMembershipBasis.LAWFUL_BASIS && lawfulBasis) {
    return `Lawful basis: ${LAWFUL_BASIS_LABELS[lawfulBasis as LawfulBasis] ?? lawfulBasis}`;
  }
  return 'Named on the case';
}

// The team around the family: the lead (or the lead agency's manager, or the FPT manager) invites
// professionals from any partner agency; the invited person accepts or declines; members leave or
// are removed. Every change is a line in the chronology and is told to the people it concerns.
@Injectable()
export class TeamService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly repository: TeamRepository,
    private readonly people: LeadChangeRepository,
    private readonly outbox: Outbox,
    private readonly visibility: VisibilityRepository,
    private readonly ledger: ShareDecisionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async manager(ctx: SignedInContext): Promise<LeadChanger> {
    return {
      ...ctx.actor,
      agencyManager: ctx.actor.role === Role.PRACTITIONER && (await this.people.isAgencyManager(ctx.actor.userId)),
    };
  }

  private async mayManage(ctx: SignedInContext, row: CaseRow): Promise<boolean> {
    return canManageTeam(await this.manager(ctx), row);
  }

  private async requireManager(ctx: SignedInContext, row: CaseRow, doing: string): Promise<void> {
    if (!(await this.mayManage(ctx, row))) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner}, the lead agency’s manager or the FPT manager can ${doing}`,
      );
    }
  }

  private toInvitation(r: Awaited<ReturnType<TeamRepository['history']>>[number]): TeamInvitationModel {
    const status = r.status as TeamInvitationStatus;
    return {
      id: r.id,
      inviteeId: r.invitee_id,
      inviteeName: r.display_name,
      agencyName: r.agency_name,
      role: r.role,
      status,
      statusLabel: STATUS_LABELS[status],
      basisLabel: basisLabel(r.basis, r.lawful_basis),
      lawfulBasisReason: r.lawful_basis_reason,
      invitedByName: r.invited_by_name,
      invitedAt: new Date(r.invited_at),
      endedAt: r.ended_at ? new Date(r.ended_at) : r.decided_at && status !== TeamInvitationStatus.INVITED ? new Date(r.decided_at) : null,
      reason: status === TeamInvitationStatus.DECLINED ? r.decline_reason : r.end_reason,
      version: r.version,
    };
  }

  // For the case page (already loaded and audited by the case query): who is in the team, who is
  // invited, who was, and what the viewer may do.
  async forCase(ctx: SignedInContext, caseId: string): Promise<CaseTeamModel> {
    const found = await this.visibility.caseFor(ctx.actor, this.access.today(), caseId);
    if (!found?.visible) throw DomainError.notFound();
    const row = found.row;
    const facts = await this.access.facts(row);
    const members = await this.repository.members(row.id);
    const history = (await this.repository.history(row.id)).map((r) => this.toInvitation(r));
    const isMember = members.some((m) => m.user_id === ctx.actor.userId) && isTeamMember(ctx.actor, facts);
    return {
      members: members.map((m) => ({
        userId: m.user_id,
        name: m.display_name,
        jobTitle: m.job_title,
        agencyName: m.agency_name,
        role: m.user_id === row.leadPractitionerId ? `${sentenceCase(this.config.terms.leadPractitioner)}` : m.role,
        isLead: m.user_id === row.leadPractitionerId,
        basisLabel:
          m.user_id === row.leadPractitionerId
            ? 'Leads the case'
            : basisLabel(
                m.invitation_id ? (m.joined_on_consent ? TeamMembershipBasis.CONSENT : TeamMembershipBasis.LAWFUL_BASIS) : null,
                m.lawful_basis,
              ),
        joinedAt: new Date(m.added_at),
      })),
      pendingInvitations: history.filter((h) => h.status === TeamInvitationStatus.INVITED),
      history: history.filter((h) => h.status !== TeamInvitationStatus.INVITED),
      canManage: await this.mayManage(ctx, row),
      canLeave: isMember && ctx.actor.userId !== row.leadPractitionerId,
      consentedAgencyIds: [...new Set([row.leadAgencyId, ...facts.consentedAgencyIds])],
    };
  }

  // Who in a partner agency could be invited to this case's team: for those who manage it.
  async practitionersToInvite(ctx: SignedInContext, caseId: string, agencyId: string): Promise<PractitionerModel[]> {
    const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    await this.requireManager(ctx, row, 'invite professionals to the team');
    const agency = await this.people.agency(agencyId);
    if (!agency || agency.is_council_team) return [];
    const taken = new Set(await this.repository.memberOrInvitedIds(row.id));
    return (await this.people.practitioners(agencyId))
      .filter((p) => !taken.has(p.id))
      .map((p) => ({ id: p.id, displayName: p.display_name, jobTitle: p.job_title }));
  }

  async invite(ctx: SignedInContext, input: InviteToTeamInput): Promise<string> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    await this.requireManager(ctx, row, 'invite professionals to the team');
    const invitee = await this.repository.person(input.inviteeId);
    const problems = invitationProblems(
      input,
      invitee
        ? { active: invitee.active, role: invitee.role as Role, agencyId: invitee.agency_id, councilTeam: invitee.is_council_team }
        : null,
      {
        leadAgencyId: row.leadAgencyId,
        leadPractitionerId: row.leadPractitionerId,
        consentedAgencyIds: facts.consentedAgencyIds,
        memberOrInvitedIds: await this.repository.memberOrInvitedIds(row.id),
      },
    );
    if (problems.length) throw DomainError.invalid(problems);
    if (row.version !== input.version || !invitee) throw DomainError.conflict();
    const lawful = input.basis === TeamMembershipBasis.LAWFUL_BASIS;
    return this.db.transaction(async (em, tx) => {
      const id = await this.repository.invite(tx, {
        caseId: row.id,
        version: input.version,
        inviteeId: invitee.id,
        inviteeAgencyId: invitee.agency_id,
        role: input.role.trim(),
        basis: input.basis,
        lawfulBasis: lawful ? (input.lawfulBasis ?? null) : null,
        lawfulBasisReason: lawful ? (input.lawfulBasisReason?.trim() ?? null) : null,
        invitedBy: ctx.actor.userId,
      });
      if (!id) throw DomainError.conflict();
      // The ledger: inviting someone from another agency is a decision to share the family's
      // record with it (the lead agency's own people see the case already).
      if (invitee.agency_id !== row.leadAgencyId) {
        await this.ledger.record(tx, ctx.actor, [
          {
            familyId: row.familyId,
            caseId: row.id,
            source: ShareDecisionSource.TEAM_INVITATION,
            sourceId: id,
            decision: ShareDecision.SHARE,
            lawfulBasis: teamInvitationLedgerBasis(lawful ? (input.lawfulBasis ?? null) : null),
            whatShared: `The family’s record, to join the team around the family as ${input.role.trim()}`,
            sharedWithAgencyId: invitee.agency_id,
          },
        ]);
      }
      await recordCaseEvent(
        tx,
        row.id,
        'TEAM_INVITATION_SENT',
        `${invitee.display_name} (${invitee.agency_name}) invited to the team as ${input.role.trim()}, on ${
          lawful ? basisLabel(input.basis, input.lawfulBasis ?? null).toLowerCase() : 'the family’s consent to share with their agency'
        }`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.InviteToTeam, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await this.outbox.teamUpdate(tx, TeamUpdateKind.TEAM_INVITATION, id, [invitee.id]);
      return id;
    });
  }

  async withdraw(ctx: SignedInContext, input: TeamInvitationVersionInput): Promise<string> {
    const invitation = await this.repository.invitation(input.invitationId);
    if (!invitation) throw DomainError.notFound();
    const { row } = await this.access.loadVisible(ctx, invitation.case_id, AuditAction.ReadCase);
    await this.requireManager(ctx, row, 'withdraw an invitation');
    const invitee = await this.repository.person(invitation.invitee_id);
    await this.db.transaction(async (em, tx) => {
      if (!(await this.repository.close(tx, invitation.id, input.version, { status: 'WITHDRAWN', reason: null })))
        throw DomainError.conflict();
      await recordCaseEvent(
        tx,
        row.id,
        'TEAM_INVITATION_WITHDRAWN',
        `The invitation to ${invitee?.display_name ?? 'a professional'} to join the team was withdrawn`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.WithdrawTeamInvitation,
            entityType: AuditEntity.Case,
            entityId: row.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await this.outbox.teamUpdate(tx, TeamUpdateKind.TEAM_INVITATION_WITHDRAWN, invitation.id, [invitation.invitee_id]);
    });
    return row.id;
  }

  // The invitation as the invited person may act on it; a refusal looks like a missing invitation.
  private async ownOpenInvitation(ctx: SignedInContext, invitationId: string) {
    const invitation = await this.repository.invitation(invitationId);
    const allowed = !!invitation && invitation.invitee_id === ctx.actor.userId && invitation.status === TeamInvitationStatus.INVITED;
    await this.audit.record(ctx, [
      {
        action: AuditAction.ReadCase,
        entityType: AuditEntity.Case,
        entityId: invitation?.case_id ?? invitationId,
        familyId: null,
        allowed,
      },
    ]);
    if (!invitation || !allowed) throw DomainError.notFound();
    return invitation;
  }

  async accept(ctx: SignedInContext, input: TeamInvitationVersionInput): Promise<string> {
    const invitation = await this.ownOpenInvitation(ctx, input.invitationId);
    if (invitation.version !== input.version) throw DomainError.conflict();
    return this.db.transaction(async (em, tx) => {
      const caseId = await this.repository.accept(tx, invitation.id, input.version);
      if (!caseId) {
        throw new DomainError(
          DomainErrorCode.InvalidState,
          'This invitation can no longer be accepted: the case has closed, or the family’s consent to share with your agency has ended',
        );
      }
      // A member now, they see the case by the one rule from here on.
      const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
      const me = await this.repository.person(ctx.actor.userId);
      await recordCaseEvent(
        tx,
        caseId,
        'TEAM_MEMBER_JOINED',
        `${me?.display_name ?? 'A professional'} (${me?.agency_name ?? 'a partner agency'}) joined the team as ${invitation.role}`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.AcceptTeamInvitation,
            entityType: AuditEntity.Case,
            entityId: caseId,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await this.outbox.caseUpdate(tx, CaseUpdateKind.TEAM_INVITATION_ACCEPTED, caseId, [row.leadPractitionerId, invitation.invited_by]);
      return caseId;
    });
  }

  async decline(ctx: SignedInContext, input: DeclineTeamInvitationInput): Promise<boolean> {
    const invitation = await this.ownOpenInvitation(ctx, input.invitationId);
    const problems = reasonProblems(input.reason);
    if (problems.length) throw DomainError.invalid(problems);
    if (invitation.version !== input.version) throw DomainError.conflict();
    const me = await this.repository.person(ctx.actor.userId);
    await this.db.transaction(async (em, tx) => {
      // The person declining cannot see the case: the definer function closes the invitation and
      // writes the chronology line, and answers with the case's lead.
      const lead = await this.repository.decline(
        tx,
        invitation.id,
        input.version,
        input.reason.trim(),
        `${me?.display_name ?? 'A professional'} declined the invitation to join the team: ${input.reason.trim()}`,
      );
      if (!lead) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.DeclineTeamInvitation,
            entityType: AuditEntity.Case,
            entityId: invitation.case_id,
            familyId: null,
            allowed: true,
          },
        ],
        em,
      );
      await this.outbox.caseUpdate(tx, CaseUpdateKind.TEAM_INVITATION_DECLINED, invitation.case_id, [lead, invitation.invited_by]);
    });
    return true;
  }

  async leave(ctx: SignedInContext, caseId: string): Promise<boolean> {
    const { row, facts } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (row.leadPractitionerId === ctx.actor.userId) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `The ${this.config.terms.leadPractitioner} cannot leave the team: ask for the lead to be changed first`,
      );
    }
    const membership = (await this.repository.members(row.id)).find((m) => m.user_id === ctx.actor.userId);
    if (!membership || !isTeamMember(ctx.actor, facts))
      throw new DomainError(DomainErrorCode.Forbidden, 'You are not a member of this team');
    await this.endMembership(ctx, row, membership, 'LEFT', null);
    return true;
  }

  async remove(ctx: SignedInContext, input: RemoveFromTeamInput): Promise<string> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    await this.requireManager(ctx, row, 'remove a member of the team');
    const problems = reasonProblems(input.reason);
    if (input.userId === row.leadPractitionerId) {
      problems.push({
        field: 'userId',
        message: `The ${this.config.terms.leadPractitioner} cannot be removed from the team: change the lead instead`,
      });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const membership = (await this.repository.members(row.id)).find((m) => m.user_id === input.userId);
    if (!membership) throw DomainError.conflict();
    await this.endMembership(ctx, row, membership, 'REMOVED', input.reason.trim());
    return row.id;
  }

  // Everything that needs the case (the chronology, the plan's assignments, the notification) is
  // written before the naming goes: a member leaving may not see the case afterwards.
  private async endMembership(
    ctx: SignedInContext,
    row: CaseRow,
    membership: Awaited<ReturnType<TeamRepository['members']>>[number],
    status: 'LEFT' | 'REMOVED',
    reason: string | null,
  ): Promise<void> {
    await this.db.transaction(async (em, tx) => {
      await this.repository.unassignMember(tx, row.id, membership.user_id);
      await recordCaseEvent(
        tx,
        row.id,
        status === 'LEFT' ? 'TEAM_MEMBER_LEFT' : 'TEAM_MEMBER_REMOVED',
        status === 'LEFT'
          ? `${membership.display_name} (${membership.agency_name}) left the team`
          : `${membership.display_name} (${membership.agency_name}) was removed from the team: ${reason}`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [
          {
            action: status === 'LEFT' ? AuditAction.LeaveTeam : AuditAction.RemoveFromTeam,
            entityType: AuditEntity.Case,
            entityId: row.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      if (status === 'LEFT') await this.outbox.caseUpdate(tx, CaseUpdateKind.TEAM_MEMBER_LEFT, row.id, [row.leadPractitionerId]);
      else if (membership.invitation_id) {
        await this.outbox.teamUpdate(tx, TeamUpdateKind.TEAM_MEMBER_REMOVED, membership.invitation_id, [membership.user_id]);
      }
      const ended = await this.repository.end(tx, {
        caseId: row.id,
        userId: membership.user_id,
        invitationId: membership.invitation_id,
        version: membership.invitation_version,
        status,
        by: ctx.actor.userId,
        reason,
      });
      if (!ended) throw DomainError.conflict();
    });
  }

  // A member of the team (the lead among them) adds to the chronology: a note, or an action they took.
  async addNote(ctx: SignedInContext, input: AddCaseNoteInput): Promise<string> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!isTeamMember(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only members of the team around the family add to the chronology');
    }
    const text = input.text.trim();
    if (!text) throw DomainError.invalid([{ field: 'text', message: 'Enter the note' }]);
    const me = await this.repository.person(ctx.actor.userId);
    const who = `${me?.display_name ?? 'A member'} (${me?.agency_name ?? 'partner agency'})`;
    await this.db.transaction(async (em, tx) => {
      await recordCaseEvent(
        tx,
        row.id,
        input.kind === CaseNoteKind.ACTION_TAKEN ? 'MEMBER_ACTION' : 'CASE_NOTE',
        input.kind === CaseNoteKind.ACTION_TAKEN ? `Action taken by ${who}: ${text}` : `Note from ${who}: ${text}`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.AddCaseNote, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
    });
    return row.id;
  }

  // Invitations waiting for the signed-in user, with only what they need to decide.
  async invitationsForMe(ctx: SignedInContext): Promise<TeamInvitationForMeModel[]> {
    const rows = await this.repository.invitationsForActor();
    await this.audit.listed(
      ctx,
      AuditAction.ListTeamInvitations,
      AuditEntity.Case,
      rows.map((r) => ({ id: r.case_id, familyId: r.family_id })),
    );
    return rows.map((r) => ({
      id: r.invitation_id,
      caseReference: r.case_reference,
      familyLabel: familyInitial(r.family_initial),
      role: r.role,
      basisLabel: basisLabel(r.basis, r.lawful_basis),
      invitedByName: r.invited_by_name,
      invitedByAgency: r.invited_by_agency,
      invitedAt: new Date(r.invited_at),
      version: r.version,
    }));
  }
}
