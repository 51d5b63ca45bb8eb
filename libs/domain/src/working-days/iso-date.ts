// Calendar dates travel as 'YYYY-MM-DD' strings so that no timezone can move them by a day.
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export enum Weekday {
  Sunday = 0,
  Monday = 1,
  Tuesday = 2,
  Wednesday = 3,
  Thursday = 4,
  Friday = 5,
  Saturday = 6,
}

// Date.UTC maps years 0–99 to 1900–1999, so the full year is set again explicitly.
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function format(date: Date): IsoDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The parts of a date that exists, or null. Checked by arithmetic rather than by a round trip
// through Date and text: the case list works out several dates for each of its rows.
function partsOf(value: unknown): [number, number, number] | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= last ? [year, month, day] : null;
}

export function parseIsoDate(value: unknown): IsoDate | null {
  return partsOf(value) ? (value as IsoDate) : null;
}

// Internal arithmetic works on whole days since 1970-01-01 (UTC); bad input is a programming error.
export function toDayNumber(date: IsoDate): number {
  const parts = partsOf(date);
  if (parts === null) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: '${date}'`);
  const [year, month, day] = parts;
  return Math.round((year >= 100 ? Date.UTC(year, month - 1, day) : utcMidnight(year, month, day).getTime()) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return format(new Date(dayNumber * MS_PER_DAY));
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return format(utcMidnight(year, month, day));
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + Weekday.Thursday) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === Weekday.Saturday || weekday === Weekday.Sunday;
}
