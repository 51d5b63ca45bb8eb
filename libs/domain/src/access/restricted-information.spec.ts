import { Actor, Role } from '../identity/roles';
import { LevelOfNeed } from '../triage/levels';
import { canReadRestrictedInformation, canViewCase, restrictedInformationProblems, RESTRICTED_CONTENT_MAX } from './index';

// A case led by Oakwood school (lead practitioner u-lead); police are named on it and health is in
// the family's consent. The police recorded the entry.
const schoolCase = {
  level: LevelOfNeed.PartnerLedEarlyHelp,
  leadAgencyId: 'a-school',
  namedProfessionalIds: ['u-lead', 'u-police'],
  consentedAgencyIds: ['a-health'],
};
const policeEntry = { recordedByAgencyId: 'a-police', sharedWithUserIds: [] as string[] };

const people: Record<string, Actor> = {
  recorder: { userId: 'u-police', agencyId: 'a-police', role: Role.PRACTITIONER },
  recorderColleague: { userId: 'u-police-2', agencyId: 'a-police', role: Role.PRACTITIONER },
  leadPractitioner: { userId: 'u-lead', agencyId: 'a-school', role: Role.PRACTITIONER },
  leadAgencyColleague: { userId: 'u-school-2', agencyId: 'a-school', role: Role.PRACTITIONER },
  consentedAgency: { userId: 'u-health', agencyId: 'a-health', role: Role.PRACTITIONER },
  fptManager: { userId: 'u-mgr', agencyId: 'a-fpt', role: Role.FPT_MANAGER },
  frontDoor: { userId: 'u-fd', agencyId: 'a-fpt', role: Role.FRONT_DOOR_OFFICER },
  unrelatedAgency: { userId: 'u-cgl', agencyId: 'a-cgl', role: Role.PRACTITIONER },
};

// Written out by hand: who sees the case, and who reads the content, unshared and shared with the lead.
const EXPECTED: Record<string, { seesCase: boolean; reads: boolean; readsWhenSharedWithLead: boolean }> = {
  recorder: { seesCase: true, reads: true, readsWhenSharedWithLead: true },
  // Police colleagues cannot see the case (not named, not lead, not consented), so cannot read.
  recorderColleague: { seesCase: false, reads: false, readsWhenSharedWithLead: false },
  leadPractitioner: { seesCase: true, reads: false, readsWhenSharedWithLead: true },
  leadAgencyColleague: { seesCase: true, reads: false, readsWhenSharedWithLead: false },
  consentedAgency: { seesCase: true, reads: false, readsWhenSharedWithLead: false },
  fptManager: { seesCase: true, reads: false, readsWhenSharedWithLead: false },
  frontDoor: { seesCase: true, reads: false, readsWhenSharedWithLead: false },
  unrelatedAgency: { seesCase: false, reads: false, readsWhenSharedWithLead: false },
};

describe('canReadRestrictedInformation, person by person', () => {
  it.each(Object.keys(people))('%s', (who) => {
    const actor = people[who];
    expect(canViewCase(actor, schoolCase)).toBe(EXPECTED[who].seesCase);
    expect(canReadRestrictedInformation(actor, schoolCase, policeEntry)).toBe(EXPECTED[who].reads);
    expect(canReadRestrictedInformation(actor, schoolCase, { ...policeEntry, sharedWithUserIds: ['u-lead'] })).toBe(
      EXPECTED[who].readsWhenSharedWithLead,
    );
  });

  it('lets a police colleague read once they can see the case (named on it)', () => {
    const facts = { ...schoolCase, namedProfessionalIds: [...schoolCase.namedProfessionalIds, 'u-police-2'] };
    expect(canReadRestrictedInformation(people.recorderColleague, facts, policeEntry)).toBe(true);
  });

  it('stops the person it was shared with once they can no longer see the case', () => {
    const shared = { ...policeEntry, sharedWithUserIds: ['u-lead'] };
    const leadMovedAway: Actor = { ...people.leadPractitioner, agencyId: 'a-other' };
    expect(canReadRestrictedInformation(leadMovedAway, { ...schoolCase, namedProfessionalIds: ['u-police'] }, shared)).toBe(false);
  });

  it('follows the agency, not the person: a recorder who moved agency no longer reads it', () => {
    const movedRecorder: Actor = { ...people.recorder, agencyId: 'a-school' };
    expect(canReadRestrictedInformation(movedRecorder, schoolCase, policeEntry)).toBe(false);
  });

  it('lets the Family Partnership Team read what it recorded itself', () => {
    expect(canReadRestrictedInformation(people.frontDoor, schoolCase, { recordedByAgencyId: 'a-fpt', sharedWithUserIds: [] })).toBe(true);
  });
});

describe('restrictedInformationProblems', () => {
  const onCase = (id: string) => ['u-lead', 'u-police'].includes(id);

  it('accepts content shared with someone on the case', () => {
    expect(restrictedInformationProblems({ content: 'Address held', shareWithUserIds: ['u-lead'] }, onCase)).toEqual([]);
  });

  it('names the content when it is blank or too long', () => {
    expect(restrictedInformationProblems({ content: '   ', shareWithUserIds: [] }, onCase)).toEqual([
      { field: 'content', message: 'Enter the restricted information' },
    ]);
    expect(restrictedInformationProblems({ content: 'x'.repeat(RESTRICTED_CONTENT_MAX + 1), shareWithUserIds: [] }, onCase)[0].field).toBe(
      'content',
    );
  });

  it('refuses to share with someone who cannot see the case', () => {
    expect(restrictedInformationProblems({ content: 'Note', shareWithUserIds: ['u-lead', 'u-cgl'] }, onCase)).toEqual([
      { field: 'shareWithUserIds', message: 'Share only with people who work on this case' },
    ]);
  });
});
