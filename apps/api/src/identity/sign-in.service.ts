import { Injectable } from '@nestjs/common';
import { Actor, DomainError, DomainErrorCode } from '@eh/domain';
import { DECOY_HASH, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle.service';
import { UserRepository } from './user.repository';

const GENERIC_FAILURE = 'The email address or password is not right';

@Injectable()
export class SignInService {
  constructor(
    private readonly users: UserRepository,
    private readonly throttle: SignInThrottle,
  ) {}

  async verify(email: string, password: string, ip: string): Promise<Actor> {
    const normalised = email.trim().toLowerCase();
    // Counted before the password is checked: a wrong one needs nothing more.
    const attempt = await this.throttle.startAttempt(normalised, ip);
    const user = await this.users.signingIn(normalised);
    const matches = await verifyPassword(password, user?.password_hash ?? DECOY_HASH);
    if (!user || !user.active || !matches) throw new DomainError(DomainErrorCode.Unauthenticated, GENERIC_FAILURE);
    await attempt.succeeded();
    return { userId: user.id, agencyId: user.agency_id, role: user.role };
  }
}
