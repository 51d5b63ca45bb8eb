import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { Request } from 'express';
import { Actor } from '@eh/domain';
import { throttleAddressOf } from '../common/client-address';
import { SignInService } from './sign-in.service';

export const LOCAL_STRATEGY = 'eh-local';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, LOCAL_STRATEGY) {
  constructor(private readonly signIn: SignInService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<Actor> {
    return this.signIn.verify(email, password, throttleAddressOf(req));
  }
}
