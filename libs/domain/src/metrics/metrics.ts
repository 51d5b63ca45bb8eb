import { addMonths } from '../cases/schedules';
import { addCalendarDays, IsoDate, toDayNumber } from '../working-days/iso-date';

// The figures councillors and scrutiny panels ask for (DOMAIN.md "What councils measure"), each
// with one definition. A case is a level-2 partner-led case from its allocation date.
export interface CaseFacts {
  readonly allocatedOn: IsoDate;
  readonly children: number;
  readonly leadPractitionerId: string;
  readonly firstContactDue: IsoDate;
  readonly firstContactOn: IsoDate | null;
  readonly declined: boolean;
  readonly planDue: IsoDate;
  readonly planSubmittedOn: IsoDate | null;
  readonly closedOn: IsoDate | null;
  readonly outcome: string | null;
  readonly steppedUpToLevel4On: IsoDate | null;
  readonly reReferredOn: IsoDate | null; // the first new referral after closure, if any
  readonly lastActivityOn: IsoDate;
}

export interface Share {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null; // null when there is nothing to measure
}

export function share(numerator: number, denominator: number): Share {
  return { numerator, denominator, percent: denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10 };
}

// Open on a date: allocated on or before it, and not closed before or on it.
export function isOpenOn(c: CaseFacts, date: IsoDate): boolean {
  return c.allocatedOn <= date && (c.closedOn === null || c.closedOn > date);
}

export function casesOpenOn(cases: readonly CaseFacts[], date: IsoDate): { cases: number; children: number } {
  const open = cases.filter((c) => isOpenOn(c, date));
  return { cases: open.length, children: open.reduce((sum, c) => sum + c.children, 0) };
}

export function allocatedPerMonth(cases: readonly CaseFacts[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const c of cases) months.set(c.allocatedOn.slice(0, 7), (months.get(c.allocatedOn.slice(0, 7)) ?? 0) + 1);
  return new Map([...months].sort(([a], [b]) => a.localeCompare(b)));
}

export function escalationsToLevel4(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate): number {
  return cases.filter((c) => c.steppedUpToLevel4On !== null && c.steppedUpToLevel4On >= from && c.steppedUpToLevel4On <= to).length;
}

// Of cases allocated at least 12 months before `asOf`, the share not stepped up to level 4 within
// 12 months of allocation (the 84% in the seed papers).
export function notReachingLevel4Within12Months(cases: readonly CaseFacts[], asOf: IsoDate): Share {
  const eligible = cases.filter((c) => addMonths(c.allocatedOn, 12) <= asOf);
  const stayed = eligible.filter((c) => c.steppedUpToLevel4On === null || c.steppedUpToLevel4On > addMonths(c.allocatedOn, 12));
  return share(stayed.length, eligible.length);
}

// Of cases closed at least 12 months before `asOf`, the share with no new referral within 12
// months of closure (the 87%).
export function notReReferredWithin12Months(cases: readonly CaseFacts[], asOf: IsoDate): Share {
  const eligible = cases.filter((c) => c.closedOn !== null && addMonths(c.closedOn, 12) <= asOf);
  const stayed = eligible.filter((c) => c.reReferredOn === null || c.reReferredOn > addMonths(c.closedOn as IsoDate, 12));
  return share(stayed.length, eligible.length);
}

// Of cases closed in the period, the share closed because the family's needs were met (the 75%).
export function closedWithOutcomesMet(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate): Share {
  const closed = cases.filter((c) => c.closedOn !== null && c.closedOn >= from && c.closedOn <= to);
  return share(closed.filter((c) => c.outcome === 'NEEDS_MET').length, closed.length);
}

// Of cases allocated in the period whose first-contact deadline has passed by `asOf`, the share
// contacted (or declining) on or before the deadline.
export function firstContactOnTime(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate, asOf: IsoDate): Share {
  const due = cases.filter((c) => c.allocatedOn >= from && c.allocatedOn <= to && c.firstContactDue < asOf);
  return share(due.filter((c) => c.firstContactOn !== null && c.firstContactOn <= c.firstContactDue).length, due.length);
}

export function myFamilyPlanOnTime(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate, asOf: IsoDate): Share {
  const due = cases.filter((c) => c.allocatedOn >= from && c.allocatedOn <= to && !c.declined && c.planDue < asOf);
  return share(due.filter((c) => c.planSubmittedOn !== null && c.planSubmittedOn <= c.planDue).length, due.length);
}

export function declineRate(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate): Share {
  const allocated = cases.filter((c) => c.allocatedOn >= from && c.allocatedOn <= to);
  return share(allocated.filter((c) => c.declined).length, allocated.length);
}

// Average days from allocation to closure, over cases closed in the period.
export function averageDaysOpen(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate): number | null {
  const closed = cases.filter((c) => c.closedOn !== null && c.closedOn >= from && c.closedOn <= to);
  if (closed.length === 0) return null;
  const days = closed.reduce((sum, c) => sum + toDayNumber(c.closedOn as IsoDate) - toDayNumber(c.allocatedOn), 0);
  return Math.round((10 * days) / closed.length) / 10;
}

export function caseloadPerPractitioner(cases: readonly CaseFacts[], date: IsoDate): Map<string, number> {
  const load = new Map<string, number>();
  for (const c of cases.filter((x) => isOpenOn(x, date))) load.set(c.leadPractitionerId, (load.get(c.leadPractitionerId) ?? 0) + 1);
  return load;
}

export const DRIFT_WEEKS = 8;

// Open cases with nothing recorded for 8 weeks: "stuck" (001 recommendation 3).
export function drifting(cases: readonly CaseFacts[], today: IsoDate): CaseFacts[] {
  const cutoff = addCalendarDays(today, -DRIFT_WEEKS * 7);
  return cases.filter((c) => isOpenOn(c, today) && c.lastActivityOn < cutoff);
}
