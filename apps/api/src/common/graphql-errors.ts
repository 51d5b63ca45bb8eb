import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, DomainErrorCode, FieldProblem } from '@eh/domain';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/unavailable';
import type { GqlContext } from './request-context';
import { SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_BODY, serviceUnavailable, serviceUnavailableHttp } from './service-unavailable';

export type ClientErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'TOO_MANY_ATTEMPTS'
  | typeof SERVICE_UNAVAILABLE
  | 'INTERNAL_SERVER_ERROR';

function clientCode(code: DomainErrorCode): ClientErrorCode {
  switch (code) {
    case DomainErrorCode.InvalidInput:
      return 'BAD_USER_INPUT';
    case DomainErrorCode.NotFound:
      return 'NOT_FOUND';
    case DomainErrorCode.Forbidden:
      return 'FORBIDDEN';
    case DomainErrorCode.Conflict:
      return 'CONFLICT';
    case DomainErrorCode.InvalidState:
      return 'INVALID_STATE';
    case DomainErrorCode.Unauthenticated:
      return 'UNAUTHENTICATED';
    case DomainErrorCode.TooManyAttempts:
      return 'TOO_MANY_ATTEMPTS';
  }
}

function clientError(code: ClientErrorCode, message: string, fields: readonly FieldProblem[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: fields.length ? { code, fields } : { code } });
}

const GENERIC_MESSAGE = 'Something went wrong. Try again, and if it keeps happening contact support.';

const REFUSED_REQUEST: Partial<Record<number, string>> = {
  413: 'The request is larger than the limit of 3 MB',
  415: 'The request must be JSON',
};

// Express's body parser refuses with http-errors, which mark a client's fault as safe to expose.
function httpStatusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  if (exception instanceof Error && 'expose' in exception && exception.expose === true && 'status' in exception) {
    const status = Number(exception.status);
    if (status >= 400 && status < 500) return status;
  }
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

// The one place where errors from the resolvers become what a client may see. Anything not
// recognised is logged with the request id (never with its values) and masked.
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphqlErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    // The few plain HTTP doors (the calendar feed) answer with a status and no detail; so does a
    // request refused before GraphQL sees it (a body too large or not JSON), in GraphQL's shape.
    if (host.getType() === 'http') {
      const http = host.switchToHttp();
      // The session could not be looked up in time (the database busy or not answering).
      if (isDatabaseUnavailable(exception)) {
        const unavailable = serviceUnavailableHttp();
        const res = http.getResponse<Response>().status(unavailable.status).setHeader('cache-control', 'no-store');
        for (const [name, value] of unavailable.headers) res.setHeader(name, value);
        if (http.getRequest<Request>().path.startsWith('/graphql')) res.json(SERVICE_UNAVAILABLE_BODY);
        else res.type('text/plain').send('Try again in a few seconds');
        return;
      }
      const status = httpStatusOf(exception);
      if (status >= 500) this.logger.error(`Unhandled ${exception instanceof Error ? exception.name : typeof exception} on an HTTP route`);
      const res = http.getResponse<Response>().status(status).setHeader('cache-control', 'no-store');
      if (http.getRequest<Request>().path.startsWith('/graphql')) {
        const error =
          status >= 500
            ? { message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
            : { message: REFUSED_REQUEST[status] ?? 'The request could not be read', extensions: { code: 'BAD_REQUEST' } };
        res.json({ errors: [error] });
      } else {
        res.type('text/plain').send(status >= 500 ? GENERIC_MESSAGE : 'Not available');
      }
      return;
    }
    if (exception instanceof DomainError) {
      return clientError(clientCode(exception.code), exception.message, exception.fields);
    }
    if (exception instanceof HttpException) {
      switch (exception.getStatus()) {
        case HttpStatus.UNAUTHORIZED:
          return clientError('UNAUTHENTICATED', 'Sign in to continue');
        case HttpStatus.FORBIDDEN:
          return clientError('FORBIDDEN', 'You do not have permission to do this');
      }
    }
    if (exception instanceof GraphQLError) return exception;
    if (isDatabaseUnavailable(exception)) return serviceUnavailable();
    const req = GqlArgumentsHost.create(host).getContext<GqlContext | undefined>()?.req;
    const name = exception instanceof Error ? exception.name : typeof exception;
    this.logger.error(`Unhandled ${name} in request ${req?.requestId ?? 'unknown'}`);
    if (exception instanceof Error && process.env.LOG_STACKS === 'true') this.logger.error(exception.stack);
    return clientError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
  }
}

const PASS_THROUGH = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'TOO_MANY_ATTEMPTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  SERVICE_UNAVAILABLE,
]);

// graphql-js suggests field, argument, type and enum names near a misspelling; a prober could map
// the schema from them with introspection off. Apollo strips them from validation errors only.
const SUGGESTION = / ?Did you mean[^?]*\?/g;

// Last line: whatever Apollo is about to send carries only a code, a message, the path and,
// for input errors, the fields. No stack, no SQL, no entity names, no suggestions.
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!PASS_THROUGH.has(code)) {
    return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const fields = formatted.extensions?.fields;
  return {
    message: formatted.message.replace(SUGGESTION, ''),
    locations: formatted.locations,
    path: formatted.path,
    extensions: fields ? { code, fields } : { code },
  };
}
