import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Actor, DomainError, DomainErrorCode } from '@eh/domain';
import { clientAddressOf } from './client-address';

// What every service call needs to know about the request it serves: who, and which request,
// so that audit rows can be traced to a single HTTP request.
export interface RequestContext {
  readonly requestId: string;
  readonly clientIp: string | null;
  readonly actor: Actor | null;
}

export interface SignedInContext extends RequestContext {
  readonly actor: Actor;
}

// A session whose password was right but whose second factor has not been given yet. It is not
// an actor: only the second-factor doors (Policy.SecondFactor) can see it.
export interface PendingSignIn {
  readonly sessionId: string;
  readonly actor: Actor;
}

export interface PortalRequest extends Request {
  requestId?: string;
  user?: Actor;
  pendingSignIn?: PendingSignIn;
  // The session was looked up before the operation began (request-scope.middleware.ts).
  sessionResolved?: boolean;
  // The GraphQL operation's name, for the access log and metrics (operations/api-metrics.ts).
  operationName?: string;
}

export interface GqlContext {
  req: PortalRequest;
  res: Response;
}

export function requestOf(context: ExecutionContext): PortalRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GqlContext>().req;
  }
  return context.switchToHttp().getRequest<PortalRequest>();
}

export function contextOf(req: PortalRequest): RequestContext {
  return { requestId: req.requestId ?? 'unknown', clientIp: clientAddressOf(req), actor: req.user ?? null };
}

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return contextOf(requestOf(context));
});

// For the second-factor doors; the guard has already checked there is a pending sign-in.
export const Pending = createParamDecorator((_data: unknown, context: ExecutionContext): PendingSignIn => {
  const pending = requestOf(context).pendingSignIn;
  if (!pending) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
  return pending;
});

// For doors whose policy requires a signed-in person; the guard has already checked.
export const SignedIn = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInContext => {
  const ctx = contextOf(requestOf(context));
  if (!ctx.actor) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
  return { ...ctx, actor: ctx.actor };
});
