import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

// The Forum's dates as an iCalendar feed (RFC 5545), so members see them in their own calendar.
// The format is ical-generator's (escaping, folding at 75 octets, UTC stamps); each meeting is in
// London time with its VTIMEZONE, so a calendar abroad or across a clock change shows the right hour.
export interface CalendarMeeting {
  readonly id: string;
  readonly meetsOn: string; // YYYY-MM-DD
  readonly startsAt: string; // HH:MM, London time
  readonly place: string;
  readonly cancelled: boolean;
}

export const FORUM_MEETING_MINUTES = 120;
const ZONE = 'Europe/London';

export function forumCalendar(meetings: readonly CalendarMeeting[], stamp: Date, serviceName: string): string {
  const calendar = ical({
    name: serviceName,
    prodId: { company: 'Early Help partnership portal', product: 'Forum', language: 'EN' },
    // No calendar-wide zone: with one, the library writes DTSTAMP in local time, which RFC 5545
    // forbids. The generator still adds the VTIMEZONE of every zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const m of meetings) {
    const start = DateTime.fromISO(`${m.meetsOn}T${m.startsAt}`, { zone: ZONE });
    calendar.createEvent({
      id: `forum-${m.id}@early-help-portal`,
      stamp,
      start,
      end: start.plus({ minutes: FORUM_MEETING_MINUTES }),
      timezone: ZONE,
      summary: serviceName,
      location: m.place,
      status: m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
