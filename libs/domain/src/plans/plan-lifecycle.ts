import { DomainError, DomainErrorCode } from '../errors/domain-error';

// The My Family Plan's life: drafted by the lead, submitted, quality-assured by the FPT (returned
// with comments, or approved), and active until the case closes.
export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACTIVE = 'ACTIVE',
}

export enum PlanAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  APPROVE = 'APPROVE',
}

// Allowed transitions, and the status each leads to. Anything not listed is refused.
const TRANSITIONS: Readonly<Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>>> = {
  [PlanStatus.DRAFT]: { [PlanAction.EDIT]: PlanStatus.DRAFT, [PlanAction.SUBMIT]: PlanStatus.SUBMITTED },
  [PlanStatus.SUBMITTED]: { [PlanAction.RETURN]: PlanStatus.RETURNED, [PlanAction.APPROVE]: PlanStatus.ACTIVE },
  [PlanStatus.RETURNED]: { [PlanAction.EDIT]: PlanStatus.RETURNED, [PlanAction.SUBMIT]: PlanStatus.SUBMITTED },
  // An active plan is kept up to date at reviews, but is not quality-assured again.
  [PlanStatus.ACTIVE]: { [PlanAction.EDIT]: PlanStatus.ACTIVE },
};

const REFUSALS: Readonly<Record<PlanAction, Partial<Record<PlanStatus, string>>>> = {
  [PlanAction.EDIT]: {
    [PlanStatus.SUBMITTED]:
      'The plan is with the Family Partnership Team for quality assurance and cannot be changed until it is returned or approved',
  },
  [PlanAction.SUBMIT]: {
    [PlanStatus.SUBMITTED]: 'The plan has already been submitted',
    [PlanStatus.ACTIVE]: 'An approved plan is active and cannot be submitted again',
  },
  [PlanAction.RETURN]: {
    [PlanStatus.DRAFT]: 'Only a submitted plan can be returned',
    [PlanStatus.RETURNED]: 'The plan has already been returned',
    [PlanStatus.ACTIVE]: 'An approved plan cannot be returned',
  },
  [PlanAction.APPROVE]: {
    [PlanStatus.DRAFT]: 'The plan has not been submitted',
    [PlanStatus.RETURNED]: 'A returned plan must be resubmitted before it can be approved',
    [PlanStatus.ACTIVE]: 'The plan is already approved',
  },
};

export function canTransitionPlan(status: PlanStatus, action: PlanAction): boolean {
  return TRANSITIONS[status][action] !== undefined;
}

export function transitionPlan(status: PlanStatus, action: PlanAction): PlanStatus {
  const next = TRANSITIONS[status][action];
  if (next === undefined) {
    throw new DomainError(DomainErrorCode.InvalidState, REFUSALS[action][status] ?? 'This cannot be done to the plan now');
  }
  return next;
}
