// Documents for the impact dashboard (issue 7); definitions in docs/metrics.md.
import { graphql } from '../graphql/generated';
import type {
  DriftingCasesQuery,
  ImpactFilterInput,
  ImpactFiguresQuery,
  LocalitiesQuery,
  ShareFieldsFragment,
} from '../graphql/generated/graphql';

export type Share = ShareFieldsFragment;
export type ImpactFilter = ImpactFilterInput;
export type ImpactFigures = ImpactFiguresQuery['impactFigures'];
export type MonthFigures = ImpactFigures['months'][number];
export type SourceCount = ImpactFigures['newCasesBySource'][number];
export type PractitionerCaseload = ImpactFigures['caseload'][number];
export type DriftingCase = DriftingCasesQuery['driftingCases']['cases'][number];
export type Locality = LocalitiesQuery['localities'][number];

export const SHARE = graphql(`
  fragment ShareFields on ShareModel {
    numerator
    denominator
    percent
  }
`);

export const IMPACT_FIGURES = graphql(`
  query ImpactFigures($filter: ImpactFilterInput!) {
    impactFigures(filter: $filter) {
      asOf
      refreshedAt
      from
      to
      openCases
      childrenInOpenCases
      allocated
      newCasesBySource {
        source
        cases
      }
      escalationsToLevel4
      notReachingLevel4Within12Months {
        ...ShareFields
      }
      notReReferredWithin12Months {
        ...ShareFields
      }
      closedWithOutcomesMet {
        ...ShareFields
      }
      firstContactOnTime {
        ...ShareFields
      }
      myFamilyPlanOnTime {
        ...ShareFields
      }
      declineRate {
        ...ShareFields
      }
      averageDaysOpen
      caseload {
        practitionerId
        name
        agencyName
        openCases
      }
      averageCaseload
      levelMovements {
        month
        movement
        cases
      }
      months {
        month
        openCases
        childrenInOpenCases
        allocated
        newCasesBySource {
          source
          cases
        }
        escalationsToLevel4
        closed
        closedWithOutcomesMet {
          ...ShareFields
        }
        firstContactOnTime {
          ...ShareFields
        }
        myFamilyPlanOnTime {
          ...ShareFields
        }
        declineRate {
          ...ShareFields
        }
        averageDaysOpen
      }
    }
  }
`);

export const DRIFTING_CASES = graphql(`
  query DriftingCases($filter: DriftingFilterInput) {
    driftingCases(filter: $filter) {
      asOf
      cases {
        caseId
        reference
        agencyName
        leadPractitionerName
        lastActivityOn
        daysSinceActivity
      }
    }
  }
`);

export const LOCALITIES = graphql(`
  query Localities {
    localities {
      id
      name
      postcodeDistricts
    }
  }
`);

export const SAVE_LOCALITY = graphql(`
  mutation SaveLocality($input: SaveLocalityInput!) {
    saveLocality(input: $input) {
      id
      name
      postcodeDistricts
    }
  }
`);
