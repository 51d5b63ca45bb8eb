import { forumCalendar } from './ical';

describe('forumCalendar', () => {
  const calendar = forumCalendar(
    [
      { id: 'm1', meetsOn: '2026-11-26', startsAt: '14:00', place: 'Family Hub, Room 2; ground floor', cancelled: false },
      { id: 'm2', meetsOn: '2026-12-10', startsAt: '23:30', place: 'Online', cancelled: true },
    ],
    new Date('2026-11-18T10:00:00Z'),
  );

  it('lists each meeting in UK local time with CRLF line endings', () => {
    expect(calendar).toContain('DTSTART;TZID=Europe/London:20261126T140000\r\nDTEND;TZID=Europe/London:20261126T160000\r\n');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('ends a late meeting on the next day', () => {
    expect(calendar).toContain('DTSTART;TZID=Europe/London:20261210T233000\r\nDTEND;TZID=Europe/London:20261211T013000');
  });

  it('escapes commas and semicolons in places and marks cancelled meetings', () => {
    expect(calendar).toContain('LOCATION:Family Hub\\, Room 2\\; ground floor');
    expect(calendar).toContain('UID:forum-m2@early-help-portal\r\nDTSTAMP:20261118T100000Z');
    expect(calendar.match(/STATUS:CANCELLED/g)).toHaveLength(1);
  });

  it('folds long lines at 75 characters', () => {
    const long = forumCalendar(
      [{ id: 'x', meetsOn: '2026-11-26', startsAt: '14:00', place: 'A'.repeat(200), cancelled: false }],
      new Date(),
    );
    expect(long.split('\r\n').every((line) => line.length <= 75)).toBe(true);
  });
});
