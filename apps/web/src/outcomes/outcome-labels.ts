import { sentenceCase, withArticle, type CouncilTerms } from '@eh/domain';
import type { StatusWording } from '../format/labels';
import type { ClaimCondition, NeedProgress, SustainmentSource } from './outcomes-operations';

// The words for the progress scale, sources and the claim rule's conditions (libs/domain's
// NEED_PROGRESS_LABELS and SUSTAINMENT_SOURCE_LABELS say the same for the API).
export const NEED_PROGRESS: Readonly<Record<NeedProgress, StatusWording>> = {
  WORSE: { text: 'Worse', colour: 'red' },
  NO_CHANGE: { text: 'No change', colour: 'grey' },
  SOME_PROGRESS: { text: 'Some progress', colour: 'yellow' },
  SIGNIFICANT_PROGRESS: { text: 'Significant progress', colour: 'green' },
};

export const PROGRESS_ORDER: readonly NeedProgress[] = ['WORSE', 'NO_CHANGE', 'SOME_PROGRESS', 'SIGNIFICANT_PROGRESS'];

export const SUSTAINMENT_SOURCES: Readonly<Record<SustainmentSource, string>> = {
  SCHOOL_ATTENDANCE: 'School attendance records',
  POLICE: 'Police records',
  HEALTH: 'Health records',
  CHILDRENS_SOCIAL_CARE: 'Children’s social care records',
  HOUSING: 'Housing records',
  FAMILY: 'The family',
  OTHER: 'Another source',
};

// In the council's words (COUNCIL_TERMS).
export function claimConditions(terms: CouncilTerms): Readonly<Record<ClaimCondition, string>> {
  return {
    MINIMUM_NEEDS: 'Enough needs coded',
    SIGNIFICANT_AND_SUSTAINED: 'Significant and sustained progress on every need',
    NO_RE_REFERRAL: 'No re-referral since closure',
    LEAD_PRACTITIONER: sentenceCase(withArticle(terms.leadPractitioner)),
    WHOLE_FAMILY_ASSESSMENT: `A whole-family assessment (the ${terms.familyPlan} approved)`,
    PLAN: 'A family plan with actions, reviewed',
  };
}
