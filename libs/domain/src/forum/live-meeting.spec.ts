import { DomainError } from '../errors/domain-error';
import { Role } from '../identity/roles';
import { MeetingStatus } from './forum-meeting';
import { AgendaItemStatus } from './forum-rules';
import { assertCanBeCurrentItem, canFollowLiveRecord, nextAgendaItem } from './live-meeting';

describe('the live Forum meeting', () => {
  it('takes an accepted or discussed item as current only while the meeting is in session', () => {
    expect(() => assertCanBeCurrentItem(MeetingStatus.IN_SESSION, AgendaItemStatus.ACCEPTED)).not.toThrow();
    expect(() => assertCanBeCurrentItem(MeetingStatus.IN_SESSION, AgendaItemStatus.DISCUSSED)).not.toThrow();
    expect(() => assertCanBeCurrentItem(MeetingStatus.IN_SESSION, null)).not.toThrow();
    expect(() => assertCanBeCurrentItem(MeetingStatus.SCHEDULED, AgendaItemStatus.ACCEPTED)).toThrow(/not in session/);
    expect(() => assertCanBeCurrentItem(MeetingStatus.HELD, AgendaItemStatus.ACCEPTED)).toThrow(DomainError);
    expect(() => assertCanBeCurrentItem(MeetingStatus.IN_SESSION, AgendaItemStatus.PROPOSED)).toThrow(/accepted onto the agenda/);
    expect(() => assertCanBeCurrentItem(MeetingStatus.IN_SESSION, AgendaItemStatus.DECLINED)).toThrow(/accepted onto the agenda/);
  });

  it('lets everyone follow the record while the meeting sits, and only the chair read the draft after', () => {
    const practitioner = { role: Role.PRACTITIONER };
    const chair = { role: Role.FPT_MANAGER };
    const draft = { minutesSignedOffAt: null };
    expect(canFollowLiveRecord(practitioner, { status: MeetingStatus.IN_SESSION, ...draft })).toBe(true);
    expect(canFollowLiveRecord(practitioner, { status: MeetingStatus.HELD, ...draft })).toBe(false);
    expect(canFollowLiveRecord(practitioner, { status: MeetingStatus.SCHEDULED, ...draft })).toBe(false);
    expect(canFollowLiveRecord(chair, { status: MeetingStatus.HELD, ...draft })).toBe(true);
    expect(
      canFollowLiveRecord(practitioner, { status: MeetingStatus.MINUTES_PUBLISHED, minutesSignedOffAt: new Date('2026-12-01T12:00:00Z') }),
    ).toBe(true);
  });

  it('moves on to the next accepted item, wrapping round to any left earlier', () => {
    const items = [
      { id: 'a', status: AgendaItemStatus.DISCUSSED },
      { id: 'b', status: AgendaItemStatus.ACCEPTED },
      { id: 'c', status: AgendaItemStatus.DEFERRED },
      { id: 'd', status: AgendaItemStatus.ACCEPTED },
    ];
    expect(nextAgendaItem(items, null)?.id).toBe('b');
    expect(nextAgendaItem(items, 'b')?.id).toBe('d');
    expect(nextAgendaItem(items, 'd')?.id).toBe('b');
    expect(nextAgendaItem(items, 'a')?.id).toBe('b');
    expect(nextAgendaItem([items[0], items[2]], 'a')).toBeNull();
  });
});
