// Plain-English words for the API's enums, in one place so every screen says the same thing. Lists
// that name the council's offer are functions of its terms (useTerms()).
import { inRunningText, withArticle, type CouncilTerms } from '@eh/domain';
import type { CaseStatus, FirstContactOutcome, PersonRole, ReferralStatus, TriageDecision } from '../graphql/generated/graphql';

export interface DecisionWording {
  readonly label: string;
  /** What the threshold means, shown under the radio so the reason for each decision is visible. */
  readonly threshold: string;
}

export const decisionWordings = (terms: CouncilTerms): Readonly<Record<TriageDecision, DecisionWording>> => ({
  LEVEL_2_PARTNER_LED: {
    label: `Level 2 – ${inRunningText(terms.earlyHelp)} led by a partner agency`,
    threshold: `Needs can be met by the agency that knows the family best, with ${withArticle(terms.leadPractitioner)} supported by the Family Partnership Team.`,
  },
  LEVEL_3_FAMILY_CASEWORK: {
    label: 'Level 3 – Family Casework',
    threshold:
      'Complex needs, such as domestic abuse, parental mental health or substance misuse, that need the council’s Family Casework Team.',
  },
  LEVEL_4_CHILDRENS_SOCIAL_CARE: {
    label: 'Level 4 – Children’s Social Care',
    threshold: 'Statutory help: a child may be in need or at risk of significant harm.',
  },
  NO_FURTHER_ACTION: {
    label: 'No further action',
    threshold: 'Needs can be met by universal services, or no extra help is needed. The referrer will see the reason.',
  },
});

export const DECISION_ORDER: readonly TriageDecision[] = [
  'LEVEL_2_PARTNER_LED',
  'LEVEL_3_FAMILY_CASEWORK',
  'LEVEL_4_CHILDRENS_SOCIAL_CARE',
  'NO_FURTHER_ACTION',
];

export const levelNames = (terms: CouncilTerms): Readonly<Record<number, string>> => ({
  1: 'Level 1 – universal services',
  2: `Level 2 – ${inRunningText(terms.earlyHelp)} led by a partner`,
  3: 'Level 3 – Family Casework',
  4: 'Level 4 – Children’s Social Care',
});

export const PERSON_ROLES: Readonly<Record<PersonRole, string>> = { CHILD: 'Child', ADULT: 'Adult' };

export const FIRST_CONTACT_OUTCOMES: Readonly<Record<FirstContactOutcome, string>> = {
  CONTACTED: 'Family contacted',
  DECLINED: 'Family declined help',
};

/** govuk-frontend 6's tag colours; blue is the default tag. */
export type TagColour = 'blue' | 'green' | 'grey' | 'magenta' | 'orange' | 'pink' | 'purple' | 'red' | 'teal' | 'turquoise' | 'yellow';

export interface StatusWording {
  readonly text: string;
  readonly colour: TagColour;
}

export const CASE_STATUSES: Readonly<Record<CaseStatus, StatusWording>> = {
  AWAITING_FIRST_CONTACT: { text: 'Awaiting first contact', colour: 'blue' },
  OPEN: { text: 'Open', colour: 'green' },
  DECLINED: { text: 'Declined', colour: 'orange' },
  MAINTENANCE: { text: 'Maintenance', colour: 'turquoise' },
  CLOSED: { text: 'Closed', colour: 'grey' },
};

export const REFERRAL_STATUSES: Readonly<Record<ReferralStatus, StatusWording>> = {
  AWAITING_TRIAGE: { text: 'Awaiting triage', colour: 'yellow' },
  DECIDED: { text: 'Decided', colour: 'green' },
};
