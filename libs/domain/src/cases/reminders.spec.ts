import { CaseStatus } from './case-status';
import { PlanStatus } from '../plans/plan-lifecycle';
import { ReminderKind, remindersDue } from './reminders';

const open = {
  status: CaseStatus.OPEN,
  firstContactDue: '2026-11-04',
  myFamilyPlanDue: '2026-12-14',
  planStatus: PlanStatus.DRAFT,
  nextReviewDue: null,
  maintenanceReviewDates: [],
};

describe('remindersDue', () => {
  it('reminds five working days before the plan is due, and not earlier', () => {
    expect(remindersDue(open, '2026-12-04')).toEqual([]); // 6 working days left
    expect(remindersDue(open, '2026-12-07')).toEqual([{ kind: ReminderKind.PLAN_DUE_SOON, dueOn: '2026-12-14', escalate: false }]);
  });

  it('escalates an overdue plan to the FPT manager', () => {
    expect(remindersDue(open, '2026-12-15')).toEqual([{ kind: ReminderKind.PLAN_OVERDUE, dueOn: '2026-12-14', escalate: true }]);
  });

  it('stops reminding once the plan is submitted or approved', () => {
    expect(remindersDue({ ...open, planStatus: PlanStatus.SUBMITTED }, '2026-12-15')).toEqual([]);
    expect(remindersDue({ ...open, planStatus: PlanStatus.ACTIVE }, '2026-12-15')).toEqual([]);
  });

  it('chases first contact only while it is awaited', () => {
    const awaiting = { ...open, status: CaseStatus.AWAITING_FIRST_CONTACT, planStatus: null };
    expect(remindersDue(awaiting, '2026-11-05').map((r) => r.kind)).toEqual([ReminderKind.FIRST_CONTACT_OVERDUE]);
    expect(remindersDue(open, '2026-11-05')).toEqual([]);
  });

  it('follows reviews on an active plan and maintenance reviews', () => {
    expect(remindersDue({ ...open, planStatus: PlanStatus.ACTIVE, nextReviewDue: '2026-12-01' }, '2026-12-02')[0].kind).toBe(
      ReminderKind.REVIEW_OVERDUE,
    );
    const maintenance = { ...open, status: CaseStatus.MAINTENANCE, maintenanceReviewDates: ['2026-12-18', '2027-02-18'] };
    expect(remindersDue(maintenance, '2026-12-14')).toEqual([
      { kind: ReminderKind.MAINTENANCE_REVIEW_DUE, dueOn: '2026-12-18', escalate: false },
    ]);
  });

  it('reminds of a maintenance review overdue until it is recorded as held or missed, and not of one recorded', () => {
    const maintenance = { ...open, status: CaseStatus.MAINTENANCE, maintenanceReviewDates: ['2026-12-18', '2027-02-18'] };
    expect(remindersDue(maintenance, '2026-12-21')).toEqual([
      { kind: ReminderKind.MAINTENANCE_REVIEW_OVERDUE, dueOn: '2026-12-18', escalate: true },
    ]);
    expect(remindersDue({ ...maintenance, recordedMaintenanceReviews: ['2026-12-18'] }, '2026-12-21')).toEqual([]);
    expect(remindersDue({ ...maintenance, recordedMaintenanceReviews: ['2026-12-18'] }, '2026-12-14')).toEqual([]);
  });

  it('moves with a changed date: the reminder follows the new deadline', () => {
    expect(remindersDue({ ...open, myFamilyPlanDue: '2027-01-29' }, '2026-12-15')).toEqual([]);
  });
});
