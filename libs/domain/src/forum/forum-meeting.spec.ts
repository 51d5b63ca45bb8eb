import { DomainError, DomainErrorCode } from '../errors/domain-error';
import {
  assertAttendanceOpen,
  assertContributionsOpen,
  assertDecisionsOpen,
  canContributeToItem,
  canStartMeeting,
  MeetingAction,
  MeetingStatus,
  nextMeetingStatus,
} from './forum-meeting';

describe('a Forum meeting that is held', () => {
  const TODAY = '2026-11-18';
  const on = (status: MeetingStatus, meetsOn = TODAY) => ({ status, meetsOn });

  it('goes scheduled, in session, held, minutes published, in that order only', () => {
    expect(nextMeetingStatus(on(MeetingStatus.SCHEDULED), MeetingAction.START, TODAY)).toBe(MeetingStatus.IN_SESSION);
    expect(nextMeetingStatus(on(MeetingStatus.IN_SESSION), MeetingAction.CLOSE, TODAY)).toBe(MeetingStatus.HELD);
    expect(nextMeetingStatus(on(MeetingStatus.HELD), MeetingAction.PUBLISH_MINUTES, TODAY)).toBe(MeetingStatus.MINUTES_PUBLISHED);
    expect(nextMeetingStatus(on(MeetingStatus.SCHEDULED), MeetingAction.CANCEL, TODAY)).toBe(MeetingStatus.CANCELLED);
    expect(() => nextMeetingStatus(on(MeetingStatus.SCHEDULED), MeetingAction.PUBLISH_MINUTES, TODAY)).toThrow('Close the meeting before');
    expect(() => nextMeetingStatus(on(MeetingStatus.IN_SESSION), MeetingAction.CANCEL, TODAY)).toThrow(DomainError);
    expect(() => nextMeetingStatus(on(MeetingStatus.HELD), MeetingAction.START, TODAY)).toThrow('Only a scheduled meeting can be started');
    expect(() => nextMeetingStatus(on(MeetingStatus.SCHEDULED), MeetingAction.CLOSE, TODAY)).toThrow('Only a meeting in session');
  });

  it('starts on its day or later, never before, naming the date it meets', () => {
    expect(nextMeetingStatus(on(MeetingStatus.SCHEDULED, '2026-11-17'), MeetingAction.START, TODAY)).toBe(MeetingStatus.IN_SESSION);
    let refusal: unknown;
    try {
      nextMeetingStatus(on(MeetingStatus.SCHEDULED, '2026-11-19'), MeetingAction.START, TODAY);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: DomainErrorCode.InvalidState,
      message: 'The meeting is on 19 November 2026: it can be started on that day, not before',
      fields: [{ field: 'meetsOn', message: 'The meeting is on 19 November 2026: it can be started on that day, not before' }],
    });
    // Only starting waits for the day: a future meeting can still be cancelled.
    expect(nextMeetingStatus(on(MeetingStatus.SCHEDULED, '2026-12-02'), MeetingAction.CANCEL, TODAY)).toBe(MeetingStatus.CANCELLED);
  });

  it('offers the chair the start only when the meeting is scheduled and its day has come', () => {
    expect(canStartMeeting(on(MeetingStatus.SCHEDULED), TODAY)).toBe(true);
    expect(canStartMeeting(on(MeetingStatus.SCHEDULED, '2026-11-19'), TODAY)).toBe(false);
    expect(canStartMeeting(on(MeetingStatus.IN_SESSION), TODAY)).toBe(false);
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
