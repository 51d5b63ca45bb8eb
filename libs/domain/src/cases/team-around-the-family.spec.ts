import { Role } from '../identity/roles';
import { CaseStatus } from './case-status';
import {
  canManageTeam,
  familyInitial,
  invitationProblems,
  LawfulBasis,
  reasonProblems,
  TeamMembershipBasis,
} from './team-around-the-family';

const facts = { status: CaseStatus.OPEN, leadAgencyId: 'a-school', leadPractitionerId: 'u-lead' };
const practitioner = (userId: string, agencyId: string, agencyManager = false) => ({
  userId,
  agencyId,
  role: Role.PRACTITIONER,
  agencyManager,
});

describe('canManageTeam', () => {
  it('is for the lead practitioner, the lead agency’s manager and the FPT manager', () => {
    expect(canManageTeam(practitioner('u-lead', 'a-school'), facts)).toBe(true);
    expect(canManageTeam(practitioner('u-dsl', 'a-school', true), facts)).toBe(true);
    expect(canManageTeam({ userId: 'u-fpt', agencyId: 'a-fpt', role: Role.FPT_MANAGER, agencyManager: false }, facts)).toBe(true);
  });

  it('refuses a colleague, another agency’s manager, the front door, and a closed case', () => {
    expect(canManageTeam(practitioner('u-colleague', 'a-school'), facts)).toBe(false);
    expect(canManageTeam(practitioner('u-mgr', 'a-police', true), facts)).toBe(false);
    expect(canManageTeam({ userId: 'u-fd', agencyId: 'a-fpt', role: Role.FRONT_DOOR_OFFICER, agencyManager: false }, facts)).toBe(false);
    expect(canManageTeam(practitioner('u-lead', 'a-school'), { ...facts, status: CaseStatus.CLOSED })).toBe(false);
  });
});

describe('invitationProblems', () => {
  const invitee = { active: true, role: Role.PRACTITIONER, agencyId: 'a-health', councilTeam: false };
  const context = {
    leadAgencyId: 'a-school',
    leadPractitionerId: 'u-lead',
    consentedAgencyIds: ['a-health'],
    memberOrInvitedIds: ['u-lead'],
  };
  const request = { inviteeId: 'u-hv', role: 'Health visitor', basis: TeamMembershipBasis.CONSENT };

  it('accepts an invitation on the family’s current consent to the invitee’s agency', () => {
    expect(invitationProblems(request, invitee, context)).toEqual([]);
  });

  it('asks for consent or a lawful basis when the agency is not consented to', () => {
    expect(invitationProblems(request, invitee, { ...context, consentedAgencyIds: [] }).map((p) => p.field)).toEqual(['basis']);
    const lawful = { ...request, basis: TeamMembershipBasis.LAWFUL_BASIS };
    expect(invitationProblems(lawful, invitee, { ...context, consentedAgencyIds: [] }).map((p) => p.field)).toEqual([
      'lawfulBasis',
      'lawfulBasisReason',
    ]);
    expect(
      invitationProblems({ ...lawful, lawfulBasis: LawfulBasis.SAFEGUARDING, lawfulBasisReason: 'Risk of harm' }, invitee, {
        ...context,
        consentedAgencyIds: [],
      }),
    ).toEqual([]);
  });

  it('needs no consent for the lead agency’s own staff', () => {
    expect(invitationProblems(request, { ...invitee, agencyId: 'a-school' }, { ...context, consentedAgencyIds: [] })).toEqual([]);
  });

  it('refuses the lead, a member already in the team, the council’s team and an inactive person', () => {
    expect(invitationProblems({ ...request, inviteeId: 'u-lead' }, invitee, context).map((p) => p.field)).toEqual(['inviteeId']);
    expect(invitationProblems(request, invitee, { ...context, memberOrInvitedIds: ['u-hv'] }).map((p) => p.field)).toEqual(['inviteeId']);
    expect(invitationProblems(request, { ...invitee, councilTeam: true }, context).map((p) => p.field)).toEqual(['inviteeId']);
    expect(invitationProblems(request, { ...invitee, active: false }, context).map((p) => p.field)).toEqual(['inviteeId']);
    expect(invitationProblems(request, null, context).map((p) => p.field)).toEqual(['inviteeId']);
  });

  it('needs a role', () => {
    expect(invitationProblems({ ...request, role: '  ' }, invitee, context).map((p) => p.field)).toEqual(['role']);
  });
});

describe('reasons and what the invited person sees', () => {
  it('needs a reason', () => {
    expect(reasonProblems(' ')).toEqual([{ field: 'reason', message: 'Enter the reason' }]);
    expect(reasonProblems('No capacity')).toEqual([]);
  });

  it('shows the family’s surname initial only', () => {
    expect(familyInitial('dunn')).toBe('D. family');
    expect(familyInitial(null)).toBe('A family');
  });
});
