import { englandAndWalesBankHolidays } from './bank-holidays';
import { fromDayNumber, IsoDate, isWeekend, toDayNumber } from './iso-date';

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

export function addWorkingDays(
  start: IsoDate,
  days: number,
  extraHolidays: ReadonlySet<IsoDate> = NO_EXTRA_HOLIDAYS,
): IsoDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days to add must be a non-negative integer: ${days}`);
  }
  let dayNumber = toDayNumber(start);
  let remaining = days;
  while (remaining > 0) {
    dayNumber += 1;
    if (isWorkingDay(fromDayNumber(dayNumber), extraHolidays)) remaining -= 1;
  }
  return fromDayNumber(dayNumber);
}

// Counts the half-open interval (earlier, later] so that addWorkingDays and this function invert each other.
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  extraHolidays: ReadonlySet<IsoDate> = NO_EXTRA_HOLIDAYS,
): number {
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  const [earlier, later] = fromDay <= toDay ? [fromDay, toDay] : [toDay, fromDay];
  let count = 0;
  for (let dayNumber = earlier + 1; dayNumber <= later; dayNumber += 1) {
    if (isWorkingDay(fromDayNumber(dayNumber), extraHolidays)) count += 1;
  }
  // Subtracting rather than negating avoids returning -0.
  return fromDay <= toDay ? count : 0 - count;
}
