import { DomainError, DomainErrorCode } from '../errors/domain-error';

// A partner asks the Family Partnership Team for advice, mentoring or a specialist consultation.
export enum MentoringStatus {
  REQUESTED = 'REQUESTED',
  ASSIGNED = 'ASSIGNED',
  CLOSED = 'CLOSED',
}

export enum MentoringAction {
  ASSIGN = 'ASSIGN',
  RECORD_SESSION = 'RECORD_SESSION',
  CLOSE = 'CLOSE',
}

export enum MentoringTopic {
  DOMESTIC_ABUSE = 'DOMESTIC_ABUSE',
  ADULT_MENTAL_HEALTH = 'ADULT_MENTAL_HEALTH',
  SUBSTANCE_MISUSE = 'SUBSTANCE_MISUSE',
  MY_FAMILY_PLAN_QUALITY = 'MY_FAMILY_PLAN_QUALITY',
  ENGAGING_THE_FAMILY = 'ENGAGING_THE_FAMILY',
  OTHER = 'OTHER',
}

const NEXT: Readonly<Record<MentoringStatus, Partial<Record<MentoringAction, MentoringStatus>>>> = {
  // Reassigning an assigned request hands it to someone else.
  [MentoringStatus.REQUESTED]: { [MentoringAction.ASSIGN]: MentoringStatus.ASSIGNED },
  [MentoringStatus.ASSIGNED]: {
    [MentoringAction.ASSIGN]: MentoringStatus.ASSIGNED,
    [MentoringAction.RECORD_SESSION]: MentoringStatus.ASSIGNED,
    [MentoringAction.CLOSE]: MentoringStatus.CLOSED,
  },
  [MentoringStatus.CLOSED]: {},
};

export function nextMentoringStatus(status: MentoringStatus, action: MentoringAction): MentoringStatus {
  const next = NEXT[status][action];
  if (!next) {
    const why = status === MentoringStatus.CLOSED ? 'This request has been closed' : 'Assign someone to the request first';
    throw new DomainError(DomainErrorCode.InvalidState, why);
  }
  return next;
}
