import { FieldProblem } from '../triage/triage-decision';

export enum CaseStatus {
  AWAITING_FIRST_CONTACT = 'AWAITING_FIRST_CONTACT',
  OPEN = 'OPEN',
  DECLINED = 'DECLINED',
  // Closed to active work, with maintenance reviews at 1, 3, 6 and 12 months.
  MAINTENANCE = 'MAINTENANCE',
  CLOSED = 'CLOSED',
}

export enum FirstContactOutcome {
  CONTACTED = 'CONTACTED',
  DECLINED = 'DECLINED',
}

export interface FirstContactFacts {
  readonly status: CaseStatus;
  readonly allocatedOn: string;
  readonly outcome: FirstContactOutcome;
  readonly contactedOn: string;
  readonly declinedReason?: string | null;
}

// Help is voluntary: a family may decline, and the decline is recorded with its reason.
export function firstContactProblems(facts: FirstContactFacts, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (facts.status !== CaseStatus.AWAITING_FIRST_CONTACT) {
    problems.push({ field: 'outcome', message: 'First contact has already been recorded for this case' });
  }
  if (facts.contactedOn > today) {
    problems.push({ field: 'contactedOn', message: 'Date of contact must be today or in the past' });
  } else if (facts.contactedOn < facts.allocatedOn) {
    problems.push({ field: 'contactedOn', message: 'Date of contact must be on or after the date the case was allocated' });
  }
  if (facts.outcome === FirstContactOutcome.DECLINED && !facts.declinedReason?.trim()) {
    problems.push({ field: 'declinedReason', message: 'Enter why the family declined help' });
  }
  return problems;
}

export function statusAfterFirstContact(outcome: FirstContactOutcome): CaseStatus {
  return outcome === FirstContactOutcome.DECLINED ? CaseStatus.DECLINED : CaseStatus.OPEN;
}

// A family's case is still open (one assessment, one story, one plan: seed 000) until it is
// closed or the family declines; maintenance is still the family's case.
export const STILL_OPEN_CASE_STATUSES: readonly CaseStatus[] = [CaseStatus.AWAITING_FIRST_CONTACT, CaseStatus.OPEN, CaseStatus.MAINTENANCE];

export function isStillOpen(status: CaseStatus): boolean {
  return STILL_OPEN_CASE_STATUSES.includes(status);
}
