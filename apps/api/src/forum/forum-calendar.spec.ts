import * as nodeIcal from 'node-ical';
import { forumCalendar } from './forum-calendar';

// The feed is read back with an independent parser (node-ical), as a calendar app would read it.
describe('forumCalendar', () => {
  const text = forumCalendar(
    [
      { id: 'm1', meetsOn: '2026-11-26', startsAt: '14:00', place: 'Family Hub, Room 2; ground floor', cancelled: false },
      { id: 'm2', meetsOn: '2026-12-10', startsAt: '23:30', place: 'Online', cancelled: true },
      { id: 'm3', meetsOn: '2026-07-02', startsAt: '14:00', place: 'Town Hall', cancelled: false },
    ],
    new Date('2026-11-18T10:00:00Z'),
    'Early Support Forum',
  );
  const events = Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
  const event = (id: string) => events.find((e) => e.uid === `forum-${id}@early-help-portal`)!;

  it('gives each meeting its London time, in winter and in summer time', () => {
    expect(event('m1').start.toISOString()).toBe('2026-11-26T14:00:00.000Z'); // GMT
    expect(event('m1').end?.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(event('m3').start.toISOString()).toBe('2026-07-02T13:00:00.000Z'); // 14:00 BST
    expect(text).toContain('DTSTART;TZID=Europe/London:20260702T140000');
  });

  it('carries the zone it names (RFC 5545 asks for a VTIMEZONE for every TZID) and stamps in UTC', () => {
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London\r\n/g)).toHaveLength(1);
    expect(text).toMatch(/\r\nDTSTAMP:20261118T100000Z\r\n/);
  });

  it('ends a late meeting on the next day', () => {
    expect(event('m2').end?.toISOString()).toBe('2026-12-11T01:30:00.000Z');
  });

  it('keeps places with commas and semicolons whole, names the council’s Forum, and marks a cancelled meeting', () => {
    expect(event('m1').location).toBe('Family Hub, Room 2; ground floor');
    expect(event('m1').summary).toBe('Early Support Forum');
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['forum-m1@early-help-portal', 'CONFIRMED'],
      ['forum-m2@early-help-portal', 'CANCELLED'],
      ['forum-m3@early-help-portal', 'CONFIRMED'],
    ]);
  });

  it('folds long lines at 75 octets, not characters, and unfolds to the same text', () => {
    const place = 'Salle é'.repeat(40);
    const long = forumCalendar([{ id: 'x', meetsOn: '2026-11-26', startsAt: '14:00', place, cancelled: false }], new Date(), 'Forum');
    expect(long.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const [parsed] = Object.values(nodeIcal.sync.parseICS(long)).filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
    expect(parsed.location).toBe(place);
  });
});
