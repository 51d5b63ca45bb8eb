// Documents for the My Family Plan, consent, reviews and closing a case (descriptions in apps/api/schema.gql).
import { graphql } from '../graphql/generated';
import type {
  MyFamilyPlanFieldsFragment,
  PlanCaseQuery,
  PlanSectionFieldsFragment,
  SectionVersionsQuery,
} from '../graphql/generated/graphql';

export type PlanSection = PlanSectionFieldsFragment;
export type MyFamilyPlan = MyFamilyPlanFieldsFragment;
export type PlanCase = PlanCaseQuery['case'];
export type Consent = PlanCase['consents'][number];
export type Review = PlanCase['reviews'][number];
export type QaComment = MyFamilyPlan['qaComments'][number];
export type FamilyGoal = NonNullable<PlanSection['goals']>[number];
export type GoalAction = FamilyGoal['actions'][number];
export type SectionVersion = SectionVersionsQuery['planSectionVersions'][number];

export const SECTION = graphql(`
  fragment PlanSectionFields on PlanSection {
    key
    kind
    title
    required
    saved
    version
    savedAt
    savedByName
    person {
      id
      firstName
      lastName
      dateOfBirth
      role
      relationship
    }
    familyStory {
      story
      language
      interpreterNeeded
    }
    signsOfSafety {
      worries
      workingWell
      needsToHappen
    }
    threeHouses {
      worries
      goodThings
      dreams
    }
    ace {
      indicators
      count
    }
    goals {
      goal
      actions {
        who
        what
        byWhen
        status
      }
    }
    qaComments {
      id
      sectionKey
      comment
      madeByName
      madeAt
    }
    assignedToId
    assignedToName
    canEdit
  }
`);

export const PLAN = graphql(`
  fragment MyFamilyPlanFields on MyFamilyPlan {
    id
    status
    version
    dueDate
    workingDaysLeft
    overdue
    submittedAt
    approvedAt
    approvedByName
    missingSections
    canEdit
    canQualityAssure
    canAssignSections
    assignableMembers {
      id
      displayName
      jobTitle
    }
    qaComments {
      id
      sectionKey
      comment
      madeByName
      madeAt
    }
    sections {
      ...PlanSectionFields
    }
  }
`);

export const PLAN_CASE = graphql(`
  query PlanCase($id: ID!) {
    case(id: $id) {
      id
      reference
      version
      status
      familyName
      canEditPlan
      myFamilyPlanDue
      myFamilyPlanOverdue
      workingDaysToMyFamilyPlan
      leadPractitioner {
        displayName
        jobTitle
      }
      leadAgency {
        name
      }
      family {
        members {
          id
          firstName
          lastName
          dateOfBirth
          role
          relationship
        }
      }
      plan {
        ...MyFamilyPlanFields
      }
      consents {
        id
        givenBy {
          id
          firstName
          lastName
          dateOfBirth
          role
          relationship
        }
        competenceConfirmed
        agencies {
          id
          name
        }
        givenOn
        withdrawnOn
        current
      }
      reviews {
        id
        kind
        heldOn
        attendees
        teamAttendance {
          userId
          name
          agencyName
          attendanceLabel
        }
        goalProgress
        familyView
        nextReviewOn
        nextReviewReason
        recordedByName
        childViews {
          person {
            id
            firstName
            lastName
            dateOfBirth
            role
            relationship
          }
          view
        }
      }
      nextReviewDue
      reviewState
      closedOn
      closureOutcome
      closureReason
      crisisCard {
        whoToCall
        warningSigns
      }
      maintenanceReviewDates
      sharingHistory {
        alertId
        kind
        raisedByName
        raisedByAgency
        sharedWith
        basis
        safeguardingReason
        sharedAt
      }
    }
  }
`);

export const START_PLAN = graphql(`
  mutation StartPlan($caseId: ID!) {
    plan: startMyFamilyPlan(caseId: $caseId) {
      ...MyFamilyPlanFields
    }
  }
`);
export const SUBMIT_PLAN = graphql(`
  mutation SubmitPlan($caseId: ID!, $version: Int!) {
    plan: submitMyFamilyPlan(caseId: $caseId, version: $version) {
      ...MyFamilyPlanFields
    }
  }
`);
export const APPROVE_PLAN = graphql(`
  mutation ApprovePlan($caseId: ID!, $version: Int!) {
    plan: approveMyFamilyPlan(caseId: $caseId, version: $version) {
      ...MyFamilyPlanFields
    }
  }
`);
export const RETURN_PLAN = graphql(`
  mutation ReturnPlan($input: ReturnPlanInput!) {
    plan: returnMyFamilyPlan(input: $input) {
      ...MyFamilyPlanFields
    }
  }
`);

export const ASSIGN_PLAN_SECTION = graphql(`
  mutation AssignPlanSection($input: AssignPlanSectionInput!) {
    plan: assignPlanSection(input: $input) {
      ...MyFamilyPlanFields
    }
  }
`);

export const SAVE_FAMILY_STORY = graphql(`
  mutation SaveFamilyStory($input: SaveFamilyStoryInput!) {
    saved: saveFamilyStory(input: $input) {
      ...PlanSectionFields
    }
  }
`);
export const SAVE_SIGNS_OF_SAFETY = graphql(`
  mutation SaveSignsOfSafety($input: SaveSignsOfSafetyInput!) {
    saved: saveSignsOfSafety(input: $input) {
      ...PlanSectionFields
    }
  }
`);
export const SAVE_THREE_HOUSES = graphql(`
  mutation SaveThreeHouses($input: SaveThreeHousesInput!) {
    saved: saveThreeHouses(input: $input) {
      ...PlanSectionFields
    }
  }
`);
export const SAVE_ACE = graphql(`
  mutation SaveAce($input: SaveAceInput!) {
    saved: saveAce(input: $input) {
      ...PlanSectionFields
    }
  }
`);
export const SAVE_GOALS = graphql(`
  mutation SaveGoals($input: SaveGoalsInput!) {
    saved: saveGoals(input: $input) {
      ...PlanSectionFields
    }
  }
`);

export const SECTION_VERSIONS = graphql(`
  query SectionVersions($caseId: ID!, $sectionKey: String!) {
    planSectionVersions(caseId: $caseId, sectionKey: $sectionKey) {
      version
      savedAt
      savedByName
    }
  }
`);
export const SECTION_AT_VERSION = graphql(`
  query SectionAtVersion($caseId: ID!, $sectionKey: String!, $version: Int!) {
    planSectionAtVersion(caseId: $caseId, sectionKey: $sectionKey, version: $version) {
      ...PlanSectionFields
    }
  }
`);

export const RECORD_CONSENT = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      current
    }
  }
`);

export const RECORD_REVIEW = graphql(`
  mutation RecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) {
      id
      nextReviewOn
    }
  }
`);

export const CLOSE_CASE = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      id
      status
    }
  }
`);

export const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawConsent($consentId: ID!, $withdrawnOn: String!) {
    withdrawConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) {
      id
    }
  }
`);

export const REOPEN_CASE = graphql(`
  mutation ReopenCase($input: ReopenCaseInput!) {
    reopenCase(input: $input) {
      id
      status
    }
  }
`);
