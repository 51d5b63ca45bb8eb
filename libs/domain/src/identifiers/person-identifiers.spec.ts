import {
  isValidNhsNumber,
  isValidUpn,
  nhsNumberCheckDigit,
  normalisePersonIdentifiers,
  personIdentifierProblems,
  PersonMatchReason,
  personMatchReason,
  upnCheckLetter,
} from './person-identifiers';

describe('NHS number', () => {
  it('accepts a number whose check digit matches, worked by hand', () => {
    // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    expect(nhsNumberCheckDigit('943476591')).toBe(9);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber(' 943 476 5919 ')).toBe(true);
  });

  it('refuses a wrong check digit, a transposition, and the wrong length', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('4934765919')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943476591A')).toBe(false);
  });

  it('treats a remainder of 0 as check digit 0, and refuses nine digits whose check would be 10', () => {
    // 9×10 + 9×9 + 9×8 + 0 … + 0 + 0×2 = 243; 243 mod 11 = 1; 11 − 1 = 10: never issued.
    expect(nhsNumberCheckDigit('999000000')).toBeNull();
    expect(isValidNhsNumber('9990000000')).toBe(false);
    // 9×10 + 9×9 + 9×8 + 0 … + 1×2 = 245; 245 mod 11 = 3; 11 − 3 = 8.
    expect(isValidNhsNumber('9990000018')).toBe(true);
    // 1×10 + 1×9 = 19; 19 mod 11 = 8; 11 − 8 = 3.
    expect(isValidNhsNumber('1100000003')).toBe(true);
    // 1×9 + 1×2 = 11; 11 mod 11 = 0; 11 − 0 = 11, written 0.
    expect(nhsNumberCheckDigit('010000001')).toBe(0);
    expect(isValidNhsNumber('0100000010')).toBe(true);
  });
});

describe('unique pupil number', () => {
  it('accepts a UPN whose check letter matches, worked by hand', () => {
    // LA 801, establishment 2001, year 15, serial 001: characters 2–13 are 8 0 1 2 0 0 1 1 5 0 0 1.
    // 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 1×8 + 1×9 + 5×10 + 0×11 + 0×12 + 1×13 = 110;
    // 110 mod 23 = 18; letter 18 of ABCDEFGHJKLMNPQRTUVWXYZ (A = 0) is V.
    expect(upnCheckLetter('801200115001')).toBe('V');
    expect(isValidUpn('V801200115001')).toBe(true);
    expect(isValidUpn('v801 2001 15001')).toBe(true);
  });

  it('accepts a temporary UPN, its last character a letter counted by its place in the list', () => {
    // As above with serial 00A: the last 1×13 becomes A (0)×13: 110 − 13 = 97; 97 mod 23 = 5 → F.
    expect(upnCheckLetter('80120011500A')).toBe('F');
    expect(isValidUpn('F80120011500A')).toBe(true);
    // A letter that is not in the list (I, O, S) has no value.
    expect(upnCheckLetter('80120011500I')).toBeNull();
  });

  it('refuses a wrong check letter, a changed digit, and the wrong shape', () => {
    expect(isValidUpn('W801200115001')).toBe(false);
    // 110 − 1×13 + 2×13 = 123; 123 mod 23 = 8 → J, not V.
    expect(upnCheckLetter('801200115002')).toBe('J');
    expect(isValidUpn('V801200115002')).toBe(false);
    expect(isValidUpn('V80120011500')).toBe(false);
    expect(isValidUpn('8801200115001')).toBe(false);
  });
});

describe('personIdentifierProblems', () => {
  it('accepts none, or every identifier well formed', () => {
    expect(personIdentifierProblems({})).toEqual([]);
    expect(
      personIdentifierProblems({
        nhsNumber: '943 476 5919',
        uniquePupilNumber: 'V801200115001',
        councilPersonNumber: 'nf-000123',
        consistentChildIdentifier: 'anything for now',
      }),
    ).toEqual([]);
  });

  it('names each field that is wrong, under the prefix', () => {
    expect(
      personIdentifierProblems(
        {
          nhsNumber: '9434765918',
          uniquePupilNumber: 'V80120011500',
          councilPersonNumber: 'NF_1',
          consistentChildIdentifier: 'x'.repeat(65),
        },
        'members.1.',
      ).map((p) => p.field),
    ).toEqual([
      'members.1.nhsNumber',
      'members.1.uniquePupilNumber',
      'members.1.councilPersonNumber',
      'members.1.consistentChildIdentifier',
    ]);
    expect(personIdentifierProblems({ nhsNumber: '94347659' })[0].message).toBe('NHS number must be 10 digits, like 943 476 5919');
    expect(personIdentifierProblems({ nhsNumber: '9434765918' })[0].message).toBe('NHS number is not valid: check it and enter it again');
    expect(personIdentifierProblems({ uniquePupilNumber: 'W801200115001' })[0].message).toBe(
      'Unique pupil number is not valid: check it and enter it again',
    );
    expect(personIdentifierProblems({ councilPersonNumber: 'N'.repeat(21) })[0].field).toBe('councilPersonNumber');
  });

  it('normalises: no spaces, letters upper case, empty as none', () => {
    expect(
      normalisePersonIdentifiers({
        nhsNumber: ' 943 476 5919',
        uniquePupilNumber: 'v801200115001',
        councilPersonNumber: '  ',
        consistentChildIdentifier: 'ab c',
      }),
    ).toEqual({ nhsNumber: '9434765919', uniquePupilNumber: 'V801200115001', councilPersonNumber: null, consistentChildIdentifier: 'abc' });
  });
});

describe('personMatchReason', () => {
  const mia = { firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02' };

  it('matches an identifier first, whatever the names', () => {
    expect(
      personMatchReason(
        { ...mia, nhsNumber: '943 476 5919' },
        { firstName: 'Amelia', lastName: 'Stone', dateOfBirth: '2017-06-20', nhsNumber: '9434765919' },
      ),
    ).toBe(PersonMatchReason.NHS_NUMBER);
    expect(personMatchReason({ ...mia, uniquePupilNumber: 'V801200115001' }, { ...mia, uniquePupilNumber: 'V801200115001' })).toBe(
      PersonMatchReason.UNIQUE_PUPIL_NUMBER,
    );
    expect(personMatchReason({ ...mia, councilPersonNumber: 'nf-1' }, { ...mia, lastName: 'Stone', councilPersonNumber: 'NF-1' })).toBe(
      PersonMatchReason.COUNCIL_PERSON_NUMBER,
    );
  });

  it('then the same names and date of birth; otherwise no match', () => {
    expect(personMatchReason({ ...mia, firstName: ' MIA ' }, mia)).toBe(PersonMatchReason.NAME_AND_DATE_OF_BIRTH);
    expect(personMatchReason({ ...mia, nhsNumber: '9434765919' }, { ...mia, dateOfBirth: '2017-06-03' })).toBeNull();
  });
});
