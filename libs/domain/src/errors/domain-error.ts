import { FieldProblem } from '../triage/triage-decision';

// Business code throws these; the API maps each code to one client-facing error (one filter,
// exhaustive switch). Messages are plain English and never contain personal data.
export enum DomainErrorCode {
  InvalidInput = 'INVALID_INPUT',
  NotFound = 'NOT_FOUND',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  // The record is in a state where this action is not allowed (e.g. approving a returned plan).
  InvalidState = 'INVALID_STATE',
  Unauthenticated = 'UNAUTHENTICATED',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static invalid(fields: readonly FieldProblem[]): DomainError {
    return new DomainError(DomainErrorCode.InvalidInput, 'There is a problem with what was entered', fields);
  }

  // Missing and not-allowed look the same from outside.
  static notFound(): DomainError {
    return new DomainError(DomainErrorCode.NotFound, 'Not found');
  }

  static conflict(): DomainError {
    return new DomainError(
      DomainErrorCode.Conflict,
      'Someone else has changed this record since you opened it. Reload to see their changes.',
    );
  }
}
