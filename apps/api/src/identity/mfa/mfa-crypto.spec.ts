import { randomBytes } from 'node:crypto';
import { newRecoveryCodes, normaliseRecoveryCode, recoveryCodeHash } from './recovery-codes';
import { derivedKey, openSecret, sealSecret } from './secret-box';

const KEY = randomBytes(32);
const USER = '5b0e8c1e-3f0c-4b7a-9a57-0b6f5d3b9f11';

describe('sealed authenticator secrets', () => {
  it('opens what it sealed, for the same owner and key', () => {
    const secret = randomBytes(20);
    const sealed = sealSecret(KEY, USER, secret);
    expect(sealed).not.toContain(secret.toString('base64'));
    expect(openSecret(KEY, USER, sealed)).toEqual(secret);
  });

  it('seals the same secret differently each time (fresh IV)', () => {
    const secret = randomBytes(20);
    expect(sealSecret(KEY, USER, secret)).not.toBe(sealSecret(KEY, USER, secret));
  });

  it('will not open under another key, for another owner, or after tampering', () => {
    const sealed = sealSecret(KEY, USER, randomBytes(20));
    expect(() => openSecret(randomBytes(32), USER, sealed)).toThrow();
    expect(() => openSecret(KEY, '00000000-0000-4000-8000-000000000000', sealed)).toThrow();
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => openSecret(KEY, USER, `v1:${bytes.toString('base64')}`)).toThrow();
  });

  it('derives a different key for each purpose', () => {
    expect(derivedKey(KEY, 'a')).not.toEqual(derivedKey(KEY, 'b'));
    expect(derivedKey(KEY, 'a')).toEqual(derivedKey(KEY, 'a'));
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes in four groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
  });

  it('reads a code typed in capitals, with spaces or without hyphens, as the same code', () => {
    const [code] = newRecoveryCodes(1);
    const hash = recoveryCodeHash(KEY, USER, code);
    expect(recoveryCodeHash(KEY, USER, code.toUpperCase().replace(/-/g, ' '))).toBe(hash);
    expect(recoveryCodeHash(KEY, USER, code.replace(/-/g, ''))).toBe(hash);
  });

  it('reads 0, 1 and 8 (not in the alphabet) as o, l and b', () => {
    expect(normaliseRecoveryCode('ab0l-1b8c-dddd-eeee')).toBe('abollbbcddddeeee');
  });

  it('hashes per person and per key, and refuses what cannot be a code', () => {
    const [code] = newRecoveryCodes(1);
    expect(recoveryCodeHash(KEY, USER, code)).not.toBe(recoveryCodeHash(KEY, 'someone-else', code));
    expect(recoveryCodeHash(KEY, USER, code)).not.toBe(recoveryCodeHash(randomBytes(32), USER, code));
    expect(normaliseRecoveryCode('123456')).toBeNull();
    expect(recoveryCodeHash(KEY, USER, 'abcd-efgh-ijkl-mno9')).toBeNull();
    expect(recoveryCodeHash(KEY, USER, 'abcd-efgh-ijkl')).toBeNull();
  });
});
