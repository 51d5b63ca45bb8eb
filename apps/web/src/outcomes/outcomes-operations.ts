// Documents for outcomes that can be evidenced (issue 17): the outcome framework, needs coded in
// the family's plan, progress at reviews, outcomes at closure, the sustainment check and the
// evidence pack.
import { graphql } from '../graphql/generated';
import type {
  EvidencePackQuery,
  NationalReturnQuery,
  NeedsCaseQuery,
  OutcomeHeadingFieldsFragment,
  PlanNeedFieldsFragment,
  SustainmentCheckFieldsFragment,
} from '../graphql/generated/graphql';

export type {
  ClaimCondition,
  NeedProgress,
  NeedProgressEntryInput as NeedProgressEntry,
  SustainmentSource,
} from '../graphql/generated/graphql';
export type OutcomeHeading = OutcomeHeadingFieldsFragment;
export type PlanNeed = PlanNeedFieldsFragment;
export type SustainmentCheck = SustainmentCheckFieldsFragment;
export type NeedsCase = NeedsCaseQuery['case'];
export type FamilyClaim = EvidencePackQuery['evidencePack']['families'][number];
export type ClaimRule = EvidencePackQuery['evidencePack']['rule'];
export type NationalReturn = NationalReturnQuery['nationalReturn'];

export const HEADING = graphql(`
  fragment OutcomeHeadingFields on OutcomeHeading {
    id
    key
    name
    position
    retired
    version
  }
`);

export const NEED = graphql(`
  fragment PlanNeedFields on PlanNeed {
    id
    version
    heading {
      ...OutcomeHeadingFields
    }
    members {
      id
      firstName
      lastName
    }
    description
    evidence
    evidenceAgencyName
    identifiedOn
    progress {
      reviewId
      heldOn
      progress
      evidence
      recordedByName
    }
    outcome
    outcomeEvidence
    sustainment {
      held
      source
      evidence
      recordedOn
    }
  }
`);

export const CHECK = graphql(`
  fragment SustainmentCheckFields on SustainmentCheck {
    caseId
    caseReference
    dueOn
    askedOn
    confirmedOn
    canConfirm
    version
    reReferrals {
      receivedOn
      foundOn
    }
  }
`);

export const NEEDS_CASE = graphql(`
  query NeedsCase($id: ID!) {
    case(id: $id) {
      id
      reference
      familyName
      status
      canEditPlan
      closedOn
      plan {
        status
      }
      family {
        members {
          id
          firstName
          lastName
          role
        }
      }
      reviews {
        id
        kind
        heldOn
      }
      needs {
        ...PlanNeedFields
      }
      sustainmentCheck {
        ...SustainmentCheckFields
      }
    }
  }
`);

export const OUTCOME_HEADINGS = graphql(`
  query OutcomeHeadings($includeRetired: Boolean!) {
    outcomeHeadings(includeRetired: $includeRetired) {
      ...OutcomeHeadingFields
    }
  }
`);

export const ADD_OUTCOME_HEADING = graphql(`
  mutation AddOutcomeHeading($name: String!) {
    addOutcomeHeading(input: { name: $name }) {
      ...OutcomeHeadingFields
    }
  }
`);

export const RENAME_OUTCOME_HEADING = graphql(`
  mutation RenameOutcomeHeading($input: RenameOutcomeHeadingInput!) {
    renameOutcomeHeading(input: $input) {
      ...OutcomeHeadingFields
    }
  }
`);

export const RETIRE_OUTCOME_HEADING = graphql(`
  mutation RetireOutcomeHeading($input: RetireOutcomeHeadingInput!) {
    retireOutcomeHeading(input: $input) {
      ...OutcomeHeadingFields
    }
  }
`);

export const RECORD_NEED = graphql(`
  mutation RecordNeed($input: RecordNeedInput!) {
    recordNeed(input: $input) {
      ...PlanNeedFields
    }
  }
`);

export const REMOVE_NEED = graphql(`
  mutation RemoveNeed($input: RemoveNeedInput!) {
    removeNeed(input: $input)
  }
`);

export const RECORD_NEED_PROGRESS = graphql(`
  mutation RecordNeedProgress($input: RecordNeedProgressInput!) {
    recordNeedProgress(input: $input) {
      ...PlanNeedFields
    }
  }
`);

export const RECORD_NEED_OUTCOMES = graphql(`
  mutation RecordNeedOutcomes($input: RecordNeedOutcomesInput!) {
    recordNeedOutcomes(input: $input) {
      ...PlanNeedFields
    }
  }
`);

export const SUSTAINMENT_CHECKS_FOR_ME = graphql(`
  query SustainmentChecksForMe {
    sustainmentChecksForMe {
      ...SustainmentCheckFields
    }
  }
`);

export const CONFIRM_SUSTAINMENT = graphql(`
  mutation ConfirmSustainment($input: ConfirmSustainmentInput!) {
    confirmSustainment(input: $input) {
      ...SustainmentCheckFields
    }
  }
`);

export const EVIDENCE_PACK = graphql(`
  query EvidencePack {
    evidencePack {
      rule {
        minimumNeeds
        everyNeedSignificantAndSustained
        noReReferral
        leadPractitioner
        wholeFamilyAssessment
        plan
        sustainmentMonths
      }
      families {
        caseId
        caseReference
        familyReference
        leadPractitionerName
        leadAgencyName
        leadAgencyType
        closedOn
        assessmentApprovedOn
        goalsWithActions
        reviewsHeld
        sustainmentDueOn
        sustainmentConfirmedOn
        reReferrals {
          receivedOn
          foundOn
        }
        needs {
          heading
          headingKey
          description
          evidence
          evidenceAgencyName
          outcome
          outcomeEvidence
          held
          sustainmentSource
          sustainmentEvidence
        }
        meetsRule
        conditions {
          condition
          met
          reason
        }
        reasons
      }
    }
  }
`);

export const NATIONAL_RETURN = graphql(`
  query NationalReturn($quarter: String!) {
    nationalReturn(quarter: $quarter) {
      quarter
      from
      to
      headings {
        ...OutcomeHeadingFields
      }
      rows {
        familyReference
        caseReference
        leadAgencyType
        closedOn
        sustainmentConfirmedOn
        headingKeys
      }
    }
  }
`);
