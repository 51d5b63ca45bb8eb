import { DomainError } from '../errors/domain-error';
import {
  assertAttendanceOpen,
  assertContributionsOpen,
  assertDecisionsOpen,
  canContributeToItem,
  MeetingAction,
  MeetingStatus,
  nextMeetingStatus,
} from './forum-meeting';

describe('a Forum meeting that is held', () => {
  it('goes scheduled, in session, held, minutes published, in that order only', () => {
    expect(nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.START)).toBe(MeetingStatus.IN_SESSION);
    expect(nextMeetingStatus(MeetingStatus.IN_SESSION, MeetingAction.CLOSE)).toBe(MeetingStatus.HELD);
    expect(nextMeetingStatus(MeetingStatus.HELD, MeetingAction.PUBLISH_MINUTES)).toBe(MeetingStatus.MINUTES_PUBLISHED);
    expect(nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.CANCEL)).toBe(MeetingStatus.CANCELLED);
    expect(() => nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.PUBLISH_MINUTES)).toThrow('Close the meeting before');
    expect(() => nextMeetingStatus(MeetingStatus.IN_SESSION, MeetingAction.CANCEL)).toThrow(DomainError);
    expect(() => nextMeetingStatus(MeetingStatus.HELD, MeetingAction.START)).toThrow('Only a scheduled meeting can be started');
    expect(() => nextMeetingStatus(MeetingStatus.SCHEDULED, MeetingAction.CLOSE)).toThrow('Only a meeting in session');
  });

  it('takes decisions and attendance only in session or once held', () => {
    for (const open of [MeetingStatus.IN_SESSION, MeetingStatus.HELD]) {
      expect(() => assertDecisionsOpen(open)).not.toThrow();
      expect(() => assertAttendanceOpen(open)).not.toThrow();
    }
    expect(() => assertDecisionsOpen(MeetingStatus.SCHEDULED)).toThrow('The meeting has not started');
    for (const closed of [MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED, MeetingStatus.MINUTES_PUBLISHED]) {
      expect(() => assertDecisionsOpen(closed)).toThrow(DomainError);
      expect(() => assertAttendanceOpen(closed)).toThrow(DomainError);
    }
  });

  it('takes written contributions before the meeting only, from the lead, the team and whoever raised the item', () => {
    expect(() => assertContributionsOpen(MeetingStatus.SCHEDULED)).not.toThrow();
    expect(() => assertContributionsOpen(MeetingStatus.IN_SESSION)).toThrow('before the meeting starts');
    expect(() => assertContributionsOpen(MeetingStatus.HELD)).toThrow(DomainError);
    const item = { leadPractitionerId: 'lead', teamIds: ['lead', 'hv'], raisedByIds: ['police'] };
    expect(['lead', 'hv', 'police'].map((u) => canContributeToItem(u, item))).toEqual([true, true, true]);
    expect(canContributeToItem('colleague', item)).toBe(false);
  });
});
