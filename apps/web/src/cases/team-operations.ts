// Documents for the team around the family: members, invitations, leaving and removal.
import { graphql } from '../graphql/generated';
import type { CaseTeamQuery, LawfulBasis, TeamInvitationFieldsFragment, TeamInvitationsQuery } from '../graphql/generated/graphql';

export type CaseTeam = CaseTeamQuery['case']['team'];
export type TeamMember = CaseTeam['members'][number];
export type TeamInvitation = TeamInvitationFieldsFragment;
export type InvitationForMe = TeamInvitationsQuery['teamInvitations'][number];

export const LAWFUL_BASES: readonly { value: LawfulBasis; label: string }[] = [
  { value: 'SAFEGUARDING', label: 'Safeguarding a child or adult at risk' },
  { value: 'PUBLIC_TASK', label: 'Public task (a statutory function of the agency)' },
  { value: 'LEGAL_OBLIGATION', label: 'Legal obligation' },
  { value: 'VITAL_INTERESTS', label: 'Vital interests (to protect someone’s life)' },
];

export const INVITATION = graphql(`
  fragment TeamInvitationFields on TeamInvitation {
    id
    inviteeName
    agencyName
    role
    statusLabel
    basisLabel
    invitedByName
    invitedAt
    endedAt
    reason
    version
  }
`);
export const CASE_TEAM = graphql(`
  query CaseTeam($id: ID!) {
    case(id: $id) {
      id
      version
      leadAgency {
        id
      }
      team {
        canManage
        canLeave
        consentedAgencyIds
        members {
          userId
          name
          jobTitle
          agencyName
          role
          isLead
          basisLabel
          joinedAt
        }
        pendingInvitations {
          ...TeamInvitationFields
        }
        history {
          ...TeamInvitationFields
        }
      }
    }
  }
`);
export const PRACTITIONERS_TO_INVITE = graphql(`
  query PractitionersToInvite($caseId: ID!, $agencyId: ID!) {
    practitionersToInvite(caseId: $caseId, agencyId: $agencyId) {
      id
      displayName
      jobTitle
    }
  }
`);
export const INVITE_TO_TEAM = graphql(`
  mutation InviteToTeam($input: InviteToTeamInput!) {
    inviteToTeam(input: $input) {
      id
    }
  }
`);
export const WITHDRAW_TEAM_INVITATION = graphql(`
  mutation WithdrawTeamInvitation($input: TeamInvitationVersionInput!) {
    withdrawTeamInvitation(input: $input) {
      id
    }
  }
`);
export const REMOVE_FROM_TEAM = graphql(`
  mutation RemoveFromTeam($input: RemoveFromTeamInput!) {
    removeFromTeam(input: $input) {
      id
    }
  }
`);
export const LEAVE_TEAM = graphql(`
  mutation LeaveTeam($caseId: ID!) {
    leaveTeam(caseId: $caseId)
  }
`);
export const ADD_CASE_NOTE = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`);

export const TEAM_INVITATIONS = graphql(`
  query TeamInvitations {
    teamInvitations {
      id
      caseReference
      familyLabel
      role
      basisLabel
      invitedByName
      invitedByAgency
      invitedAt
      version
    }
  }
`);
export const ACCEPT_TEAM_INVITATION = graphql(`
  mutation AcceptTeamInvitation($input: TeamInvitationVersionInput!) {
    acceptTeamInvitation(input: $input) {
      id
    }
  }
`);
export const DECLINE_TEAM_INVITATION = graphql(`
  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {
    declineTeamInvitation(input: $input)
  }
`);
