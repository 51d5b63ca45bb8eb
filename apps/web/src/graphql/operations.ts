// Every document the web client sends, with hand-written types for its variables and result.
// The shapes follow docs/graphql-contract.md; apps/api/schema.gql is the source of truth.
import { gql, type NoVariables, type Variables } from './client';
import type { CouncilTerms } from '@eh/domain';

// ---- Enums -------------------------------------------------------------------------------------

export type Role = 'FRONT_DOOR_OFFICER' | 'FPT_MANAGER' | 'PRACTITIONER';
export type PersonRole = 'CHILD' | 'ADULT';
export type TriageDecision = 'LEVEL_2_PARTNER_LED' | 'LEVEL_3_FAMILY_CASEWORK' | 'LEVEL_4_CHILDRENS_SOCIAL_CARE' | 'NO_FURTHER_ACTION';
export type ReferralStatus = 'AWAITING_TRIAGE' | 'DECIDED';
export type FirstContactOutcome = 'CONTACTED' | 'DECLINED';
export type PersonMatchReason = 'NHS_NUMBER' | 'UNIQUE_PUPIL_NUMBER' | 'COUNCIL_PERSON_NUMBER' | 'NAME_AND_DATE_OF_BIRTH';
export type CaseStatus = 'AWAITING_FIRST_CONTACT' | 'OPEN' | 'DECLINED' | 'MAINTENANCE' | 'CLOSED';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An ISO timestamp (GraphQL `DateTime`). */
export type IsoInstant = string;

// ---- Object types ------------------------------------------------------------------------------

export interface Agency {
  id: string;
  name: string;
  agencyType: string;
}

export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  jobTitle: string;
  agency: Agency;
  isFamilyPartnershipTeam: boolean;
}

export interface Practitioner {
  id: string;
  displayName: string;
  jobTitle: string;
}

export interface Person {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  role: PersonRole;
  relationship: string;
  nhsNumber: string | null;
  uniquePupilNumber: string | null;
  councilPersonNumber: string | null;
  consistentChildIdentifier: string | null;
  version: number;
  /** On a family's record: a child's education settings, current first. */
  educationSettings?: ChildEducationSetting[];
}

export interface ChildEducationSetting {
  id: string;
  settingId: string;
  settingName: string;
  urn: string;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

export interface Family {
  id: string;
  reference: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  members: Person[];
}

export interface FamilyMatch {
  familyId: string;
  reference: string;
  postcode: string;
  matchedPeople: Person[];
  matches: { reason: PersonMatchReason; person: Person }[];
}

export interface Referral {
  reReferral: boolean;
  previousCaseId: string | null;
  id: string;
  reference: string;
  version: number;
  receivedAt: IsoInstant;
  status: ReferralStatus;
  selfReferral: boolean;
  referrerAgency: Agency | null;
  referrerName: string;
  concerns: string;
  consentGiven: boolean;
  consentNote: string | null;
  family: Family;
  decision: TriageDecision | null;
  decisionReason: string | null;
  decidedAt: IsoInstant | null;
  decidedByName: string | null;
  leadAgency: Agency | null;
  leadPractitioner: Practitioner | null;
  caseId: string | null;
  addedToCaseId: string | null;
  secondCaseReason: string | null;
  familyOpenCases: FamilyOpenCase[];
  consentOn: IsoDate | null;
  safeguardingBasis: boolean;
  familyWords: string | null;
  madeByPartner: boolean;
  /** Known families with people of the same names and dates of birth (Family Partnership Team only). */
  knownFamilyMatches: FamilyMatch[];
}

export interface FamilyOpenCase {
  id: string;
  reference: string;
  status: CaseStatus;
  leadAgency: Agency;
  leadPractitioner: Practitioner;
}

export interface CaseSummary {
  id: string;
  reference: string;
  familyName: string;
  childrenCount: number;
  status: CaseStatus;
  leadAgency: Agency;
  leadPractitioner: Practitioner;
  allocatedOn: IsoDate;
  firstContactDue: IsoDate;
  firstContactOverdue: boolean;
  myFamilyPlanDue: IsoDate;
  myFamilyPlanOverdue: boolean;
  workingDaysToMyFamilyPlan: number;
  nextReviewDue: IsoDate | null;
}

export interface CaseEvent {
  id: string;
  type: string;
  summary: string;
  actorName: string;
  occurredAt: IsoInstant;
}

export interface EarlyHelpCase extends Omit<CaseSummary, 'childrenCount'> {
  version: number;
  level: number;
  family: Family;
  firstContactOn: IsoDate | null;
  declinedReason: string | null;
  referralConcerns: string;
  /** The viewer is the lead or a named professional: they may work on the plan, bring the case to the Forum and ask for mentoring. */
  canEditPlan: boolean;
  /** Newest first. */
  chronology: CaseEvent[];
}

// ---- Input types -------------------------------------------------------------------------------

export interface PersonMatchInput {
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
}

export interface ReferralMemberInput extends PersonMatchInput {
  role: PersonRole;
  relationship: string;
  educationSettingId?: string | null;
  educationSettingStartedOn?: IsoDate | null;
}

export interface PersonIdentifiersInput {
  nhsNumber: string | null;
  uniquePupilNumber: string | null;
  councilPersonNumber: string | null;
  consistentChildIdentifier: string | null;
}

export type PersonLookupInput = PersonMatchInput & Omit<PersonIdentifiersInput, 'consistentChildIdentifier'>;
export type FrontDoorMemberInput = ReferralMemberInput & PersonIdentifiersInput;

export interface RecordReferralInput {
  existingFamilyId?: string | null;
  addressLine1: string;
  addressLine2?: string | null;
  town: string;
  postcode: string;
  members: FrontDoorMemberInput[];
  selfReferral: boolean;
  referrerAgencyId?: string | null;
  referrerName: string;
  concerns: string;
  consentGiven: boolean;
  consentNote?: string | null;
}

export interface MakeReferralInput {
  addressLine1: string;
  addressLine2?: string | null;
  town: string;
  postcode: string;
  members: ReferralMemberInput[];
  concerns: string;
  familyWords?: string | null;
  consentGiven: boolean;
  consentOn?: IsoDate | null;
  safeguardingBasis?: boolean | null;
  consentNote?: string | null;
}

export interface TriageReferralInput {
  referralId: string;
  version: number;
  decision: TriageDecision;
  reason: string;
  leadAgencyId?: string | null;
  leadPractitionerId?: string | null;
  secondCaseReason?: string | null;
}

export interface AddReferralToCaseInput {
  referralId: string;
  version: number;
  caseId: string;
  note?: string | null;
}

export interface AddAgencyInput {
  name: string;
  agencyType: string;
}

export interface RecordFirstContactInput {
  caseId: string;
  version: number;
  outcome: FirstContactOutcome;
  contactedOn: IsoDate;
  note?: string | null;
  declinedReason?: string | null;
}

// ---- Fragments ---------------------------------------------------------------------------------

// A fragment knows the fragments it spreads, so each document carries every one it needs exactly once.
interface Fragment {
  readonly source: string;
  readonly uses: readonly Fragment[];
}

function fragment(source: string, ...uses: Fragment[]): Fragment {
  return { source, uses };
}

function collect(fragments: readonly Fragment[], into: Set<string>): Set<string> {
  for (const f of fragments) {
    collect(f.uses, into);
    into.add(f.source);
  }
  return into;
}

function operation<TData, TVariables extends Variables = NoVariables>(source: string, ...fragments: Fragment[]) {
  return gql<TData, TVariables>([source, ...collect(fragments, new Set())].join('\n'));
}

const AGENCY = fragment(`fragment AgencyFields on Agency { id name agencyType }`);

const VIEWER = fragment(
  `fragment ViewerFields on Viewer {
  id displayName email role jobTitle isFamilyPartnershipTeam
  agency { ...AgencyFields }
}`,
  AGENCY,
);

const PRACTITIONER = fragment(`fragment PractitionerFields on Practitioner { id displayName jobTitle }`);

const PERSON = fragment(
  `fragment PersonFields on Person {
  id firstName lastName dateOfBirth role relationship
  nhsNumber uniquePupilNumber councilPersonNumber consistentChildIdentifier version
}`,
);

const FAMILY = fragment(
  `fragment FamilyFields on Family {
  id reference addressLine1 addressLine2 town postcode
  members { ...PersonFields educationSettings { id settingId settingName urn startedOn endedOn } }
}`,
  PERSON,
);

const REFERRAL_FIELDS = fragment(
  `fragment ReferralFields on Referral {
  id reference version receivedAt status
  selfReferral referrerAgency { ...AgencyFields } referrerName concerns
  consentGiven consentNote
  family { ...FamilyFields }
  decision decisionReason decidedAt decidedByName
  leadAgency { ...AgencyFields } leadPractitioner { ...PractitionerFields } caseId
  reReferral previousCaseId addedToCaseId secondCaseReason
  familyOpenCases { id reference status leadAgency { ...AgencyFields } leadPractitioner { ...PractitionerFields } }
  consentOn safeguardingBasis familyWords madeByPartner
  knownFamilyMatches { familyId reference postcode matchedPeople { ...PersonFields } matches { reason person { ...PersonFields } } }
}`,
  AGENCY,
  PRACTITIONER,
  FAMILY,
  PERSON,
);

const CASE_SUMMARY = fragment(
  `fragment CaseSummaryFields on CaseSummary {
  id reference familyName childrenCount status
  leadAgency { ...AgencyFields } leadPractitioner { ...PractitionerFields } allocatedOn
  firstContactDue firstContactOverdue
  myFamilyPlanDue myFamilyPlanOverdue workingDaysToMyFamilyPlan nextReviewDue
}`,
  AGENCY,
  PRACTITIONER,
);

const CASE_FIELDS = fragment(
  `fragment CaseFields on EarlyHelpCase {
  id reference version level status familyName
  family { ...FamilyFields }
  leadAgency { ...AgencyFields } leadPractitioner { ...PractitionerFields } allocatedOn
  firstContactDue firstContactOverdue firstContactOn declinedReason
  myFamilyPlanDue myFamilyPlanOverdue workingDaysToMyFamilyPlan
  referralConcerns canEditPlan
  chronology { id type summary actorName occurredAt }
}`,
  AGENCY,
  PRACTITIONER,
  FAMILY,
);

// ---- Queries -----------------------------------------------------------------------------------

export interface MeQuery {
  me: Viewer | null;
  /** The council's words for its offer (absent after sign-in replaces `me`). */
  councilTerms?: CouncilTerms;
}
export const ME = operation<MeQuery>(
  `query Me { me { ...ViewerFields } councilTerms { earlyHelp leadPractitioner familyPlan forum serviceName } }`,
  VIEWER,
);

export interface AgenciesQuery {
  agencies: Agency[];
}
export const AGENCIES = operation<AgenciesQuery>(`query Agencies { agencies { ...AgencyFields } }`, AGENCY);

export interface PractitionersQuery {
  practitioners: Practitioner[];
}
export type PractitionersVariables = { agencyId: string };
export const PRACTITIONERS = operation<PractitionersQuery, PractitionersVariables>(
  `query Practitioners($agencyId: ID!) { practitioners(agencyId: $agencyId) { ...PractitionerFields } }`,
  PRACTITIONER,
);

export interface PossibleFamilyMatchesQuery {
  possibleFamilyMatches: FamilyMatch[];
}
export type PossibleFamilyMatchesVariables = { people: PersonLookupInput[] };
export const POSSIBLE_FAMILY_MATCHES = operation<PossibleFamilyMatchesQuery, PossibleFamilyMatchesVariables>(
  `query PossibleFamilyMatches($people: [PersonLookupInput!]!) {
  possibleFamilyMatches(people: $people) {
    familyId reference postcode matchedPeople { ...PersonFields } matches { reason person { ...PersonFields } }
  }
}`,
  PERSON,
);

export interface ReferralsQuery {
  referrals: Referral[];
}
export type ReferralsVariables = { status?: ReferralStatus | null };
export const REFERRALS = operation<ReferralsQuery, ReferralsVariables>(
  `query Referrals($status: ReferralStatus) { referrals(status: $status) { ...ReferralFields } }`,
  REFERRAL_FIELDS,
);

export interface ReferralQuery {
  referral: Referral;
}
export type ReferralVariables = { id: string };
export const REFERRAL = operation<ReferralQuery, ReferralVariables>(
  `query Referral($id: ID!) { referral(id: $id) { ...ReferralFields } }`,
  REFERRAL_FIELDS,
);

export interface CaseloadQuery {
  caseload: CaseSummary[];
}
export const CASELOAD = operation<CaseloadQuery>(`query Caseload { caseload { ...CaseSummaryFields } }`, CASE_SUMMARY);

export interface CaseQuery {
  case: EarlyHelpCase;
}
export type CaseVariables = { id: string };
export const CASE = operation<CaseQuery, CaseVariables>(`query Case($id: ID!) { case(id: $id) { ...CaseFields } }`, CASE_FIELDS);

// ---- Mutations ---------------------------------------------------------------------------------

/** What a right password leads to: every account has a second factor. */
export type SignInNextStep = 'SET_UP_AUTHENTICATOR' | 'ENTER_CODE';

export interface SignInMutation {
  signIn: { next: SignInNextStep };
}
export type SignInVariables = { email: string; password: string };
export const SIGN_IN = operation<SignInMutation, SignInVariables>(
  `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { next } }`,
);

export interface MfaEnrolment {
  otpauthUri: string;
  /** An SVG data URL for an <img>. */
  qrCodeDataUrl: string;
  /** The secret in base32, in groups of four. */
  setupKey: string;
}

export interface BeginMfaEnrolmentMutation {
  beginMfaEnrolment: MfaEnrolment;
}
export const BEGIN_MFA_ENROLMENT = operation<BeginMfaEnrolmentMutation>(
  `mutation BeginMfaEnrolment { beginMfaEnrolment { otpauthUri qrCodeDataUrl setupKey } }`,
);

export type MfaCodeVariables = { code: string };

export interface ConfirmMfaEnrolmentMutation {
  confirmMfaEnrolment: { recoveryCodes: string[]; viewer: Viewer };
}
export const CONFIRM_MFA_ENROLMENT = operation<ConfirmMfaEnrolmentMutation, MfaCodeVariables>(
  `mutation ConfirmMfaEnrolment($code: String!) { confirmMfaEnrolment(code: $code) { recoveryCodes viewer { ...ViewerFields } } }`,
  VIEWER,
);

export interface VerifyMfaCodeMutation {
  verifyMfaCode: Viewer;
}
export const VERIFY_MFA_CODE = operation<VerifyMfaCodeMutation, MfaCodeVariables>(
  `mutation VerifyMfaCode($code: String!) { verifyMfaCode(code: $code) { ...ViewerFields } }`,
  VIEWER,
);

export interface SignOutMutation {
  signOut: boolean;
}
export const SIGN_OUT = operation<SignOutMutation>(`mutation SignOut { signOut }`);

export interface RecordReferralMutation {
  recordReferral: Referral;
}
export type RecordReferralVariables = { input: RecordReferralInput };
export const UPDATE_PERSON_IDENTIFIERS = operation<
  { updatePersonIdentifiers: Person },
  { input: PersonIdentifiersInput & { personId: string; version: number } }
>(
  `mutation UpdatePersonIdentifiers($input: UpdatePersonIdentifiersInput!) { updatePersonIdentifiers(input: $input) { ...PersonFields } }`,
  PERSON,
);

export const RECORD_REFERRAL = operation<RecordReferralMutation, RecordReferralVariables>(
  `mutation RecordReferral($input: RecordReferralInput!) { recordReferral(input: $input) { ...ReferralFields } }`,
  REFERRAL_FIELDS,
);

export interface MakeReferralMutation {
  makeReferral: Referral;
}
export type MakeReferralVariables = { input: MakeReferralInput };
export const MAKE_REFERRAL = operation<MakeReferralMutation, MakeReferralVariables>(
  `mutation MakeReferral($input: MakeReferralInput!) { makeReferral(input: $input) { ...ReferralFields } }`,
  REFERRAL_FIELDS,
);

export interface MyReferralsQuery {
  myReferrals: Referral[];
}
export const MY_REFERRALS = operation<MyReferralsQuery>(`query MyReferrals { myReferrals { ...ReferralFields } }`, REFERRAL_FIELDS);

export interface TriageReferralMutation {
  triageReferral: Referral;
}
export type TriageReferralVariables = { input: TriageReferralInput };
export const TRIAGE_REFERRAL = operation<TriageReferralMutation, TriageReferralVariables>(
  `mutation TriageReferral($input: TriageReferralInput!) { triageReferral(input: $input) { ...ReferralFields } }`,
  REFERRAL_FIELDS,
);

export interface AddReferralToCaseMutation {
  addReferralToCase: Referral;
}
export type AddReferralToCaseVariables = { input: AddReferralToCaseInput };
export const ADD_REFERRAL_TO_CASE = operation<AddReferralToCaseMutation, AddReferralToCaseVariables>(
  `mutation AddReferralToCase($input: AddReferralToCaseInput!) { addReferralToCase(input: $input) { ...ReferralFields } }`,
  REFERRAL_FIELDS,
);

export interface RecordFirstContactMutation {
  recordFirstContact: EarlyHelpCase;
}
export type RecordFirstContactVariables = { input: RecordFirstContactInput };
export const RECORD_FIRST_CONTACT = operation<RecordFirstContactMutation, RecordFirstContactVariables>(
  `mutation RecordFirstContact($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { ...CaseFields } }`,
  CASE_FIELDS,
);

export interface AddAgencyMutation {
  addAgency: Agency;
}
export type AddAgencyVariables = { input: AddAgencyInput };
export const ADD_AGENCY = operation<AddAgencyMutation, AddAgencyVariables>(
  `mutation AddAgency($input: AddAgencyInput!) { addAgency(input: $input) { ...AgencyFields } }`,
  AGENCY,
);
