import { Role } from '../identity/roles';
import { FieldProblem } from '../triage/triage-decision';
import { CaseStatus } from './case-status';
import { CASE_STATUSES_WITH_A_LEAD, LeadChanger } from './lead-change';

// The team around the family: professionals from any partner agency who work with the family
// beside the lead practitioner. They join by invitation, on the family's consent to share with
// their agency or on a recorded lawful basis, and accept or decline it themselves.

// On what footing a member sees the family's record.
export enum TeamMembershipBasis {
  // The family's current consent to share with the member's agency; withdrawn, it ends access.
  CONSENT = 'CONSENT',
  // A lawful basis to share without consent, recorded with a reason when the member was invited.
  LAWFUL_BASIS = 'LAWFUL_BASIS',
}

// The lawful bases a practitioner may record for sharing without consent (UK GDPR article 6 and
// the safeguarding duties that sit on it).
export enum LawfulBasis {
  SAFEGUARDING = 'SAFEGUARDING',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
}

export const LAWFUL_BASIS_LABELS: Readonly<Record<LawfulBasis, string>> = {
  [LawfulBasis.SAFEGUARDING]: 'Safeguarding a child or adult at risk',
  [LawfulBasis.PUBLIC_TASK]: 'Public task (a statutory function of the agency)',
  [LawfulBasis.LEGAL_OBLIGATION]: 'Legal obligation',
  [LawfulBasis.VITAL_INTERESTS]: 'Vital interests (to protect someone’s life)',
};

export enum TeamInvitationStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
}

export interface TeamFacts {
  readonly status: CaseStatus;
  readonly leadAgencyId: string;
  readonly leadPractitionerId: string;
}

// Who invites, withdraws invitations and removes members: the lead practitioner, the lead
// agency's manager (who allocates its cases) and the FPT manager (who oversees every partner-led
// case and may change its lead). Only while the case has a lead.
export function canManageTeam(actor: LeadChanger, facts: TeamFacts): boolean {
  if (!CASE_STATUSES_WITH_A_LEAD.includes(facts.status)) return false;
  if (actor.role === Role.FPT_MANAGER) return true;
  if (actor.role !== Role.PRACTITIONER) return false;
  return actor.userId === facts.leadPractitionerId || (actor.agencyManager && actor.agencyId === facts.leadAgencyId);
}

export interface InviteeFacts {
  readonly active: boolean;
  readonly role: Role;
  readonly agencyId: string;
  readonly councilTeam: boolean;
}

export interface InvitationRequest {
  readonly inviteeId: string;
  readonly role: string;
  readonly basis: TeamMembershipBasis;
  readonly lawfulBasis?: LawfulBasis | null;
  readonly lawfulBasisReason?: string | null;
}

export interface InvitationContext {
  readonly leadAgencyId: string;
  readonly leadPractitionerId: string;
  readonly consentedAgencyIds: readonly string[];
  // Current members and people with an invitation still open.
  readonly memberOrInvitedIds: readonly string[];
}

export const TEAM_ROLE_MAX = 120;
export const TEAM_REASON_MAX = 1000;

// The problems with an invitation, each naming its field. The lead agency's own staff need no
// consent: the lead agency sees the case already.
export function invitationProblems(request: InvitationRequest, invitee: InviteeFacts | null, context: InvitationContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!invitee || !invitee.active || invitee.role !== Role.PRACTITIONER || invitee.councilTeam) {
    problems.push({ field: 'inviteeId', message: 'Choose an active practitioner in a partner agency' });
  } else if (request.inviteeId === context.leadPractitionerId) {
    problems.push({ field: 'inviteeId', message: 'The lead practitioner is already in the team' });
  } else if (context.memberOrInvitedIds.includes(request.inviteeId)) {
    problems.push({ field: 'inviteeId', message: 'This person is already in the team or has an invitation waiting' });
  }
  const role = request.role.trim();
  if (!role) problems.push({ field: 'role', message: 'Enter the role you are asking them to take' });
  else if (role.length > TEAM_ROLE_MAX) problems.push({ field: 'role', message: `Role must be ${TEAM_ROLE_MAX} characters or fewer` });
  if (request.basis === TeamMembershipBasis.CONSENT) {
    if (invitee && invitee.agencyId !== context.leadAgencyId && !context.consentedAgencyIds.includes(invitee.agencyId)) {
      problems.push({
        field: 'basis',
        message: 'The family has not consented to share with this agency: record their consent first, or a lawful basis',
      });
    }
  } else {
    if (!request.lawfulBasis || !Object.values(LawfulBasis).includes(request.lawfulBasis)) {
      problems.push({ field: 'lawfulBasis', message: 'Choose the lawful basis for sharing without consent' });
    }
    const reason = request.lawfulBasisReason?.trim() ?? '';
    if (!reason) problems.push({ field: 'lawfulBasisReason', message: 'Enter why the information can be shared without consent' });
    else if (reason.length > TEAM_REASON_MAX) {
      problems.push({ field: 'lawfulBasisReason', message: `Reason must be ${TEAM_REASON_MAX} characters or fewer` });
    }
  }
  return problems;
}

// A reason given when declining an invitation or removing a member.
export function reasonProblems(reason: string | null | undefined, field = 'reason'): FieldProblem[] {
  const text = reason?.trim() ?? '';
  if (!text) return [{ field, message: 'Enter the reason' }];
  if (text.length > TEAM_REASON_MAX) return [{ field, message: `Reason must be ${TEAM_REASON_MAX} characters or fewer` }];
  return [];
}

// What the invited person sees before they accept: the case reference, the family's surname
// initial, who invited them and the role. Never the family's names or circumstances.
export function familyInitial(surname: string | null): string {
  const initial = surname?.trim().charAt(0).toUpperCase();
  return initial ? `${initial}. family` : 'A family';
}
