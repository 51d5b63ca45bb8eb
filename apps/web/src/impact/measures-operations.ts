// Documents for the impact page's measures (issue 17, part 5) and the share ledger's counts
// (issue 14); definitions in docs/metrics.md and libs/domain/src/metrics/measures.ts.
import { graphql } from '../graphql/generated';
import type { ImpactMeasuresQuery } from '../graphql/generated/graphql';

export type ImpactMeasures = ImpactMeasuresQuery['impactFigures'];
/** The measures over a period: the whole period's, or a month's (which adds its month). */
export type CaseHistoryMeasures = Omit<ImpactMeasures['measures'], 'months' | 'needsMetByHeading' | '__typename'>;
/** Needs met by heading: the needs of the cases closed in the period, per heading of the framework. */
export type HeadingNeedsMet = ImpactMeasures['measures']['needsMetByHeading'][number];
export type ShareDecisionCount = ImpactMeasures['shareDecisions'][number];

// The same measures for the period and for each month (two types in the schema, one field list).
export const PERIOD_MEASURES = graphql(`
  fragment PeriodMeasuresFields on ImpactMeasuresModel {
    cases
    previouslyOpenToSocialCare {
      ...ShareFields
    }
    steppedDownFromSocialCare {
      ...ShareFields
    }
    steppedDownFromFamilyCasework {
      ...ShareFields
    }
    steppedUpToLevel3 {
      ...ShareFields
    }
    steppedUpToLevel4 {
      ...ShareFields
    }
    becameLookedAfter {
      ...ShareFields
    }
    steppedUpOrLookedAfter {
      ...ShareFields
    }
    repeatReferralsWithin12Months {
      ...ShareFields
    }
    medianDaysToAllocation
    daysToAllocation {
      band
      cases
    }
  }
`);

export const MONTH_MEASURES = graphql(`
  fragment MonthMeasuresFields on MonthMeasuresModel {
    month
    cases
    previouslyOpenToSocialCare {
      ...ShareFields
    }
    steppedDownFromSocialCare {
      ...ShareFields
    }
    steppedDownFromFamilyCasework {
      ...ShareFields
    }
    steppedUpToLevel3 {
      ...ShareFields
    }
    steppedUpToLevel4 {
      ...ShareFields
    }
    becameLookedAfter {
      ...ShareFields
    }
    steppedUpOrLookedAfter {
      ...ShareFields
    }
    repeatReferralsWithin12Months {
      ...ShareFields
    }
    medianDaysToAllocation
    daysToAllocation {
      band
      cases
    }
  }
`);

export const IMPACT_MEASURES = graphql(`
  query ImpactMeasures($filter: ImpactFilterInput!) {
    impactFigures(filter: $filter) {
      practitionersWithCases
      measures {
        ...PeriodMeasuresFields
        months {
          ...MonthMeasuresFields
        }
        needsMetByHeading {
          headingId
          heading
          retired
          needs
          met {
            ...ShareFields
          }
          sustainmentChecked
          sustained {
            ...ShareFields
          }
        }
      }
      shareDecisions {
        month
        decision
        lawfulBasis
        reason
        decisions
      }
    }
  }
`);
