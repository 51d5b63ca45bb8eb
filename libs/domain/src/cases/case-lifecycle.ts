import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { CaseStatus } from './case-status';

// How a partner-led case moves after first contact: open while the plan is worked, then closed
// with its outcome, or into maintenance (lighter reviews) before closing. Reopening is allowed
// and audited by the caller.
export enum CaseAction {
  RECORD_FIRST_CONTACT = 'RECORD_FIRST_CONTACT',
  WORK_ON_PLAN = 'WORK_ON_PLAN',
  CLOSE = 'CLOSE',
  START_MAINTENANCE = 'START_MAINTENANCE',
  REOPEN = 'REOPEN',
}

export enum ClosureOutcome {
  NEEDS_MET = 'NEEDS_MET',
  STEPPED_DOWN_TO_UNIVERSAL = 'STEPPED_DOWN_TO_UNIVERSAL',
  STEPPED_UP_TO_LEVEL_3 = 'STEPPED_UP_TO_LEVEL_3',
  STEPPED_UP_TO_LEVEL_4 = 'STEPPED_UP_TO_LEVEL_4',
  // A child of the family became looked after (in care): counted apart from step-ups (issue 17).
  BECAME_LOOKED_AFTER = 'BECAME_LOOKED_AFTER',
  FAMILY_DECLINED = 'FAMILY_DECLINED',
  MOVED_AWAY = 'MOVED_AWAY',
  OTHER = 'OTHER',
}

const ALLOWED: Readonly<Record<CaseStatus, readonly CaseAction[]>> = {
  [CaseStatus.AWAITING_FIRST_CONTACT]: [CaseAction.RECORD_FIRST_CONTACT, CaseAction.CLOSE],
  [CaseStatus.OPEN]: [CaseAction.WORK_ON_PLAN, CaseAction.CLOSE, CaseAction.START_MAINTENANCE],
  [CaseStatus.MAINTENANCE]: [CaseAction.CLOSE, CaseAction.REOPEN],
  [CaseStatus.DECLINED]: [CaseAction.REOPEN],
  [CaseStatus.CLOSED]: [CaseAction.REOPEN],
};

export function canActOnCase(status: CaseStatus, action: CaseAction): boolean {
  return ALLOWED[status].includes(action);
}

export function nextCaseStatus(status: CaseStatus, action: CaseAction): CaseStatus {
  if (!canActOnCase(status, action)) {
    const closed = status === CaseStatus.CLOSED || status === CaseStatus.DECLINED;
    throw new DomainError(
      DomainErrorCode.InvalidState,
      closed ? 'The case is closed. Reopen it to make changes.' : 'This cannot be done to the case now',
    );
  }
  switch (action) {
    case CaseAction.RECORD_FIRST_CONTACT:
    case CaseAction.WORK_ON_PLAN:
    case CaseAction.REOPEN:
      return CaseStatus.OPEN;
    case CaseAction.CLOSE:
      return CaseStatus.CLOSED;
    case CaseAction.START_MAINTENANCE:
      return CaseStatus.MAINTENANCE;
  }
}

export function outcomeNeedsReason(outcome: ClosureOutcome): boolean {
  return outcome === ClosureOutcome.OTHER;
}
