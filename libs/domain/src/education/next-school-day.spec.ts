import { londonInstant, nextSchoolDayStart } from './next-school-day';

const riverside = { schoolDayStartsAt: '08:45', closureDays: new Set<string>() };
const at = (iso: string) => new Date(iso);

describe('the start of a setting’s next school day', () => {
  it('takes a Friday evening to Monday’s start time', () => {
    // Friday 20 November 2026, 18:30 (GMT) → Monday 23 November, 08:45 GMT.
    expect(nextSchoolDayStart(riverside, at('2026-11-20T18:30:00Z')).toISOString()).toBe('2026-11-23T08:45:00.000Z');
  });

  it('skips a bank holiday Monday to Tuesday', () => {
    // Friday 1 May 2026 evening; Monday 4 May is the early May bank holiday; British Summer Time.
    expect(nextSchoolDayStart(riverside, at('2026-05-01T19:00:00Z')).toISOString()).toBe('2026-05-05T07:45:00.000Z');
  });

  it('skips the setting’s own closure days', () => {
    const inset = { ...riverside, closureDays: new Set(['2026-11-20', '2026-11-23']) };
    // Thursday 19 November evening; closed Friday 20 and Monday 23 (training days) → Tuesday 24.
    expect(nextSchoolDayStart(inset, at('2026-11-19T20:00:00Z')).toISOString()).toBe('2026-11-24T08:45:00.000Z');
  });

  it('is the same day’s start when the instant is before it, and the next day’s from the start on', () => {
    expect(nextSchoolDayStart(riverside, at('2026-11-18T06:00:00Z')).toISOString()).toBe('2026-11-18T08:45:00.000Z');
    expect(nextSchoolDayStart(riverside, at('2026-11-18T08:45:00Z')).toISOString()).toBe('2026-11-19T08:45:00.000Z');
  });

  it('follows the clocks: the weekend they go back and the weekend they go forward', () => {
    // BST ends on Sunday 25 October 2026: Friday's 08:45 was 07:45 UTC, Monday's is 08:45 UTC.
    expect(nextSchoolDayStart(riverside, at('2026-10-23T18:00:00Z')).toISOString()).toBe('2026-10-26T08:45:00.000Z');
    // BST starts on Sunday 29 March 2026: Monday's 08:45 is 07:45 UTC.
    expect(nextSchoolDayStart(riverside, at('2026-03-27T18:00:00Z')).toISOString()).toBe('2026-03-30T07:45:00.000Z');
  });

  it('works in London’s date: just after midnight in summer is already the next day there', () => {
    // 23:30 UTC on Sunday 3 May 2026 is 00:30 on the bank holiday Monday in London → Tuesday.
    expect(nextSchoolDayStart(riverside, at('2026-05-03T23:30:00Z')).toISOString()).toBe('2026-05-05T07:45:00.000Z');
  });

  it('refuses a calendar that never opens', () => {
    const closed = new Set(Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 10, 18 + i)).toISOString().slice(0, 10)));
    expect(() => nextSchoolDayStart({ ...riverside, closureDays: closed }, at('2026-11-18T12:00:00Z'))).toThrow(/no school day/);
  });

  it('turns a London wall-clock time into an instant in winter and in summer', () => {
    expect(londonInstant('2026-01-12', '08:30').toISOString()).toBe('2026-01-12T08:30:00.000Z');
    expect(londonInstant('2026-07-13', '08:30').toISOString()).toBe('2026-07-13T07:30:00.000Z');
  });
});
