import { addCalendarDays, IsoDate, parseIsoDate } from '../working-days/iso-date';
import type { FieldProblem } from '../triage/triage-decision';

// Team Around the Family reviews every 4–6 weeks: the next is due 6 weeks after the last (or
// after the plan was approved) and is flagged from 4 weeks.
export const REVIEW_DUE_WEEKS = 6;
export const REVIEW_FLAG_WEEKS = 4;

export enum ReviewState {
  NOT_YET = 'NOT_YET',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}

export function nextReviewDue(lastReviewOrApproval: IsoDate): IsoDate {
  return addCalendarDays(lastReviewOrApproval, REVIEW_DUE_WEEKS * 7);
}

// Due soon from two weeks before the next review (4 weeks after the last, on the usual 6).
export function reviewState(nextReviewOn: IsoDate, today: IsoDate): ReviewState {
  if (today > nextReviewOn) return ReviewState.OVERDUE;
  if (today >= addCalendarDays(nextReviewOn, -(REVIEW_DUE_WEEKS - REVIEW_FLAG_WEEKS) * 7)) return ReviewState.DUE_SOON;
  return ReviewState.NOT_YET;
}

export const NEXT_REVIEW_REASON_MAX_LENGTH = 2000;

export interface NextReviewChoice {
  readonly heldOn: IsoDate;
  readonly nextReviewOn: IsoDate;
  readonly reason?: string | null;
}

// The next review is 4 to 6 weeks after this one. Sooner (worries growing) or later (a family
// away, a school holiday) is allowed, but only with a recorded reason: the lead can act on the
// family's circumstances, and the departure from the rule is visible in the chronology.
export function nextReviewProblems(choice: NextReviewChoice): FieldProblem[] {
  const earliest = addCalendarDays(choice.heldOn, REVIEW_FLAG_WEEKS * 7);
  const latest = addCalendarDays(choice.heldOn, REVIEW_DUE_WEEKS * 7);
  const reason = choice.reason?.trim() ?? '';
  if (reason.length > NEXT_REVIEW_REASON_MAX_LENGTH) {
    return [{ field: 'nextReviewReason', message: `The reason must be ${NEXT_REVIEW_REASON_MAX_LENGTH} characters or fewer` }];
  }
  if (reason) return [];
  if (choice.nextReviewOn > latest) {
    return [{ field: 'nextReviewReason', message: 'Enter why the next review is more than 6 weeks after this one' }];
  }
  if (choice.nextReviewOn < earliest) {
    return [{ field: 'nextReviewReason', message: 'Enter why the next review is less than 4 weeks after this one' }];
  }
  return [];
}

// Whether a next review needs a reason: outside 4 to 6 weeks after the review.
export function nextReviewOutsideRule(heldOn: IsoDate, nextReviewOn: IsoDate): boolean {
  return nextReviewOn < addCalendarDays(heldOn, REVIEW_FLAG_WEEKS * 7) || nextReviewOn > addCalendarDays(heldOn, REVIEW_DUE_WEEKS * 7);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

// Calendar months later, kept within the month: 31 January + 1 month is 28 (or 29) February.
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!parseIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const MAINTENANCE_REVIEW_MONTHS = [1, 3, 6, 12] as const;

export function maintenanceReviewDates(closedOn: IsoDate): IsoDate[] {
  return MAINTENANCE_REVIEW_MONTHS.map((months) => addMonths(closedOn, months));
}

// A new referral for a family whose case closed within the last 12 months is a re-referral.
export function isReReferral(previousClosedOn: IsoDate, referredOn: IsoDate): boolean {
  return referredOn >= previousClosedOn && referredOn <= addMonths(previousClosedOn, 12);
}

export enum MaintenanceReviewOutcome {
  HELD = 'HELD',
  MISSED = 'MISSED',
}

export interface MaintenanceReviewFacts {
  readonly dueOn: string;
  readonly outcome: MaintenanceReviewOutcome;
  // Held: the date it was held. Missed: the date it was recorded as missed.
  readonly recordedOn: string;
  readonly note: string;
  readonly maintenanceStartedOn: IsoDate;
}

// Each of the 1, 3, 6 and 12 month reviews is recorded once, as held (on a date since maintenance
// began, not in the future) or missed (only once its date has come), with what was agreed or why.
export function maintenanceReviewProblems(facts: MaintenanceReviewFacts, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!maintenanceReviewDates(facts.maintenanceStartedOn).includes(facts.dueOn)) {
    problems.push({ field: 'dueOn', message: 'Choose one of the maintenance reviews at 1, 3, 6 or 12 months' });
  }
  if (!parseIsoDate(facts.recordedOn)) {
    problems.push({ field: 'recordedOn', message: 'Enter a real date' });
  } else if (facts.recordedOn > today || facts.recordedOn < facts.maintenanceStartedOn) {
    problems.push({ field: 'recordedOn', message: 'The date must be between the start of maintenance and today' });
  }
  if (facts.outcome === MaintenanceReviewOutcome.MISSED && facts.dueOn > today) {
    problems.push({ field: 'outcome', message: 'A review cannot be missed before its date' });
  }
  if (!facts.note.trim()) {
    problems.push({
      field: 'note',
      message:
        facts.outcome === MaintenanceReviewOutcome.HELD ? 'Enter what the review found and agreed' : 'Enter why the review was missed',
    });
  }
  return problems;
}

export function maintenanceReviewMonths(maintenanceStartedOn: IsoDate, dueOn: IsoDate): number | null {
  const index = maintenanceReviewDates(maintenanceStartedOn).indexOf(dueOn);
  return index < 0 ? null : MAINTENANCE_REVIEW_MONTHS[index];
}
