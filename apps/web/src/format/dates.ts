// Dates as GOV.UK writes them ("22 November 2026", "22 November 2026 at 3:05pm"), always in UK time.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (`2026-11-22`) is not an instant: format it without any time zone shift. */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const parts = LONDON.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = part('hour');
  const minute = part('minute');
  const time = minute === '00' ? `${hour}${part('dayPeriod').toLowerCase()}` : `${hour}:${minute}${part('dayPeriod').toLowerCase()}`;
  return `${part('day')} ${part('month')} ${part('year')} at ${time}`;
}

// ---- The GOV.UK date input: three fields composed into an ISO date --------------------------------

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** `YYYY-MM-DD` when the three parts make a real date, otherwise null. */
export function toIsoDate(parts: DateParts): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => p.trim());
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return null;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The GOV.UK error message for a date that cannot be composed, or null when it is a real date. */
export function dateProblem(parts: DateParts, name: string): string | null {
  const missing = (['day', 'month', 'year'] as const).filter((p) => parts[p].trim() === '');
  if (missing.length === 3) return `Enter ${name.toLowerCase()}`;
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  if (missing.length > 0) return `${capitalised} must include a ${missing.join(' and ')}`;
  return toIsoDate(parts) ? null : `${capitalised} must be a real date`;
}

/** The three parts of an ISO calendar date, as the GOV.UK date input holds them (`2026-03-07` → 7, 3, 2026). */
export function toDateParts(isoDate: string): DateParts {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** Today's calendar date in the UK, whatever the browser's time zone. */
export function londonToday(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** An ISO calendar date, `YYYY-MM-DD` (the API's dates are strings in this form). */
export type IsoDate = string;
/** An ISO timestamp (GraphQL `DateTime`). */
export type IsoInstant = string;
