import { Actor, Role } from '../identity/roles';
import { LevelOfNeed } from '../triage/levels';
import {
  canActAsLead,
  canEditPlan,
  canMakeReferral,
  canEditPlanSection,
  canQualityAssurePlan,
  canRecordReferral,
  canSearchFamilies,
  canTriage,
  canViewCase,
  canViewReferral,
} from './access-policy';

const school: Actor = { userId: 'u-school', agencyId: 'a-school', role: Role.PRACTITIONER };
const police: Actor = { userId: 'u-police', agencyId: 'a-police', role: Role.PRACTITIONER };
const frontDoor: Actor = { userId: 'u-fd', agencyId: 'a-fpt', role: Role.FRONT_DOOR_OFFICER };
const manager: Actor = { userId: 'u-mgr', agencyId: 'a-fpt', role: Role.FPT_MANAGER };

const schoolCase = {
  level: LevelOfNeed.PartnerLedEarlyHelp,
  leadAgencyId: 'a-school',
  namedProfessionalIds: ['u-school'],
  consentedAgencyIds: [] as string[],
};

describe('canViewCase', () => {
  it('lets the lead agency see its case', () => {
    expect(canViewCase({ ...school, userId: 'u-colleague' }, schoolCase)).toBe(true);
  });

  it('lets a named professional from another agency see the case', () => {
    expect(canViewCase(police, { ...schoolCase, namedProfessionalIds: ['u-school', 'u-police'] })).toBe(true);
  });

  it('denies any other agency by default', () => {
    expect(canViewCase(police, schoolCase)).toBe(false);
  });

  it('lets FPT staff see every case of the council’s early help (levels 2 and 3), but not cases at other levels', () => {
    expect(canViewCase(frontDoor, schoolCase)).toBe(true);
    expect(canViewCase(manager, schoolCase)).toBe(true);
    expect(canViewCase(manager, { ...schoolCase, level: LevelOfNeed.FamilyCasework })).toBe(true);
    expect(canViewCase(frontDoor, { ...schoolCase, level: LevelOfNeed.FamilyCasework })).toBe(true);
    expect(canViewCase(manager, { ...schoolCase, level: LevelOfNeed.ChildrensSocialCare })).toBe(false);
    expect(canViewCase(manager, { ...schoolCase, level: LevelOfNeed.Universal })).toBe(false);
  });

  it('does not show a Family Casework case to a partner with no part in it', () => {
    expect(canViewCase(police, { ...schoolCase, level: LevelOfNeed.FamilyCasework })).toBe(false);
  });
});

describe('consent to share', () => {
  it('lets an agency named in the family’s current consent read the case', () => {
    expect(canViewCase(police, { ...schoolCase, consentedAgencyIds: ['a-police'] })).toBe(true);
  });
});

describe('canEditPlan', () => {
  it('is for the lead practitioner and named professionals, not colleagues, consented agencies or FPT', () => {
    expect(canEditPlan(school, schoolCase)).toBe(true);
    expect(canEditPlan(police, { ...schoolCase, namedProfessionalIds: ['u-school', 'u-police'] })).toBe(true);
    expect(canEditPlan({ ...school, userId: 'u-colleague' }, schoolCase)).toBe(false);
    expect(canEditPlan(police, { ...schoolCase, consentedAgencyIds: ['a-police'] })).toBe(false);
    expect(canEditPlan(manager, { ...schoolCase, namedProfessionalIds: ['u-mgr'] })).toBe(false);
  });
});

describe('canQualityAssurePlan', () => {
  it('is the Family Partnership Team’s', () => {
    expect(canQualityAssurePlan(manager, schoolCase)).toBe(true);
    expect(canQualityAssurePlan(frontDoor, schoolCase)).toBe(true);
    expect(canQualityAssurePlan(school, schoolCase)).toBe(false);
  });
});

describe('canActAsLead', () => {
  it('is the lead agency’s alone: not a named professional, not FPT', () => {
    expect(canActAsLead(school, schoolCase)).toBe(true);
    expect(canActAsLead(police, { ...schoolCase, namedProfessionalIds: ['u-police'] })).toBe(false);
    expect(canActAsLead({ ...frontDoor, agencyId: 'a-school' }, schoolCase)).toBe(false);
  });
});

describe('canViewReferral', () => {
  it('shows the referrer agency its referral and the decision', () => {
    expect(canViewReferral(police, { referrerAgencyId: 'a-police', leadAgencyId: null })).toBe(true);
  });

  it('shows the lead agency the referral that brought the family', () => {
    expect(canViewReferral(school, { referrerAgencyId: 'a-police', leadAgencyId: 'a-school' })).toBe(true);
  });

  it('hides a self-referral from partners', () => {
    expect(canViewReferral(police, { referrerAgencyId: null, leadAgencyId: null })).toBe(false);
    expect(canViewReferral(frontDoor, { referrerAgencyId: null, leadAgencyId: null })).toBe(true);
  });
});

describe('front-door work', () => {
  it.each([
    [frontDoor, true],
    [manager, true],
    [school, false],
  ])('%o may record, search and triage: %s', (actor, expected) => {
    expect(canRecordReferral(actor)).toBe(expected);
    expect(canSearchFamilies(actor)).toBe(expected);
    expect(canTriage(actor)).toBe(expected);
  });
});

describe('partners refer', () => {
  it.each([
    [school, true],
    [police, true],
    [frontDoor, false],
    [manager, false],
  ])('%o may make a referral in the portal: %s', (actor, expected) => {
    expect(canMakeReferral(actor)).toBe(expected);
  });

  it('lets the referring agency, not another partner, read a partner’s referral', () => {
    const made = { referrerAgencyId: school.agencyId, leadAgencyId: null };
    expect(canViewReferral(school, made)).toBe(true);
    expect(canViewReferral(police, made)).toBe(false);
    expect(canViewReferral(frontDoor, made)).toBe(true);
  });
});

describe('the team around the family', () => {
  const health: Actor = { userId: 'u-hv', agencyId: 'a-health', role: Role.PRACTITIONER };
  const team = {
    ...schoolCase,
    leadPractitionerId: 'u-school',
    namedProfessionalIds: ['u-school', 'u-police', 'u-hv'],
    consentBasedMemberIds: ['u-hv'],
    consentedAgencyIds: ['a-health'],
  };

  it('lets a member who joined on consent see the case only while the consent for her agency stands', () => {
    expect(canViewCase(health, team)).toBe(true);
    expect(canViewCase(health, { ...team, consentedAgencyIds: [] })).toBe(false);
    expect(canEditPlan(health, { ...team, consentedAgencyIds: [] })).toBe(false);
  });

  it('keeps a member named on a lawful basis in the case without consent', () => {
    expect(canViewCase(police, { ...team, consentedAgencyIds: [] })).toBe(true);
  });

  it('lets the lead write every section and a member only the sections assigned to them', () => {
    expect(canEditPlanSection(school, team, [])).toBe(true);
    expect(canEditPlanSection(school, team, ['u-police'])).toBe(true);
    expect(canEditPlanSection(police, team, [])).toBe(false);
    expect(canEditPlanSection(police, team, ['u-police'])).toBe(true);
    expect(canEditPlanSection(health, { ...team, consentedAgencyIds: [] }, ['u-hv'])).toBe(false);
    expect(canEditPlanSection(manager, { ...team, namedProfessionalIds: ['u-mgr'] }, ['u-mgr'])).toBe(false);
  });
});
