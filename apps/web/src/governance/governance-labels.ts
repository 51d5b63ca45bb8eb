import { forumShortName, inRunningText, type CouncilTerms } from '@eh/domain';
import type { RetentionRecordType, RetentionRule } from '../graphql/generated/graphql';
import type { RetentionReviewItem } from './governance-operations';

export const recordTypeLabels = (terms: CouncilTerms): Readonly<Record<RetentionRecordType, string>> => ({
  CLOSED_CASE: `Closed or declined ${inRunningText(terms.earlyHelp)} case, with its plan, reviews, consent, drawings, chronology and ${forumShortName(terms)} items`,
  NFA_REFERRAL: 'Referral closed with no further action',
  REFERRAL_PASSED_ON: 'Referral passed to Family Casework or Children’s Social Care',
  SESSION: 'Sign-in sessions',
  NOTIFICATION: 'In-app notifications',
  ENCOMPASS_UNMATCHED: 'Operation Encompass notifications about children the portal never matched to a family',
});

export const FAMILY_RECORD_TYPES: readonly RetentionRecordType[] = ['CLOSED_CASE', 'NFA_REFERRAL', 'REFERRAL_PASSED_ON'];

export const RULE_LABELS: Readonly<Record<RetentionRule, string>> = {
  UNTIL_YOUNGEST_CHILD_AGE: 'Until the youngest child in the family reaches an age',
  YEARS_AFTER_END: 'A number of years after the record ends',
  DAYS_AFTER_END: 'A number of days after the record ends',
};

export const PERIOD_LABELS: Readonly<Record<RetentionRule, string>> = {
  UNTIL_YOUNGEST_CHILD_AGE: 'Age in years',
  YEARS_AFTER_END: 'Number of years',
  DAYS_AFTER_END: 'Number of days',
};

export function keptFor(rule: RetentionRule, period: number): string {
  switch (rule) {
    case 'UNTIL_YOUNGEST_CHILD_AGE':
      return `Until the youngest child’s ${ordinal(period)} birthday`;
    case 'YEARS_AFTER_END':
      return `${period} ${period === 1 ? 'year' : 'years'} after it ends`;
    case 'DAYS_AFTER_END':
      return `${period} ${period === 1 ? 'day' : 'days'} after it ends`;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

export function reviewStatus(item: RetentionReviewItem): string {
  if (item.state === 'DUE') return 'Due for deletion';
  if (item.legalHold) return 'Kept: legal hold';
  return 'Kept: the family has an open case or a new referral';
}
