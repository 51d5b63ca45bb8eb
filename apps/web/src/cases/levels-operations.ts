// Documents for levels of need both ways and maintenance reviews (issue 13, parts 6 and 7).
import { graphql } from '../graphql/generated';
import type { CaseMaintenanceReviewsQuery } from '../graphql/generated/graphql';

export type MaintenanceReview = CaseMaintenanceReviewsQuery['case']['maintenanceReviews'][number];

export const CASE_MAINTENANCE_REVIEWS = graphql(`
  query CaseMaintenanceReviews($id: ID!) {
    case(id: $id) {
      id
      status
      canEditPlan
      maintenanceReviews {
        months
        dueOn
        overdue
        outcome
        recordedOn
        note
        recordedByName
      }
    }
  }
`);
export const RECORD_MAINTENANCE_REVIEW = graphql(`
  mutation RecordMaintenanceReview($input: RecordMaintenanceReviewInput!) {
    recordMaintenanceReview(input: $input) {
      dueOn
      outcome
    }
  }
`);

export const CASE_LEVEL = graphql(`
  query CaseLevel($id: ID!) {
    case(id: $id) {
      id
      version
      level
      leadPractitioner {
        id
      }
      leadAgency {
        id
      }
      leadChange {
        openTransfer {
          id
          toAgencyName
          offeredAt
        }
      }
    }
  }
`);
export const OFFER_STEP_DOWN = graphql(`
  mutation OfferStepDown($input: OfferCaseTransferInput!) {
    offerStepDown(input: $input) {
      id
    }
  }
`);

export const FAMILY_CASEWORKERS = graphql(`
  query FamilyCaseworkers {
    familyCaseworkers {
      id
      displayName
      jobTitle
    }
  }
`);
export const ACCEPT_STEP_UP = graphql(`
  mutation AcceptStepUp($input: AcceptStepUpInput!) {
    acceptStepUp(input: $input) {
      caseId
      caseReference
      leadAgencyName
    }
  }
`);

export const RECORD_STEP_DOWN_FROM_SOCIAL_CARE = graphql(`
  mutation RecordStepDownFromSocialCare($input: StepDownFromSocialCareInput!) {
    recordStepDownFromSocialCare(input: $input) {
      id
      reference
    }
  }
`);
