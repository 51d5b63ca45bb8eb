// Documents for the impact dashboard (issue 7); definitions in docs/metrics.md.
import { gql } from '../graphql/client';
import type { IsoDate, IsoInstant } from '../graphql/operations';

export type ReferralSource = 'EDUCATION' | 'POLICE' | 'HEALTH' | 'SELF' | 'OTHER';

export interface Share {
  numerator: number;
  denominator: number;
  /** Null when there is nothing to measure: shown as "No data", never 0%. */
  percent: number | null;
}

export interface SourceCount {
  source: ReferralSource;
  cases: number;
}

export interface MonthFigures {
  month: string;
  openCases: number;
  childrenInOpenCases: number;
  allocated: number;
  newCasesBySource: SourceCount[];
  escalationsToLevel4: number;
  closed: number;
  closedWithOutcomesMet: Share;
  firstContactOnTime: Share;
  myFamilyPlanOnTime: Share;
  declineRate: Share;
  averageDaysOpen: number | null;
}

export interface PractitionerCaseload {
  practitionerId: string;
  name: string;
  agencyName: string;
  openCases: number;
}

export interface ImpactFigures {
  asOf: IsoDate;
  refreshedAt: IsoInstant;
  from: string;
  to: string;
  openCases: number;
  childrenInOpenCases: number;
  allocated: number;
  newCasesBySource: SourceCount[];
  escalationsToLevel4: number;
  notReachingLevel4Within12Months: Share;
  notReReferredWithin12Months: Share;
  closedWithOutcomesMet: Share;
  firstContactOnTime: Share;
  myFamilyPlanOnTime: Share;
  declineRate: Share;
  averageDaysOpen: number | null;
  caseload: PractitionerCaseload[];
  averageCaseload: number | null;
  months: MonthFigures[];
  /** Movements between levels by month (the council's team only; empty for partners). */
  levelMovements: {
    month: string;
    movement: 'STEP_UP_TO_LEVEL_3' | 'STEP_DOWN_FROM_LEVEL_3' | 'STEP_DOWN_FROM_SOCIAL_CARE';
    cases: number;
  }[];
}

export interface ImpactFilter {
  from: string;
  to: string;
  agencyId: string | null;
  agencyType: string | null;
  localityId: string | null;
}

export interface DriftingCase {
  caseId: string;
  reference: string;
  agencyName: string;
  leadPractitionerName: string;
  lastActivityOn: IsoDate;
  daysSinceActivity: number;
}

export interface Locality {
  id: string;
  name: string;
  postcodeDistricts: string[];
}

const SHARE = 'numerator denominator percent';
const SOURCES = 'newCasesBySource { source cases }';

export const IMPACT_FIGURES = gql<{ impactFigures: ImpactFigures }, { filter: ImpactFilter }>(`
  query ImpactFigures($filter: ImpactFilterInput!) {
    impactFigures(filter: $filter) {
      asOf refreshedAt from to openCases childrenInOpenCases allocated ${SOURCES} escalationsToLevel4
      notReachingLevel4Within12Months { ${SHARE} } notReReferredWithin12Months { ${SHARE} }
      closedWithOutcomesMet { ${SHARE} } firstContactOnTime { ${SHARE} } myFamilyPlanOnTime { ${SHARE} } declineRate { ${SHARE} }
      averageDaysOpen caseload { practitionerId name agencyName openCases } averageCaseload
      levelMovements { month movement cases }
      months {
        month openCases childrenInOpenCases allocated ${SOURCES} escalationsToLevel4 closed
        closedWithOutcomesMet { ${SHARE} } firstContactOnTime { ${SHARE} } myFamilyPlanOnTime { ${SHARE} } declineRate { ${SHARE} }
        averageDaysOpen
      }
    }
  }`);

export const DRIFTING_CASES = gql<
  { driftingCases: { asOf: IsoDate; cases: DriftingCase[] } },
  { filter: { agencyId: string | null; agencyType: string | null; localityId: string | null } }
>(`
  query DriftingCases($filter: DriftingFilterInput) {
    driftingCases(filter: $filter) { asOf cases { caseId reference agencyName leadPractitionerName lastActivityOn daysSinceActivity } }
  }`);

export const LOCALITIES = gql<{ localities: Locality[] }>(`query Localities { localities { id name postcodeDistricts } }`);

export const SAVE_LOCALITY = gql<{ saveLocality: Locality }, { input: { id?: string; name: string; postcodeDistricts: string[] } }>(
  `mutation SaveLocality($input: SaveLocalityInput!) { saveLocality(input: $input) { id name postcodeDistricts } }`,
);
