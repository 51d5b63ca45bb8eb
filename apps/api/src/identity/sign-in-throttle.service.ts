import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Result } from 'ioredis';
import { DomainError, DomainErrorCode } from '@eh/domain';
import { RedisClient } from './redis.provider';

const WINDOW_SECONDS = 15 * 60;
const FREE_FAILURES_PER_ACCOUNT = 5;
const FREE_FAILURES_PER_ADDRESS = 20;
const MAX_LOCK_MS = 15 * 60 * 1000;

// Refused while the account or the address is locked (a refused attempt is not counted);
// otherwise counts the attempt against both, and locks either that has reached its free
// attempts for 1 s, 2 s, 4 s ... up to MAX_LOCK_MS. The lock holds the count that set it.
// KEYS: account counter, its lock, address counter, its lock.
// ARGV: window (s), longest lock (ms), free attempts per account, per address.
// Returns the two counts, or nil when refused.
const START_ATTEMPT = `
if redis.call('EXISTS', KEYS[2], KEYS[4]) > 0 then return nil end
local counts = {}
for i = 1, 2 do
  local counter, lock, free = KEYS[2 * i - 1], KEYS[2 * i], tonumber(ARGV[2 + i])
  local n = redis.call('INCR', counter)
  if n == 1 then redis.call('EXPIRE', counter, ARGV[1]) end
  if n >= free then
    redis.call('SET', lock, n, 'PX', math.floor(math.min(1000 * 2 ^ (n - free), tonumber(ARGV[2]))))
  end
  counts[i] = n
end
return counts`;

// Settles an attempt on each counter: 'reset' clears the count and its lock; a count takes the
// attempt back (one less, and the lock it set, if no later attempt has set another).
// KEYS: account counter, its lock, address counter, its lock. ARGV: what to do with each.
const SETTLE_ATTEMPT = `
for i = 1, 2 do
  local counter, lock, action = KEYS[2 * i - 1], KEYS[2 * i], ARGV[i]
  if action == 'reset' then
    redis.call('DEL', counter, lock)
  else
    if redis.call('GET', lock) == action then redis.call('DEL', lock) end
    if tonumber(redis.call('GET', counter) or '0') > 0 then redis.call('DECR', counter) end
  end
end
return 1`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    ehStartSignInAttempt(...keysAndArgs: (string | number)[]): Result<[number, number] | null, Context>;
    ehSettleSignInAttempt(...keysAndArgs: (string | number)[]): Result<number, Context>;
  }
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

// Passwords and second-factor codes are counted apart: a right password must not clear the
// count of wrong codes.
type Stage = 'signin' | 'mfa';

// One password or code being checked. It was counted when it began, so a wrong one needs
// nothing more.
export interface SignInAttempt {
  // It was right: the account's count starts again, and the address is not charged for it.
  succeeded(): Promise<void>;
  // Nothing was checked after all (e.g. there was no code to check it against): not counted.
  withdrawn(): Promise<void>;
}

// Repeated failures for one account or from one address make each further attempt wait
// longer (1s, 2s, 4s ... up to 15 minutes). Keys hold hashes, never the email itself.
// Each attempt is counted in one Redis script before it is checked, so attempts sent at once
// are refused exactly as the same attempts sent one after another.
@Injectable()
export class SignInThrottle {
  constructor(private readonly client: RedisClient) {
    client.redis.defineCommand('ehStartSignInAttempt', { numberOfKeys: 4, lua: START_ATTEMPT });
    client.redis.defineCommand('ehSettleSignInAttempt', { numberOfKeys: 4, lua: SETTLE_ATTEMPT });
  }

  private keys(account: string, ip: string, stage: Stage): string[] {
    const accountCounter = this.client.key(stage, 'acct', digest(account.toLowerCase()));
    const addressCounter = this.client.key(stage, 'addr', digest(ip));
    return [accountCounter, `${accountCounter}:lock`, addressCounter, `${addressCounter}:lock`];
  }

  // Second-factor codes: per account (the user id) and per address.
  startCodeAttempt(userId: string, ip: string): Promise<SignInAttempt> {
    return this.startAttempt(userId, ip, 'mfa');
  }

  async startAttempt(account: string, ip: string, stage: Stage = 'signin'): Promise<SignInAttempt> {
    const keys = this.keys(account, ip, stage);
    const counts = await this.client.redis.ehStartSignInAttempt(
      ...keys,
      WINDOW_SECONDS,
      MAX_LOCK_MS,
      FREE_FAILURES_PER_ACCOUNT,
      FREE_FAILURES_PER_ADDRESS,
    );
    if (counts === null) {
      throw new DomainError(DomainErrorCode.TooManyAttempts, 'Too many attempts to sign in. Wait a few minutes, then try again.');
    }
    const [accountCount, addressCount] = counts;
    const settle = async (account: string | number, address: string | number) => {
      await this.client.redis.ehSettleSignInAttempt(...keys, account, address);
    };
    return {
      succeeded: () => settle('reset', addressCount),
      withdrawn: () => settle(accountCount, addressCount),
    };
  }
}
