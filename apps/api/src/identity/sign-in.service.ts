import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { Actor, DomainError, DomainErrorCode } from '@eh/domain';
import { UserRow } from '../database/entities';
import { DECOY_HASH, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle.service';

const GENERIC_FAILURE = 'The email address or password is not right';

@Injectable()
export class SignInService {
  constructor(
    private readonly db: Db,
    private readonly throttle: SignInThrottle,
  ) {}

  async verify(email: string, password: string, ip: string): Promise<Actor> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalised, ip);
    const user = await this.db
      .getRepository(UserRow)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: normalised })
      .getOne();
    const matches = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !user.active || !matches) {
      await this.throttle.recordFailure(normalised, ip);
      throw new DomainError(DomainErrorCode.Unauthenticated, GENERIC_FAILURE);
    }
    await this.throttle.recordSuccess(normalised, ip);
    return { userId: user.id, agencyId: user.agencyId, role: user.role };
  }
}
