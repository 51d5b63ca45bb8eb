import { IsoDate, toDayNumber } from './iso-date';
import { addWorkingDays } from './working-days';

export const FIRST_CONTACT_WORKING_DAYS = 3;
export const MY_FAMILY_PLAN_WORKING_DAYS = 30;

export function firstContactDueDate(allocatedOn: IsoDate, extraHolidays?: ReadonlySet<IsoDate>): IsoDate {
  return addWorkingDays(allocatedOn, FIRST_CONTACT_WORKING_DAYS, extraHolidays);
}

export function myFamilyPlanDueDate(allocatedOn: IsoDate, extraHolidays?: ReadonlySet<IsoDate>): IsoDate {
  return addWorkingDays(allocatedOn, MY_FAMILY_PLAN_WORKING_DAYS, extraHolidays);
}

// Work is due by the end of the due date, so it is only overdue from the next day.
export function isOverdue(dueDate: IsoDate, today: IsoDate): boolean {
  return toDayNumber(today) > toDayNumber(dueDate);
}

const londonDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Practitioners work in UK time: just after midnight BST is already tomorrow although UTC is still today.
export function londonToday(now: Date): IsoDate {
  const parts = londonDateFormat.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((candidate) => candidate.type === type);
    if (!found) throw new Error(`Europe/London date has no ${type} part`);
    return found.value;
  };
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
