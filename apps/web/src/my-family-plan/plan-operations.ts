// Documents for the My Family Plan, consent, reviews and closing a case (docs/graphql-contract-plans.md).
import { gql } from '../graphql/client';
import type { IsoDate, IsoInstant, Person, Practitioner } from '../graphql/operations';

export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACTIVE';
export type SectionKind = 'FAMILY_STORY' | 'SIGNS_OF_SAFETY' | 'THREE_HOUSES' | 'ACE' | 'GOALS';
export type ActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
export type ClosureOutcome =
  | 'NEEDS_MET'
  | 'STEPPED_DOWN_TO_UNIVERSAL'
  | 'STEPPED_UP_TO_LEVEL_3'
  | 'STEPPED_UP_TO_LEVEL_4'
  | 'BECAME_LOOKED_AFTER'
  | 'FAMILY_DECLINED'
  | 'MOVED_AWAY'
  | 'OTHER';
export type AceIndicator =
  | 'PHYSICAL_ABUSE'
  | 'EMOTIONAL_ABUSE'
  | 'SEXUAL_ABUSE'
  | 'PHYSICAL_NEGLECT'
  | 'EMOTIONAL_NEGLECT'
  | 'DOMESTIC_ABUSE'
  | 'PARENTAL_SUBSTANCE_MISUSE'
  | 'PARENTAL_MENTAL_ILLNESS'
  | 'PARENTAL_SEPARATION'
  | 'HOUSEHOLD_MEMBER_IN_PRISON';

export interface QaComment {
  id: string;
  sectionKey: string | null;
  comment: string;
  madeByName: string;
  madeAt: IsoInstant;
}
export interface GoalAction {
  who: string;
  what: string;
  byWhen: IsoDate;
  status: ActionStatus;
}
export interface FamilyGoal {
  goal: string;
  actions: GoalAction[];
}
export interface PlanSection {
  key: string;
  kind: SectionKind;
  person: Person | null;
  title: string;
  required: boolean;
  saved: boolean;
  version: number;
  savedAt: IsoInstant | null;
  savedByName: string | null;
  familyStory: { story: string; language: string; interpreterNeeded: boolean } | null;
  signsOfSafety: { worries: string; workingWell: string; needsToHappen: string } | null;
  threeHouses: { worries: string; goodThings: string; dreams: string } | null;
  ace: { indicators: AceIndicator[]; count: number } | null;
  goals: FamilyGoal[] | null;
  qaComments: QaComment[];
  assignedToId: string | null;
  assignedToName: string | null;
  canEdit: boolean;
}
export interface MyFamilyPlan {
  id: string;
  status: PlanStatus;
  version: number;
  dueDate: IsoDate;
  workingDaysLeft: number;
  overdue: boolean;
  submittedAt: IsoInstant | null;
  approvedAt: IsoInstant | null;
  approvedByName: string | null;
  sections: PlanSection[];
  missingSections: string[];
  qaComments: QaComment[];
  canEdit: boolean;
  canQualityAssure: boolean;
  canAssignSections: boolean;
  assignableMembers: Practitioner[];
}
export interface Consent {
  id: string;
  givenBy: Person;
  competenceConfirmed: boolean;
  agencies: { id: string; name: string }[];
  givenOn: IsoDate;
  withdrawnOn: IsoDate | null;
  current: boolean;
}
export interface Review {
  id: string;
  kind: 'TEAM_AROUND_FAMILY' | 'MAINTENANCE';
  heldOn: IsoDate;
  attendees: string;
  teamAttendance: { userId: string; name: string; agencyName: string; attendanceLabel: string }[];
  goalProgress: string;
  familyView: string;
  childViews: { person: Person; view: string }[];
  nextReviewOn: IsoDate | null;
  nextReviewReason: string | null;
  recordedByName: string;
}
export interface PlanCase {
  id: string;
  reference: string;
  version: number;
  status: 'AWAITING_FIRST_CONTACT' | 'OPEN' | 'DECLINED' | 'MAINTENANCE' | 'CLOSED';
  familyName: string;
  myFamilyPlanDue: IsoDate;
  myFamilyPlanOverdue: boolean;
  workingDaysToMyFamilyPlan: number;
  canEditPlan: boolean;
  leadPractitioner: { displayName: string; jobTitle: string };
  leadAgency: { name: string };
  family: { members: Person[] };
  plan: MyFamilyPlan | null;
  consents: Consent[];
  reviews: Review[];
  nextReviewDue: IsoDate | null;
  reviewState: 'NOT_YET' | 'DUE_SOON' | 'OVERDUE' | null;
  closedOn: IsoDate | null;
  closureOutcome: ClosureOutcome | null;
  closureReason: string | null;
  crisisCard: { whoToCall: string; warningSigns: string } | null;
  maintenanceReviewDates: IsoDate[];
  sharingHistory: {
    alertId: string;
    kind: string;
    raisedByName: string;
    raisedByAgency: string;
    sharedWith: string;
    basis: string;
    safeguardingReason: string | null;
    sharedAt: IsoInstant;
  }[];
}

const SECTION = `key kind title required saved version savedAt savedByName
  person { id firstName lastName dateOfBirth role relationship }
  familyStory { story language interpreterNeeded } signsOfSafety { worries workingWell needsToHappen }
  threeHouses { worries goodThings dreams } ace { indicators count }
  goals { goal actions { who what byWhen status } }
  qaComments { id sectionKey comment madeByName madeAt } assignedToId assignedToName canEdit`;

const PLAN = `id status version dueDate workingDaysLeft overdue submittedAt approvedAt approvedByName missingSections canEdit canQualityAssure
  canAssignSections assignableMembers { id displayName jobTitle }
  qaComments { id sectionKey comment madeByName madeAt } sections { ${SECTION} }`;

export const PLAN_CASE = gql<{ case: PlanCase }, { id: string }>(`query PlanCase($id: ID!) { case(id: $id) {
  id reference version status familyName canEditPlan myFamilyPlanDue myFamilyPlanOverdue workingDaysToMyFamilyPlan
  leadPractitioner { displayName jobTitle } leadAgency { name }
  family { members { id firstName lastName dateOfBirth role relationship } }
  plan { ${PLAN} }
  consents { id givenBy { id firstName lastName dateOfBirth role relationship } competenceConfirmed agencies { id name } givenOn withdrawnOn current }
  reviews { id kind heldOn attendees teamAttendance { userId name agencyName attendanceLabel } goalProgress familyView nextReviewOn nextReviewReason recordedByName
    childViews { person { id firstName lastName dateOfBirth role relationship } view } }
  nextReviewDue reviewState closedOn closureOutcome closureReason crisisCard { whoToCall warningSigns } maintenanceReviewDates
  sharingHistory { alertId kind raisedByName raisedByAgency sharedWith basis safeguardingReason sharedAt }
} }`);

export const START_PLAN = gql<{ plan: MyFamilyPlan }, { caseId: string }>(
  `mutation StartPlan($caseId: ID!) { plan: startMyFamilyPlan(caseId: $caseId) { ${PLAN} } }`,
);
export const SUBMIT_PLAN = gql<{ plan: MyFamilyPlan }, { caseId: string; version: number }>(
  `mutation SubmitPlan($caseId: ID!, $version: Int!) { plan: submitMyFamilyPlan(caseId: $caseId, version: $version) { ${PLAN} } }`,
);
export const APPROVE_PLAN = gql<{ plan: MyFamilyPlan }, { caseId: string; version: number }>(
  `mutation ApprovePlan($caseId: ID!, $version: Int!) { plan: approveMyFamilyPlan(caseId: $caseId, version: $version) { ${PLAN} } }`,
);
export const RETURN_PLAN = gql<
  { plan: MyFamilyPlan },
  { input: { caseId: string; version: number; comments: { sectionKey: string | null; comment: string }[] } }
>(`mutation ReturnPlan($input: ReturnPlanInput!) { plan: returnMyFamilyPlan(input: $input) { ${PLAN} } }`);

export const ASSIGN_PLAN_SECTION = gql<{ plan: MyFamilyPlan }, { input: { caseId: string; sectionKey: string; userId: string | null } }>(
  `mutation AssignPlanSection($input: AssignPlanSectionInput!) { plan: assignPlanSection(input: $input) { ${PLAN} } }`,
);

type Save<TFields> = { input: { caseId: string; expectedVersion: number } & TFields };
export const SAVE_FAMILY_STORY = gql<{ saved: PlanSection }, Save<{ story: string; language: string; interpreterNeeded: boolean }>>(
  `mutation SaveFamilyStory($input: SaveFamilyStoryInput!) { saved: saveFamilyStory(input: $input) { ${SECTION} } }`,
);
export const SAVE_SIGNS_OF_SAFETY = gql<{ saved: PlanSection }, Save<{ worries: string; workingWell: string; needsToHappen: string }>>(
  `mutation SaveSignsOfSafety($input: SaveSignsOfSafetyInput!) { saved: saveSignsOfSafety(input: $input) { ${SECTION} } }`,
);
export const SAVE_THREE_HOUSES = gql<
  { saved: PlanSection },
  Save<{ personId: string; worries: string; goodThings: string; dreams: string }>
>(`mutation SaveThreeHouses($input: SaveThreeHousesInput!) { saved: saveThreeHouses(input: $input) { ${SECTION} } }`);
export const SAVE_ACE = gql<{ saved: PlanSection }, Save<{ personId: string; indicators: AceIndicator[] }>>(
  `mutation SaveAce($input: SaveAceInput!) { saved: saveAce(input: $input) { ${SECTION} } }`,
);
export const SAVE_GOALS = gql<{ saved: PlanSection }, Save<{ goals: FamilyGoal[] }>>(
  `mutation SaveGoals($input: SaveGoalsInput!) { saved: saveGoals(input: $input) { ${SECTION} } }`,
);

export interface SectionVersion {
  version: number;
  savedAt: IsoInstant;
  savedByName: string;
}
export const SECTION_VERSIONS = gql<{ planSectionVersions: SectionVersion[] }, { caseId: string; sectionKey: string }>(
  `query SectionVersions($caseId: ID!, $sectionKey: String!) { planSectionVersions(caseId: $caseId, sectionKey: $sectionKey) { version savedAt savedByName } }`,
);
export const SECTION_AT_VERSION = gql<{ planSectionAtVersion: PlanSection }, { caseId: string; sectionKey: string; version: number }>(
  `query SectionAtVersion($caseId: ID!, $sectionKey: String!, $version: Int!) {
    planSectionAtVersion(caseId: $caseId, sectionKey: $sectionKey, version: $version) { ${SECTION} } }`,
);

export const RECORD_CONSENT = gql<
  { recordConsent: Consent },
  { input: { caseId: string; givenByPersonId: string; competenceConfirmed: boolean; agencyIds: string[]; givenOn: IsoDate } }
>(`mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id current } }`);

export type ReviewAttendance = 'PRESENT' | 'APOLOGIES';
export const RECORD_REVIEW = gql<
  { recordReview: Review },
  {
    input: {
      caseId: string;
      heldOn: IsoDate;
      attendees: string;
      goalProgress: string;
      familyView: string;
      childViews: { personId: string; view: string }[];
      teamAttendance: { userId: string; attendance: ReviewAttendance }[];
      nextReviewOn: IsoDate | null;
      nextReviewReason: string | null;
    };
  }
>(`mutation RecordReview($input: RecordReviewInput!) { recordReview(input: $input) { id nextReviewOn } }`);

export const CLOSE_CASE = gql<
  { closeCase: { id: string; status: string } },
  {
    input: {
      caseId: string;
      version: number;
      outcome: ClosureOutcome;
      reason: string | null;
      crisisCard: { whoToCall: string; warningSigns: string } | null;
      maintenance: boolean;
    };
  }
>(`mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { id status } }`);

export const WITHDRAW_CONSENT = gql<{ withdrawConsent: { id: string } }, { consentId: string; withdrawnOn: IsoDate }>(
  `mutation WithdrawConsent($consentId: ID!, $withdrawnOn: String!) { withdrawConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) { id } }`,
);

export const REOPEN_CASE = gql<
  { reopenCase: { id: string; status: string } },
  { input: { caseId: string; version: number; reason: string } }
>(`mutation ReopenCase($input: ReopenCaseInput!) { reopenCase(input: $input) { id status } }`);
