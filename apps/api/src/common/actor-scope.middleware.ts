import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { londonToday } from '@eh/domain';
import { ActorSettings, runInActorScope } from '../database/actor-scope';
import { CLOCK, Clock } from './clock';
import type { PortalRequest } from './request-context';

// Opens the request's database scope: every transaction the request runs states its signed-in
// user (once the policy guard has resolved the session) for row-level security.
@Injectable()
export class ActorScopeMiddleware implements NestMiddleware {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  use(req: PortalRequest, _res: Response, next: NextFunction): void {
    // Worked out once per signed-in user per request, not at every transaction the request opens.
    let forUser: PortalRequest['user'];
    let settings: ActorSettings | null = null;
    const actor = (): ActorSettings | null => {
      if (req.user !== forUser) {
        forUser = req.user;
        settings = req.user ? { userId: req.user.userId, agencyId: req.user.agencyId, role: req.user.role, today: londonToday(this.clock.now()) } : null;
      }
      return settings;
    };
    runInActorScope({ actor }, next);
  }
}
