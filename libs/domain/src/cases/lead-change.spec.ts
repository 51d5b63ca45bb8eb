import { Role } from '../identity/roles';
import { CaseStatus } from './case-status';
import { canChangeLead, canDecideTransfer, LeadChanger, newLeadProblem } from './lead-change';

const schoolManager: LeadChanger = { userId: 'u-dsl', agencyId: 'a-school', role: Role.PRACTITIONER, agencyManager: true };
const schoolLead: LeadChanger = { userId: 'u-lead', agencyId: 'a-school', role: Role.PRACTITIONER, agencyManager: false };
const policeManager: LeadChanger = { userId: 'u-pm', agencyId: 'a-police', role: Role.PRACTITIONER, agencyManager: true };
const fptManager: LeadChanger = { userId: 'u-mgr', agencyId: 'a-fpt', role: Role.FPT_MANAGER, agencyManager: false };
const frontDoor: LeadChanger = { userId: 'u-fd', agencyId: 'a-fpt', role: Role.FRONT_DOOR_OFFICER, agencyManager: false };
const openSchoolCase = { status: CaseStatus.OPEN, leadAgencyId: 'a-school' };

describe('canChangeLead', () => {
  it('is the lead agency’s manager’s and the FPT manager’s', () => {
    expect(canChangeLead(schoolManager, openSchoolCase)).toBe(true);
    expect(canChangeLead(fptManager, openSchoolCase)).toBe(true);
  });

  it('is refused to the lead themself, another agency’s manager and the front door', () => {
    expect(canChangeLead(schoolLead, openSchoolCase)).toBe(false);
    expect(canChangeLead(policeManager, openSchoolCase)).toBe(false);
    expect(canChangeLead(frontDoor, openSchoolCase)).toBe(false);
  });

  it('is refused once the case is closed or declined, and allowed in maintenance', () => {
    expect(canChangeLead(fptManager, { ...openSchoolCase, status: CaseStatus.CLOSED })).toBe(false);
    expect(canChangeLead(fptManager, { ...openSchoolCase, status: CaseStatus.DECLINED })).toBe(false);
    expect(canChangeLead(schoolManager, { ...openSchoolCase, status: CaseStatus.MAINTENANCE })).toBe(true);
  });
});

describe('canDecideTransfer', () => {
  it('is the receiving agency’s manager’s, or the practitioner it was offered to', () => {
    expect(canDecideTransfer(policeManager, { toAgencyId: 'a-police', toPractitionerId: null })).toBe(true);
    expect(
      canDecideTransfer({ ...policeManager, agencyManager: false, userId: 'u-pc' }, { toAgencyId: 'a-police', toPractitionerId: 'u-pc' }),
    ).toBe(true);
    expect(
      canDecideTransfer({ ...policeManager, agencyManager: false, userId: 'u-pc2' }, { toAgencyId: 'a-police', toPractitionerId: 'u-pc' }),
    ).toBe(false);
    expect(canDecideTransfer(schoolManager, { toAgencyId: 'a-police', toPractitionerId: null })).toBe(false);
    expect(canDecideTransfer(fptManager, { toAgencyId: 'a-fpt', toPractitionerId: null })).toBe(false);
  });
});

describe('newLeadProblem', () => {
  const active = { active: true, role: Role.PRACTITIONER, agencyId: 'a-school' };
  it('accepts an active practitioner of the agency who is not the lead already', () => {
    expect(newLeadProblem(active, 'a-school', 'u-lead', 'u-new')).toBeNull();
  });
  it.each([
    ['someone unknown', null],
    ['a removed account', { ...active, active: false }],
    ['someone in another agency', { ...active, agencyId: 'a-police' }],
    ['a front-door officer', { ...active, role: Role.FRONT_DOOR_OFFICER }],
  ])('refuses %s', (_label, candidate) => {
    expect(newLeadProblem(candidate, 'a-school', 'u-lead', 'u-new')).toMatch(/active practitioner/);
  });
  it('refuses the current lead', () => {
    expect(newLeadProblem(active, 'a-school', 'u-lead', 'u-lead')).toMatch(/other than the current/);
  });
});
