// Documents for the team around the family: members, invitations, leaving and removal.
import { gql } from '../graphql/client';
import type { IsoInstant, Practitioner } from '../graphql/operations';

export type TeamMembershipBasis = 'CONSENT' | 'LAWFUL_BASIS';
export type LawfulBasis = 'SAFEGUARDING' | 'PUBLIC_TASK' | 'LEGAL_OBLIGATION' | 'VITAL_INTERESTS';

export const LAWFUL_BASES: readonly { value: LawfulBasis; label: string }[] = [
  { value: 'SAFEGUARDING', label: 'Safeguarding a child or adult at risk' },
  { value: 'PUBLIC_TASK', label: 'Public task (a statutory function of the agency)' },
  { value: 'LEGAL_OBLIGATION', label: 'Legal obligation' },
  { value: 'VITAL_INTERESTS', label: 'Vital interests (to protect someone’s life)' },
];

export interface TeamMember {
  userId: string;
  name: string;
  jobTitle: string;
  agencyName: string;
  role: string;
  isLead: boolean;
  basisLabel: string;
  joinedAt: IsoInstant;
}
export interface TeamInvitation {
  id: string;
  inviteeName: string;
  agencyName: string;
  role: string;
  statusLabel: string;
  basisLabel: string;
  invitedByName: string;
  invitedAt: IsoInstant;
  endedAt: IsoInstant | null;
  reason: string | null;
  version: number;
}
export interface CaseTeam {
  canManage: boolean;
  canLeave: boolean;
  consentedAgencyIds: string[];
  members: TeamMember[];
  pendingInvitations: TeamInvitation[];
  history: TeamInvitation[];
}
export interface CaseTeamQuery {
  case: { id: string; version: number; leadAgency: { id: string }; team: CaseTeam };
}
const INVITATION = `id inviteeName agencyName role statusLabel basisLabel invitedByName invitedAt endedAt reason version`;
export const CASE_TEAM = gql<CaseTeamQuery, { id: string }>(
  `query CaseTeam($id: ID!) { case(id: $id) { id version leadAgency { id } team {
    canManage canLeave consentedAgencyIds
    members { userId name jobTitle agencyName role isLead basisLabel joinedAt }
    pendingInvitations { ${INVITATION} } history { ${INVITATION} } } } }`,
);
export const PRACTITIONERS_TO_INVITE = gql<{ practitionersToInvite: Practitioner[] }, { caseId: string; agencyId: string }>(
  `query PractitionersToInvite($caseId: ID!, $agencyId: ID!) { practitionersToInvite(caseId: $caseId, agencyId: $agencyId) { id displayName jobTitle } }`,
);
export interface InviteInput {
  caseId: string;
  version: number;
  inviteeId: string;
  role: string;
  basis: TeamMembershipBasis;
  lawfulBasis: LawfulBasis | null;
  lawfulBasisReason: string | null;
}
export const INVITE_TO_TEAM = gql<{ inviteToTeam: { id: string } }, { input: InviteInput }>(
  `mutation InviteToTeam($input: InviteToTeamInput!) { inviteToTeam(input: $input) { id } }`,
);
export const WITHDRAW_TEAM_INVITATION = gql<
  { withdrawTeamInvitation: { id: string } },
  { input: { invitationId: string; version: number } }
>(`mutation WithdrawTeamInvitation($input: TeamInvitationVersionInput!) { withdrawTeamInvitation(input: $input) { id } }`);
export const REMOVE_FROM_TEAM = gql<{ removeFromTeam: { id: string } }, { input: { caseId: string; userId: string; reason: string } }>(
  `mutation RemoveFromTeam($input: RemoveFromTeamInput!) { removeFromTeam(input: $input) { id } }`,
);
export const LEAVE_TEAM = gql<{ leaveTeam: boolean }, { caseId: string }>(
  `mutation LeaveTeam($caseId: ID!) { leaveTeam(caseId: $caseId) }`,
);
export const ADD_CASE_NOTE = gql<
  { addCaseNote: { id: string } },
  { input: { caseId: string; kind: 'NOTE' | 'ACTION_TAKEN'; text: string } }
>(`mutation AddCaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id } }`);

export interface InvitationForMe {
  id: string;
  caseReference: string;
  familyLabel: string;
  role: string;
  basisLabel: string;
  invitedByName: string;
  invitedByAgency: string;
  invitedAt: IsoInstant;
  version: number;
}
export const TEAM_INVITATIONS = gql<{ teamInvitations: InvitationForMe[] }>(
  `query TeamInvitations { teamInvitations { id caseReference familyLabel role basisLabel invitedByName invitedByAgency invitedAt version } }`,
);
export const ACCEPT_TEAM_INVITATION = gql<{ acceptTeamInvitation: { id: string } }, { input: { invitationId: string; version: number } }>(
  `mutation AcceptTeamInvitation($input: TeamInvitationVersionInput!) { acceptTeamInvitation(input: $input) { id } }`,
);
export const DECLINE_TEAM_INVITATION = gql<
  { declineTeamInvitation: boolean },
  { input: { invitationId: string; version: number; reason: string } }
>(`mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) { declineTeamInvitation(input: $input) }`);
