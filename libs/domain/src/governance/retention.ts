import { CaseStatus } from '../cases/case-status';
import { FieldProblem } from '../triage/triage-decision';
import { IsoDate, addCalendarDays, parseIsoDate } from '../working-days/iso-date';

// What the portal keeps, by kind of record, and for how long. Each council sets its own periods
// (its retention schedule); these are the defaults a new council starts with.
export enum RetentionRecordType {
  // A closed or declined early help case with everything attached to it: the referral that
  // opened it, the My Family Plan and its versions, reviews, consent, drawings, chronology,
  // Forum items and actions, handovers, mentoring, information-sharing alerts.
  CLOSED_CASE = 'CLOSED_CASE',
  // A referral closed at the front door with no further action.
  NFA_REFERRAL = 'NFA_REFERRAL',
  // A referral passed to Family Casework (level 3) or Children's Social Care (level 4); the
  // council team's own record is kept in its own system under its own schedule.
  REFERRAL_PASSED_ON = 'REFERRAL_PASSED_ON',
  // Sign-in sessions (practitioners' own records).
  SESSION = 'SESSION',
  // In-app notifications (ids only; removed with their case in any event).
  NOTIFICATION = 'NOTIFICATION',
  // Operation Encompass notifications none of whose children the portal matched to a person it
  // holds (a matched one goes with the last of its children's families); counted from the day
  // the last of its settings acknowledged it or the council's contact passed it on.
  ENCOMPASS_UNMATCHED = 'ENCOMPASS_UNMATCHED',
}

export enum RetentionRule {
  // Until the youngest child in the family reaches this age (in years), and never before the
  // record ends.
  UNTIL_YOUNGEST_CHILD_AGE = 'UNTIL_YOUNGEST_CHILD_AGE',
  YEARS_AFTER_END = 'YEARS_AFTER_END',
  DAYS_AFTER_END = 'DAYS_AFTER_END',
}

export interface RetentionPolicy {
  readonly recordType: RetentionRecordType;
  readonly rule: RetentionRule;
  readonly period: number;
}

// Records about a family (where a child's age means something) and the rest.
const FAMILY_RECORDS: ReadonlySet<RetentionRecordType> = new Set([
  RetentionRecordType.CLOSED_CASE,
  RetentionRecordType.NFA_REFERRAL,
  RetentionRecordType.REFERRAL_PASSED_ON,
]);

export function isFamilyRecord(recordType: RetentionRecordType): boolean {
  return FAMILY_RECORDS.has(recordType);
}

// Defaults and why (docs/information-governance.md explains each):
// - early help case records about children are kept to the youngest child's 25th birthday, the
//   period commonly used for children's services records;
// - a referral that ended at the front door with no further action holds the least, and is kept
//   2 years after the decision, long enough to spot a pattern of repeat referrals (DOMAIN.md:
//   re-referral within 12 months is measured);
// - a referral passed to levels 3/4 is kept as long as a case, since it records why statutory
//   services became involved;
// - sessions 90 days after they end (enough to investigate misuse), notifications a year;
// - an Encompass notification about children the portal never matched: 2 years after it was
//   settled, as for a referral closed with no further action (the police keep their own record
//   under their own schedule; the council's copy was made to route it).
export const DEFAULT_RETENTION_POLICIES: readonly RetentionPolicy[] = [
  { recordType: RetentionRecordType.CLOSED_CASE, rule: RetentionRule.UNTIL_YOUNGEST_CHILD_AGE, period: 25 },
  { recordType: RetentionRecordType.NFA_REFERRAL, rule: RetentionRule.YEARS_AFTER_END, period: 2 },
  { recordType: RetentionRecordType.REFERRAL_PASSED_ON, rule: RetentionRule.UNTIL_YOUNGEST_CHILD_AGE, period: 25 },
  { recordType: RetentionRecordType.SESSION, rule: RetentionRule.DAYS_AFTER_END, period: 90 },
  { recordType: RetentionRecordType.NOTIFICATION, rule: RetentionRule.DAYS_AFTER_END, period: 365 },
  { recordType: RetentionRecordType.ENCOMPASS_UNMATCHED, rule: RetentionRule.YEARS_AFTER_END, period: 2 },
];

const PERIOD_LIMITS: Readonly<Record<RetentionRule, { readonly min: number; readonly max: number; readonly unit: string }>> = {
  // Below 18 a record could go while the child is still a child.
  [RetentionRule.UNTIL_YOUNGEST_CHILD_AGE]: { min: 18, max: 100, unit: 'an age in years' },
  [RetentionRule.YEARS_AFTER_END]: { min: 1, max: 100, unit: 'a number of years' },
  [RetentionRule.DAYS_AFTER_END]: { min: 1, max: 36500, unit: 'a number of days' },
};

export function retentionPolicyProblems(policy: RetentionPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Object.values(RetentionRule).includes(policy.rule)) {
    return [{ field: 'rule', message: 'Choose how long this record is kept' }];
  }
  if (policy.rule === RetentionRule.UNTIL_YOUNGEST_CHILD_AGE && !isFamilyRecord(policy.recordType)) {
    problems.push({ field: 'rule', message: 'This kind of record is not about a family, so it cannot be kept to a child’s birthday' });
  }
  const limits = PERIOD_LIMITS[policy.rule];
  if (!Number.isInteger(policy.period) || policy.period < limits.min || policy.period > limits.max) {
    problems.push({ field: 'period', message: `Period must be ${limits.unit} from ${limits.min} to ${limits.max}` });
  }
  return problems;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// The date `years` after `date`. Someone born on 29 February reaches an age on 1 March in a
// year without one (Family Law Reform Act 1969 s.9), so that anniversary falls on 1 March.
export function anniversary(date: IsoDate, years: number): IsoDate {
  if (!parseIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const yyyy = String(year).padStart(4, '0');
  if (m === 2 && d === 29 && !isLeap(year)) return `${yyyy}-03-01`;
  return `${yyyy}${date.slice(4)}`;
}

export interface RetentionFacts {
  readonly recordType: RetentionRecordType;
  // When the record stopped being live work (case closed, referral decided, session ended);
  // null while it is still live: an open, re-opened or maintenance case, a referral awaiting triage.
  readonly endedOn: IsoDate | null;
  // Every child in the family, for the child-age rule.
  readonly childDatesOfBirth: readonly IsoDate[];
  // Something else about the family is still live (another open case, a new referral).
  readonly familyActive?: boolean;
  readonly legalHold?: boolean;
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

// The first day the record may be deleted, or null while it must be kept whatever the date
// (still live). Legal holds do not move the date: they stop the purge (see retentionState).
export function retentionDueDate(facts: RetentionFacts, policy: RetentionPolicy): IsoDate | null {
  if (facts.endedOn === null) return null;
  switch (policy.rule) {
    case RetentionRule.UNTIL_YOUNGEST_CHILD_AGE: {
      // A family record with no child recorded falls back to the same number of years after it ended.
      if (facts.childDatesOfBirth.length === 0) return anniversary(facts.endedOn, policy.period);
      const youngest = facts.childDatesOfBirth.reduce(later);
      return later(anniversary(youngest, policy.period), facts.endedOn);
    }
    case RetentionRule.YEARS_AFTER_END:
      return anniversary(facts.endedOn, policy.period);
    case RetentionRule.DAYS_AFTER_END:
      return addCalendarDays(facts.endedOn, policy.period);
  }
}

export enum RetentionState {
  // Still live work: never purged.
  LIVE = 'LIVE',
  // Ended, but kept until its due date.
  KEPT = 'KEPT',
  // Past its due date, but a legal hold (or live work on the same family) keeps it.
  HELD = 'HELD',
  DUE = 'DUE',
}

export interface RetentionDecision {
  readonly state: RetentionState;
  readonly dueOn: IsoDate | null;
}

export function retentionDecision(facts: RetentionFacts, policy: RetentionPolicy, today: IsoDate): RetentionDecision {
  if (policy.recordType !== facts.recordType) throw new RangeError('Policy is for a different kind of record');
  const dueOn = retentionDueDate(facts, policy);
  if (dueOn === null) return { state: RetentionState.LIVE, dueOn };
  if (today < dueOn) return { state: RetentionState.KEPT, dueOn };
  if (facts.legalHold || facts.familyActive) return { state: RetentionState.HELD, dueOn };
  return { state: RetentionState.DUE, dueOn };
}

export function policyFor(policies: readonly RetentionPolicy[], recordType: RetentionRecordType): RetentionPolicy {
  return (
    policies.find((p) => p.recordType === recordType) ??
    DEFAULT_RETENTION_POLICIES.find((p) => p.recordType === recordType) ??
    // Every record type has a default; reaching here is a programming error.
    (() => {
      throw new RangeError(`No retention policy for ${recordType}`);
    })()
  );
}

export interface CaseEndFacts {
  readonly status: CaseStatus;
  readonly closedOn: IsoDate | null;
  readonly firstContactOn: IsoDate | null;
}

// A case ends when it is closed, or when the family declines help at first contact. Open,
// awaiting first contact and maintenance (reviews still due) are live.
export function caseEndedOn(c: CaseEndFacts): IsoDate | null {
  switch (c.status) {
    case CaseStatus.CLOSED:
      return c.closedOn;
    case CaseStatus.DECLINED:
      return c.firstContactOn;
    case CaseStatus.AWAITING_FIRST_CONTACT:
    case CaseStatus.OPEN:
    case CaseStatus.MAINTENANCE:
      return null;
  }
}
