import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Actor, DomainError, DomainErrorCode } from '@eh/domain';
import { requestOf } from '../common/request-context';
import { SESSION_STRATEGY } from '../identity/session.strategy';
import { Policy, POLICY_KEY, policyAllows } from './policy';

// The global guard: runs on every query, mutation and field resolver. It resolves the session
// once per request through passport, then applies the door's declared policy.
@Injectable()
export class PolicyGuard extends AuthGuard(SESSION_STRATEGY) {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  getResponse(context: ExecutionContext) {
    return requestOf(context).res;
  }

  // A missing or expired session is not an error here: the policy decides.
  override handleRequest<TUser = Actor | null>(err: unknown, user: Actor | false): TUser {
    if (err) throw err;
    return (user || null) as TUser;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<Policy | undefined>(POLICY_KEY, context.getHandler());
    if (policy === undefined) {
      this.logger.error(`No policy declared on ${context.getClass().name}.${context.getHandler().name}`);
      throw new DomainError(DomainErrorCode.Forbidden, 'You do not have permission to do this');
    }
    const req = requestOf(context);
    if (req.user === undefined && !req.sessionResolved) await super.canActivate(context);
    const actor = req.user ?? null;
    if (policyAllows(policy, actor, req.pendingSignIn !== undefined)) return true;
    if (actor === null) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
    throw new DomainError(DomainErrorCode.Forbidden, 'You do not have permission to do this');
  }
}
