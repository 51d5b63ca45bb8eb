import fc from 'fast-check';
import { addCalendarDays, fromDayNumber, toDayNumber } from './iso-date';
import { addWorkingDays, isBankHoliday, isWorkingDay, workingDaysBetween } from './working-days';

describe('isBankHoliday', () => {
  it('recognises bank holidays, including substitute days', () => {
    expect(isBankHoliday('2026-12-25')).toBe(true);
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2022-01-03')).toBe(true);
  });

  it('does not treat the weekend date a substitute replaces as a bank holiday', () => {
    expect(isBankHoliday('2026-12-26')).toBe(false);
    expect(isBankHoliday('2022-01-01')).toBe(false);
  });

  it('rejects invalid dates and unsupported years', () => {
    expect(() => isBankHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => isBankHoliday('1977-12-25')).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-06-08', true, 'an ordinary Monday'],
    ['2026-06-12', true, 'an ordinary Friday'],
    ['2026-06-06', false, 'a Saturday'],
    ['2026-06-07', false, 'a Sunday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-12-28', false, 'the Boxing Day substitute'],
    ['2022-09-19', false, 'the state funeral'],
    ['2020-05-04', true, 'the early May date moved away in 2020'],
    ['2022-05-30', true, 'the spring date moved away in 2022'],
  ])('%s is %p (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('treats council closure days as non-working', () => {
    const closures = new Set(['2026-12-24']);
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-24', closures)).toBe(false);
    expect(isWorkingDay('2026-12-23', closures)).toBe(true);
  });

  it('rejects a date that is not strict YYYY-MM-DD', () => {
    expect(() => isWorkingDay('2026-6-8')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-23', 3, '2026-12-30', 'Christmas and its substitute are skipped'],
    ['2026-12-30', 2, '2027-01-04', 'New Year is skipped across the year end'],
    ['2021-12-23', 3, '2021-12-30', 'both 2021 Christmas substitutes are skipped'],
    ['2021-12-31', 1, '2022-01-04', 'the 2022 New Year substitute is skipped'],
    ['2026-04-02', 1, '2026-04-07', 'Good Friday and Easter Monday are skipped'],
    ['2026-03-31', 3, '2026-04-07', 'Easter in the middle of the count'],
    ['2026-06-05', 1, '2026-06-08', 'Friday to Monday'],
    ['2026-06-08', 5, '2026-06-15', 'a whole week'],
    ['2026-06-06', 3, '2026-06-10', 'a Saturday start counts from Monday'],
    ['2026-06-07', 1, '2026-06-08', 'a Sunday start'],
    ['2026-12-25', 1, '2026-12-29', 'a bank holiday start'],
    ['2022-06-01', 1, '2022-06-06', 'the 2022 jubilee weekend'],
    ['2026-01-05', 30, '2026-02-16', 'thirty days with no holidays is six weeks'],
    ['2026-03-16', 30, '2026-04-29', 'thirty days across Easter'],
    ['2026-12-01', 30, '2027-01-15', 'thirty days across Christmas and New Year'],
  ])('%s + %i working days is %s (%s)', (start, days, expected) => {
    expect(addWorkingDays(start, days)).toBe(expected);
  });

  it('returns the start date itself for zero days, even on a weekend', () => {
    expect(addWorkingDays('2026-06-08', 0)).toBe('2026-06-08');
    expect(addWorkingDays('2026-06-06', 0)).toBe('2026-06-06');
  });

  it('skips extra holidays such as council closure days', () => {
    expect(addWorkingDays('2026-12-23', 3, new Set(['2026-12-24']))).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-23', 3, new Set(['2026-12-26']))).toBe('2026-12-30');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p days', (days) => {
    expect(() => addWorkingDays('2026-06-08', days)).toThrow(RangeError);
  });

  it('rejects an invalid start date', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('always lands on the first working day that completes the count', () => {
    const closures = new Set(['2024-12-24', '2025-12-24']);
    for (let start = '2019-01-01'; start <= '2027-12-01'; start = addCalendarDays(start, 1)) {
      for (const days of [1, 3, 30]) {
        const due = addWorkingDays(start, days, closures);
        expect(isWorkingDay(due, closures)).toBe(true);
        expect(workingDaysBetween(start, due, closures)).toBe(days);
        expect(workingDaysBetween(start, addCalendarDays(due, -1), closures)).toBe(days - 1);
      }
    }
  });
});

describe('workingDaysBetween', () => {
  it('is zero for the same date', () => {
    expect(workingDaysBetween('2026-06-08', '2026-06-08')).toBe(0);
    expect(workingDaysBetween('2026-06-06', '2026-06-06')).toBe(0);
  });

  it.each([
    ['2026-06-05', '2026-06-08', 1, 'Friday to Monday'],
    ['2026-06-08', '2026-06-12', 4, 'Monday to Friday'],
    ['2026-06-06', '2026-06-07', 0, 'across a weekend only'],
    ['2026-12-24', '2026-12-29', 1, 'across Christmas'],
    ['2026-12-23', '2026-12-30', 3, 'the first-contact window over Christmas'],
    ['2026-04-02', '2026-04-07', 1, 'across Easter'],
    ['2026-01-01', '2027-01-01', 253, 'a whole year'],
  ])('from %s to %s is %i (%s), and the reverse is negative', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
    expect(workingDaysBetween(to, from)).toBe(0 - expected);
  });

  it('counts the working days in (to, from] when to is earlier', () => {
    expect(workingDaysBetween('2026-06-08', '2026-06-05')).toBe(-1);
    expect(workingDaysBetween('2026-06-06', '2026-06-05')).toBe(0);
  });

  it('reports how overdue a deadline is in working days', () => {
    expect(workingDaysBetween('2027-01-05', '2026-12-30')).toBe(-3);
    expect(workingDaysBetween('2026-12-31', '2026-12-30')).toBe(-1);
  });

  it('reports working days left until a deadline', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-30')).toBe(2);
  });

  it('leaves out extra holidays, once each even if they fall on a weekend or bank holiday', () => {
    const closures = new Set(['2026-12-24', '2026-12-26', '2026-12-28']);
    expect(workingDaysBetween('2026-12-23', '2026-12-31', closures)).toBe(3);
    expect(workingDaysBetween('2026-12-31', '2026-12-23', closures)).toBe(-3);
  });

  it('rejects invalid dates', () => {
    expect(() => workingDaysBetween('2026-06-08', '2026-06-31')).toThrow(RangeError);
    expect(() => workingDaysBetween('', '2026-06-08')).toThrow(RangeError);
  });
});

// The counting above is arithmetic (whole weeks at once, holidays by day number); a plain walk,
// one day at a time, is the definition it must agree with.
describe('working-day arithmetic against a day-by-day walk', () => {
  function walkBetween(from: string, to: string, extra: ReadonlySet<string>): number {
    const [a, b] = [toDayNumber(from), toDayNumber(to)];
    let count = 0;
    for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d += 1) if (isWorkingDay(fromDayNumber(d), extra)) count += 1;
    return a <= b ? count : 0 - count;
  }
  function walkAdd(start: string, days: number, extra: ReadonlySet<string>): string {
    let d = toDayNumber(start);
    for (let left = days; left > 0;) {
      d += 1;
      if (isWorkingDay(fromDayNumber(d), extra)) left -= 1;
    }
    return fromDayNumber(d);
  }
  const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2034-12-31') - 1000 }).map(fromDayNumber);
  const extras = fc.array(day, { maxLength: 5 }).map((dates) => new Set(dates));

  it('counts the same working days between any two dates', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -900, max: 900 }), extras, (from, span, extra) => {
        const to = addCalendarDays(from, span);
        expect(workingDaysBetween(from, to, extra)).toBe(walkBetween(from, to, extra));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('lands on the same day when adding working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), extras, (start, days, extra) => {
        expect(addWorkingDays(start, days, extra)).toBe(walkAdd(start, days, extra));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
