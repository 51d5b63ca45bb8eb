import { Role } from '../identity/roles';
import { LevelOfNeed } from '../triage/levels';
import {
  assertConcernOpen,
  canBringToForum,
  canDecideEscalationConcern,
  canRaiseEscalationConcern,
  ConcernStatus,
  ConcernUrgency,
  meetingForConcern,
} from './escalation-concern';

const facts = {
  level: LevelOfNeed.PartnerLedEarlyHelp,
  leadAgencyId: 'school',
  namedProfessionalIds: ['sam'],
  consentedAgencyIds: ['health'],
};
const partner = (userId: string, agencyId: string) => ({ userId, agencyId, role: Role.PRACTITIONER });
const chair = { userId: 'fran', agencyId: 'council', role: Role.FPT_MANAGER };
const frontDoor = { userId: 'dee', agencyId: 'council', role: Role.FRONT_DOOR_OFFICER };

describe('escalation concerns', () => {
  it('are raised by anyone who sees the case and is not of the council team', () => {
    expect(canRaiseEscalationConcern(partner('sam', 'school'), facts)).toBe(true); // lead
    expect(canRaiseEscalationConcern(partner('kim', 'school'), facts)).toBe(true); // lead agency colleague
    expect(canRaiseEscalationConcern(partner('hv', 'health'), facts)).toBe(true); // consented agency
    expect(canRaiseEscalationConcern(partner('pc', 'police'), facts)).toBe(false); // cannot see the case
    expect(canRaiseEscalationConcern(partner('pc', 'police'), { ...facts, namedProfessionalIds: ['pc'] })).toBe(true); // team member
    expect(canRaiseEscalationConcern(chair, facts)).toBe(false);
    expect(canRaiseEscalationConcern(frontDoor, facts)).toBe(false);
  });

  it('are decided by the chair alone, once', () => {
    expect(canDecideEscalationConcern(chair)).toBe(true);
    expect(canDecideEscalationConcern(frontDoor)).toBe(false);
    expect(() => assertConcernOpen(ConcernStatus.RAISED)).not.toThrow();
    expect(() => assertConcernOpen(ConcernStatus.ANSWERED)).toThrow('already decided');
  });

  it('let the chair bring any case they can see to the Forum, and the team theirs', () => {
    expect(canBringToForum(chair, facts)).toBe(true);
    expect(canBringToForum(chair, { ...facts, level: LevelOfNeed.ChildrensSocialCare })).toBe(false);
    expect(canBringToForum(frontDoor, facts)).toBe(false);
    expect(canBringToForum(partner('sam', 'school'), facts)).toBe(true);
    expect(canBringToForum(partner('hv', 'health'), facts)).toBe(false);
  });

  it('go to the first meeting open for items, or for urgency to the very next one past its cut-off', () => {
    // Thursday meetings with a two working day cut-off (Monday); today is Wednesday 18 November.
    const meetings = [
      { meetsOn: '2026-12-03', agendaCutoffWorkingDays: 2 },
      { meetsOn: '2026-11-19', agendaCutoffWorkingDays: 2 },
      { meetsOn: '2026-11-12', agendaCutoffWorkingDays: 2 },
    ];
    expect(meetingForConcern(ConcernUrgency.NEXT_FORUM, '2026-11-18', meetings)?.meetsOn).toBe('2026-12-03');
    expect(meetingForConcern(ConcernUrgency.WITHIN_DAYS, '2026-11-18', meetings)?.meetsOn).toBe('2026-11-19');
    expect(meetingForConcern(ConcernUrgency.SAFEGUARDING_TODAY, '2026-11-18', meetings)?.meetsOn).toBe('2026-11-19');
    expect(meetingForConcern(ConcernUrgency.NEXT_FORUM, '2026-12-02', meetings)).toBeNull();
  });
});
