// Documents for information governance: the retention schedule, legal holds, the purge review and
// subject access exports. The FPT manager's alone (Policy.FptManager in the API).
import { graphql } from '../graphql/generated';
import type {
  GovernanceQuery,
  LegalHoldFieldsFragment,
  RetentionPolicyFieldsFragment,
  SubjectAccessExportMutation,
  SubjectAccessPeopleQuery,
} from '../graphql/generated/graphql';

export type RetentionPolicy = RetentionPolicyFieldsFragment;
export type LegalHold = LegalHoldFieldsFragment;
export type RetentionReviewItem = GovernanceQuery['retentionReview'][number];
export type SubjectAccessPerson = SubjectAccessPeopleQuery['subjectAccessPeople'][number];
export type SubjectAccessExport = SubjectAccessExportMutation['subjectAccessExport'];

export const POLICY = graphql(`
  fragment RetentionPolicyFields on RetentionPolicy {
    recordType
    rule
    period
    version
    updatedBy
    updatedAt
  }
`);
export const HOLD = graphql(`
  fragment LegalHoldFields on LegalHold {
    id
    caseId
    caseReference
    reason
    placedBy
    placedAt
    liftedBy
    liftedAt
    version
  }
`);

export const GOVERNANCE = graphql(`
  query Governance {
    retentionPolicies {
      ...RetentionPolicyFields
    }
    legalHolds {
      ...LegalHoldFields
    }
    retentionReview {
      recordType
      entityType
      id
      reference
      state
      dueOn
      legalHold
      familyActive
    }
  }
`);

export const RETENTION_POLICIES = graphql(`
  query RetentionPolicies {
    retentionPolicies {
      ...RetentionPolicyFields
    }
  }
`);

export const UPDATE_RETENTION_POLICY = graphql(`
  mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) {
    updateRetentionPolicy(input: $input) {
      ...RetentionPolicyFields
    }
  }
`);

export const PLACE_LEGAL_HOLD = graphql(`
  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {
    placeLegalHold(input: $input) {
      ...LegalHoldFields
    }
  }
`);

export const LIFT_LEGAL_HOLD = graphql(`
  mutation LiftLegalHold($input: LiftLegalHoldInput!) {
    liftLegalHold(input: $input) {
      ...LegalHoldFields
    }
  }
`);

export const SUBJECT_ACCESS_PEOPLE = graphql(`
  query SubjectAccessPeople($input: SubjectAccessSearchInput!) {
    subjectAccessPeople(input: $input) {
      id
      firstName
      lastName
      dateOfBirth
      role
      familyReference
    }
  }
`);

export const SUBJECT_ACCESS_EXPORT = graphql(`
  mutation SubjectAccessExport($personId: ID!) {
    subjectAccessExport(personId: $personId) {
      fileName
      html
      redactionMarks
    }
  }
`);
