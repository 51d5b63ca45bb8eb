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

// Repeated failures for one account or from one address make each further attempt wait
// longer (1s, 2s, 4s ... up to 15 minutes). Keys hold hashes, never the email itself.
@Injectable()
export class SignInThrottle {
  constructor(private readonly client: RedisClient) {}

  private keys(email: string, ip: string) {
    return [
      { counter: this.client.key('signin', 'acct', digest(email.toLowerCase())), free: FREE_FAILURES_PER_ACCOUNT },
      { counter: this.client.key('signin', 'addr', digest(ip)), free: FREE_FAILURES_PER_ADDRESS },
    ];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const locks = await this.client.redis.mget(...this.keys(email, ip).map((k) => `${k.counter}:lock`));
    if (locks.some((lock) => lock !== null)) {
      throw new DomainError(
        DomainErrorCode.TooManyAttempts,
        'Too many attempts to sign in. Wait a few minutes, then try again.',
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    for (const { counter, free } of this.keys(email, ip)) {
      const failures = await this.client.redis.incr(counter);
      if (failures === 1) await this.client.redis.expire(counter, WINDOW_SECONDS);
      if (failures >= free) {
        const lockMs = Math.min(1000 * 2 ** (failures - free), MAX_LOCK_MS);
        await this.client.redis.set(`${counter}:lock`, '1', 'PX', lockMs);
      }
    }
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    const [account] = this.keys(email, ip);
    await this.client.redis.del(account.counter, `${account.counter}:lock`);
  }
}
