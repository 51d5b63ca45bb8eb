// The documents for signing in, referrals and cases. Their result and variable types are generated
// from apps/api/schema.gql (npm run codegen, docs/decisions.md "Adding a GraphQL operation to the
// web"); the names below are the screens' names for generated shapes, never shapes written by hand.
import { graphql } from './generated';
import type {
  BeginMfaEnrolmentMutation,
  CaseFieldsFragment,
  CaseSummaryFieldsFragment,
  FamilyFieldsFragment,
  PersonFieldsFragment,
  PossibleFamilyMatchesQuery,
  PractitionerFieldsFragment,
  ReferralFieldsFragment,
  ViewerFieldsFragment,
  AgencyFieldsFragment,
} from './generated/graphql';

export type Agency = AgencyFieldsFragment;
export type Viewer = ViewerFieldsFragment;
export type Practitioner = PractitionerFieldsFragment;
export type Person = PersonFieldsFragment;
export type Family = FamilyFieldsFragment;
export type FamilyMember = Family['members'][number];
/** On a family's record: one of a child's education settings, current first. */
export type ChildEducationSetting = FamilyMember['educationSettings'][number];
export type FamilyMatch = PossibleFamilyMatchesQuery['possibleFamilyMatches'][number];
export type Referral = ReferralFieldsFragment;
export type CaseSummary = CaseSummaryFieldsFragment;
export type EarlyHelpCase = CaseFieldsFragment;
export type CaseEvent = EarlyHelpCase['chronology'][number];
export type MfaEnrolment = BeginMfaEnrolmentMutation['beginMfaEnrolment'];

export type FamilyOpenCase = Referral['familyOpenCases'][number];

// ---- Fragments (each document's text carries the fragments it spreads) ---------------------------

export const AGENCY = graphql(`
  fragment AgencyFields on Agency {
    id
    name
    agencyType
  }
`);

export const VIEWER = graphql(`
  fragment ViewerFields on Viewer {
    id
    displayName
    email
    role
    jobTitle
    isFamilyPartnershipTeam
    agency {
      ...AgencyFields
    }
  }
`);

export const PRACTITIONER = graphql(`
  fragment PractitionerFields on Practitioner {
    id
    displayName
    jobTitle
  }
`);

export const PERSON = graphql(`
  fragment PersonFields on Person {
    id
    firstName
    lastName
    dateOfBirth
    role
    relationship
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    consistentChildIdentifier
    version
  }
`);

export const FAMILY = graphql(`
  fragment FamilyFields on Family {
    id
    reference
    addressLine1
    addressLine2
    town
    postcode
    members {
      ...PersonFields
      educationSettings {
        id
        settingId
        settingName
        urn
        startedOn
        endedOn
      }
    }
  }
`);

export const REFERRAL_FIELDS = graphql(`
  fragment ReferralFields on Referral {
    id
    reference
    version
    receivedAt
    status
    selfReferral
    referrerAgency {
      ...AgencyFields
    }
    referrerName
    concerns
    consentGiven
    consentNote
    family {
      ...FamilyFields
    }
    decision
    decisionReason
    decidedAt
    decidedByName
    leadAgency {
      ...AgencyFields
    }
    leadPractitioner {
      ...PractitionerFields
    }
    caseId
    reReferral
    previousCaseId
    addedToCaseId
    secondCaseReason
    familyOpenCases {
      id
      reference
      status
      leadAgency {
        ...AgencyFields
      }
      leadPractitioner {
        ...PractitionerFields
      }
    }
    consentOn
    safeguardingBasis
    familyWords
    madeByPartner
    knownFamilyMatches {
      familyId
      reference
      postcode
      matchedPeople {
        ...PersonFields
      }
      matches {
        reason
        person {
          ...PersonFields
        }
      }
    }
  }
`);

export const CASE_SUMMARY = graphql(`
  fragment CaseSummaryFields on CaseSummary {
    id
    reference
    familyName
    childrenCount
    status
    leadAgency {
      ...AgencyFields
    }
    leadPractitioner {
      ...PractitionerFields
    }
    allocatedOn
    firstContactDue
    firstContactOverdue
    myFamilyPlanDue
    myFamilyPlanOverdue
    workingDaysToMyFamilyPlan
    nextReviewDue
  }
`);

export const CASE_FIELDS = graphql(`
  fragment CaseFields on EarlyHelpCase {
    id
    reference
    version
    level
    status
    familyName
    family {
      ...FamilyFields
    }
    leadAgency {
      ...AgencyFields
    }
    leadPractitioner {
      ...PractitionerFields
    }
    allocatedOn
    firstContactDue
    firstContactOverdue
    firstContactOn
    declinedReason
    myFamilyPlanDue
    myFamilyPlanOverdue
    workingDaysToMyFamilyPlan
    referralConcerns
    canEditPlan
    chronology {
      id
      type
      summary
      actorName
      occurredAt
    }
  }
`);

// ---- Queries -----------------------------------------------------------------------------------

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
    councilTerms {
      earlyHelp
      leadPractitioner
      familyPlan
      forum
      serviceName
    }
  }
`);

export const AGENCIES = graphql(`
  query Agencies {
    agencies {
      ...AgencyFields
    }
  }
`);

export const PRACTITIONERS = graphql(`
  query Practitioners($agencyId: ID!) {
    practitioners(agencyId: $agencyId) {
      ...PractitionerFields
    }
  }
`);

export const POSSIBLE_FAMILY_MATCHES = graphql(`
  query PossibleFamilyMatches($people: [PersonLookupInput!]!) {
    possibleFamilyMatches(people: $people) {
      familyId
      reference
      postcode
      matchedPeople {
        ...PersonFields
      }
      matches {
        reason
        person {
          ...PersonFields
        }
      }
    }
  }
`);

export const REFERRALS = graphql(`
  query Referrals($status: ReferralStatus) {
    referrals(status: $status) {
      ...ReferralFields
    }
  }
`);

export const REFERRAL = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
    }
  }
`);

export const CASELOAD = graphql(`
  query Caseload {
    caseload {
      ...CaseSummaryFields
    }
  }
`);

export const CASE = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseFields
    }
  }
`);

// ---- Mutations ---------------------------------------------------------------------------------

export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      next
    }
  }
`);

export const BEGIN_MFA_ENROLMENT = graphql(`
  mutation BeginMfaEnrolment {
    beginMfaEnrolment {
      otpauthUri
      qrCodeDataUrl
      setupKey
    }
  }
`);

export const CONFIRM_MFA_ENROLMENT = graphql(`
  mutation ConfirmMfaEnrolment($code: String!) {
    confirmMfaEnrolment(code: $code) {
      recoveryCodes
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const VERIFY_MFA_CODE = graphql(`
  mutation VerifyMfaCode($code: String!) {
    verifyMfaCode(code: $code) {
      ...ViewerFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const UPDATE_PERSON_IDENTIFIERS = graphql(`
  mutation UpdatePersonIdentifiers($input: UpdatePersonIdentifiersInput!) {
    updatePersonIdentifiers(input: $input) {
      ...PersonFields
    }
  }
`);

export const RECORD_REFERRAL = graphql(`
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const MAKE_REFERRAL = graphql(`
  mutation MakeReferral($input: MakeReferralInput!) {
    makeReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const MY_REFERRALS = graphql(`
  query MyReferrals {
    myReferrals {
      ...ReferralFields
    }
  }
`);

export const TRIAGE_REFERRAL = graphql(`
  mutation TriageReferral($input: TriageReferralInput!) {
    triageReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const ADD_REFERRAL_TO_CASE = graphql(`
  mutation AddReferralToCase($input: AddReferralToCaseInput!) {
    addReferralToCase(input: $input) {
      ...ReferralFields
    }
  }
`);

export const RECORD_FIRST_CONTACT = graphql(`
  mutation RecordFirstContact($input: RecordFirstContactInput!) {
    recordFirstContact(input: $input) {
      ...CaseFields
    }
  }
`);

export const ADD_AGENCY = graphql(`
  mutation AddAgency($input: AddAgencyInput!) {
    addAgency(input: $input) {
      ...AgencyFields
    }
  }
`);
