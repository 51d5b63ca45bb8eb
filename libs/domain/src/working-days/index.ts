export { addCalendarDays, isWeekend, parseIsoDate, Weekday, weekdayOf } from './iso-date';
export type { IsoDate } from './iso-date';
export {
  closureDaySet,
  easterSunday,
  englandAndWalesBankHolidays,
  ENGLAND_AND_WALES_PROCLAMATIONS,
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_YEAR,
} from './bank-holidays';
export type { ExtraHoliday, HolidayException, MovedHoliday } from './bank-holidays';
export { addWorkingDays, isBankHoliday, isWorkingDay, workingDaysBetween } from './working-days';
export {
  FIRST_CONTACT_WORKING_DAYS,
  firstContactDueDate,
  isOverdue,
  londonToday,
  MY_FAMILY_PLAN_WORKING_DAYS,
  myFamilyPlanDueDate,
} from './deadlines';
