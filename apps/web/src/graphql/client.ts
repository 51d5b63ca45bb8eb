// A deliberately small GraphQL client: one POST to /graphql with the session cookie, typed by the
// document it is given, and one error type the screens can switch on.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_ATTEMPTS'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The record's state does not allow this (e.g. approving a returned plan); the message says why. */
  | 'INVALID_STATE'
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

/** A GraphQL document as a string, carrying the types of its result and variables. */
export type Document<TData, TVariables> = string & {
  readonly __result?: TData;
  readonly __variables?: TVariables;
};

export type Variables = Record<string, unknown>;
export type NoVariables = Record<string, never>;

export function gql<TData, TVariables extends Variables = NoVariables>(source: string): Document<TData, TVariables> {
  return source as Document<TData, TVariables>;
}

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

export async function request<TData, TVariables extends Variables>(
  document: Document<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  let body: unknown;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    body = await response.json();
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
