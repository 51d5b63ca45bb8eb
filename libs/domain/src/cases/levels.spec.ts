import { Role } from '../identity/roles';
import { CaseStatus } from './case-status';
import { canAcceptStepUp, canRecordStepDownFromSocialCare, canStepDownFromLevel3 } from './levels';

const caseworker = { userId: 'u-cw', agencyId: 'a-casework', role: Role.PRACTITIONER, agencyManager: false };
const colleague = { ...caseworker, userId: 'u-cw2' };
const manager = { ...caseworker, userId: 'u-cwm', agencyManager: true };
const frontDoor = { userId: 'u-fd', agencyId: 'a-fpt', role: Role.FRONT_DOOR_OFFICER, agencyManager: false };
const school = { userId: 'u-s', agencyId: 'a-school', role: Role.PRACTITIONER, agencyManager: true };
const level3 = { level: 3, status: CaseStatus.OPEN, leadAgencyId: 'a-casework', leadPractitionerId: 'u-cw' };

describe('levels of need both ways', () => {
  it('lets the caseworker leading a level 3 case, or their manager, step it down; no one else', () => {
    expect(canStepDownFromLevel3(caseworker, level3)).toBe(true);
    expect(canStepDownFromLevel3(manager, level3)).toBe(true);
    expect(canStepDownFromLevel3(colleague, level3)).toBe(false);
    expect(canStepDownFromLevel3(school, level3)).toBe(false);
    expect(canStepDownFromLevel3(frontDoor, level3)).toBe(false);
  });

  it('steps down only an open level 3 case', () => {
    expect(canStepDownFromLevel3(caseworker, { ...level3, level: 2 })).toBe(false);
    expect(canStepDownFromLevel3(caseworker, { ...level3, status: CaseStatus.CLOSED })).toBe(false);
    expect(canStepDownFromLevel3(caseworker, { ...level3, status: CaseStatus.MAINTENANCE })).toBe(true);
  });

  it('leaves accepting step-ups and recording step-downs from social care to the front door', () => {
    expect(canAcceptStepUp(frontDoor)).toBe(true);
    expect(canAcceptStepUp(manager)).toBe(false);
    expect(canRecordStepDownFromSocialCare(frontDoor)).toBe(true);
    expect(canRecordStepDownFromSocialCare(school)).toBe(false);
  });
});
