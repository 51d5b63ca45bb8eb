import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import { Actor } from '@eh/domain';
import type { PortalRequest } from '../common/request-context';
import { SESSION_COOKIE, SessionService } from './session.service';

export const SESSION_STRATEGY = 'eh-session';

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  // A session still waiting for its second factor is not signed in: no actor, whatever the door.
  // It is noted on the request for the second-factor doors alone.
  async validate(req: PortalRequest): Promise<Actor | false> {
    const cookies: Record<string, unknown> = req.cookies ?? {};
    const token = cookies[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
    const found = await this.sessions.find(token);
    if (!found) return false;
    if (found.pending) {
      req.pendingSignIn = { sessionId: found.sessionId, actor: found.actor };
      return false;
    }
    return found.actor;
  }
}
