import { addCalendarDays, IsoDate, isoDate, isWeekend, parseIsoDate, Weekday, weekdayOf } from './iso-date';

// Early May bank holiday was first proclaimed for 1978; before that the rules below do not hold.
export const FIRST_SUPPORTED_YEAR = 1978;
export const LAST_SUPPORTED_YEAR = 9999;

export interface ExtraHoliday {
  readonly kind: 'extra';
  readonly date: IsoDate;
  readonly reason: string;
}

export interface MovedHoliday {
  readonly kind: 'moved';
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly reason: string;
}

export type HolidayException = ExtraHoliday | MovedHoliday;

// One-off royal proclamations. New ones are announced a year or so ahead and get added here.
export const ENGLAND_AND_WALES_PROCLAMATIONS: readonly HolidayException[] = [
  { kind: 'extra', date: '1981-07-29', reason: 'Royal wedding' },
  { kind: 'moved', from: '1995-05-01', to: '1995-05-08', reason: 'VE Day 50th anniversary' },
  { kind: 'extra', date: '1999-12-31', reason: 'Millennium' },
  { kind: 'moved', from: '2002-05-27', to: '2002-06-04', reason: 'Golden Jubilee' },
  { kind: 'extra', date: '2002-06-03', reason: 'Golden Jubilee' },
  { kind: 'extra', date: '2011-04-29', reason: 'Royal wedding' },
  { kind: 'moved', from: '2012-05-28', to: '2012-06-04', reason: 'Diamond Jubilee' },
  { kind: 'extra', date: '2012-06-05', reason: 'Diamond Jubilee' },
  { kind: 'moved', from: '2020-05-04', to: '2020-05-08', reason: 'VE Day 75th anniversary' },
  { kind: 'moved', from: '2022-05-30', to: '2022-06-02', reason: 'Platinum Jubilee' },
  { kind: 'extra', date: '2022-06-03', reason: 'Platinum Jubilee' },
  { kind: 'extra', date: '2022-09-19', reason: 'State funeral of Queen Elizabeth II' },
  { kind: 'extra', date: '2023-05-08', reason: 'Coronation of King Charles III' },
];

function assertYear(year: number, first: number): void {
  if (!Number.isInteger(year) || year < first || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Year must be an integer from ${first} to ${LAST_SUPPORTED_YEAR}: ${year}`);
  }
}

function assertIsoDate(date: IsoDate): void {
  if (parseIsoDate(date) === null) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: '${date}'`);
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher); the Gregorian calendar starts in 1583.
export function easterSunday(year: number): IsoDate {
  assertYear(year, 1583);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = isoDate(year, month, 1);
  return addCalendarDays(first, (Weekday.Monday - weekdayOf(first) + 7) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = isoDate(year, month + 1, 0);
  return addCalendarDays(last, -((weekdayOf(last) - Weekday.Monday + 7) % 7));
}

function newYearsDay(year: number): IsoDate {
  const day = isoDate(year, 1, 1);
  const weekday = weekdayOf(day);
  if (weekday === Weekday.Saturday) return addCalendarDays(day, 2);
  if (weekday === Weekday.Sunday) return addCalendarDays(day, 1);
  return day;
}

// Christmas and Boxing Day each need a weekday of their own, so the substitutes are the next free weekdays.
function christmasAndBoxingDay(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  let candidate = isoDate(year, 12, 25);
  while (days.length < 2) {
    if (!isWeekend(candidate)) days.push(candidate);
    candidate = addCalendarDays(candidate, 1);
  }
  return days;
}

function regularHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  return [
    newYearsDay(year),
    addCalendarDays(easter, -2),
    addCalendarDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmasAndBoxingDay(year),
  ];
}

export function englandAndWalesBankHolidays(
  year: number,
  exceptions: readonly HolidayException[] = ENGLAND_AND_WALES_PROCLAMATIONS,
): IsoDate[] {
  assertYear(year, FIRST_SUPPORTED_YEAR);
  const holidays = new Set(regularHolidays(year));
  const inYear = (date: IsoDate): boolean => date.startsWith(`${year}-`);
  for (const exception of exceptions) {
    const dates = exception.kind === 'extra' ? [exception.date] : [exception.from, exception.to];
    for (const date of dates) assertIsoDate(date);
    if (exception.kind === 'extra') {
      if (inYear(exception.date)) holidays.add(exception.date);
      continue;
    }
    if (inYear(exception.from)) {
      // A move away from a day that is not a holiday means the table is wrong; fail loudly.
      if (!holidays.delete(exception.from)) {
        throw new Error(`${exception.from} is not a regular bank holiday, so it cannot be moved (${exception.reason})`);
      }
    }
    if (inYear(exception.to)) holidays.add(exception.to);
  }
  return [...holidays].sort();
}

// A council's own closure days (for example an extra day at Christmas) use the same shape as a proclamation.
export function closureDaySet(days: readonly ExtraHoliday[]): ReadonlySet<IsoDate> {
  for (const { date } of days) assertIsoDate(date);
  return new Set(days.map(({ date }) => date));
}
