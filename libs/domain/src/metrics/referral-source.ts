// New cases are counted by who referred: the referrer's agency type, as each council words it,
// falls into one of five sources. The database view impact_case_facts applies the same words.
export enum ReferralSource {
  EDUCATION = 'EDUCATION',
  POLICE = 'POLICE',
  HEALTH = 'HEALTH',
  SELF = 'SELF',
  OTHER = 'OTHER',
}

const WORDS: readonly (readonly [ReferralSource, readonly string[]])[] = [
  [ReferralSource.EDUCATION, ['school', 'college', 'academy', 'nursery', 'education', 'early years']],
  [ReferralSource.POLICE, ['police']],
  [ReferralSource.HEALTH, ['health', 'nhs', 'hospital', 'midwif']],
];

export function referralSource(selfReferral: boolean, referrerAgencyType: string | null): ReferralSource {
  if (selfReferral) return ReferralSource.SELF;
  const type = (referrerAgencyType ?? '').toLowerCase();
  return WORDS.find(([, words]) => words.some((w) => type.includes(w)))?.[0] ?? ReferralSource.OTHER;
}
