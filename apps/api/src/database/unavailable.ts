// Failures that mean "not now" rather than "wrong": the database did not answer in time, could not
// be reached, or the request's own time ran out. The client is told to try again (503), and the
// connection concerned is never put back in the pool (request-transaction.ts).

// PostgreSQL's: a statement cancelled by its timeout, a transaction ended for idling, too many
// connections, the server shutting down or starting up. Node's: the server cannot be reached.
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  '57014',
  '25P03',
  '53300',
  '57P01',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
]);

// node-postgres and pg-pool give their own timeouts no code, only these messages.
const UNAVAILABLE_MESSAGES: readonly RegExp[] = [
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^Connection terminated/,
];

export enum AbandonReason {
  Deadline = 'DEADLINE',
  ClientGone = 'CLIENT_GONE',
}

// What every statement still waiting in a request given up is refused with.
export class RequestAbandoned extends Error {
  constructor(readonly reason: AbandonReason) {
    super(reason === AbandonReason.Deadline ? 'The request ran out of time' : 'The client closed the request');
    this.name = 'RequestAbandoned';
  }
}

export function abandonReasonOf(signal: AbortSignal): AbandonReason {
  return signal.reason === AbandonReason.ClientGone ? AbandonReason.ClientGone : AbandonReason.Deadline;
}

// A request's transaction that cannot be ended normally because its connection no longer answers.
export class DatabaseUnavailable extends Error {
  constructor() {
    super('The database did not answer in time');
    this.name = 'DatabaseUnavailable';
  }
}

// An error from Node itself (a refused connection) may come from another realm than the code
// checking it (a test sandbox), where `instanceof Error` fails: what matters is its code or message.
function asError(value: unknown): { code?: unknown; message?: unknown; driverError?: unknown } | null {
  return typeof value === 'object' && value !== null ? (value as { code?: unknown; message?: unknown; driverError?: unknown }) : null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof RequestAbandoned || error instanceof DatabaseUnavailable) return true;
  const outer = asError(error);
  if (!outer) return false;
  // TypeORM wraps the driver's error.
  const cause = asError(outer.driverError) ?? outer;
  const code = typeof cause.code === 'string' ? cause.code : '';
  const message = typeof cause.message === 'string' ? cause.message : '';
  return UNAVAILABLE_CODES.has(code) || UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}
