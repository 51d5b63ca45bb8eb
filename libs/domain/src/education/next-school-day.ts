import { londonToday } from '../working-days/deadlines';
import { addCalendarDays, IsoDate } from '../working-days/iso-date';
import { isWorkingDay } from '../working-days/working-days';
import { parseClockTime } from './education-setting';

export interface SchoolCalendar {
  // HH:MM, London time.
  schoolDayStartsAt: string;
  // Days the setting is closed beyond weekends and England and Wales bank holidays.
  closureDays: ReadonlySet<IsoDate>;
}

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

// Minutes London is ahead of UTC at this instant (0 in winter, 60 in summer).
function londonOffsetMinutes(at: number): number {
  const parts = Object.fromEntries(londonClock.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 60000);
}

// The instant a London wall-clock time happens on a date (a school's start time is never in the
// hour the clocks skip or repeat, which is between 1 and 2 at night).
export function londonInstant(date: IsoDate, time: string): Date {
  const clock = parseClockTime(time);
  if (!clock) throw new Error(`Not a clock time: ${time}`);
  const [y, m, d] = date.split('-').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, clock.hours, clock.minutes);
  const guess = asUtc - londonOffsetMinutes(asUtc) * 60000;
  return new Date(asUtc - londonOffsetMinutes(guess) * 60000);
}

// A year is more than any run of closures a setting can have; a calendar that never opens is a mistake.
const LONGEST_CLOSURE_DAYS = 366;

// The start of the setting's next school day after an instant: the first day that is not a
// weekend, a bank holiday or one of its closure days whose start time (London time) is later
// than the instant. Operation Encompass notifications must be readable by then.
export function nextSchoolDayStart(calendar: SchoolCalendar, after: Date): Date {
  let day = londonToday(after);
  for (let i = 0; i <= LONGEST_CLOSURE_DAYS; i++, day = addCalendarDays(day, 1)) {
    if (!isWorkingDay(day, calendar.closureDays)) continue;
    const starts = londonInstant(day, calendar.schoolDayStartsAt);
    if (starts.getTime() > after.getTime()) return starts;
  }
  throw new Error('The setting has no school day in the coming year');
}
