import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { IsoDate } from '../working-days/iso-date';

// A Forum meeting is scheduled, then in session (the chair has opened it), then held (closed, the
// record being finished), then its minutes are published; a scheduled meeting may be cancelled.
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  HELD = 'HELD',
  IN_SESSION = 'IN_SESSION',
  MINUTES_PUBLISHED = 'MINUTES_PUBLISHED',
}

export enum MeetingAction {
  START = 'START',
  CLOSE = 'CLOSE',
  PUBLISH_MINUTES = 'PUBLISH_MINUTES',
  CANCEL = 'CANCEL',
}

const MOVES: Readonly<Record<MeetingAction, { from: MeetingStatus; to: MeetingStatus; refusal: string }>> = {
  [MeetingAction.START]: {
    from: MeetingStatus.SCHEDULED,
    to: MeetingStatus.IN_SESSION,
    refusal: 'Only a scheduled meeting can be started',
  },
  [MeetingAction.CLOSE]: {
    from: MeetingStatus.IN_SESSION,
    to: MeetingStatus.HELD,
    refusal: 'Only a meeting in session can be closed',
  },
  [MeetingAction.PUBLISH_MINUTES]: {
    from: MeetingStatus.HELD,
    to: MeetingStatus.MINUTES_PUBLISHED,
    refusal: 'Close the meeting before publishing its minutes',
  },
  [MeetingAction.CANCEL]: {
    from: MeetingStatus.SCHEDULED,
    to: MeetingStatus.CANCELLED,
    refusal: 'Only a scheduled meeting can be cancelled',
  },
};

const longDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

// A meeting sits on its day: the chair may start it on the date it meets (the council's day,
// Europe/London) or later, never before.
export function meetingDayHasCome(meetsOn: IsoDate, today: IsoDate): boolean {
  return meetsOn <= today;
}

// Whether the chair may start the meeting now: it is scheduled and its day has come.
export function canStartMeeting(meeting: { readonly status: MeetingStatus; readonly meetsOn: IsoDate }, today: IsoDate): boolean {
  return meeting.status === MeetingStatus.SCHEDULED && meetingDayHasCome(meeting.meetsOn, today);
}

// The state a meeting moves to, or a refusal naming what must happen first. `today` is the
// council's day (londonToday).
export function nextMeetingStatus(
  meeting: { readonly status: MeetingStatus; readonly meetsOn: IsoDate },
  action: MeetingAction,
  today: IsoDate,
): MeetingStatus {
  const move = MOVES[action];
  if (meeting.status !== move.from) throw new DomainError(DomainErrorCode.InvalidState, move.refusal);
  if (action === MeetingAction.START && !meetingDayHasCome(meeting.meetsOn, today)) {
    const day = longDate.format(new Date(`${meeting.meetsOn}T00:00:00Z`));
    const message = `The meeting is on ${day}: it can be started on that day, not before`;
    throw new DomainError(DomainErrorCode.InvalidState, message, [{ field: 'meetsOn', message }]);
  }
  return move.to;
}

// Decisions are recorded while the meeting sits, or afterwards while the chair finishes the record.
export function assertDecisionsOpen(status: MeetingStatus): void {
  if (status !== MeetingStatus.IN_SESSION && status !== MeetingStatus.HELD) {
    throw new DomainError(
      DomainErrorCode.InvalidState,
      status === MeetingStatus.SCHEDULED
        ? 'The meeting has not started: start the meeting before recording decisions'
        : 'Decisions can only be recorded while the meeting is in session or before its minutes are published',
    );
  }
}

// Attendance is part of the session: taken while it sits and corrected until the minutes are out.
export function assertAttendanceOpen(status: MeetingStatus): void {
  if (status !== MeetingStatus.IN_SESSION && status !== MeetingStatus.HELD) {
    throw new DomainError(
      DomainErrorCode.InvalidState,
      'Attendance is recorded once the meeting has started, until its minutes are published',
    );
  }
}

// Written contributions are for people who cannot attend: sent before the meeting starts.
export function assertContributionsOpen(status: MeetingStatus): void {
  if (status !== MeetingStatus.SCHEDULED) {
    throw new DomainError(DomainErrorCode.InvalidState, 'Written contributions can only be sent before the meeting starts');
  }
}

// Who may send a written contribution on an item: the case's lead and team, and whoever raised it.
export function canContributeToItem(
  userId: string,
  item: { readonly leadPractitionerId: string; readonly teamIds: readonly string[]; readonly raisedByIds: readonly string[] },
): boolean {
  return item.leadPractitionerId === userId || item.teamIds.includes(userId) || item.raisedByIds.includes(userId);
}
