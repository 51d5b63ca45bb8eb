// Documents for the impact page's measures (issue 17, part 5) and the share ledger's counts
// (issue 14); definitions in docs/metrics.md and libs/domain/src/metrics/measures.ts.
import type { AllocationBand, NotSharingReason, ShareDecision, ShareLawfulBasis } from '@eh/domain';
import { gql } from '../graphql/client';
import type { ImpactFilter, Share } from './impact-operations';

export interface CaseHistoryMeasures {
  cases: number;
  previouslyOpenToSocialCare: Share;
  steppedDownFromSocialCare: Share;
  steppedDownFromFamilyCasework: Share;
  steppedUpToLevel3: Share;
  steppedUpToLevel4: Share;
  becameLookedAfter: Share;
  steppedUpOrLookedAfter: Share;
  repeatReferralsWithin12Months: Share;
  /** Calendar days; null with no cases. */
  medianDaysToAllocation: number | null;
  daysToAllocation: { band: AllocationBand; cases: number }[];
}

export interface ShareDecisionCount {
  month: string;
  decision: ShareDecision;
  lawfulBasis: ShareLawfulBasis;
  reason: NotSharingReason | null;
  decisions: number;
}

export interface ImpactMeasures {
  /** Practitioners with open cases; the figures' caseload lists the 25 highest unless one agency is chosen. */
  practitionersWithCases: number;
  measures: CaseHistoryMeasures & { months: (CaseHistoryMeasures & { month: string })[] };
  shareDecisions: ShareDecisionCount[];
}

const SHARE = 'numerator denominator percent';
const MEASURES = `cases previouslyOpenToSocialCare { ${SHARE} } steppedDownFromSocialCare { ${SHARE} }
  steppedDownFromFamilyCasework { ${SHARE} } steppedUpToLevel3 { ${SHARE} } steppedUpToLevel4 { ${SHARE} }
  becameLookedAfter { ${SHARE} } steppedUpOrLookedAfter { ${SHARE} } repeatReferralsWithin12Months { ${SHARE} }
  medianDaysToAllocation daysToAllocation { band cases }`;

export const IMPACT_MEASURES = gql<{ impactFigures: ImpactMeasures }, { filter: ImpactFilter }>(`
  query ImpactMeasures($filter: ImpactFilterInput!) {
    impactFigures(filter: $filter) {
      practitionersWithCases
      measures { ${MEASURES} months { month ${MEASURES} } }
      shareDecisions { month decision lawfulBasis reason decisions }
    }
  }`);
