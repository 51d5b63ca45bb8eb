import { Role } from './roles';
import { AccountChangeRefusal, AccountFacts, moveRefusal, removalRefusal } from './user-administration';

const practitioner: AccountFacts = { userId: 'u-sam', role: Role.PRACTITIONER, active: true, agencyId: 'a-school', leadOfOpenCases: [] };
const toPolice = { agencyId: 'a-police', isCouncilTeam: false };

describe('moveRefusal', () => {
  it('lets a practitioner who leads no open case move to another partner agency', () => {
    expect(moveRefusal('u-mgr', practitioner, toPolice)).toBeNull();
  });

  it.each([
    ['a removed account', { ...practitioner, active: false }, toPolice, AccountChangeRefusal.NOT_ACTIVE],
    ['the manager’s own account', { ...practitioner, userId: 'u-mgr' }, toPolice, AccountChangeRefusal.OWN_ACCOUNT],
    ['a front-door officer', { ...practitioner, role: Role.FRONT_DOOR_OFFICER }, toPolice, AccountChangeRefusal.COUNCIL_TEAM_MEMBER],
    ['a move into the council team', practitioner, { agencyId: 'a-fpt', isCouncilTeam: true }, AccountChangeRefusal.INTO_COUNCIL_TEAM],
    ['a move to the same agency', practitioner, { agencyId: 'a-school', isCouncilTeam: false }, AccountChangeRefusal.SAME_AGENCY],
    ['the lead of an open case', { ...practitioner, leadOfOpenCases: ['C-1001'] }, toPolice, AccountChangeRefusal.LEADS_OPEN_CASES],
  ])('refuses %s', (_label, account, target, refusal) => {
    expect(moveRefusal('u-mgr', account, target)).toBe(refusal);
  });
});

describe('removalRefusal', () => {
  it('lets the manager remove anyone else who leads no open case, FPT staff included', () => {
    expect(removalRefusal('u-mgr', practitioner)).toBeNull();
    expect(removalRefusal('u-mgr', { ...practitioner, role: Role.FRONT_DOOR_OFFICER })).toBeNull();
  });

  it('refuses an account already removed, the manager’s own, and the lead of open cases', () => {
    expect(removalRefusal('u-mgr', { ...practitioner, active: false })).toBe(AccountChangeRefusal.NOT_ACTIVE);
    expect(removalRefusal('u-sam', practitioner)).toBe(AccountChangeRefusal.OWN_ACCOUNT);
    expect(removalRefusal('u-mgr', { ...practitioner, leadOfOpenCases: ['C-1001', 'C-1002'] })).toBe(AccountChangeRefusal.LEADS_OPEN_CASES);
  });
});
