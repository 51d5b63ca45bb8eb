import { personMatchKey, PersonRole, referralProblems } from './referral-rules';

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
