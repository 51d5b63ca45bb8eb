// Documents for information governance: the retention schedule, legal holds, the purge review and
// subject access exports. The FPT manager's alone (Policy.FptManager in the API).
import { gql } from '../graphql/client';
import type { IsoDate, IsoInstant } from '../graphql/operations';

export type RetentionRecordType = 'CLOSED_CASE' | 'NFA_REFERRAL' | 'REFERRAL_PASSED_ON' | 'SESSION' | 'NOTIFICATION';
export type RetentionRule = 'UNTIL_YOUNGEST_CHILD_AGE' | 'YEARS_AFTER_END' | 'DAYS_AFTER_END';
export type RetentionState = 'LIVE' | 'KEPT' | 'HELD' | 'DUE';

export interface RetentionPolicy {
  recordType: RetentionRecordType;
  rule: RetentionRule;
  period: number;
  version: number;
  updatedBy: string | null;
  updatedAt: IsoInstant;
}
export interface LegalHold {
  id: string;
  caseId: string;
  caseReference: string;
  reason: string;
  placedBy: string;
  placedAt: IsoInstant;
  liftedBy: string | null;
  liftedAt: IsoInstant | null;
  version: number;
}
export interface RetentionReviewItem {
  recordType: RetentionRecordType;
  entityType: string;
  id: string;
  reference: string;
  state: RetentionState;
  dueOn: IsoDate | null;
  legalHold: boolean;
  familyActive: boolean;
}
export interface SubjectAccessPerson {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  role: 'CHILD' | 'ADULT';
  familyReference: string;
}
export interface SubjectAccessExport {
  fileName: string;
  html: string;
  redactionMarks: number;
}

const POLICY = 'recordType rule period version updatedBy updatedAt';
const HOLD = 'id caseId caseReference reason placedBy placedAt liftedBy liftedAt version';

export const GOVERNANCE = gql<{ retentionPolicies: RetentionPolicy[]; legalHolds: LegalHold[]; retentionReview: RetentionReviewItem[] }>(
  `query Governance { retentionPolicies { ${POLICY} } legalHolds { ${HOLD} } retentionReview { recordType entityType id reference state dueOn legalHold familyActive } }`,
);

export const RETENTION_POLICIES = gql<{ retentionPolicies: RetentionPolicy[] }>(
  `query RetentionPolicies { retentionPolicies { ${POLICY} } }`,
);

export interface UpdateRetentionPolicyInput {
  recordType: RetentionRecordType;
  rule: RetentionRule;
  period: number;
  version: number;
}
export const UPDATE_RETENTION_POLICY = gql<{ updateRetentionPolicy: RetentionPolicy }, { input: UpdateRetentionPolicyInput }>(
  `mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) { updateRetentionPolicy(input: $input) { ${POLICY} } }`,
);

export const PLACE_LEGAL_HOLD = gql<{ placeLegalHold: LegalHold }, { input: { caseReference: string; reason: string } }>(
  `mutation PlaceLegalHold($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { ${HOLD} } }`,
);

export const LIFT_LEGAL_HOLD = gql<{ liftLegalHold: LegalHold }, { input: { id: string; version: number } }>(
  `mutation LiftLegalHold($input: LiftLegalHoldInput!) { liftLegalHold(input: $input) { ${HOLD} } }`,
);

export interface SubjectAccessSearchInput {
  lastName: string;
  firstName: string | null;
  dateOfBirth: IsoDate | null;
}
export const SUBJECT_ACCESS_PEOPLE = gql<{ subjectAccessPeople: SubjectAccessPerson[] }, { input: SubjectAccessSearchInput }>(
  `query SubjectAccessPeople($input: SubjectAccessSearchInput!) { subjectAccessPeople(input: $input) { id firstName lastName dateOfBirth role familyReference } }`,
);

export const SUBJECT_ACCESS_EXPORT = gql<{ subjectAccessExport: SubjectAccessExport }, { personId: string }>(
  `mutation SubjectAccessExport($personId: ID!) { subjectAccessExport(personId: $personId) { fileName html redactionMarks } }`,
);
