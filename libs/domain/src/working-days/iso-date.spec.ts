import fc from 'fast-check';
import { addCalendarDays, fromDayNumber, isoDate, isWeekend, parseIsoDate, toDayNumber, Weekday, weekdayOf } from './iso-date';

describe('parseIsoDate', () => {
  it.each(['2026-01-01', '2026-02-28', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0050-03-01', '9999-12-31'])(
    'accepts the real calendar date %s unchanged',
    (value) => {
      expect(parseIsoDate(value)).toBe(value);
    },
  );

  it.each([
    ['', 'empty string'],
    ['2026-02-30', '30 February'],
    ['2026-02-29', '29 February outside a leap year'],
    ['2100-02-29', '29 February in a century year that is not a leap year'],
    ['2026-04-31', '31 April'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['2026-2-3', 'unpadded month and day'],
    ['26-02-03', 'two-digit year'],
    ['+02026-02-03', 'expanded year'],
    ['2026/02/03', 'slashes'],
    ['03-02-2026', 'day first'],
    [' 2026-02-03', 'leading space'],
    ['2026-02-03\n', 'trailing newline'],
    ['2026-02-03T00:00:00Z', 'a timestamp'],
    ['２０２６-02-03', 'non-ASCII digits'],
  ])('rejects %j (%s)', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it.each([null, undefined, 20260203, new Date('2026-02-03T00:00:00Z'), ['2026-02-03']])('rejects the non-string %p', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});

describe('day numbers', () => {
  it('counts whole days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2026-01-01')).toBe(20454);
  });

  it('round-trips through fromDayNumber', () => {
    for (const date of ['1969-12-31', '1970-01-01', '2000-02-29', '2026-03-29', '2026-10-25', '2285-03-22']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
  });

  // Dates are checked by arithmetic, not by a round trip through Date: every day from year 1 to
  // 9999 is a real date, reads back as itself, and is the day after the day before it.
  it('agrees with the calendar on every day from year 1 to 9999', () => {
    const first = toDayNumber('0001-01-01');
    const last = toDayNumber('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }), (day) => {
        const date = fromDayNumber(day);
        expect(parseIsoDate(date)).toBe(date);
        expect(toDayNumber(date)).toBe(day);
        expect(toDayNumber(fromDayNumber(day + 1))).toBe(day + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws a RangeError for anything that is not a strict calendar date', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => toDayNumber('')).toThrow("Not a calendar date in YYYY-MM-DD form: ''");
  });
});

describe('isoDate', () => {
  it('builds padded dates, including years below 100 that Date.UTC would move to the 1900s', () => {
    expect(isoDate(2026, 3, 5)).toBe('2026-03-05');
    expect(isoDate(50, 3, 1)).toBe('0050-03-01');
  });

  it('normalises overflowing days, which the month-end calculations rely on', () => {
    expect(isoDate(2026, 6, 0)).toBe('2026-05-31');
    expect(isoDate(2024, 3, 0)).toBe('2024-02-29');
    expect(isoDate(2026, 13, 1)).toBe('2027-01-01');
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s + %i calendar days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('weekdayOf and isWeekend', () => {
  it.each([
    ['1970-01-01', Weekday.Thursday],
    ['1969-12-28', Weekday.Sunday],
    ['2026-01-01', Weekday.Thursday],
    ['2026-06-06', Weekday.Saturday],
    ['2026-06-07', Weekday.Sunday],
    ['2026-06-08', Weekday.Monday],
    ['2026-12-25', Weekday.Friday],
    ['2000-02-29', Weekday.Tuesday],
  ])('%s is weekday %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('treats only Saturday and Sunday as the weekend', () => {
    const week = ['2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12'];
    expect(week.map(isWeekend)).toEqual([true, true, false, false, false, false, false]);
  });
});

describe('independence from the process timezone', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata'])(
    'gives the same dates and weekdays in %s, across the UK clock changes',
    (tz) => {
      process.env.TZ = tz;
      expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addCalendarDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
      expect(weekdayOf('2026-03-29')).toBe(Weekday.Sunday);
      expect(parseIsoDate('2026-03-29')).toBe('2026-03-29');
    },
  );
});
