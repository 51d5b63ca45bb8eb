import { CaseStatus } from './case-status';
import { isOverdue } from '../working-days/deadlines';
import { IsoDate } from '../working-days/iso-date';
import { workingDaysBetween } from '../working-days/working-days';
import { PlanStatus } from '../plans/plan-lifecycle';

// Deadline reminders, worked out afresh from a case's dates each day: a changed date moves its
// reminder, and something done early (a plan approved) simply stops being due.
export enum ReminderKind {
  FIRST_CONTACT_DUE_SOON = 'FIRST_CONTACT_DUE_SOON',
  FIRST_CONTACT_OVERDUE = 'FIRST_CONTACT_OVERDUE',
  PLAN_DUE_SOON = 'PLAN_DUE_SOON',
  PLAN_OVERDUE = 'PLAN_OVERDUE',
  REVIEW_DUE_SOON = 'REVIEW_DUE_SOON',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
  MAINTENANCE_REVIEW_DUE = 'MAINTENANCE_REVIEW_DUE',
  MAINTENANCE_REVIEW_OVERDUE = 'MAINTENANCE_REVIEW_OVERDUE',
}

export const REMINDER_WORKING_DAYS_BEFORE = 5;

export interface ReminderFacts {
  readonly status: CaseStatus;
  readonly firstContactDue: IsoDate;
  readonly myFamilyPlanDue: IsoDate;
  readonly planStatus: PlanStatus | null;
  readonly nextReviewDue: IsoDate | null;
  readonly maintenanceReviewDates: readonly IsoDate[];
  // Maintenance reviews already recorded as held or missed: no reminder for them.
  readonly recordedMaintenanceReviews?: readonly IsoDate[];
}

export interface Reminder {
  readonly kind: ReminderKind;
  readonly dueOn: IsoDate;
  // Overdue reminders also go to the FPT manager.
  readonly escalate: boolean;
}

function byDeadline(due: IsoDate, today: IsoDate, soon: ReminderKind, overdue: ReminderKind): Reminder | null {
  if (isOverdue(due, today)) return { kind: overdue, dueOn: due, escalate: true };
  const left = workingDaysBetween(today, due);
  return left >= 0 && left <= REMINDER_WORKING_DAYS_BEFORE ? { kind: soon, dueOn: due, escalate: false } : null;
}

export function remindersDue(facts: ReminderFacts, today: IsoDate): Reminder[] {
  const due: (Reminder | null)[] = [];
  if (facts.status === CaseStatus.AWAITING_FIRST_CONTACT) {
    due.push(byDeadline(facts.firstContactDue, today, ReminderKind.FIRST_CONTACT_DUE_SOON, ReminderKind.FIRST_CONTACT_OVERDUE));
  }
  const planStillDue = facts.planStatus === null || facts.planStatus === PlanStatus.DRAFT || facts.planStatus === PlanStatus.RETURNED;
  if ((facts.status === CaseStatus.AWAITING_FIRST_CONTACT || facts.status === CaseStatus.OPEN) && planStillDue) {
    due.push(byDeadline(facts.myFamilyPlanDue, today, ReminderKind.PLAN_DUE_SOON, ReminderKind.PLAN_OVERDUE));
  }
  if (facts.status === CaseStatus.OPEN && facts.planStatus === PlanStatus.ACTIVE && facts.nextReviewDue) {
    due.push(byDeadline(facts.nextReviewDue, today, ReminderKind.REVIEW_DUE_SOON, ReminderKind.REVIEW_OVERDUE));
  }
  if (facts.status === CaseStatus.MAINTENANCE) {
    const recorded = facts.recordedMaintenanceReviews ?? [];
    const unrecorded = facts.maintenanceReviewDates.filter((d) => !recorded.includes(d));
    const next = unrecorded.find((d) => workingDaysBetween(today, d) >= 0 && workingDaysBetween(today, d) <= REMINDER_WORKING_DAYS_BEFORE);
    if (next) due.push({ kind: ReminderKind.MAINTENANCE_REVIEW_DUE, dueOn: next, escalate: false });
    // The earliest review past its date and not recorded as held or missed, once per date.
    const overdue = unrecorded.find((d) => isOverdue(d, today));
    if (overdue) due.push({ kind: ReminderKind.MAINTENANCE_REVIEW_OVERDUE, dueOn: overdue, escalate: true });
  }
  return due.filter((r): r is Reminder => r !== null);
}
