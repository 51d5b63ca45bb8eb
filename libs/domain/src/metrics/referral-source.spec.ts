import { ReferralSource, referralSource } from './referral-source';

describe('referral source', () => {
  it('counts a self-referral as self whatever else is recorded', () => {
    expect(referralSource(true, 'School')).toBe(ReferralSource.SELF);
  });

  it('groups agency types by the words councils use for them', () => {
    expect(referralSource(false, 'School')).toBe(ReferralSource.EDUCATION);
    expect(referralSource(false, 'Early Years setting')).toBe(ReferralSource.EDUCATION);
    expect(referralSource(false, 'Police')).toBe(ReferralSource.POLICE);
    expect(referralSource(false, 'Health')).toBe(ReferralSource.HEALTH);
    expect(referralSource(false, 'NHS mental health trust')).toBe(ReferralSource.HEALTH);
    expect(referralSource(false, 'Hospital')).toBe(ReferralSource.HEALTH);
  });

  it('puts everyone else under other', () => {
    expect(referralSource(false, 'Domestic abuse service')).toBe(ReferralSource.OTHER);
    expect(referralSource(false, 'Council early help')).toBe(ReferralSource.OTHER);
    expect(referralSource(false, null)).toBe(ReferralSource.OTHER);
  });
});
