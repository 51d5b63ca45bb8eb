import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@eh/domain';
import { RedisClient } from './redis.provider';

const WINDOW_SECONDS = 15 * 60;
const FREE_FAILURES_PER_ACCOUNT = 5;
const FREE_FAILURES_PER_ADDRESS = 20;
const MAX_LOCK_MS = 15 * 60 * 1000;

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

// Passwords and second-factor codes are counted apart: a right password must not clear the
// count of wrong codes.
type Stage = 'signin' | 'mfa';

// Repeated failures for one account or from one address make each further attempt wait
// longer (1s, 2s, 4s ... up to 15 minutes). Keys hold hashes, never the email itself.
@Injectable()
export class SignInThrottle {
  constructor(private readonly client: RedisClient) {}

  private keys(account: string, ip: string, stage: Stage = 'signin') {
    return [
      { counter: this.client.key(stage, 'acct', digest(account.toLowerCase())), free: FREE_FAILURES_PER_ACCOUNT },
      { counter: this.client.key(stage, 'addr', digest(ip)), free: FREE_FAILURES_PER_ADDRESS },
    ];
  }

  // Second-factor codes: per account (the user id) and per address.
  assertCodeAllowed(userId: string, ip: string): Promise<void> {
    return this.assertAllowed(userId, ip, 'mfa');
  }

  recordCodeFailure(userId: string, ip: string): Promise<void> {
    return this.recordFailure(userId, ip, 'mfa');
  }

  recordCodeSuccess(userId: string, ip: string): Promise<void> {
    return this.recordSuccess(userId, ip, 'mfa');
  }

  async assertAllowed(email: string, ip: string, stage: Stage = 'signin'): Promise<void> {
    const locks = await this.client.redis.mget(...this.keys(email, ip, stage).map((k) => `${k.counter}:lock`));
    if (locks.some((lock) => lock !== null)) {
      throw new DomainError(
        DomainErrorCode.TooManyAttempts,
        'Too many attempts to sign in. Wait a few minutes, then try again.',
      );
    }
  }

  async recordFailure(email: string, ip: string, stage: Stage = 'signin'): Promise<void> {
    for (const { counter, free } of this.keys(email, ip, stage)) {
      const failures = await this.client.redis.incr(counter);
      if (failures === 1) await this.client.redis.expire(counter, WINDOW_SECONDS);
      if (failures >= free) {
        const lockMs = Math.min(1000 * 2 ** (failures - free), MAX_LOCK_MS);
        await this.client.redis.set(`${counter}:lock`, '1', 'PX', lockMs);
      }
    }
  }

  async recordSuccess(email: string, ip: string, stage: Stage = 'signin'): Promise<void> {
    const [account] = this.keys(email, ip, stage);
    await this.client.redis.del(account.counter, `${account.counter}:lock`);
  }
}
