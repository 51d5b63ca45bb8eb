import { englandAndWalesBankHolidays } from './bank-holidays';
import { fromDayNumber, IsoDate, isoDate, isWeekend, toDayNumber } from './iso-date';

const NO_EXTRA_HOLIDAYS: ReadonlySet<IsoDate> = new Set();

// Deadline maths walks day by day, so each year's list is worked out once and kept.
const bankHolidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

function bankHolidaysIn(year: number): ReadonlySet<IsoDate> {
  let holidays = bankHolidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(englandAndWalesBankHolidays(year));
    bankHolidaysByYear.set(year, holidays);
  }
  return holidays;
}

export function isBankHoliday(date: IsoDate): boolean {
  toDayNumber(date);
  return bankHolidaysIn(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: IsoDate, extraHolidays: ReadonlySet<IsoDate> = NO_EXTRA_HOLIDAYS): boolean {
  return !isWeekend(date) && !isBankHoliday(date) && !extraHolidays.has(date);
}

// Deadline maths runs for every case in a list, so it works on day numbers (days since
// 1970-01-01) rather than on date strings, and counts whole weeks at once.
const THURSDAY = 4; // 1970-01-01

function isWeekendDay(dayNumber: number): boolean {
  const weekday = (((dayNumber + THURSDAY) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

function yearOfDay(dayNumber: number): number {
  return Number(fromDayNumber(dayNumber).slice(0, 4));
}

// Non-working weekdays as day numbers: the bank holidays of the years touched, and the extra
// (council) closures that fall on weekdays.
const bankHolidayDaysByYear = new Map<number, readonly number[]>();

function weekdayBankHolidayDays(year: number): readonly number[] {
  let days = bankHolidayDaysByYear.get(year);
  if (!days) {
    days = [...bankHolidaysIn(year)].map(toDayNumber).filter((d) => !isWeekendDay(d));
    bankHolidayDaysByYear.set(year, days);
  }
  return days;
}

function closedWeekdays(fromYear: number, toYear: number, extraHolidays: ReadonlySet<IsoDate>): Set<number> {
  const closed = new Set<number>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const dayNumber of weekdayBankHolidayDays(year)) closed.add(dayNumber);
  }
  for (const extra of extraHolidays) {
    const dayNumber = toDayNumber(extra);
    if (!isWeekendDay(dayNumber)) closed.add(dayNumber);
  }
  return closed;
}

export function addWorkingDays(start: IsoDate, days: number, extraHolidays: ReadonlySet<IsoDate> = NO_EXTRA_HOLIDAYS): IsoDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days to add must be a non-negative integer: ${days}`);
  }
  let dayNumber = toDayNumber(start);
  let year = yearOfDay(dayNumber);
  let closed = closedWeekdays(year, year + 1, extraHolidays);
  let windowEnd = toDayNumber(isoDate(year + 2, 1, 1));
  let remaining = days;
  while (remaining > 0) {
    dayNumber += 1;
    if (dayNumber >= windowEnd) {
      year += 1;
      closed = closedWeekdays(year, year + 1, extraHolidays);
      windowEnd = toDayNumber(isoDate(year + 2, 1, 1));
    }
    if (!isWeekendDay(dayNumber) && !closed.has(dayNumber)) remaining -= 1;
  }
  return fromDayNumber(dayNumber);
}

// Counts the half-open interval (earlier, later] so that addWorkingDays and this function invert each other.
export function workingDaysBetween(from: IsoDate, to: IsoDate, extraHolidays: ReadonlySet<IsoDate> = NO_EXTRA_HOLIDAYS): number {
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  const [earlier, later] = fromDay <= toDay ? [fromDay, toDay] : [toDay, fromDay];
  const weeks = Math.floor((later - earlier) / 7);
  let count = weeks * 5;
  for (let dayNumber = earlier + weeks * 7 + 1; dayNumber <= later; dayNumber += 1) {
    if (!isWeekendDay(dayNumber)) count += 1;
  }
  if (later > earlier) {
    for (const closed of closedWeekdays(yearOfDay(earlier + 1), yearOfDay(later), extraHolidays)) {
      if (closed > earlier && closed <= later) count -= 1;
    }
  }
  // Subtracting rather than negating avoids returning -0.
  return fromDay <= toDay ? count : 0 - count;
}
