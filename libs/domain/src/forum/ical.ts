// An iCalendar (RFC 5545) feed of Forum meetings, so members see the dates in their own calendar.
export interface CalendarMeeting {
  readonly id: string;
  readonly meetsOn: string; // YYYY-MM-DD
  readonly startsAt: string; // HH:MM, UK local time
  readonly place: string;
  readonly cancelled: boolean;
}

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

// Lines longer than 75 octets are folded with CRLF and a space.
function fold(line: string): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += 73) parts.push(line.slice(i, i + 73));
  return parts.join('\r\n ');
}

export const FORUM_MEETING_MINUTES = 120;

// Wall-clock arithmetic in UTC fields, so a meeting running past midnight ends the next day.
function localStamp(date: string, time: string, addMinutes = 0): string {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, m] = time.split(':').map(Number);
  const at = new Date(Date.UTC(y, mo - 1, d, h, m + addMinutes));
  return at.toISOString().slice(0, 16).replace(/[-:]/g, '') + '00';
}

export function forumCalendar(meetings: readonly CalendarMeeting[], stamp: Date, serviceName = 'Early Help Forum'): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Early Help partnership portal//Forum//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(serviceName)}`,
    ...meetings.flatMap((m) => [
      'BEGIN:VEVENT',
      `UID:forum-${m.id}@early-help-portal`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;TZID=Europe/London:${localStamp(m.meetsOn, m.startsAt)}`,
      `DTEND;TZID=Europe/London:${localStamp(m.meetsOn, m.startsAt, FORUM_MEETING_MINUTES)}`,
      `SUMMARY:${escapeText(serviceName)}`,
      `LOCATION:${escapeText(m.place)}`,
      `STATUS:${m.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
