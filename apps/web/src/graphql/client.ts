// A deliberately small GraphQL client: one POST to /graphql with the session cookie, typed by the
// document it is given, and one error type the screens can switch on. Documents are written with
// graphql() from ./generated (GraphQL Code Generator, from apps/api/schema.gql: docs/decisions.md,
// "Adding a GraphQL operation to the web"), which carries the types of their result and variables.
import type { TypedDocumentString } from './generated/graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_ATTEMPTS'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The record's state does not allow this (e.g. approving a returned plan); the message says why. */
  | 'INVALID_STATE'
  /** The portal is busy or its database did not answer in time; nothing was saved. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

const KNOWN_CODES: readonly string[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
];

export const GENERIC_MESSAGE = 'Sorry, there is a problem with the service. Try again later.';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldProblem[];

  constructor(code: ErrorCode, message: string, fields: readonly FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
}

/** A generated GraphQL document: its text (fragments included), typed with its result and variables. */
export type Document<TData, TVariables> = TypedDocumentString<TData, TVariables>;

export type Variables = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toCode(value: unknown): ErrorCode {
  if (typeof value === 'string' && KNOWN_CODES.includes(value)) return value as ErrorCode;
  // GraphQL parse/validation failures mean the client and the API disagree: a bug, not user input.
  return 'INTERNAL_SERVER_ERROR';
}

// Paths name the input object's fields (`members.0.dateOfBirth`). Drop an argument-name prefix if one
// comes through, and read possibleFamilyMatches' `people.N` as the form's `members.N`.
function toFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field.replace(/^input\./, '').replace(/^people\./, 'members.'), message: item.message }]
      : [],
  );
}

function toApiError(error: unknown): ApiError {
  if (!isRecord(error)) return new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code = toCode(extensions.code);
  const message = code !== 'INTERNAL_SERVER_ERROR' && typeof error.message === 'string' ? error.message : GENERIC_MESSAGE;
  return new ApiError(code, message, toFields(extensions.fields));
}

// A read refused because the portal was busy (HTTP 503) is asked again after the Retry-After
// the portal gives (at most MAX_WAIT_SECONDS), up to READ_RETRIES times: nothing of a refused
// request was done, and a practitioner should not have to press reload for a moment's overload.
// A change (mutation) is never sent again by itself: the person sees the message and decides.
export const READ_RETRIES = 2;
const MAX_WAIT_SECONDS = 5;

// Conservative: a document that so much as names a mutation is never sent twice.
export function isRead(document: string): boolean {
  return !/\b(mutation|subscription)\b/.test(document);
}

export function retryDelayMs(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, MAX_WAIT_SECONDS) * 1000 : 1000;
}

type Send = () => Promise<{ status: number; retryAfter: string | null; body: unknown }>;
type Sleep = (ms: number) => Promise<void>;

const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Sends, and sends a read again while the portal answers 503; the last answer's body is returned.
export async function sendWithRetries(send: Send, read: boolean, wait: Sleep = sleep): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const answer = await send();
    if (answer.status !== 503 || !read || attempt >= READ_RETRIES) return answer.body;
    await wait(retryDelayMs(answer.retryAfter));
  }
}

// The generated documents are indented for reading; they go on the wire with each run of white
// space as one space (the documents hold no string literals), a third of their length.
export function compactDocument(document: string): string {
  return document.replace(/\s+/g, ' ').trim();
}

export async function request<TData, TVariables extends Variables>(
  document: Document<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  let body: unknown;
  try {
    const send: Send = async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: compactDocument(document.toString()), variables }),
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
    };
    body = await sendWithRetries(send, isRead(document.toString()));
  } catch {
    throw new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
  }
  if (!isRecord(body)) throw new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    // Validation failures come one per field; report them together so a form can show them all.
    const errors = body.errors.map(toApiError);
    const first = errors[0];
    const fields = errors.flatMap((error) => (error.code === first.code ? error.fields : []));
    throw new ApiError(first.code, first.message, fields);
  }
  if (!isRecord(body.data)) throw new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
  return body.data as TData;
}
