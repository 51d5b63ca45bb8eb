import { createHmac, randomBytes } from 'node:crypto';
import { base32Encode } from './totp';

export const RECOVERY_CODE_COUNT = 10;

// 80 random bits each, shown as four groups of four (xxxx-xxxx-xxxx-xxxx). With that much
// entropy a keyed hash is enough to store them: nobody can search the space offline.
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => base32Encode(randomBytes(10)).toLowerCase().match(/.{4}/g)!.join('-'));
}

// What a person types back: any case, with or without the hyphens or spaces. The alphabet has
// no 0, 1 or 8, so those are read as the letters they are mistaken for.
export function normaliseRecoveryCode(typed: string): string | null {
  const clean = typed.toLowerCase().replace(/[\s-]/g, '').replace(/0/g, 'o').replace(/1/g, 'l').replace(/8/g, 'b');
  return /^[a-z2-7]{16}$/.test(clean) ? clean : null;
}

export function recoveryCodeHash(key: Buffer, userId: string, typed: string): string | null {
  const clean = normaliseRecoveryCode(typed);
  return clean === null ? null : createHmac('sha256', key).update(`${userId}:${clean}`).digest('hex');
}
