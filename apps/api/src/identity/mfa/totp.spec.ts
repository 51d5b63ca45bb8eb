import { base32Decode, base32Encode, groupedKey, hotp, matchingStep, otpauthUri, timeStep, totp } from './totp';

const ascii = (text: string) => Buffer.from(text, 'ascii');

describe('base32 (RFC 4648 §10 test vectors, unpadded)', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];

  it.each(vectors)('encodes %j as %s and decodes it back', (plain, encoded) => {
    expect(base32Encode(ascii(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString('ascii')).toBe(plain);
  });

  it('decodes what a person types: lower case, spaces, hyphens, padding', () => {
    expect(base32Decode('mzxw 6ytb-oi======').toString('ascii')).toBe('foobar');
  });

  it('refuses letters outside the alphabet', () => {
    expect(() => base32Decode('MZXW1')).toThrow('Not a base32 string');
  });
});

describe('HOTP (RFC 4226 appendix D)', () => {
  it('gives the published codes for counters 0 to 9', () => {
    const secret = ascii('12345678901234567890');
    expect(Array.from({ length: 10 }, (_, counter) => hotp(secret, counter))).toEqual([
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]);
  });
});

describe('TOTP (RFC 6238 appendix B, 8 digits)', () => {
  const seeds = {
    sha1: ascii('12345678901234567890'),
    sha256: ascii('12345678901234567890123456789012'),
    sha512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
  };
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];

  it.each(vectors)('at %i seconds gives %s (SHA-1), %s (SHA-256), %s (SHA-512)', (seconds, sha1, sha256, sha512) => {
    const step = timeStep(new Date(seconds * 1000));
    expect(hotp(seeds.sha1, step, 8, 'sha1')).toBe(sha1);
    expect(hotp(seeds.sha256, step, 8, 'sha256')).toBe(sha256);
    expect(hotp(seeds.sha512, step, 8, 'sha512')).toBe(sha512);
  });

  it('makes the 6-digit SHA-1 code authenticator apps show (the last 6 digits of the 8)', () => {
    expect(totp(seeds.sha1, new Date(1111111109 * 1000))).toBe('081804');
    expect(totp(seeds.sha1, new Date(59 * 1000))).toBe('287082');
  });
});

describe('matchingStep', () => {
  const secret = ascii('12345678901234567890');
  const at = new Date(1111111111 * 1000);
  const now = timeStep(at);
  const codeAt = (step: number) => hotp(secret, step);

  it('accepts the current step and one step either side, naming the step', () => {
    expect(matchingStep(secret, codeAt(now), at, null)).toBe(now);
    expect(matchingStep(secret, codeAt(now - 1), at, null)).toBe(now - 1);
    expect(matchingStep(secret, codeAt(now + 1), at, null)).toBe(now + 1);
  });

  it('refuses codes two steps away', () => {
    expect(matchingStep(secret, codeAt(now - 2), at, null)).toBeNull();
    expect(matchingStep(secret, codeAt(now + 2), at, null)).toBeNull();
  });

  it('refuses a step already used, or an earlier one (replay)', () => {
    expect(matchingStep(secret, codeAt(now), at, now)).toBeNull();
    expect(matchingStep(secret, codeAt(now - 1), at, now - 1)).toBeNull();
    expect(matchingStep(secret, codeAt(now + 1), at, now)).toBe(now + 1);
  });

  it('refuses anything that is not six digits', () => {
    expect(matchingStep(secret, ` ${codeAt(now)}`, at, null)).toBeNull();
    expect(matchingStep(secret, codeAt(now).slice(0, 5), at, null)).toBeNull();
  });
});

describe('enrolment details', () => {
  const secret = ascii('12345678901234567890');

  it('writes the key URI authenticator apps read', () => {
    expect(otpauthUri('Early Help', 'sam@oakwood.example.org', secret)).toBe(
      'otpauth://totp/Early%20Help:sam%40oakwood.example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Early+Help&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('groups the key in fours for typing by hand', () => {
    expect(groupedKey(secret)).toBe('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');
    expect(base32Decode(groupedKey(secret))).toEqual(secret);
  });
});
