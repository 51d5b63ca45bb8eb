import {
  closureDaySet,
  easterSunday,
  ENGLAND_AND_WALES_PROCLAMATIONS,
  englandAndWalesBankHolidays,
  HolidayException,
} from './bank-holidays';
import { isWeekend, Weekday, weekdayOf } from './iso-date';

// Published at https://www.gov.uk/bank-holidays (England and Wales).
const GOV_UK_ENGLAND_AND_WALES: Record<number, string[]> = {
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
};

describe('easterSunday', () => {
  it.each([
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const easter = easterSunday(year);
      expect(weekdayOf(easter)).toBe(Weekday.Sunday);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });

  it.each([1582, 2026.5, Number.NaN, 10000])('rejects the year %p', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});

describe('englandAndWalesBankHolidays', () => {
  it.each(Object.entries(GOV_UK_ENGLAND_AND_WALES))('matches the GOV.UK list for %s', (year, expected) => {
    expect(englandAndWalesBankHolidays(Number(year))).toEqual(expected);
  });

  it('moves the 2022 spring bank holiday to 2 June and adds the jubilee and state funeral days', () => {
    const holidays = englandAndWalesBankHolidays(2022);
    expect(holidays).not.toContain('2022-05-30');
    expect(holidays).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
  });

  it('moves the 2020 early May bank holiday to VE Day', () => {
    const holidays = englandAndWalesBankHolidays(2020);
    expect(holidays).toContain('2020-05-08');
    expect(holidays).not.toContain('2020-05-04');
  });

  it('applies the 2011 royal wedding and the 2012 Diamond Jubilee changes', () => {
    expect(englandAndWalesBankHolidays(2011)).toEqual([
      '2011-01-03',
      '2011-04-22',
      '2011-04-25',
      '2011-04-29',
      '2011-05-02',
      '2011-05-30',
      '2011-08-29',
      '2011-12-26',
      '2011-12-27',
    ]);
    expect(englandAndWalesBankHolidays(2012)).toEqual([
      '2012-01-02',
      '2012-04-06',
      '2012-04-09',
      '2012-05-07',
      '2012-06-04',
      '2012-06-05',
      '2012-08-27',
      '2012-12-25',
      '2012-12-26',
    ]);
  });

  it('includes the earlier proclamations of 1981, 1995, 1999 and 2002', () => {
    expect(englandAndWalesBankHolidays(1981)).toContain('1981-07-29');
    expect(englandAndWalesBankHolidays(1995)).toContain('1995-05-08');
    expect(englandAndWalesBankHolidays(1995)).not.toContain('1995-05-01');
    expect(englandAndWalesBankHolidays(1999)).toContain('1999-12-31');
    const jubilee2002 = englandAndWalesBankHolidays(2002);
    expect(jubilee2002).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(jubilee2002).not.toContain('2002-05-27');
  });

  describe('substitute days', () => {
    it('moves New Year from a Saturday or Sunday to the Monday', () => {
      expect(englandAndWalesBankHolidays(2022)[0]).toBe('2022-01-03');
      expect(englandAndWalesBankHolidays(2023)[0]).toBe('2023-01-02');
      expect(englandAndWalesBankHolidays(2027)[0]).toBe('2027-01-01');
    });

    it.each([
      [2021, 'Saturday', ['2021-12-27', '2021-12-28']],
      [2022, 'Sunday', ['2022-12-26', '2022-12-27']],
      [2026, 'Friday', ['2026-12-25', '2026-12-28']],
      [2025, 'Thursday', ['2025-12-25', '2025-12-26']],
      [2028, 'Monday', ['2028-12-25', '2028-12-26']],
    ])('with Christmas %i on a %s the holidays are %j', (year, _weekday, expected) => {
      expect(englandAndWalesBankHolidays(year).slice(-2)).toEqual(expected);
    });
  });

  it('never puts a bank holiday on a weekend and keeps each year sorted and within the year', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      const holidays = englandAndWalesBankHolidays(year);
      expect(holidays).toEqual([...holidays].sort());
      expect(new Set(holidays).size).toBe(holidays.length);
      for (const date of holidays) {
        expect(isWeekend(date)).toBe(false);
        expect(date.startsWith(`${year}-`)).toBe(true);
      }
    }
  });

  it('has exactly the eight regular holidays in a year without proclamations', () => {
    expect(englandAndWalesBankHolidays(2030)).toHaveLength(8);
    expect(englandAndWalesBankHolidays(2022, [])).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-05-30',
      '2022-08-29',
      '2022-12-26',
      '2022-12-27',
    ]);
  });

  it('accepts a different exception table', () => {
    const exceptions: HolidayException[] = [
      { kind: 'moved', from: '2030-05-27', to: '2030-06-03', reason: 'Hypothetical move' },
      { kind: 'extra', date: '2030-06-04', reason: 'Hypothetical extra day' },
    ];
    const holidays = englandAndWalesBankHolidays(2030, exceptions);
    expect(holidays).not.toContain('2030-05-27');
    expect(holidays).toEqual(expect.arrayContaining(['2030-06-03', '2030-06-04']));
    expect(holidays).toHaveLength(9);
  });

  it('refuses to move a day that is not a regular bank holiday', () => {
    const exceptions: HolidayException[] = [{ kind: 'moved', from: '2030-05-28', to: '2030-06-03', reason: 'Typo' }];
    expect(() => englandAndWalesBankHolidays(2030, exceptions)).toThrow('2030-05-28 is not a regular bank holiday');
  });

  it('refuses an exception table containing an invalid date', () => {
    const exceptions: HolidayException[] = [{ kind: 'extra', date: '2030-02-30', reason: 'Typo' }];
    expect(() => englandAndWalesBankHolidays(2030, exceptions)).toThrow(RangeError);
  });

  it('keeps every proclamation date valid and every move away from a regular holiday', () => {
    const years = new Set(
      ENGLAND_AND_WALES_PROCLAMATIONS.flatMap((exception) =>
        exception.kind === 'extra' ? [exception.date] : [exception.from, exception.to],
      ).map((date) => Number(date.slice(0, 4))),
    );
    for (const year of years) {
      expect(() => englandAndWalesBankHolidays(year)).not.toThrow();
    }
  });

  it.each([1977, 10000, 2026.5])('rejects the unsupported year %p', (year) => {
    expect(() => englandAndWalesBankHolidays(year)).toThrow(RangeError);
  });
});

describe('closureDaySet', () => {
  it('turns a council’s closure days into a set of dates', () => {
    const closures = closureDaySet([
      { kind: 'extra', date: '2026-12-24', reason: 'Christmas Eve closure' },
      { kind: 'extra', date: '2026-12-29', reason: 'Christmas closure' },
    ]);
    expect([...closures]).toEqual(['2026-12-24', '2026-12-29']);
  });

  it('rejects an invalid closure date', () => {
    expect(() => closureDaySet([{ kind: 'extra', date: '2026-12-32', reason: 'Typo' }])).toThrow(RangeError);
  });
});
