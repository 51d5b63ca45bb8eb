import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Request } from 'express';
import { Actor } from '@eh/domain';
import { SESSION_COOKIE, SessionService } from './session.service';

export const SESSION_STRATEGY = 'eh-session';

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: Request): Promise<Actor | false> {
    const cookies: Record<string, unknown> = req.cookies ?? {};
    const token = cookies[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
    return (await this.sessions.actorFor(token)) ?? false;
  }
}
