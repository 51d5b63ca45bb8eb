import { GraphQLError } from 'graphql';

// The answer to a request the portal cannot serve now (too many in flight, no database connection
// in time, the request's time spent): a GraphQL error with its own code, HTTP 503, and when to
// try again. A client may retry it safely: nothing of the request was committed.
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const RETRY_AFTER_SECONDS = 2;
const MESSAGE = 'The portal is busy. Try again in a few seconds.';

export function serviceUnavailableHttp(): { status: number; headers: Map<string, string> } {
  return { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(MESSAGE, { extensions: { code: SERVICE_UNAVAILABLE, http: serviceUnavailableHttp() } });
}

// The same answer in GraphQL's shape, for a request refused before GraphQL sees it.
export const SERVICE_UNAVAILABLE_BODY = { errors: [{ message: MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } }] };
