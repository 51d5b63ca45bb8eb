import { createHmac, randomBytes } from 'node:crypto';
import { base32Encode } from './totp';

export const RECOVERY_CODE_COUNT = 10;

// 80 random bits each, shown as four groups of four (xxxx-xxxx-xxxx-xxxx). With that much
// entropy a keyed hash is enough to store them: nobody can search the space offline.
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    base32Encode(randomBytes(10))
      .toLowerCase()
      .match(/.{4}/g)!
      .join('-'),
  );
}

// What a person types back: any case, with or without the hyphens or spaces.
export function normaliseRecoveryCode(typed: string): string | null {
  const clean = typed.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z2-7]{16}$/.test(clean) ? clean : null;
}

export function recoveryCodeHash(key: Buffer, userId: string, typed: string): string | null {
  const clean = normaliseRecoveryCode(typed);
  return clean === null ? null : createHmac('sha256', key).update(`${userId}:${clean}`).digest('hex');
}
