import { partnerReferralProblems, personMatchKey, PersonRole, referralProblems } from './referral-rules';

const child = { firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02', role: PersonRole.CHILD };
const base = { members: [child], selfReferral: true, consentGiven: true };
const TODAY = '2026-11-18';

describe('referralProblems', () => {
  it('accepts a self-referral with consent and a child', () => {
    expect(referralProblems(base, TODAY)).toEqual([]);
  });

  it('refuses a date of birth after today, but accepts today', () => {
    expect(referralProblems({ ...base, members: [{ ...child, dateOfBirth: '2026-11-19' }] }, TODAY)).toEqual([
      { field: 'members.0.dateOfBirth', message: 'Date of birth must be today or in the past' },
    ]);
    expect(referralProblems({ ...base, members: [{ ...child, dateOfBirth: TODAY }] }, TODAY)).toEqual([]);
  });

  it('needs a child in the family', () => {
    expect(referralProblems({ ...base, members: [{ ...child, role: PersonRole.ADULT }] }, TODAY)[0].field).toBe('members');
  });

  it('needs a referring agency unless the family referred itself, and not both', () => {
    expect(referralProblems({ ...base, selfReferral: false }, TODAY)[0].field).toBe('referrerAgencyId');
    expect(referralProblems({ ...base, referrerAgencyId: 'a-police' }, TODAY)[0].field).toBe('referrerAgencyId');
  });

  it('needs a reason when the family did not consent to the referral', () => {
    expect(referralProblems({ ...base, consentGiven: false }, TODAY)[0].field).toBe('consentNote');
    expect(referralProblems({ ...base, consentGiven: false, consentNote: 'Safeguarding concern' }, TODAY)).toEqual([]);
  });
});

describe('personMatchKey', () => {
  it('matches names regardless of case and spacing, but not a different birthday', () => {
    expect(personMatchKey({ firstName: ' MIA ', lastName: 'brook', dateOfBirth: '2017-06-02' })).toBe(personMatchKey(child));
    expect(personMatchKey({ ...child, dateOfBirth: '2017-06-03' })).not.toBe(personMatchKey(child));
  });
});

describe('partnerReferralProblems', () => {
  const partner = { members: [child], consentGiven: true, consentOn: '2026-11-17' };
  const fields = (facts: Parameters<typeof partnerReferralProblems>[0]) => partnerReferralProblems(facts, TODAY).map((p) => p.field);

  it('accepts a referral the family agreed to on a date up to today', () => {
    expect(fields(partner)).toEqual([]);
    expect(fields({ ...partner, consentOn: TODAY })).toEqual([]);
  });

  it('needs the date the family agreed, not in the future', () => {
    expect(fields({ ...partner, consentOn: null })).toEqual(['consentOn']);
    expect(fields({ ...partner, consentOn: '2026-11-19' })).toEqual(['consentOn']);
    expect(fields({ ...partner, consentOn: '2026-02-30' })).toEqual(['consentOn']);
  });

  it('allows no consent only on a safeguarding basis with its reason', () => {
    const without = { members: [child], consentGiven: false };
    expect(fields(without)).toEqual(['safeguardingBasis', 'consentNote']);
    expect(fields({ ...without, safeguardingBasis: true })).toEqual(['consentNote']);
    expect(fields({ ...without, safeguardingBasis: true, consentNote: 'Bruising seen; asking may put the child at risk' })).toEqual([]);
    expect(fields({ ...without, safeguardingBasis: true, consentNote: 'x', consentOn: TODAY })).toEqual(['consentOn']);
  });

  it('does not mark a consented referral as safeguarding-only, and still needs a child', () => {
    expect(fields({ ...partner, safeguardingBasis: true })).toEqual(['safeguardingBasis']);
    expect(fields({ ...partner, members: [{ ...child, role: PersonRole.ADULT }] })).toEqual(['members']);
  });
});
