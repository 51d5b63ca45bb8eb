import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import passport from 'passport';
import { londonToday } from '@eh/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ActorSettings, RequestScope, runInRequestScope } from '../database/request-scope';
import { AbandonReason } from '../database/unavailable';
import { SESSION_STRATEGY } from '../identity/session.strategy';
import { CLOCK, Clock } from './clock';
import type { PortalRequest } from './request-context';

// Opens the request's scope and, for the GraphQL door, resolves its session first (one statement,
// outside the request's transaction), so that the transaction opened when the operation starts
// states the signed-in user from its first statement (request-transaction.ts).
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  use(req: PortalRequest, res: Response, next: NextFunction): void {
    // Worked out once per signed-in user per request.
    let forUser: PortalRequest['user'];
    let settings: ActorSettings | null = null;
    const abandon = new AbortController();
    const scope: RequestScope = {
      actor: () => {
        if (req.user !== forUser) {
          forUser = req.user;
          settings = req.user
            ? { userId: req.user.userId, agencyId: req.user.agencyId, role: req.user.role, today: londonToday(this.clock.now()) }
            : null;
        }
        return settings;
      },
      transaction: null,
      pendingAudit: [],
      clientGone: false,
      abandoned: abandon.signal,
    };
    // The request's deadline, and a client that gives up: either way no more work is done for it.
    const deadline = setTimeout(() => abandon.abort(AbandonReason.Deadline), this.config.requestTimeoutMs);
    deadline.unref();
    res.on('close', () => {
      clearTimeout(deadline);
      if (!res.writableFinished) {
        scope.clientGone = true;
        abandon.abort(AbandonReason.ClientGone);
      }
    });
    runInRequestScope(scope, () => {
      if (req.method !== 'POST' || !req.originalUrl.startsWith('/graphql')) return next();
      passport.authenticate(SESSION_STRATEGY, { session: false }, (error: unknown, user: PortalRequest['user'] | false) => {
        if (error) return next(error);
        req.user = user || undefined;
        req.sessionResolved = true;
        next();
      })(req, res, next);
    });
  }
}
