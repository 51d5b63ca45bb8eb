/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptCaseTransferInput = {
  newLeadId: Scalars['ID']['input'];
  transferId: Scalars['ID']['input'];
};

export type AcceptStepUpInput = {
  handoverId: Scalars['ID']['input'];
  /** The family caseworker who will lead the case at level 3 */
  leadPractitionerId: Scalars['ID']['input'];
};

export type AceIndicator =
  | 'DOMESTIC_ABUSE'
  | 'EMOTIONAL_ABUSE'
  | 'EMOTIONAL_NEGLECT'
  | 'HOUSEHOLD_MEMBER_IN_PRISON'
  | 'PARENTAL_MENTAL_ILLNESS'
  | 'PARENTAL_SEPARATION'
  | 'PARENTAL_SUBSTANCE_MISUSE'
  | 'PHYSICAL_ABUSE'
  | 'PHYSICAL_NEGLECT'
  | 'SEXUAL_ABUSE';

export type AceRecord = {
  count: Scalars['Int']['output'];
  indicators: Array<AceIndicator>;
};

export type AcknowledgeEncompassInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  response: EncompassResponse;
  /** The setting’s route of the notification */
  routeId: Scalars['ID']['input'];
  /** The version read: someone else’s acknowledgement in between is a conflict */
  version: Scalars['Int']['input'];
};

export type ActionStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type AddAgencyInput = {
  /** For example School, Police, Health, Domestic abuse service */
  agencyType: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type AddAgendaItemInput = {
  caseId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  reason: AgendaReason;
  summary: Scalars['String']['input'];
};

export type AddCaseNoteInput = {
  caseId: Scalars['ID']['input'];
  kind: CaseNoteKind;
  text: Scalars['String']['input'];
};

export type AddOutcomeHeadingInput = {
  name: Scalars['String']['input'];
};

export type AddReferralToCaseInput = {
  caseId: Scalars['ID']['input'];
  /** What the lead practitioner should know about the new referral */
  note?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Agency = {
  agencyType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Agenda = {
  attendance: Array<Attendance>;
  /** The meeting is on an item the viewer may not see */
  currentItemHidden: Scalars['Boolean']['output'];
  /** The item the chair has the meeting on now (in session), if the viewer may see it */
  currentItemId: Maybe<Scalars['ID']['output']>;
  /** Only items on cases the viewer may see */
  items: Array<AgendaItem>;
  meeting: ForumMeeting;
};

export type AgendaItem = {
  actions: Array<ForumAction>;
  addedByName: Scalars['String']['output'];
  /** Whether the viewer may send a written contribution on this item now */
  canContribute: Scalars['Boolean']['output'];
  case: CaseOnePage;
  chairNote: Maybe<Scalars['String']['output']>;
  /** Written contributions: all of them for the chair, one’s own for others */
  contributions: Array<ForumContribution>;
  decision: Maybe<ForumDecision>;
  discussion: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  meetingId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  reason: AgendaReason;
  referredTo: Maybe<Scalars['String']['output']>;
  slot: Maybe<Scalars['String']['output']>;
  status: AgendaItemStatus;
  summary: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AgendaItemStatus =
  | 'ACCEPTED'
  | 'AWAITING_CHAIR'
  | 'DECLINED'
  | 'DEFERRED'
  | 'DISCUSSED'
  | 'PROPOSED';

export type AgendaReason =
  | 'CONSIDERING_ESCALATION'
  | 'CONSIDERING_STEP_DOWN'
  | 'DIFFICULTY_ENGAGING'
  | 'SEEKING_ADVICE';

export type AlertKind =
  | 'HOSPITAL_ATTENDANCE'
  | 'MISSING_EPISODE'
  | 'OTHER'
  | 'POLICE_CALL_OUT'
  | 'SCHOOL_EXCLUSION';

/** Says the alert was sent, never whether the family is known */
export type AlertReceipt = {
  id: Scalars['ID']['output'];
  raisedAt: Scalars['DateTime']['output'];
};

/** Calendar days from the referral reaching the front door to allocation: 0, 1, 2–3, 4–5, 6–10, 11–20, over 20 */
export type AllocationBand =
  | 'ELEVEN_TO_TWENTY'
  | 'FOUR_TO_FIVE'
  | 'ONE_DAY'
  | 'OVER_TWENTY'
  | 'SAME_DAY'
  | 'SIX_TO_TEN'
  | 'TWO_TO_THREE';

export type AllocationBandCountModel = {
  band: AllocationBand;
  cases: Scalars['Int']['output'];
};

export type AnswerConcernInput = {
  concernId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type AssignMentoringInput = {
  assigneeId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type AssignPlanSectionInput = {
  caseId: Scalars['ID']['input'];
  sectionKey: Scalars['String']['input'];
  /** Null: the lead writes the section */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type Attendance = {
  agency: Agency;
  attendees: Array<Scalars['String']['output']>;
};

export type AttendanceInput = {
  agencyId: Scalars['ID']['input'];
  attendees: Array<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
};

export type CaseAccess = {
  agency: Scalars['String']['output'];
  allowed: Scalars['Boolean']['output'];
  what: Scalars['String']['output'];
  when: Scalars['DateTime']['output'];
  who: Scalars['String']['output'];
};

export type CaseEvent = {
  actorName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** A note for the chronology, or an action the writer took */
export type CaseNoteKind =
  | 'ACTION_TAKEN'
  | 'NOTE';

/** What the chair and attendees see for an agenda item */
export type CaseOnePage = {
  caseId: Scalars['ID']['output'];
  familyName: Scalars['String']['output'];
  lastReviewOn: Maybe<Scalars['String']['output']>;
  leadAgency: Agency;
  leadPractitioner: Practitioner;
  level: Scalars['Int']['output'];
  myFamilyPlanDue: Scalars['String']['output'];
  nextReviewOn: Maybe<Scalars['String']['output']>;
  openActions: Scalars['Int']['output'];
  planStatus: Maybe<PlanStatus>;
  previousDiscussions: Array<PreviousDiscussion>;
  reference: Scalars['String']['output'];
  status: CaseStatus;
  stepHistory: Array<StepHistory>;
};

export type CaseStatus =
  | 'AWAITING_FIRST_CONTACT'
  | 'CLOSED'
  | 'DECLINED'
  | 'MAINTENANCE'
  | 'OPEN';

export type CaseSummary = {
  allocatedOn: Scalars['String']['output'];
  childrenCount: Scalars['Int']['output'];
  familyName: Scalars['String']['output'];
  firstContactDue: Scalars['String']['output'];
  firstContactOverdue: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  leadAgency: Agency;
  leadPractitioner: Practitioner;
  myFamilyPlanDue: Scalars['String']['output'];
  myFamilyPlanOverdue: Scalars['Boolean']['output'];
  /** While the case is open with an approved plan: the last review’s chosen date, or 6 weeks after approval */
  nextReviewDue: Maybe<Scalars['String']['output']>;
  reference: Scalars['String']['output'];
  status: CaseStatus;
  /** Negative when the My Family Plan is overdue */
  workingDaysToMyFamilyPlan: Scalars['Int']['output'];
};

/** The team around the family, as the viewer may see and change it */
export type CaseTeam = {
  /** Whether the viewer is a member (not the lead) who may leave */
  canLeave: Scalars['Boolean']['output'];
  /** Whether the viewer may invite, withdraw invitations and remove members */
  canManage: Scalars['Boolean']['output'];
  /** Agencies the family currently consents to share with (and the lead agency) */
  consentedAgencyIds: Array<Scalars['ID']['output']>;
  /** Declined and withdrawn invitations and former members, newest first */
  history: Array<TeamInvitation>;
  members: Array<TeamMember>;
  /** Invitations not yet answered */
  pendingInvitations: Array<TeamInvitation>;
};

/** A case offered to the viewer’s agency: what it needs to decide, not the case itself */
export type CaseTransferOffer = {
  /** Whether the viewer may accept or decline it */
  canDecide: Scalars['Boolean']['output'];
  /** Who in the viewer’s agency could lead the case */
  candidates: Array<Practitioner>;
  caseReference: Scalars['String']['output'];
  childrenCount: Scalars['Int']['output'];
  familyName: Scalars['String']['output'];
  fromAgencyName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  offeredAt: Scalars['DateTime']['output'];
  offeredByName: Scalars['String']['output'];
};

export type ChangeLeadPractitionerInput = {
  caseId: Scalars['ID']['input'];
  newLeadId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** A child’s time at a setting */
export type ChildEducationSetting = {
  /** Null while it is the child’s current setting */
  endedOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  settingId: Scalars['ID']['output'];
  settingName: Scalars['String']['output'];
  startedOn: Scalars['String']['output'];
  urn: Scalars['String']['output'];
};

export type ChildView = {
  person: Person;
  view: Scalars['String']['output'];
};

export type ChildViewInput = {
  personId: Scalars['ID']['input'];
  view: Scalars['String']['input'];
};

export type ClaimCondition =
  | 'LEAD_PRACTITIONER'
  | 'MINIMUM_NEEDS'
  | 'NO_RE_REFERRAL'
  | 'PLAN'
  | 'SIGNIFICANT_AND_SUSTAINED'
  | 'WHOLE_FAMILY_ASSESSMENT';

export type ClaimConditionResult = {
  condition: ClaimCondition;
  met: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
};

/** One need as the evidence pack shows it */
export type ClaimNeedEvidence = {
  description: Scalars['String']['output'];
  evidence: Scalars['String']['output'];
  evidenceAgencyName: Scalars['String']['output'];
  heading: Scalars['String']['output'];
  headingKey: Scalars['String']['output'];
  held: Maybe<Scalars['Boolean']['output']>;
  outcome: Maybe<NeedProgress>;
  outcomeEvidence: Maybe<Scalars['String']['output']>;
  sustainmentEvidence: Maybe<Scalars['String']['output']>;
  sustainmentSource: Maybe<SustainmentSource>;
};

/** The council’s claim rule (OUTCOME_CLAIM_RULE) */
export type ClaimRule = {
  everyNeedSignificantAndSustained: Scalars['Boolean']['output'];
  leadPractitioner: Scalars['Boolean']['output'];
  minimumNeeds: Scalars['Int']['output'];
  noReReferral: Scalars['Boolean']['output'];
  plan: Scalars['Boolean']['output'];
  sustainmentMonths: Scalars['Int']['output'];
  wholeFamilyAssessment: Scalars['Boolean']['output'];
};

export type CloseCaseInput = {
  caseId: Scalars['ID']['input'];
  crisisCard?: InputMaybe<CrisisCardInput>;
  /** True moves the family into maintenance instead of closing the case */
  maintenance: Scalars['Boolean']['input'];
  outcome: ClosureOutcome;
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type CloseMentoringInput = {
  requestId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ClosureOutcome =
  | 'BECAME_LOOKED_AFTER'
  | 'FAMILY_DECLINED'
  | 'MOVED_AWAY'
  | 'NEEDS_MET'
  | 'OTHER'
  | 'STEPPED_DOWN_TO_UNIVERSAL'
  | 'STEPPED_UP_TO_LEVEL_3'
  | 'STEPPED_UP_TO_LEVEL_4';

export type ConcernStatus =
  | 'ANSWERED'
  | 'ON_AGENDA'
  | 'RAISED'
  | 'URGENT_ROUTE';

export type ConcernUrgency =
  | 'NEXT_FORUM'
  | 'SAFEGUARDING_TODAY'
  | 'WITHIN_DAYS';

export type ConfirmSustainmentInput = {
  caseId: Scalars['ID']['input'];
  needs: Array<NeedSustainmentInput>;
  version: Scalars['Int']['input'];
};

export type Consent = {
  agencies: Array<Agency>;
  competenceConfirmed: Scalars['Boolean']['output'];
  current: Scalars['Boolean']['output'];
  givenBy: Person;
  givenOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  withdrawnOn: Maybe<Scalars['String']['output']>;
};

/** The words this council uses for its offer, set once in COUNCIL_TERMS */
export type CouncilTerms = {
  /** "Early Help", "Early Support" */
  earlyHelp: Scalars['String']['output'];
  /** "My Family Plan", "Early Support Assessment" */
  familyPlan: Scalars['String']['output'];
  /** "Early Help Forum" */
  forum: Scalars['String']['output'];
  /** As mid-sentence: "lead practitioner", "lead professional" */
  leadPractitioner: Scalars['String']['output'];
  /** The service’s name in headers, titles and emails */
  serviceName: Scalars['String']['output'];
};

export type CrisisCard = {
  warningSigns: Scalars['String']['output'];
  whoToCall: Scalars['String']['output'];
};

export type CrisisCardInput = {
  warningSigns: Scalars['String']['input'];
  whoToCall: Scalars['String']['input'];
};

export type CurateItemInput = {
  action: CurationAction;
  itemId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  slot?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type CurationAction =
  | 'ACCEPT'
  | 'DECLINE'
  | 'DEFER';

export type DeclineCaseTransferInput = {
  reason: Scalars['String']['input'];
  transferId: Scalars['ID']['input'];
};

export type DeclineTeamInvitationInput = {
  invitationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type Drawing = {
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  person: Person;
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  uploadedByName: Scalars['String']['output'];
};

export type DriftingCaseModel = {
  agencyName: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  daysSinceActivity: Scalars['Int']['output'];
  lastActivityOn: Scalars['String']['output'];
  leadPractitionerName: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

export type DriftingCasesModel = {
  asOf: Scalars['String']['output'];
  cases: Array<DriftingCaseModel>;
  refreshedAt: Scalars['DateTime']['output'];
};

export type DriftingFilterInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  agencyType?: InputMaybe<Scalars['String']['input']>;
  localityId?: InputMaybe<Scalars['ID']['input']>;
};

export type EarlyHelpCase = {
  allocatedOn: Scalars['String']['output'];
  /** The viewer may start the plan, save sections, record consent and reviews, and close the case */
  canEditPlan: Scalars['Boolean']['output'];
  childrenCount: Scalars['Int']['output'];
  /** Newest first */
  chronology: Array<CaseEvent>;
  closedOn: Maybe<Scalars['String']['output']>;
  closureOutcome: Maybe<ClosureOutcome>;
  closureReason: Maybe<Scalars['String']['output']>;
  /** Newest first, withdrawn consents included */
  consents: Array<Consent>;
  crisisCard: Maybe<CrisisCard>;
  declinedReason: Maybe<Scalars['String']['output']>;
  /** Children’s drawings, newest first (pictures via drawingImage) */
  drawings: Array<Drawing>;
  family: Family;
  familyName: Scalars['String']['output'];
  firstContactDue: Scalars['String']['output'];
  firstContactOn: Maybe<Scalars['String']['output']>;
  firstContactOverdue: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  leadAgency: Agency;
  leadChange: LeadChange;
  leadPractitioner: Practitioner;
  level: Scalars['Int']['output'];
  /** 1, 3, 6 and 12 months after moving into maintenance */
  maintenanceReviewDates: Array<Scalars['String']['output']>;
  /** The 1, 3, 6 and 12 month maintenance reviews, held, missed or to come */
  maintenanceReviews: Array<MaintenanceReview>;
  myFamilyPlanDue: Scalars['String']['output'];
  myFamilyPlanOverdue: Scalars['Boolean']['output'];
  /** Needs coded against the outcome framework, oldest first */
  needs: Array<PlanNeed>;
  /** While the case is open with an approved plan: the last review’s chosen date, or 6 weeks after approval */
  nextReviewDue: Maybe<Scalars['String']['output']>;
  /** Null until the plan is started */
  plan: Maybe<MyFamilyPlan>;
  reference: Scalars['String']['output'];
  referralConcerns: Scalars['String']['output'];
  /** Restricted information on the case, newest first: its existence is shown to all who see the case, its content to readers only */
  restrictedInformation: Array<RestrictedInformation>;
  /** DUE_SOON from 4 weeks after the last review; null before approval */
  reviewState: Maybe<ReviewState>;
  /** Newest first */
  reviews: Array<Review>;
  /** The family’s share and don’t-share ledger, newest first, as far as the viewer may see it (audited) */
  shareDecisions: Array<ShareDecisionRecord>;
  /** Every share of information about this family: who, with whom, when, on which basis */
  sharingHistory: Array<SharingRecord>;
  status: CaseStatus;
  /** Null until the sustainment check has come */
  sustainmentCheck: Maybe<SustainmentCheck>;
  /** The team around the family */
  team: CaseTeam;
  version: Scalars['Int']['output'];
  /** Negative when the My Family Plan is overdue */
  workingDaysToMyFamilyPlan: Scalars['Int']['output'];
};

export type EducationPhase =
  | 'ALL_THROUGH'
  | 'ALTERNATIVE_PROVISION'
  | 'COLLEGE'
  | 'EARLY_YEARS'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SPECIAL';

/** A school, college or early-years setting (no personal data about children) */
export type EducationSetting = {
  addressLine1: Scalars['String']['output'];
  addressLine2: Maybe<Scalars['String']['output']>;
  /** Its partner agency, for a setting in the council */
  agencyId: Maybe<Scalars['ID']['output']>;
  agencyName: Maybe<Scalars['String']['output']>;
  /** Days it is closed beyond weekends and bank holidays */
  closureDays: Array<Scalars['String']['output']>;
  /** A setting outside the council: who to contact */
  contactEmail: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** In the council: reached through its DSL and deputies. Outside: through its contact address */
  inCouncil: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  phase: EducationPhase;
  postcode: Scalars['String']['output'];
  safeguardingLeads: Array<SafeguardingLead>;
  /** When the school day starts, HH:MM London time */
  schoolDayStartsAt: Scalars['String']['output'];
  town: Scalars['String']['output'];
  /** The DfE unique reference number, six digits */
  urn: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type EducationSettingInput = {
  addressLine1: Scalars['String']['input'];
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  closureDays: Array<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  inCouncil: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  phase: Scalars['String']['input'];
  postcode: Scalars['String']['input'];
  /** In the council: its DSL and deputies, portal users of its agency */
  safeguardingLeads: Array<SafeguardingLeadInput>;
  /** HH:MM, 24-hour, London time */
  schoolDayStartsAt: Scalars['String']['input'];
  town: Scalars['String']['input'];
  urn: Scalars['String']['input'];
};

export type EncompassChild = {
  councilPersonNumber: Maybe<Scalars['String']['output']>;
  dateOfBirth: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  nhsNumber: Maybe<Scalars['String']['output']>;
  settingName: Maybe<Scalars['String']['output']>;
  uniquePupilNumber: Maybe<Scalars['String']['output']>;
};

export type EncompassChildInput = {
  /** The council’s own person number */
  councilPersonNumber?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** NHS number (10 digits) */
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
  /** The school the officer believes the child attends, if known: used when the portal does not know the child’s setting */
  settingId?: InputMaybe<Scalars['ID']['input']>;
  /** Unique pupil number (13 characters) */
  uniquePupilNumber?: InputMaybe<Scalars['String']['input']>;
};

export type EncompassFigures = {
  escalatedToCouncil: Scalars['Int']['output'];
  escalatedToDeputies: Scalars['Int']['output'];
  /** Median minutes from recording to acknowledgement */
  medianMinutesToAcknowledge: Maybe<Scalars['Float']['output']>;
  notifications: Scalars['Int']['output'];
  /** Routes to the council’s settings read by their DSL or a deputy before the school day started */
  readBeforeSchoolDay: ShareModel;
};

export type EncompassFiguresFor = {
  figures: EncompassFigures;
  /** A month (YYYY-MM) or a setting’s name */
  key: Scalars['String']['output'];
};

export type EncompassImpact = {
  byMonth: Array<EncompassFiguresFor>;
  bySetting: Array<EncompassFiguresFor>;
  total: EncompassFigures;
};

/** Restricted: the recording force, the settings’ DSLs and deputies, an open case’s lead */
export type EncompassNotification = {
  childCount: Scalars['Int']['output'];
  children: Array<EncompassChild>;
  id: Scalars['ID']['output'];
  incidentReference: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedByAgency: Scalars['String']['output'];
  recordedByName: Scalars['String']['output'];
  routes: Array<EncompassRoute>;
  summary: Scalars['String']['output'];
};

/** A notification in a list: no child or family details */
export type EncompassNotificationSummary = {
  childCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  incidentReference: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedByAgency: Scalars['String']['output'];
  routes: Array<EncompassRoute>;
};

/** What the school will do */
export type EncompassResponse =
  | 'CONSIDER_EARLY_HELP'
  | 'OVERT_SUPPORT'
  | 'SILENT_SUPPORT';

/** A setting the notification went to, or the council’s contact */
export type EncompassRoute = {
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  acknowledgedByName: Maybe<Scalars['String']['output']>;
  /** The viewer is this setting’s DSL or a deputy and it awaits acknowledgement */
  canAcknowledge: Scalars['Boolean']['output'];
  /** The viewer is the council’s contact (front door) and it is theirs to pass on, not yet passed on */
  canPassOn: Scalars['Boolean']['output'];
  /** The start of the setting’s next school day after it was recorded */
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When the council’s contact passed it on to the setting */
  passedOnAt: Maybe<Scalars['DateTime']['output']>;
  passedOnByName: Maybe<Scalars['String']['output']>;
  /** How it was passed on */
  passedOnNote: Maybe<Scalars['String']['output']>;
  response: Maybe<EncompassResponse>;
  responseNote: Maybe<Scalars['String']['output']>;
  /** Null: no setting known (the council’s contact passes it on) */
  settingName: Maybe<Scalars['String']['output']>;
  stage: EncompassStage;
  version: Scalars['Int']['output'];
  /** A setting outside the council, or none known: the council’s Operation Encompass contact takes it */
  withCouncilContact: Scalars['Boolean']['output'];
};

/** Where a notification stands at a setting */
export type EncompassStage =
  | 'ACKNOWLEDGED'
  | 'AWAITING'
  | 'ESCALATED_TO_COUNCIL'
  | 'ESCALATED_TO_DEPUTIES'
  | 'WITH_COUNCIL_CONTACT';

export type EscalationConcern = {
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  familyName: Scalars['String']['output'];
  /** The Forum’s decision, once its minutes are readable */
  forumDecision: Maybe<ForumDecision>;
  /** The date of the Forum it was placed on */
  forumMeetsOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** For the chair, while it waits: the scheduled meeting its urgency sends it to (the next whose agenda is open; urgency passes the cut-off) */
  proposedMeetingId: Maybe<Scalars['ID']['output']>;
  raisedAt: Scalars['DateTime']['output'];
  raisedByAgency: Scalars['String']['output'];
  raisedByName: Scalars['String']['output'];
  /** The chair’s written answer */
  response: Maybe<Scalars['String']['output']>;
  status: ConcernStatus;
  tried: Scalars['String']['output'];
  urgency: ConcernUrgency;
  version: Scalars['Int']['output'];
  worry: Scalars['String']['output'];
};

export type EscalationRoute =
  | 'FORUM'
  | 'URGENT_SAFEGUARDING';

export type EvidencePack = {
  /** Every closed family with coded needs, newest closure first */
  families: Array<FamilyClaim>;
  rule: ClaimRule;
};

export type FailedJob = {
  attemptsMade: Scalars['Int']['output'];
  failedAt: Maybe<Scalars['DateTime']['output']>;
  failedReason: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Family = {
  addressLine1: Scalars['String']['output'];
  addressLine2: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<Person>;
  postcode: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  town: Scalars['String']['output'];
};

/** A closed family with coded needs, judged against the claim rule */
export type FamilyClaim = {
  assessmentApprovedOn: Maybe<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  closedOn: Scalars['String']['output'];
  conditions: Array<ClaimConditionResult>;
  familyReference: Scalars['String']['output'];
  goalsWithActions: Scalars['Int']['output'];
  leadAgencyName: Scalars['String']['output'];
  leadAgencyType: Scalars['String']['output'];
  leadPractitionerName: Scalars['String']['output'];
  meetsRule: Scalars['Boolean']['output'];
  needs: Array<ClaimNeedEvidence>;
  reReferrals: Array<ReReferral>;
  /** The conditions not met, in words */
  reasons: Array<Scalars['String']['output']>;
  reviewsHeld: Scalars['Int']['output'];
  sustainmentConfirmedOn: Maybe<Scalars['String']['output']>;
  sustainmentDueOn: Maybe<Scalars['String']['output']>;
};

export type FamilyGoal = {
  actions: Array<GoalAction>;
  goal: Scalars['String']['output'];
};

export type FamilyGoalInput = {
  actions: Array<GoalActionInput>;
  goal: Scalars['String']['input'];
};

export type FamilyMatch = {
  familyId: Scalars['ID']['output'];
  matchedPeople: Array<Person>;
  /** Each matched person with the reason: an identifier first, then names and date of birth */
  matches: Array<PersonMatch>;
  postcode: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

/** A case the family already has, still open: what triage offers to add a new referral to */
export type FamilyOpenCase = {
  id: Scalars['ID']['output'];
  leadAgency: Agency;
  leadPractitioner: Practitioner;
  reference: Scalars['String']['output'];
  status: CaseStatus;
};

export type FamilyStory = {
  interpreterNeeded: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  story: Scalars['String']['output'];
};

export type FirstContactOutcome =
  | 'CONTACTED'
  | 'DECLINED';

export type ForumAction = {
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  description: Scalars['String']['output'];
  doneOn: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  owner: Practitioner;
};

export type ForumActionInput = {
  description: Scalars['String']['input'];
  dueOn: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
};

/** A written contribution on an agenda item from someone who cannot attend */
export type ForumContribution = {
  authorAgency: Scalars['String']['output'];
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sentAt: Scalars['DateTime']['output'];
};

export type ForumContributionInput = {
  body: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
};

export type ForumDecision =
  | 'CONTINUE_LEVEL_2'
  | 'CONTINUE_LEVEL_3'
  | 'DEFER'
  | 'REFER_FAMILY_GROUP_CONFERENCE'
  | 'REFER_OTHER_SERVICE'
  | 'STEP_DOWN_TO_PARTNER'
  | 'STEP_DOWN_UNIVERSAL'
  | 'STEP_UP_LEVEL_3'
  | 'STEP_UP_LEVEL_4';

export type ForumMeeting = {
  agendaCutoff: Scalars['String']['output'];
  agendaCutoffWorkingDays: Scalars['Int']['output'];
  /** Whether the chair may start the meeting now: it is scheduled and its day (Europe/London) has come */
  canStart: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  itemCount: Scalars['Int']['output'];
  meetsOn: Scalars['String']['output'];
  /** When the chair signed off the minutes; until then only the chair reads them */
  minutesSignedOffAt: Maybe<Scalars['DateTime']['output']>;
  onlineLink: Maybe<Scalars['String']['output']>;
  place: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  startsAt: Scalars['String']['output'];
  status: MeetingStatus;
  version: Scalars['Int']['output'];
};

export type FrontDoorMemberInput = {
  /** The consistent child identifier: not yet in use (free text until regulations name it) */
  consistentChildIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** The council’s own person number */
  councilPersonNumber?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth: Scalars['String']['input'];
  /** A child’s current education setting, from the directory */
  educationSettingId?: InputMaybe<Scalars['ID']['input']>;
  /** The date the child started at that setting */
  educationSettingStartedOn?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** NHS number (10 digits) */
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
  relationship: Scalars['String']['input'];
  role: PersonRole;
  /** Unique pupil number (13 characters) */
  uniquePupilNumber?: InputMaybe<Scalars['String']['input']>;
};

export type GoalAction = {
  byWhen: Scalars['String']['output'];
  status: ActionStatus;
  what: Scalars['String']['output'];
  who: Scalars['String']['output'];
};

export type GoalActionInput = {
  byWhen: Scalars['String']['input'];
  status: ActionStatus;
  what: Scalars['String']['input'];
  who: Scalars['String']['input'];
};

export type Handover = {
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedByName: Scalars['String']['output'];
  route: EscalationRoute;
  toTeam: ReceivingTeam;
};

export type HeadingNeedsMetModel = {
  /** The heading’s name in the council’s outcome framework */
  heading: Scalars['String']['output'];
  headingId: Scalars['ID']['output'];
  /** Closed with significant progress, of the needs */
  met: ShareModel;
  /** Needs coded against the heading in the cases closed in the period */
  needs: Scalars['Int']['output'];
  /** Retired from the framework (listed only when it has needs in the period) */
  retired: Scalars['Boolean']['output'];
  /** Of the needs met and checked, those whose progress held */
  sustained: ShareModel;
  /** Of the needs met, those whose sustainment check the former lead has answered */
  sustainmentChecked: Scalars['Int']['output'];
};

/** The impact figures for a period; definitions in docs/metrics.md */
export type ImpactFiguresModel = {
  allocated: Scalars['Int']['output'];
  /** The date the figures are computed as at */
  asOf: Scalars['String']['output'];
  averageCaseload: Maybe<Scalars['Float']['output']>;
  averageDaysOpen: Maybe<Scalars['Float']['output']>;
  /** Open cases per lead practitioner on the as-at date */
  caseload: Array<PractitionerCaseloadModel>;
  childrenInOpenCases: Scalars['Int']['output'];
  closedWithOutcomesMet: ShareModel;
  declineRate: ShareModel;
  /** Operation Encompass: notifications, reads before the school day, time to acknowledge, escalations (council team; none for partners) */
  encompass: EncompassImpact;
  escalationsToLevel4: Scalars['Int']['output'];
  firstContactOnTime: ShareModel;
  from: Scalars['String']['output'];
  /** Step-ups to level 3, step-downs from level 3 and from social care, by month, within the same agency, agency type and locality as the other figures (the council’s team only) */
  levelMovements: Array<LevelMovementCount>;
  /** Where families came from and went to, days from referral to allocation, and repeat referrals, over the cases allocated in the period, within the same filters */
  measures: ImpactMeasuresModel;
  months: Array<MonthFiguresModel>;
  myFamilyPlanOnTime: ShareModel;
  newCasesBySource: Array<SourceCountModel>;
  /** Of cases closed in the period at least 12 months before the as-at date */
  notReReferredWithin12Months: ShareModel;
  /** Of cases allocated in the period at least 12 months before the as-at date */
  notReachingLevel4Within12Months: ShareModel;
  /** Open at the end of the period */
  openCases: Scalars['Int']['output'];
  /** Practitioners with at least one open case; `caseload` lists them all for one agency, otherwise the 25 highest caseloads */
  practitionersWithCases: Scalars['Int']['output'];
  refreshedAt: Scalars['DateTime']['output'];
  /** Decisions to share or not, by month, lawful basis and reason: every agency’s for the council’s team, a partner’s own otherwise */
  shareDecisions: Array<ShareDecisionCount>;
  to: Scalars['String']['output'];
};

export type ImpactFilterInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  agencyType?: InputMaybe<Scalars['String']['input']>;
  /** First month of the period, YYYY-MM */
  from: Scalars['String']['input'];
  localityId?: InputMaybe<Scalars['ID']['input']>;
  /** Last month of the period, YYYY-MM */
  to: Scalars['String']['input'];
};

export type ImpactMeasuresModel = {
  becameLookedAfter: ShareModel;
  /** Early help cases (levels 2 and 3) allocated in the period */
  cases: Scalars['Int']['output'];
  daysToAllocation: Array<AllocationBandCountModel>;
  /** Calendar days; null with no cases */
  medianDaysToAllocation: Maybe<Scalars['Float']['output']>;
  months: Array<MonthMeasuresModel>;
  /** Needs met by heading: the needs of the cases closed in the period (not allocated), within the same filters, per heading of the outcome framework */
  needsMetByHeading: Array<HeadingNeedsMetModel>;
  previouslyOpenToSocialCare: ShareModel;
  /** Referred within 12 months of a previous case’s closure ("revolving door") */
  repeatReferralsWithin12Months: ShareModel;
  steppedDownFromFamilyCasework: ShareModel;
  steppedDownFromSocialCare: ShareModel;
  steppedUpOrLookedAfter: ShareModel;
  steppedUpToLevel3: ShareModel;
  steppedUpToLevel4: ShareModel;
};

export type Inbox = {
  notifications: Array<Notification>;
  unreadCount: Scalars['Int']['output'];
};

export type InviteToTeamInput = {
  basis: TeamMembershipBasis;
  caseId: Scalars['ID']['input'];
  inviteeId: Scalars['ID']['input'];
  lawfulBasis?: InputMaybe<LawfulBasis>;
  lawfulBasisReason?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type LawfulBasis =
  | 'LEGAL_OBLIGATION'
  | 'PUBLIC_TASK'
  | 'SAFEGUARDING'
  | 'VITAL_INTERESTS';

/** Who leads the case next: what the viewer may do about it */
export type LeadChange = {
  /** Whether the viewer may move the case to another practitioner or offer it to another agency */
  canChangeLead: Scalars['Boolean']['output'];
  /** Practitioners of the lead agency who could lead the case instead */
  candidates: Array<Practitioner>;
  openTransfer: Maybe<OpenCaseTransfer>;
};

export type LegalHold = {
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  liftedAt: Maybe<Scalars['DateTime']['output']>;
  liftedBy: Maybe<Scalars['String']['output']>;
  placedAt: Scalars['DateTime']['output'];
  placedBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type LevelMovement =
  | 'STEP_DOWN_FROM_LEVEL_3'
  | 'STEP_DOWN_FROM_SOCIAL_CARE'
  | 'STEP_UP_TO_LEVEL_3';

/** Cases moved between levels of need in a month */
export type LevelMovementCount = {
  cases: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  movement: LevelMovement;
};

export type LiftLegalHoldInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** What a live Forum page reads on a signal naming one item: that item as the agenda shows it, and where the meeting stands now */
export type LiveAgendaItem = {
  /** The meeting is on an item the viewer may not see */
  currentItemHidden: Scalars['Boolean']['output'];
  /** The item the chair has the meeting on now (in session), if the viewer may see it */
  currentItemId: Maybe<Scalars['ID']['output']>;
  /** The item asked for (null when none was asked) */
  item: Maybe<AgendaItem>;
  meeting: ForumMeeting;
};

export type LocalityModel = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Postcode districts (outward codes) whose families belong here, e.g. NF1 */
  postcodeDistricts: Array<Scalars['String']['output']>;
};

/** One of the reviews at 1, 3, 6 and 12 months after a case moved into maintenance */
export type MaintenanceReview = {
  dueOn: Scalars['String']['output'];
  months: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
  outcome: Maybe<MaintenanceReviewOutcome>;
  /** The date has passed and nothing is recorded */
  overdue: Scalars['Boolean']['output'];
  recordedByName: Maybe<Scalars['String']['output']>;
  /** Held: the date it was held. Missed: the date it was recorded as missed */
  recordedOn: Maybe<Scalars['String']['output']>;
};

export type MaintenanceReviewOutcome =
  | 'HELD'
  | 'MISSED';

export type MakeReferralInput = {
  addressLine1: Scalars['String']['input'];
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  concerns: Scalars['String']['input'];
  /** The family agreed to the referral */
  consentGiven: Scalars['Boolean']['input'];
  /** Without agreement: why (for a partner, the safeguarding concern) */
  consentNote?: InputMaybe<Scalars['String']['input']>;
  /** The date the family agreed */
  consentOn?: InputMaybe<Scalars['String']['input']>;
  /** The concerns as the family put them, where they can */
  familyWords?: InputMaybe<Scalars['String']['input']>;
  members: Array<ReferralMemberInput>;
  postcode: Scalars['String']['input'];
  /** Made without the family’s agreement on a safeguarding basis */
  safeguardingBasis?: InputMaybe<Scalars['Boolean']['input']>;
  town: Scalars['String']['input'];
};

export type ManagedUser = {
  active: Scalars['Boolean']['output'];
  agency: Agency;
  /** Whether they manage their agency’s cases (designated safeguarding lead or team manager): they change leads and decide transfers */
  agencyManager: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  /** Open cases this person leads: they must be reallocated before a move or removal */
  openCasesLed: Scalars['Int']['output'];
  role: Role;
  version: Scalars['Int']['output'];
};

export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'IN_SESSION'
  | 'MINUTES_PUBLISHED'
  | 'SCHEDULED';

export type MentoringRequest = {
  /** Working days since the request was made */
  ageWorkingDays: Scalars['Int']['output'];
  assignedTo: Maybe<Practitioner>;
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  closingSummary: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  question: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Practitioner;
  sessions: Array<MentoringSession>;
  status: MentoringStatus;
  topic: MentoringTopic;
  version: Scalars['Int']['output'];
};

export type MentoringSession = {
  advice: Scalars['String']['output'];
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nextSteps: Scalars['String']['output'];
  recordedByName: Scalars['String']['output'];
};

export type MentoringSessionInput = {
  advice: Scalars['String']['input'];
  heldOn: Scalars['String']['input'];
  nextSteps: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type MentoringStatus =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'REQUESTED';

export type MentoringTopic =
  | 'ADULT_MENTAL_HEALTH'
  | 'DOMESTIC_ABUSE'
  | 'ENGAGING_THE_FAMILY'
  | 'MY_FAMILY_PLAN_QUALITY'
  | 'OTHER'
  | 'SUBSTANCE_MISUSE';

/** An authenticator secret being set up in this session */
export type MfaEnrolment = {
  /** otpauth:// key URI, as in the QR code */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as an SVG data URL, for an <img> */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The secret in base32, in groups of four, to type in by hand */
  setupKey: Scalars['String']['output'];
};

export type MfaEnrolmentConfirmation = {
  /** Single-use recovery codes: shown this once, stored only as hashes */
  recoveryCodes: Array<Scalars['String']['output']>;
  viewer: Viewer;
};

export type MonthFiguresModel = {
  allocated: Scalars['Int']['output'];
  averageDaysOpen: Maybe<Scalars['Float']['output']>;
  childrenInOpenCases: Scalars['Int']['output'];
  closed: Scalars['Int']['output'];
  closedWithOutcomesMet: ShareModel;
  declineRate: ShareModel;
  escalationsToLevel4: Scalars['Int']['output'];
  firstContactOnTime: ShareModel;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  myFamilyPlanOnTime: ShareModel;
  newCasesBySource: Array<SourceCountModel>;
  /** Open at the end of the month */
  openCases: Scalars['Int']['output'];
};

export type MonthMeasuresModel = {
  becameLookedAfter: ShareModel;
  /** Early help cases (levels 2 and 3) allocated in the period */
  cases: Scalars['Int']['output'];
  daysToAllocation: Array<AllocationBandCountModel>;
  /** Calendar days; null with no cases */
  medianDaysToAllocation: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM, the month of allocation */
  month: Scalars['String']['output'];
  previouslyOpenToSocialCare: ShareModel;
  /** Referred within 12 months of a previous case’s closure ("revolving door") */
  repeatReferralsWithin12Months: ShareModel;
  steppedDownFromFamilyCasework: ShareModel;
  steppedDownFromSocialCare: ShareModel;
  steppedUpOrLookedAfter: ShareModel;
  steppedUpToLevel3: ShareModel;
  steppedUpToLevel4: ShareModel;
};

export type MoveMeetingInput = {
  meetingId: Scalars['ID']['input'];
  meetsOn: Scalars['String']['input'];
  place: Scalars['String']['input'];
  startsAt: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type Mutation = {
  /** Accepts a case offered to the agency, choosing its new lead practitioner */
  acceptCaseTransfer: EarlyHelpCase;
  acceptHandover: Handover;
  /** Accept a step up to Family Casework (Forum or urgent route): the case is held at level 3 by the caseworker named */
  acceptStepUp: StepUpAccepted;
  /** Accepts an invitation: the signed-in user joins the team and sees the case */
  acceptTeamInvitation: EarlyHelpCase;
  /** The setting’s DSL or a deputy acknowledges a notification with what the school will do */
  acknowledgeEncompassNotification: EncompassNotification;
  /** Add a partner agency (FPT manager) */
  addAgency: Agency;
  addAgendaItem: AgendaItem;
  /** A member of the team adds a note, or an action they took, to the chronology */
  addCaseNote: EarlyHelpCase;
  /** Add a setting to the directory (Family Partnership Team) */
  addEducationSetting: EducationSetting;
  /** Add a heading to the outcome framework */
  addOutcomeHeading: OutcomeHeading;
  /** Triage: add the referral to the family’s open case instead of opening another */
  addReferralToCase: Referral;
  /** The chair answers the concern in writing */
  answerEscalationConcern: EscalationConcern;
  /** Family Partnership Team: the plan becomes ACTIVE; reviews fall due every 6 weeks */
  approveMyFamilyPlan: MyFamilyPlan;
  assignMentoring: MentoringRequest;
  /** The lead practitioner asks a member of the team to write a section (userId null: takes it back) */
  assignPlanSection: MyFamilyPlan;
  /** Start setting up an authenticator app (first sign-in) */
  beginMfaEnrolment: MfaEnrolment;
  cancelForumMeeting: ForumMeeting;
  /** Moves the case to another practitioner in the lead agency */
  changeLeadPractitioner: EarlyHelpCase;
  closeCase: EarlyHelpCase;
  /** The chair closes the meeting: it was held; the minutes are finished and published next */
  closeForumMeeting: ForumMeeting;
  closeMentoring: MentoringRequest;
  completeForumAction: ForumAction;
  /** Finish setting up the app with its first code; signs in */
  confirmMfaEnrolment: MfaEnrolmentConfirmation;
  /** The former lead confirms, need by need, whether progress held */
  confirmSustainment: SustainmentCheck;
  curateAgendaItem: AgendaItem;
  /** Declines a case offered to the agency; it stays with its current lead */
  declineCaseTransfer: Scalars['Boolean']['output'];
  /** Declines an invitation, with a reason */
  declineTeamInvitation: Scalars['Boolean']['output'];
  /** A personal link to subscribe to the Forum dates; a new link replaces the old one */
  forumCalendarLink: Scalars['String']['output'];
  /** Invites a professional to the team around the family */
  inviteToTeam: EarlyHelpCase;
  /** The signed-in member leaves the team (they may no longer see the case) */
  leaveTeam: Scalars['Boolean']['output'];
  liftLegalHold: LegalHold;
  /** A partner practitioner or DSL refers a family to the front door for their agency */
  makeReferral: Referral;
  /** Mark one notification read, or all when no id is given */
  markNotificationsRead: Inbox;
  moveForumMeeting: ForumMeeting;
  /** Move a practitioner to another agency: ends their named-professional roles and every session (FPT manager) */
  moveUserToAgency: ManagedUser;
  /** Offers the case to another agency; the current lead keeps it until accepted */
  offerCaseTransfer: EarlyHelpCase;
  /** Offer a level 3 case down to a partner agency’s lead; it becomes level 2 when the agency accepts (on /transfers) */
  offerStepDown: EarlyHelpCase;
  /** Open a notification to read it: as the query, and keeps the first time the setting’s DSL or a deputy read it */
  openEncompassNotification: EncompassNotification;
  /** The council’s Operation Encompass contact records passing on a notification for a setting the portal cannot reach */
  passOnEncompassNotification: EncompassNotification;
  /** The chair places the concern on a Forum agenda (urgency bends the cut-off) */
  placeConcernOnAgenda: EscalationConcern;
  /** Stops the purge of a case (and its family) until lifted */
  placeLegalHold: LegalHold;
  publishAgenda: ForumMeeting;
  raiseEscalationConcern: EscalationConcern;
  raiseSharingAlert: AlertReceipt;
  recordAttendance: Agenda;
  /** Record a child’s new education setting; it ends the current one */
  recordChildSetting: Array<ChildEducationSetting>;
  recordConsent: Consent;
  /** A police officer records an Operation Encompass notification; it goes to each child’s setting (audited) */
  recordEncompassNotification: EncompassNotification;
  /** CONTACTED opens the case; DECLINED records that the family declined help, with the reason */
  recordFirstContact: EarlyHelpCase;
  recordForumDecision: AgendaItem;
  /** Record a maintenance review as held or missed */
  recordMaintenanceReview: MaintenanceReview;
  recordMentoringSession: MentoringRequest;
  /** Code a need identified in the family’s plan against the outcome framework */
  recordNeed: PlanNeed;
  /** Record the outcome of each need once the case has closed */
  recordNeedOutcomes: Array<PlanNeed>;
  /** Record progress on needs at a Team Around the Family review */
  recordNeedProgress: Array<PlanNeed>;
  /** The front door records a referral; consentNote is required when consentGiven is false */
  recordReferral: Referral;
  /** Record information more sensitive than the case; anyone who can see the case may */
  recordRestrictedInformation: RestrictedInformation;
  recordReview: Review;
  /** Record a decision not to share information about the family, or a share made outside the portal; anyone who can see the case may */
  recordShareDecision: ShareDecisionRecord;
  /** Record a step-down from children’s social care: the case opens with its history, offered to a partner agency */
  recordStepDownFromSocialCare: EarlyHelpCase;
  /** Removes a member from the team, with a reason (never the lead practitioner) */
  removeFromTeam: EarlyHelpCase;
  /** Remove a need coded in error, before anything is recorded against it */
  removeNeed: Scalars['Boolean']['output'];
  /** Remove someone from their agency (disable the account): ends their named-professional roles and every session (FPT manager) */
  removeUserFromAgency: ManagedUser;
  /** Rename a heading of the outcome framework */
  renameOutcomeHeading: OutcomeHeading;
  reopenCase: EarlyHelpCase;
  requestMentoring: MentoringRequest;
  /** Retire a heading (or bring it back); headings are never deleted */
  retireOutcomeHeading: OutcomeHeading;
  retryNotificationJob: Scalars['Boolean']['output'];
  /** Family Partnership Team: back to the lead with at least one comment */
  returnMyFamilyPlan: MyFamilyPlan;
  saveAce: PlanSection;
  saveFamilyStory: PlanSection;
  saveGoals: PlanSection;
  /** Add a locality, or change one’s name and postcode districts (FPT manager) */
  saveLocality: LocalityModel;
  saveSignsOfSafety: PlanSection;
  saveThreeHouses: PlanSection;
  scheduleForumMeetings: Array<ForumMeeting>;
  /** A written contribution on an item, before the meeting, from someone who cannot attend */
  sendForumContribution: AgendaItem;
  /** Say whether a practitioner manages their agency’s cases (FPT manager) */
  setAgencyManager: ManagedUser;
  setNotificationPreference: Array<NotificationPreference>;
  /** Check the password; the second factor comes next */
  signIn: SignInResult;
  /** The chair signs off the minutes: only then can others read them */
  signOffMinutes: ForumMeeting;
  signOut: Scalars['Boolean']['output'];
  /** The chair opens the meeting: decisions and attendance can be recorded */
  startForumMeeting: ForumMeeting;
  /** The case must be OPEN (first contact recorded) */
  startMyFamilyPlan: MyFamilyPlan;
  /** Everything held about one person, other people’s details marked for redaction */
  subjectAccessExport: SubjectAccessExport;
  submitMyFamilyPlan: MyFamilyPlan;
  /** In session, the chair takes the meeting to an item of its agenda; every attendee’s page follows */
  takeAgendaItem: Agenda;
  /** The chair takes the urgent safeguarding route: a step up to the front door */
  takeConcernUrgentRoute: EscalationConcern;
  /** Level 2 opens a case with the lead agency and practitioner; the decision goes back to the referrer */
  triageReferral: Referral;
  /** Change a setting in the directory (Family Partnership Team) */
  updateEducationSetting: EducationSetting;
  /** The front door changes a person’s identifiers on the family record (each left out is cleared); audited */
  updatePersonIdentifiers: Person;
  /** Changes one rule; CONFLICT if someone changed it since `version` */
  updateRetentionPolicy: RetentionPolicy;
  /** Add a photo or scan of a child’s three houses drawing (image, under 2 MB) */
  uploadDrawing: Drawing;
  /** Urgent safeguarding concern: straight to the front door, never held for the Forum */
  urgentStepUp: Handover;
  /** Give a code from the authenticator app, or a recovery code; signs in */
  verifyMfaCode: Viewer;
  withdrawCaseTransfer: EarlyHelpCase;
  withdrawConsent: Consent;
  /** Withdraws an invitation not yet answered */
  withdrawTeamInvitation: EarlyHelpCase;
};


export type MutationAcceptCaseTransferArgs = {
  input: AcceptCaseTransferInput;
};


export type MutationAcceptHandoverArgs = {
  handoverId: Scalars['ID']['input'];
};


export type MutationAcceptStepUpArgs = {
  input: AcceptStepUpInput;
};


export type MutationAcceptTeamInvitationArgs = {
  input: TeamInvitationVersionInput;
};


export type MutationAcknowledgeEncompassNotificationArgs = {
  input: AcknowledgeEncompassInput;
};


export type MutationAddAgencyArgs = {
  input: AddAgencyInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAddEducationSettingArgs = {
  input: EducationSettingInput;
};


export type MutationAddOutcomeHeadingArgs = {
  input: AddOutcomeHeadingInput;
};


export type MutationAddReferralToCaseArgs = {
  input: AddReferralToCaseInput;
};


export type MutationAnswerEscalationConcernArgs = {
  input: AnswerConcernInput;
};


export type MutationApproveMyFamilyPlanArgs = {
  caseId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAssignMentoringArgs = {
  input: AssignMentoringInput;
};


export type MutationAssignPlanSectionArgs = {
  input: AssignPlanSectionInput;
};


export type MutationCancelForumMeetingArgs = {
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationChangeLeadPractitionerArgs = {
  input: ChangeLeadPractitionerInput;
};


export type MutationCloseCaseArgs = {
  input: CloseCaseInput;
};


export type MutationCloseForumMeetingArgs = {
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCloseMentoringArgs = {
  input: CloseMentoringInput;
};


export type MutationCompleteForumActionArgs = {
  actionId: Scalars['ID']['input'];
};


export type MutationConfirmMfaEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationConfirmSustainmentArgs = {
  input: ConfirmSustainmentInput;
};


export type MutationCurateAgendaItemArgs = {
  input: CurateItemInput;
};


export type MutationDeclineCaseTransferArgs = {
  input: DeclineCaseTransferInput;
};


export type MutationDeclineTeamInvitationArgs = {
  input: DeclineTeamInvitationInput;
};


export type MutationInviteToTeamArgs = {
  input: InviteToTeamInput;
};


export type MutationLeaveTeamArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationLiftLegalHoldArgs = {
  input: LiftLegalHoldInput;
};


export type MutationMakeReferralArgs = {
  input: MakeReferralInput;
};


export type MutationMarkNotificationsReadArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMoveForumMeetingArgs = {
  input: MoveMeetingInput;
};


export type MutationMoveUserToAgencyArgs = {
  agencyId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationOfferCaseTransferArgs = {
  input: OfferCaseTransferInput;
};


export type MutationOfferStepDownArgs = {
  input: OfferCaseTransferInput;
};


export type MutationOpenEncompassNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPassOnEncompassNotificationArgs = {
  input: PassOnEncompassInput;
};


export type MutationPlaceConcernOnAgendaArgs = {
  input: PlaceConcernOnAgendaInput;
};


export type MutationPlaceLegalHoldArgs = {
  input: PlaceLegalHoldInput;
};


export type MutationPublishAgendaArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationRaiseEscalationConcernArgs = {
  input: RaiseEscalationConcernInput;
};


export type MutationRaiseSharingAlertArgs = {
  input: RaiseAlertInput;
};


export type MutationRecordAttendanceArgs = {
  input: AttendanceInput;
};


export type MutationRecordChildSettingArgs = {
  input: RecordChildSettingInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordEncompassNotificationArgs = {
  input: RecordEncompassNotificationInput;
};


export type MutationRecordFirstContactArgs = {
  input: RecordFirstContactInput;
};


export type MutationRecordForumDecisionArgs = {
  input: RecordDecisionInput;
};


export type MutationRecordMaintenanceReviewArgs = {
  input: RecordMaintenanceReviewInput;
};


export type MutationRecordMentoringSessionArgs = {
  input: MentoringSessionInput;
};


export type MutationRecordNeedArgs = {
  input: RecordNeedInput;
};


export type MutationRecordNeedOutcomesArgs = {
  input: RecordNeedOutcomesInput;
};


export type MutationRecordNeedProgressArgs = {
  input: RecordNeedProgressInput;
};


export type MutationRecordReferralArgs = {
  input: RecordReferralInput;
};


export type MutationRecordRestrictedInformationArgs = {
  input: RecordRestrictedInformationInput;
};


export type MutationRecordReviewArgs = {
  input: RecordReviewInput;
};


export type MutationRecordShareDecisionArgs = {
  input: RecordShareDecisionInput;
};


export type MutationRecordStepDownFromSocialCareArgs = {
  input: StepDownFromSocialCareInput;
};


export type MutationRemoveFromTeamArgs = {
  input: RemoveFromTeamInput;
};


export type MutationRemoveNeedArgs = {
  input: RemoveNeedInput;
};


export type MutationRemoveUserFromAgencyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationRenameOutcomeHeadingArgs = {
  input: RenameOutcomeHeadingInput;
};


export type MutationReopenCaseArgs = {
  input: ReopenCaseInput;
};


export type MutationRequestMentoringArgs = {
  input: RequestMentoringInput;
};


export type MutationRetireOutcomeHeadingArgs = {
  input: RetireOutcomeHeadingInput;
};


export type MutationRetryNotificationJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnMyFamilyPlanArgs = {
  input: ReturnPlanInput;
};


export type MutationSaveAceArgs = {
  input: SaveAceInput;
};


export type MutationSaveFamilyStoryArgs = {
  input: SaveFamilyStoryInput;
};


export type MutationSaveGoalsArgs = {
  input: SaveGoalsInput;
};


export type MutationSaveLocalityArgs = {
  input: SaveLocalityInput;
};


export type MutationSaveSignsOfSafetyArgs = {
  input: SaveSignsOfSafetyInput;
};


export type MutationSaveThreeHousesArgs = {
  input: SaveThreeHousesInput;
};


export type MutationScheduleForumMeetingsArgs = {
  input: ScheduleMeetingsInput;
};


export type MutationSendForumContributionArgs = {
  input: ForumContributionInput;
};


export type MutationSetAgencyManagerArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  manager: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  channel: NotificationChannel;
  kind: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignOffMinutesArgs = {
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStartForumMeetingArgs = {
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStartMyFamilyPlanArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationSubjectAccessExportArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationSubmitMyFamilyPlanArgs = {
  caseId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationTakeAgendaItemArgs = {
  input: TakeAgendaItemInput;
};


export type MutationTakeConcernUrgentRouteArgs = {
  input: TakeConcernUrgentRouteInput;
};


export type MutationTriageReferralArgs = {
  input: TriageReferralInput;
};


export type MutationUpdateEducationSettingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: EducationSettingInput;
};


export type MutationUpdatePersonIdentifiersArgs = {
  input: UpdatePersonIdentifiersInput;
};


export type MutationUpdateRetentionPolicyArgs = {
  input: UpdateRetentionPolicyInput;
};


export type MutationUploadDrawingArgs = {
  input: UploadDrawingInput;
};


export type MutationUrgentStepUpArgs = {
  input: UrgentStepUpInput;
};


export type MutationVerifyMfaCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationWithdrawCaseTransferArgs = {
  transferId: Scalars['ID']['input'];
};


export type MutationWithdrawConsentArgs = {
  consentId: Scalars['ID']['input'];
  withdrawnOn: Scalars['String']['input'];
};


export type MutationWithdrawTeamInvitationArgs = {
  input: TeamInvitationVersionInput;
};

export type MyFamilyPlan = {
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  approvedByName: Maybe<Scalars['String']['output']>;
  /** Members of the team the lead may assign sections to */
  assignableMembers: Array<Practitioner>;
  /** Whether the viewer (the lead practitioner) may assign sections to members of the team */
  canAssignSections: Scalars['Boolean']['output'];
  /** The viewer is the lead practitioner or a named professional, and the plan’s state allows changes */
  canEdit: Scalars['Boolean']['output'];
  /** The viewer is in the Family Partnership Team and the plan is SUBMITTED */
  canQualityAssure: Scalars['Boolean']['output'];
  /** 30 working days from allocation (a calendar date) */
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Titles of required sections not yet saved */
  missingSections: Array<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  /** Every comment from the latest return (some are on no section) */
  qaComments: Array<QaComment>;
  /** In task-list order: the story, Signs of Safety, each child’s houses and ACE, the goals */
  sections: Array<PlanSection>;
  status: PlanStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  workingDaysLeft: Scalars['Int']['output'];
};

export type NationalReturn = {
  from: Scalars['String']['output'];
  /** Every heading, retired ones included, for the columns */
  headings: Array<OutcomeHeading>;
  quarter: Scalars['String']['output'];
  rows: Array<NationalReturnRow>;
  to: Scalars['String']['output'];
};

/** A family claimed in the quarter (its sustainment confirmed then) */
export type NationalReturnRow = {
  caseReference: Scalars['String']['output'];
  closedOn: Scalars['String']['output'];
  familyReference: Scalars['String']['output'];
  /** The keys of the headings its needs were coded against */
  headingKeys: Array<Scalars['String']['output']>;
  leadAgencyType: Scalars['String']['output'];
  sustainmentConfirmedOn: Scalars['String']['output'];
};

/** A family member a need concerns */
export type NeedMember = {
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
};

/** Progress on a need, worst first */
export type NeedProgress =
  | 'NO_CHANGE'
  | 'SIGNIFICANT_PROGRESS'
  | 'SOME_PROGRESS'
  | 'WORSE';

/** Progress on a need at one review */
export type NeedProgressEntry = {
  evidence: Scalars['String']['output'];
  heldOn: Scalars['String']['output'];
  progress: NeedProgress;
  recordedByName: Scalars['String']['output'];
  reviewId: Scalars['ID']['output'];
};

export type NeedProgressEntryInput = {
  evidence: Scalars['String']['input'];
  needId: Scalars['ID']['input'];
  progress: NeedProgress;
};

/** Whether progress on a need held, as the former lead confirmed */
export type NeedSustainment = {
  evidence: Scalars['String']['output'];
  held: Scalars['Boolean']['output'];
  recordedOn: Scalars['String']['output'];
  source: SustainmentSource;
};

export type NeedSustainmentInput = {
  evidence: Scalars['String']['input'];
  held: Scalars['Boolean']['input'];
  needId: Scalars['ID']['input'];
  source: SustainmentSource;
};

export type NotSharingReason =
  | 'MORE_DETRIMENTAL'
  | 'OTHER';

export type Notification = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  link: Maybe<Scalars['String']['output']>;
  read: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type NotificationChannel =
  | 'DAILY_DIGEST'
  | 'EMAIL_NOW'
  | 'IN_APP';

export type NotificationPreference = {
  channel: NotificationChannel;
  description: Scalars['String']['output'];
  kind: Scalars['String']['output'];
};

export type OfferCaseTransferInput = {
  caseId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  toAgencyId: Scalars['ID']['input'];
  toPractitionerId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** An offer, not yet decided, to move the case to another agency */
export type OpenCaseTransfer = {
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  offeredAt: Scalars['DateTime']['output'];
  toAgencyName: Scalars['String']['output'];
  toPractitionerName: Maybe<Scalars['String']['output']>;
};

/** A heading of the council’s outcome framework */
export type OutcomeHeading = {
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Retired: no new need is coded against it (headings are never deleted) */
  retired: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type PassOnEncompassInput = {
  /** How it was passed on, e.g. telephoned the DSL, secure email */
  note: Scalars['String']['input'];
  /** The route with the council’s contact (a setting the portal cannot reach) */
  routeId: Scalars['ID']['input'];
  /** The version read: someone else’s change in between is a conflict */
  version: Scalars['Int']['input'];
};

export type Person = {
  /** The consistent child identifier: not yet in use */
  consistentChildIdentifier: Maybe<Scalars['String']['output']>;
  /** The council’s own person number */
  councilPersonNumber: Maybe<Scalars['String']['output']>;
  dateOfBirth: Scalars['String']['output'];
  /** A child’s education settings, current first */
  educationSettings: Array<ChildEducationSetting>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** NHS number, 10 digits without spaces */
  nhsNumber: Maybe<Scalars['String']['output']>;
  relationship: Scalars['String']['output'];
  role: PersonRole;
  /** Unique pupil number (UPN), 13 characters */
  uniquePupilNumber: Maybe<Scalars['String']['output']>;
  /** Changes when the person’s identifiers change (for conflict-safe editing) */
  version: Scalars['Int']['output'];
};

export type PersonLookupInput = {
  /** The council’s own person number */
  councilPersonNumber?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** NHS number (10 digits) */
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
  /** Unique pupil number (13 characters) */
  uniquePupilNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A known person who may be the person described, and why */
export type PersonMatch = {
  person: Person;
  reason: PersonMatchReason;
};

export type PersonMatchReason =
  | 'COUNCIL_PERSON_NUMBER'
  | 'NAME_AND_DATE_OF_BIRTH'
  | 'NHS_NUMBER'
  | 'UNIQUE_PUPIL_NUMBER';

export type PersonRole =
  | 'ADULT'
  | 'CHILD';

export type PlaceConcernOnAgendaInput = {
  concernId: Scalars['ID']['input'];
  /** The meeting; by default the next one its urgency allows */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type PlaceLegalHoldInput = {
  /** The case reference, for example C-1001 */
  caseReference: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** A need identified in the family’s plan, coded against the outcome framework */
export type PlanNeed = {
  description: Scalars['String']['output'];
  evidence: Scalars['String']['output'];
  evidenceAgencyId: Scalars['ID']['output'];
  evidenceAgencyName: Scalars['String']['output'];
  heading: OutcomeHeading;
  id: Scalars['ID']['output'];
  identifiedOn: Scalars['String']['output'];
  members: Array<NeedMember>;
  /** Recorded once the case has closed */
  outcome: Maybe<NeedProgress>;
  outcomeEvidence: Maybe<Scalars['String']['output']>;
  /** Oldest review first */
  progress: Array<NeedProgressEntry>;
  sustainment: Maybe<NeedSustainment>;
  version: Scalars['Int']['output'];
};

export type PlanSection = {
  ace: Maybe<AceRecord>;
  /** The member the lead asked to write this section; null: the lead writes it */
  assignedToId: Maybe<Scalars['ID']['output']>;
  assignedToName: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may change this section */
  canEdit: Scalars['Boolean']['output'];
  familyStory: Maybe<FamilyStory>;
  goals: Maybe<Array<FamilyGoal>>;
  /** The section in the plan: FAMILY_STORY, SIGNS_OF_SAFETY, GOALS, or THREE_HOUSES:<personId> and ACE:<personId> for each child */
  key: Scalars['String']['output'];
  kind: SectionKind;
  /** The child, for THREE_HOUSES and ACE */
  person: Maybe<Person>;
  /** Comments on this section from the latest return */
  qaComments: Array<QaComment>;
  /** Needed before the plan can be submitted (ACE is optional) */
  required: Scalars['Boolean']['output'];
  saved: Scalars['Boolean']['output'];
  savedAt: Maybe<Scalars['DateTime']['output']>;
  savedByName: Maybe<Scalars['String']['output']>;
  signsOfSafety: Maybe<SignsOfSafety>;
  threeHouses: Maybe<ThreeHouses>;
  /** As shown in the task list, e.g. “The family’s story”, “Mia’s three houses” */
  title: Scalars['String']['output'];
  /** 0 when never saved; sent back as expectedVersion when saving (CONFLICT when stale) */
  version: Scalars['Int']['output'];
};

export type PlanStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type Practitioner = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
};

export type PractitionerCaseloadModel = {
  agencyName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  openCases: Scalars['Int']['output'];
  practitionerId: Scalars['ID']['output'];
};

export type PreviousDiscussion = {
  decision: Maybe<ForumDecision>;
  discussion: Maybe<Scalars['String']['output']>;
  meetsOn: Scalars['String']['output'];
};

export type QaComment = {
  comment: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  madeAt: Scalars['DateTime']['output'];
  madeByName: Scalars['String']['output'];
  sectionKey: Maybe<Scalars['String']['output']>;
};

export type QaCommentInput = {
  comment: Scalars['String']['input'];
  sectionKey?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  agencies: Array<Agency>;
  agenda: Agenda;
  /** NOT_FOUND when it does not exist or the viewer may not see it (indistinguishable) */
  case: EarlyHelpCase;
  /** Who opened the case, newest first (last 200) */
  caseAccessLog: Array<CaseAccess>;
  /** Cases other agencies have offered to the signed-in user’s agency */
  caseTransferOffers: Array<CaseTransferOffer>;
  /** Open cases the signed-in user may see, soonest deadline first */
  caseload: Array<CaseSummary>;
  councilTerms: CouncilTerms;
  /** The drawing as a data: URL, for people who may read the case */
  drawingImage: Scalars['String']['output'];
  /** Open cases with nothing recorded for 8 weeks; each listing is audited */
  driftingCases: DriftingCasesModel;
  educationSetting: EducationSetting;
  /** The directory of schools, colleges and early-years settings */
  educationSettings: Array<EducationSetting>;
  /** One notification, for its readers only; every read audited */
  encompassNotification: EncompassNotification;
  /** The Operation Encompass notifications the viewer may read, newest first, with their status (audited) */
  encompassNotifications: Array<EncompassNotificationSummary>;
  /** Concerns waiting for the Forum chair */
  escalationConcernsAwaitingChair: Array<EscalationConcern>;
  /** Every closed family with coded needs, judged by the claim rule; audited */
  evidencePack: EvidencePack;
  failedNotificationJobs: Array<FailedJob>;
  /** The Family Casework Team’s caseworkers, who lead level 3 cases */
  familyCaseworkers: Array<Practitioner>;
  /** The Family Partnership Team: who can take mentoring requests */
  familyPartnershipTeam: Array<Practitioner>;
  /** Forum meetings from a date (default today), soonest first */
  forumMeetings: Array<ForumMeeting>;
  /** The Family Partnership Team: any agency, agency type or locality. Partners: their own agency only. */
  impactFigures: ImpactFiguresModel;
  inbox: Inbox;
  legalHolds: Array<LegalHold>;
  /** One item of a meeting’s agenda (NOT_FOUND unless it is on it and the viewer may see its case) and where the meeting stands: what a live page reads on a signal naming the item */
  liveAgendaItem: LiveAgendaItem;
  /** The council’s localities */
  localities: Array<LocalityModel>;
  /** The signed-in user, or null when signed out */
  me: Maybe<Viewer>;
  /** FPT: every request. Partners: requests on cases they may read. */
  mentoringRequests: Array<MentoringRequest>;
  /** Discussed items only, limited to the cases the viewer may read */
  minutes: Agenda;
  myActions: Array<ForumAction>;
  /** The concerns I raised, newest first, with what the chair decided */
  myEscalationConcerns: Array<EscalationConcern>;
  /** Referrals the signed-in partner made, newest first, with their progress and decision */
  myReferrals: Array<Referral>;
  /** The families claimed in a quarter, for the national return; audited */
  nationalReturn: NationalReturn;
  notificationPreferences: Array<NotificationPreference>;
  /** Step-up handovers waiting for the receiving team */
  openHandovers: Array<Handover>;
  /** The council’s outcome framework, in order */
  outcomeHeadings: Array<OutcomeHeading>;
  /** People with an active account, by agency (FPT manager) */
  people: Array<ManagedUser>;
  planSectionAtVersion: PlanSection;
  /** Every saved version of a plan section, newest first */
  planSectionVersions: Array<SectionVersion>;
  /** Existing families with the same people: by NHS number, UPN or council person number first, then name and date of birth */
  possibleFamilyMatches: Array<FamilyMatch>;
  /** Practitioners who can lead a case for an agency */
  practitioners: Array<Practitioner>;
  /** Practitioners of a partner agency who could be invited to the case’s team */
  practitionersToInvite: Array<Practitioner>;
  /** Practitioners of a partner agency a case could be offered to (agency managers and the FPT manager) */
  practitionersToOfferTo: Array<Practitioner>;
  /** NOT_FOUND when it does not exist or the viewer may not see it (indistinguishable) */
  referral: Referral;
  /** FPT: every referral. Partners: referrals their agency made or leads. */
  referrals: Array<Referral>;
  /** The council’s retention schedule, one rule per kind of record */
  retentionPolicies: Array<RetentionPolicy>;
  /** Records past their retention date: due for the purge, or held */
  retentionReview: Array<RetentionReviewItem>;
  /** Alerts shared with the viewer’s agency, and those the viewer raised */
  sharingAlerts: Array<SharingAlert>;
  /** Find the person a subject access request is about (audited) */
  subjectAccessPeople: Array<SubjectAccessPerson>;
  /** Closed families whose progress the signed-in former lead is asked to confirm */
  sustainmentChecksForMe: Array<SustainmentCheck>;
  /** Invitations to join a team around a family, waiting for the signed-in user */
  teamInvitations: Array<TeamInvitationForMe>;
};


export type QueryAgendaArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseAccessLogArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryDrawingImageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDriftingCasesArgs = {
  filter?: InputMaybe<DriftingFilterInput>;
};


export type QueryEducationSettingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEncompassNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryForumMeetingsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImpactFiguresArgs = {
  filter: ImpactFilterInput;
};


export type QueryLegalHoldsArgs = {
  includeLifted?: Scalars['Boolean']['input'];
};


export type QueryLiveAgendaItemArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
};


export type QueryMentoringRequestsArgs = {
  includeClosed?: Scalars['Boolean']['input'];
};


export type QueryMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryNationalReturnArgs = {
  quarter: Scalars['String']['input'];
};


export type QueryOutcomeHeadingsArgs = {
  includeRetired?: Scalars['Boolean']['input'];
};


export type QueryPlanSectionAtVersionArgs = {
  caseId: Scalars['ID']['input'];
  sectionKey: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type QueryPlanSectionVersionsArgs = {
  caseId: Scalars['ID']['input'];
  sectionKey: Scalars['String']['input'];
};


export type QueryPossibleFamilyMatchesArgs = {
  people: Array<PersonLookupInput>;
};


export type QueryPractitionersArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryPractitionersToInviteArgs = {
  agencyId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
};


export type QueryPractitionersToOfferToArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  status?: InputMaybe<ReferralStatus>;
};


export type QuerySubjectAccessPeopleArgs = {
  input: SubjectAccessSearchInput;
};

export type RaiseAlertInput = {
  dateOfBirth: Scalars['String']['input'];
  extraAgencyIds?: Array<Scalars['ID']['input']>;
  firstName: Scalars['String']['input'];
  kind: AlertKind;
  lastName: Scalars['String']['input'];
  safeguardingReason?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  urgent: Scalars['Boolean']['input'];
};

export type RaiseEscalationConcernInput = {
  caseId: Scalars['ID']['input'];
  tried: Scalars['String']['input'];
  urgency: ConcernUrgency;
  worry: Scalars['String']['input'];
};

/** A referral for the family received after the case closed, found by the portal */
export type ReReferral = {
  foundOn: Scalars['String']['output'];
  receivedOn: Scalars['String']['output'];
};

export type ReceivingTeam =
  | 'CHILDRENS_SOCIAL_CARE'
  | 'FAMILY_CASEWORK';

export type RecordChildSettingInput = {
  caseId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  settingId: Scalars['ID']['input'];
  /** The date the child started there, YYYY-MM-DD */
  startedOn: Scalars['String']['input'];
};

export type RecordConsentInput = {
  agencyIds: Array<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  competenceConfirmed: Scalars['Boolean']['input'];
  givenByPersonId: Scalars['ID']['input'];
  givenOn: Scalars['String']['input'];
};

export type RecordDecisionInput = {
  actions: Array<ForumActionInput>;
  decision: ForumDecision;
  discussion: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  /** The service referred to, for REFER_OTHER_SERVICE */
  referredTo?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type RecordEncompassNotificationInput = {
  /** The children present or affected */
  children: Array<EncompassChildInput>;
  incidentReference: Scalars['String']['input'];
  /** When the incident happened */
  occurredAt: Scalars['DateTime']['input'];
  /** A short factual summary */
  summary: Scalars['String']['input'];
};

export type RecordFirstContactInput = {
  caseId: Scalars['ID']['input'];
  contactedOn: Scalars['String']['input'];
  /** Required when the outcome is DECLINED */
  declinedReason?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: FirstContactOutcome;
  version: Scalars['Int']['input'];
};

export type RecordMaintenanceReviewInput = {
  caseId: Scalars['ID']['input'];
  /** The review’s date (one of the 1, 3, 6 and 12 month dates) */
  dueOn: Scalars['String']['input'];
  note: Scalars['String']['input'];
  outcome: MaintenanceReviewOutcome;
  recordedOn: Scalars['String']['input'];
};

export type RecordNeedInput = {
  caseId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  evidence: Scalars['String']['input'];
  evidenceAgencyId: Scalars['ID']['input'];
  headingId: Scalars['ID']['input'];
  identifiedOn: Scalars['String']['input'];
  /** The family members the need concerns */
  personIds: Array<Scalars['ID']['input']>;
};

export type RecordNeedOutcomesInput = {
  caseId: Scalars['ID']['input'];
  /** The outcome of each need at closure */
  entries: Array<NeedProgressEntryInput>;
};

export type RecordNeedProgressInput = {
  caseId: Scalars['ID']['input'];
  entries: Array<NeedProgressEntryInput>;
  reviewId: Scalars['ID']['input'];
};

export type RecordReferralInput = {
  addressLine1: Scalars['String']['input'];
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  concerns: Scalars['String']['input'];
  /** The family agreed to the referral */
  consentGiven: Scalars['Boolean']['input'];
  /** Without agreement: why (for a partner, the safeguarding concern) */
  consentNote?: InputMaybe<Scalars['String']['input']>;
  /** A family chosen from possibleFamilyMatches; new members are added to it */
  existingFamilyId?: InputMaybe<Scalars['ID']['input']>;
  members: Array<FrontDoorMemberInput>;
  postcode: Scalars['String']['input'];
  /** Required unless selfReferral */
  referrerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  referrerName: Scalars['String']['input'];
  selfReferral: Scalars['Boolean']['input'];
  town: Scalars['String']['input'];
};

export type RecordRestrictedInformationInput = {
  caseId: Scalars['ID']['input'];
  category: RestrictedInformationCategory;
  content: Scalars['String']['input'];
  /** The lawful basis for letting people outside the agency read it: required when sharing with anyone (the share and don’t-share ledger) */
  lawfulBasis?: InputMaybe<ShareLawfulBasis>;
  /** People outside the recording agency who may read it, e.g. the lead practitioner */
  shareWithUserIds: Array<Scalars['ID']['input']>;
};

export type RecordReviewInput = {
  attendees: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  childViews: Array<ChildViewInput>;
  familyView: Scalars['String']['input'];
  goalProgress: Scalars['String']['input'];
  heldOn: Scalars['String']['input'];
  /** Defaults to 6 weeks after heldOn */
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  /** Required when the next review is not 4 to 6 weeks after this one */
  nextReviewReason?: InputMaybe<Scalars['String']['input']>;
  /** Members of the team around the family: present, or absent with apologies */
  teamAttendance?: InputMaybe<Array<ReviewAttendanceInput>>;
};

/** A decision not to share, or a share made outside the portal (e.g. by phone) */
export type RecordShareDecisionInput = {
  caseId: Scalars['ID']['input'];
  /** The child it was about, where it was about one */
  childId?: InputMaybe<Scalars['ID']['input']>;
  decision: ShareDecision;
  lawfulBasis: ShareLawfulBasis;
  reason?: InputMaybe<NotSharingReason>;
  reasonText?: InputMaybe<Scalars['String']['input']>;
  sharedWithAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Who it was shared with (or not), when not an agency in the portal */
  sharedWithOther?: InputMaybe<Scalars['String']['input']>;
  whatShared: Scalars['String']['input'];
};

export type Referral = {
  /** Set when triage added the referral to the family’s open case */
  addedToCaseId: Maybe<Scalars['ID']['output']>;
  /** The case opened for this referral, or the open case it was added to */
  caseId: Maybe<Scalars['ID']['output']>;
  concerns: Scalars['String']['output'];
  consentGiven: Scalars['Boolean']['output'];
  consentNote: Maybe<Scalars['String']['output']>;
  /** The date the family agreed to the referral (partners’ referrals) */
  consentOn: Maybe<Scalars['String']['output']>;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedByName: Maybe<Scalars['String']['output']>;
  decision: Maybe<TriageDecision>;
  decisionReason: Maybe<Scalars['String']['output']>;
  family: Family;
  /** The family’s cases still open (Family Partnership Team only; empty for others) */
  familyOpenCases: Array<FamilyOpenCase>;
  /** The concerns in the family’s own words */
  familyWords: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Known families with people of the same names and dates of birth (Family Partnership Team only; empty for others) */
  knownFamilyMatches: Array<FamilyMatch>;
  leadAgency: Maybe<Agency>;
  leadPractitioner: Maybe<Practitioner>;
  /** Made in the portal by a partner practitioner */
  madeByPartner: Scalars['Boolean']['output'];
  previousCaseId: Maybe<Scalars['ID']['output']>;
  /** The family had a case closed in the 12 months before this referral */
  reReferral: Scalars['Boolean']['output'];
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  referrerAgency: Maybe<Agency>;
  referrerName: Scalars['String']['output'];
  /** Made without the family’s agreement on a safeguarding basis (the reason is the consent note) */
  safeguardingBasis: Scalars['Boolean']['output'];
  /** Why a second case was opened beside the family’s open one */
  secondCaseReason: Maybe<Scalars['String']['output']>;
  selfReferral: Scalars['Boolean']['output'];
  status: ReferralStatus;
  version: Scalars['Int']['output'];
};

export type ReferralMemberInput = {
  dateOfBirth: Scalars['String']['input'];
  /** A child’s current education setting, from the directory */
  educationSettingId?: InputMaybe<Scalars['ID']['input']>;
  /** The date the child started at that setting */
  educationSettingStartedOn?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  relationship: Scalars['String']['input'];
  role: PersonRole;
};

/** Who referred: the referrer’s agency type, grouped */
export type ReferralSource =
  | 'EDUCATION'
  | 'HEALTH'
  | 'OTHER'
  | 'POLICE'
  | 'SELF';

export type ReferralStatus =
  | 'AWAITING_TRIAGE'
  | 'DECIDED';

export type RemoveFromTeamInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type RemoveNeedInput = {
  needId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RenameOutcomeHeadingInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ReopenCaseInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type RequestMentoringInput = {
  caseId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
  topic: MentoringTopic;
};

export type RestrictedInformation = {
  /** The viewer may read the content */
  canRead: Scalars['Boolean']['output'];
  category: RestrictedInformationCategory;
  /** Null unless the viewer may read it; every request is audited */
  content: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Null unless the viewer may read the content */
  recordedBy: Maybe<Practitioner>;
  /** The agency that holds it: the one to ask */
  recordedByAgency: Agency;
  /** Empty unless the viewer may read the content */
  sharedWith: Array<Practitioner>;
};

export type RestrictedInformationCategory =
  | 'HEALTH_NOTE'
  | 'POLICE_INTELLIGENCE'
  | 'VICTIM_ADDRESS';

export type RetentionPolicy = {
  /** An age in years, a number of years or a number of days, by rule */
  period: Scalars['Int']['output'];
  recordType: RetentionRecordType;
  rule: RetentionRule;
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed it; null for the defaults */
  updatedBy: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type RetentionRecordType =
  | 'CLOSED_CASE'
  | 'ENCOMPASS_UNMATCHED'
  | 'NFA_REFERRAL'
  | 'NOTIFICATION'
  | 'REFERRAL_PASSED_ON'
  | 'SESSION';

export type RetentionReviewItem = {
  dueOn: Maybe<Scalars['String']['output']>;
  /** CASE or REFERRAL */
  entityType: Scalars['String']['output'];
  /** Another case for the family is open, or a referral awaits triage */
  familyActive: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  legalHold: Scalars['Boolean']['output'];
  recordType: RetentionRecordType;
  reference: Scalars['String']['output'];
  state: RetentionState;
};

export type RetentionRule =
  | 'DAYS_AFTER_END'
  | 'UNTIL_YOUNGEST_CHILD_AGE'
  | 'YEARS_AFTER_END';

export type RetentionState =
  | 'DUE'
  | 'HELD'
  | 'KEPT'
  | 'LIVE';

export type RetireOutcomeHeadingInput = {
  id: Scalars['ID']['input'];
  /** True to retire, false to bring back */
  retired: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};

export type ReturnPlanInput = {
  caseId: Scalars['ID']['input'];
  comments: Array<QaCommentInput>;
  version: Scalars['Int']['input'];
};

export type Review = {
  attendees: Scalars['String']['output'];
  childViews: Array<ChildView>;
  familyView: Scalars['String']['output'];
  goalProgress: Scalars['String']['output'];
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ReviewKind;
  nextReviewOn: Maybe<Scalars['String']['output']>;
  /** Why the next review is not 4 to 6 weeks after this one */
  nextReviewReason: Maybe<Scalars['String']['output']>;
  recordedByName: Scalars['String']['output'];
  /** Members of the team: present, or absent with apologies */
  teamAttendance: Array<ReviewAttendee>;
};

/** Present at the meeting, or absent with apologies */
export type ReviewAttendance =
  | 'APOLOGIES'
  | 'PRESENT';

export type ReviewAttendanceInput = {
  attendance: ReviewAttendance;
  userId: Scalars['ID']['input'];
};

/** A member of the team around the family at a review: present or sent apologies */
export type ReviewAttendee = {
  agencyName: Scalars['String']['output'];
  attendance: ReviewAttendance;
  /** In plain words */
  attendanceLabel: Scalars['String']['output'];
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type ReviewKind =
  | 'MAINTENANCE'
  | 'TEAM_AROUND_FAMILY';

export type ReviewState =
  | 'DUE_SOON'
  | 'NOT_YET'
  | 'OVERDUE';

export type Role =
  | 'FPT_MANAGER'
  | 'FRONT_DOOR_OFFICER'
  | 'PRACTITIONER';

export type SafeguardingLead = {
  displayName: Scalars['String']['output'];
  jobTitle: Scalars['String']['output'];
  role: SafeguardingRole;
  userId: Scalars['ID']['output'];
};

export type SafeguardingLeadInput = {
  role: SafeguardingRole;
  userId: Scalars['ID']['input'];
};

/** Designated safeguarding lead, or one of its deputies */
export type SafeguardingRole =
  | 'DEPUTY_DSL'
  | 'DSL';

export type SaveAceInput = {
  caseId: Scalars['ID']['input'];
  /** The section version the edit started from (0 for a first save) */
  expectedVersion: Scalars['Int']['input'];
  indicators: Array<AceIndicator>;
  personId: Scalars['ID']['input'];
};

export type SaveFamilyStoryInput = {
  caseId: Scalars['ID']['input'];
  /** The section version the edit started from (0 for a first save) */
  expectedVersion: Scalars['Int']['input'];
  interpreterNeeded: Scalars['Boolean']['input'];
  language: Scalars['String']['input'];
  story: Scalars['String']['input'];
};

export type SaveGoalsInput = {
  caseId: Scalars['ID']['input'];
  /** The section version the edit started from (0 for a first save) */
  expectedVersion: Scalars['Int']['input'];
  goals: Array<FamilyGoalInput>;
};

export type SaveLocalityInput = {
  /** Leave out to add a locality */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  postcodeDistricts: Array<Scalars['String']['input']>;
};

export type SaveSignsOfSafetyInput = {
  caseId: Scalars['ID']['input'];
  /** The section version the edit started from (0 for a first save) */
  expectedVersion: Scalars['Int']['input'];
  needsToHappen: Scalars['String']['input'];
  workingWell: Scalars['String']['input'];
  worries: Scalars['String']['input'];
};

export type SaveThreeHousesInput = {
  caseId: Scalars['ID']['input'];
  dreams: Scalars['String']['input'];
  /** The section version the edit started from (0 for a first save) */
  expectedVersion: Scalars['Int']['input'];
  goodThings: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  worries: Scalars['String']['input'];
};

export type ScheduleMeetingsInput = {
  agendaCutoffWorkingDays?: Scalars['Int']['input'];
  /** How many fortnightly meetings to add */
  count: Scalars['Int']['input'];
  firstMeetsOn: Scalars['String']['input'];
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  startsAt: Scalars['String']['input'];
};

export type SectionKind =
  | 'ACE'
  | 'FAMILY_STORY'
  | 'GOALS'
  | 'SIGNS_OF_SAFETY'
  | 'THREE_HOUSES';

export type SectionVersion = {
  savedAt: Scalars['DateTime']['output'];
  savedByName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ShareDecision =
  | 'NOT_SHARE'
  | 'SHARE';

/** Decisions in a month by decision, lawful basis and (not sharing) reason */
export type ShareDecisionCount = {
  decision: ShareDecision;
  decisions: Scalars['Int']['output'];
  lawfulBasis: ShareLawfulBasis;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  reason: Maybe<NotSharingReason>;
};

/** One decision to share information about a child, or not to */
export type ShareDecisionRecord = {
  childName: Maybe<Scalars['String']['output']>;
  decidedAt: Scalars['DateTime']['output'];
  decidedByAgency: Scalars['String']['output'];
  decidedByName: Scalars['String']['output'];
  decision: ShareDecision;
  id: Scalars['ID']['output'];
  lawfulBasis: ShareLawfulBasis;
  /** Only for a decision not to share */
  reason: Maybe<NotSharingReason>;
  reasonText: Maybe<Scalars['String']['output']>;
  /** The agency, or who it was in words */
  sharedWith: Scalars['String']['output'];
  source: ShareDecisionSource;
  whatShared: Scalars['String']['output'];
};

/** Which share the decision records */
export type ShareDecisionSource =
  | 'OPERATION_ENCOMPASS'
  | 'RECORDED'
  | 'RESTRICTED_INFORMATION'
  | 'SHARING_ALERT'
  | 'SUBJECT_ACCESS'
  | 'TEAM_INVITATION';

/** CONSENT; DUTY_TO_SHARE (s16LA Children Act 2004); OPERATION_ENCOMPASS (s49A Domestic Abuse Act 2021); SAFEGUARDING (DPA 2018 Sch 1 para 18); PUBLIC_TASK */
export type ShareLawfulBasis =
  | 'CONSENT'
  | 'DUTY_TO_SHARE'
  | 'OPERATION_ENCOMPASS'
  | 'PUBLIC_TASK'
  | 'SAFEGUARDING';

export type ShareModel = {
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** Null when there is nothing to measure ("no data") */
  percent: Maybe<Scalars['Float']['output']>;
};

export type SharingAlert = {
  /** Why the viewer’s agency received it */
  basis: Maybe<SharingBasis>;
  /** Only for viewers who may open the case */
  caseId: Maybe<Scalars['ID']['output']>;
  caseReference: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AlertKind;
  raisedAt: Scalars['DateTime']['output'];
  raisedByAgency: Scalars['String']['output'];
  raisedByName: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  urgent: Scalars['Boolean']['output'];
};

export type SharingBasis =
  | 'CONSENT'
  | 'FRONT_DOOR'
  | 'LEAD_AGENCY'
  | 'SAFEGUARDING';

export type SharingRecord = {
  alertId: Scalars['ID']['output'];
  basis: SharingBasis;
  kind: AlertKind;
  raisedByAgency: Scalars['String']['output'];
  raisedByName: Scalars['String']['output'];
  safeguardingReason: Maybe<Scalars['String']['output']>;
  sharedAt: Scalars['DateTime']['output'];
  sharedWith: Scalars['String']['output'];
};

/** What a right password leads to: every account needs a second factor */
export type SignInNextStep =
  | 'ENTER_CODE'
  | 'SET_UP_AUTHENTICATOR';

/** The password was right; the session waits for the second factor */
export type SignInResult = {
  next: SignInNextStep;
};

export type SignsOfSafety = {
  needsToHappen: Scalars['String']['output'];
  workingWell: Scalars['String']['output'];
  worries: Scalars['String']['output'];
};

export type SourceCountModel = {
  cases: Scalars['Int']['output'];
  source: ReferralSource;
};

export type StepDownFromSocialCareInput = {
  addressLine1: Scalars['String']['input'];
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  concerns: Scalars['String']['input'];
  /** The family agreed to the referral */
  consentGiven: Scalars['Boolean']['input'];
  /** Without agreement: why (for a partner, the safeguarding concern) */
  consentNote?: InputMaybe<Scalars['String']['input']>;
  /** What children’s social care did and why the case steps down */
  historySummary: Scalars['String']['input'];
  members: Array<ReferralMemberInput>;
  note: Scalars['String']['input'];
  postcode: Scalars['String']['input'];
  toAgencyId: Scalars['ID']['input'];
  toPractitionerId?: InputMaybe<Scalars['ID']['input']>;
  town: Scalars['String']['input'];
};

export type StepHistory = {
  on: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

/** A case now held at level 3 by the Family Casework Team */
export type StepUpAccepted = {
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  leadAgencyName: Scalars['String']['output'];
  leadPractitioner: Practitioner;
  level: Scalars['Int']['output'];
};

export type SubjectAccessExport = {
  /** A file name without personal data, e.g. subject-access-F-1001-2026-11-18.html */
  fileName: Scalars['String']['output'];
  /** A self-contained, print-friendly HTML document */
  html: Scalars['String']['output'];
  /** The same content as structured JSON */
  json: Scalars['String']['output'];
  /** How many passages are marked for the officer to consider redacting */
  redactionMarks: Scalars['Int']['output'];
};

export type SubjectAccessPerson = {
  dateOfBirth: Scalars['String']['output'];
  familyReference: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type SubjectAccessSearchInput = {
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
};

/** The check, a set time after closure, that progress held */
export type SustainmentCheck = {
  askedOn: Scalars['String']['output'];
  /** The viewer is the former lead who is asked to confirm */
  canConfirm: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  confirmedOn: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['String']['output'];
  reReferrals: Array<ReReferral>;
  version: Scalars['Int']['output'];
};

/** Where the former lead found whether progress held */
export type SustainmentSource =
  | 'CHILDRENS_SOCIAL_CARE'
  | 'FAMILY'
  | 'HEALTH'
  | 'HOUSING'
  | 'OTHER'
  | 'POLICE'
  | 'SCHOOL_ATTENDANCE';

export type TakeAgendaItemInput = {
  /** The item to discuss now; null: none (between items) */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type TakeConcernUrgentRouteInput = {
  concernId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toTeam: ReceivingTeam;
  version: Scalars['Int']['input'];
};

/** An invitation to the case’s team, and what became of it */
export type TeamInvitation = {
  agencyName: Scalars['String']['output'];
  basisLabel: Scalars['String']['output'];
  /** When they left or were removed */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  invitedByName: Scalars['String']['output'];
  inviteeId: Scalars['ID']['output'];
  inviteeName: Scalars['String']['output'];
  /** The lawful basis’s reason, when there is one */
  lawfulBasisReason: Maybe<Scalars['String']['output']>;
  /** Why they declined, or were removed */
  reason: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  status: TeamInvitationStatus;
  /** The status in plain words */
  statusLabel: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** An invitation to the signed-in user: what they need to decide, not the case */
export type TeamInvitationForMe = {
  basisLabel: Scalars['String']['output'];
  caseReference: Scalars['String']['output'];
  /** The family’s surname initial only, e.g. “D. family” */
  familyLabel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  invitedByAgency: Scalars['String']['output'];
  invitedByName: Scalars['String']['output'];
  role: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TeamInvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED'
  | 'LEFT'
  | 'REMOVED'
  | 'WITHDRAWN';

export type TeamInvitationVersionInput = {
  invitationId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A professional in the team around the family (the lead practitioner among them) */
export type TeamMember = {
  agencyName: Scalars['String']['output'];
  /** On what footing they see the family’s record, in plain words */
  basisLabel: Scalars['String']['output'];
  isLead: Scalars['Boolean']['output'];
  jobTitle: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  /** The role they take in the team, in plain words */
  role: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type TeamMembershipBasis =
  | 'CONSENT'
  | 'LAWFUL_BASIS';

export type ThreeHouses = {
  dreams: Scalars['String']['output'];
  goodThings: Scalars['String']['output'];
  worries: Scalars['String']['output'];
};

export type TriageDecision =
  | 'LEVEL_2_PARTNER_LED'
  | 'LEVEL_3_FAMILY_CASEWORK'
  | 'LEVEL_4_CHILDRENS_SOCIAL_CARE'
  | 'NO_FURTHER_ACTION';

export type TriageReferralInput = {
  decision: TriageDecision;
  /** Required for LEVEL_2_PARTNER_LED, with leadPractitionerId */
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  leadPractitionerId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
  /** Required to open a second case for a family whose case is still open */
  secondCaseReason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePersonIdentifiersInput = {
  /** The consistent child identifier: not yet in use (free text until regulations name it) */
  consistentChildIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** The council’s own person number */
  councilPersonNumber?: InputMaybe<Scalars['String']['input']>;
  /** NHS number (10 digits) */
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** Unique pupil number (13 characters) */
  uniquePupilNumber?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateRetentionPolicyInput = {
  period: Scalars['Int']['input'];
  recordType: RetentionRecordType;
  rule: RetentionRule;
  version: Scalars['Int']['input'];
};

export type UploadDrawingInput = {
  caseId: Scalars['ID']['input'];
  /** image/png, image/jpeg, image/gif or image/webp */
  contentType: Scalars['String']['input'];
  /** The file, base64-encoded */
  dataBase64: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};

export type UrgentStepUpInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toTeam: ReceivingTeam;
};

export type Viewer = {
  agency: Agency;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isFamilyPartnershipTeam: Scalars['Boolean']['output'];
  jobTitle: Scalars['String']['output'];
  role: Role;
};

export type CaseAccessLogQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaseAccessLogQuery = { caseAccessLog: Array<{ who: string, agency: string, what: string, allowed: boolean, when: string }> };

export type CaseLeadChangeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseLeadChangeQuery = { case: { id: string, version: number, leadAgency: { id: string }, leadChange: { canChangeLead: boolean, candidates: Array<{ id: string, displayName: string, jobTitle: string }>, openTransfer: { id: string, toAgencyName: string, toPractitionerName: string | null, note: string, offeredAt: string } | null } } };

export type ChangeLeadMutationVariables = Exact<{
  input: ChangeLeadPractitionerInput;
}>;


export type ChangeLeadMutation = { changeLeadPractitioner: { id: string } };

export type PractitionersToOfferToQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
}>;


export type PractitionersToOfferToQuery = { practitionersToOfferTo: Array<{ id: string, displayName: string, jobTitle: string }> };

export type OfferTransferMutationVariables = Exact<{
  input: OfferCaseTransferInput;
}>;


export type OfferTransferMutation = { offerCaseTransfer: { id: string } };

export type WithdrawTransferMutationVariables = Exact<{
  transferId: Scalars['ID']['input'];
}>;


export type WithdrawTransferMutation = { withdrawCaseTransfer: { id: string } };

export type TransferOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferOffersQuery = { caseTransferOffers: Array<{ id: string, caseReference: string, familyName: string, childrenCount: number, fromAgencyName: string, offeredByName: string, note: string, offeredAt: string, canDecide: boolean, candidates: Array<{ id: string, displayName: string, jobTitle: string }> }> };

export type AcceptTransferMutationVariables = Exact<{
  input: AcceptCaseTransferInput;
}>;


export type AcceptTransferMutation = { acceptCaseTransfer: { id: string } };

export type DeclineTransferMutationVariables = Exact<{
  input: DeclineCaseTransferInput;
}>;


export type DeclineTransferMutation = { declineCaseTransfer: boolean };

export type CaseMaintenanceReviewsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseMaintenanceReviewsQuery = { case: { id: string, status: CaseStatus, canEditPlan: boolean, maintenanceReviews: Array<{ months: number, dueOn: string, overdue: boolean, outcome: MaintenanceReviewOutcome | null, recordedOn: string | null, note: string | null, recordedByName: string | null }> } };

export type RecordMaintenanceReviewMutationVariables = Exact<{
  input: RecordMaintenanceReviewInput;
}>;


export type RecordMaintenanceReviewMutation = { recordMaintenanceReview: { dueOn: string, outcome: MaintenanceReviewOutcome | null } };

export type CaseLevelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseLevelQuery = { case: { id: string, version: number, level: number, leadPractitioner: { id: string }, leadAgency: { id: string }, leadChange: { openTransfer: { id: string, toAgencyName: string, offeredAt: string } | null } } };

export type OfferStepDownMutationVariables = Exact<{
  input: OfferCaseTransferInput;
}>;


export type OfferStepDownMutation = { offerStepDown: { id: string } };

export type FamilyCaseworkersQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyCaseworkersQuery = { familyCaseworkers: Array<{ id: string, displayName: string, jobTitle: string }> };

export type AcceptStepUpMutationVariables = Exact<{
  input: AcceptStepUpInput;
}>;


export type AcceptStepUpMutation = { acceptStepUp: { caseId: string, caseReference: string, leadAgencyName: string } };

export type RecordStepDownFromSocialCareMutationVariables = Exact<{
  input: StepDownFromSocialCareInput;
}>;


export type RecordStepDownFromSocialCareMutation = { recordStepDownFromSocialCare: { id: string, reference: string } };

export type RestrictedInformationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestrictedInformationQuery = { case: { id: string, leadAgency: { id: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string }, restrictedInformation: Array<{ id: string, category: RestrictedInformationCategory, canRead: boolean, content: string | null, recordedAt: string, recordedByAgency: { name: string }, recordedBy: { id: string, displayName: string, jobTitle: string } | null, sharedWith: Array<{ id: string, displayName: string, jobTitle: string }> }> } };

export type RecordRestrictedInformationMutationVariables = Exact<{
  input: RecordRestrictedInformationInput;
}>;


export type RecordRestrictedInformationMutation = { recordRestrictedInformation: { id: string } };

export type ShareDecisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShareDecisionsQuery = { case: { id: string, family: { members: Array<{ id: string, firstName: string, lastName: string, role: PersonRole }> }, shareDecisions: Array<{ id: string, decision: ShareDecision, lawfulBasis: ShareLawfulBasis, reason: NotSharingReason | null, reasonText: string | null, whatShared: string, sharedWith: string, childName: string | null, decidedByName: string, decidedByAgency: string, decidedAt: string }> } };

export type RecordShareDecisionMutationVariables = Exact<{
  input: RecordShareDecisionInput;
}>;


export type RecordShareDecisionMutation = { recordShareDecision: { id: string } };

export type TeamInvitationFieldsFragment = { id: string, inviteeName: string, agencyName: string, role: string, statusLabel: string, basisLabel: string, invitedByName: string, invitedAt: string, endedAt: string | null, reason: string | null, version: number };

export type CaseTeamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseTeamQuery = { case: { id: string, version: number, leadAgency: { id: string }, team: { canManage: boolean, canLeave: boolean, consentedAgencyIds: Array<string>, members: Array<{ userId: string, name: string, jobTitle: string, agencyName: string, role: string, isLead: boolean, basisLabel: string, joinedAt: string }>, pendingInvitations: Array<{ id: string, inviteeName: string, agencyName: string, role: string, statusLabel: string, basisLabel: string, invitedByName: string, invitedAt: string, endedAt: string | null, reason: string | null, version: number }>, history: Array<{ id: string, inviteeName: string, agencyName: string, role: string, statusLabel: string, basisLabel: string, invitedByName: string, invitedAt: string, endedAt: string | null, reason: string | null, version: number }> } } };

export type PractitionersToInviteQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
}>;


export type PractitionersToInviteQuery = { practitionersToInvite: Array<{ id: string, displayName: string, jobTitle: string }> };

export type InviteToTeamMutationVariables = Exact<{
  input: InviteToTeamInput;
}>;


export type InviteToTeamMutation = { inviteToTeam: { id: string } };

export type WithdrawTeamInvitationMutationVariables = Exact<{
  input: TeamInvitationVersionInput;
}>;


export type WithdrawTeamInvitationMutation = { withdrawTeamInvitation: { id: string } };

export type RemoveFromTeamMutationVariables = Exact<{
  input: RemoveFromTeamInput;
}>;


export type RemoveFromTeamMutation = { removeFromTeam: { id: string } };

export type LeaveTeamMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type LeaveTeamMutation = { leaveTeam: boolean };

export type AddCaseNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddCaseNoteMutation = { addCaseNote: { id: string } };

export type TeamInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamInvitationsQuery = { teamInvitations: Array<{ id: string, caseReference: string, familyLabel: string, role: string, basisLabel: string, invitedByName: string, invitedByAgency: string, invitedAt: string, version: number }> };

export type AcceptTeamInvitationMutationVariables = Exact<{
  input: TeamInvitationVersionInput;
}>;


export type AcceptTeamInvitationMutation = { acceptTeamInvitation: { id: string } };

export type DeclineTeamInvitationMutationVariables = Exact<{
  input: DeclineTeamInvitationInput;
}>;


export type DeclineTeamInvitationMutation = { declineTeamInvitation: boolean };

export type EducationSettingFieldsFragment = { id: string, name: string, urn: string, phase: EducationPhase, addressLine1: string, addressLine2: string | null, town: string, postcode: string, schoolDayStartsAt: string, closureDays: Array<string>, inCouncil: boolean, agencyId: string | null, agencyName: string | null, contactEmail: string | null, version: number, safeguardingLeads: Array<{ userId: string, displayName: string, jobTitle: string, role: SafeguardingRole }> };

export type EducationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type EducationSettingsQuery = { educationSettings: Array<{ id: string, name: string, urn: string, phase: EducationPhase, addressLine1: string, addressLine2: string | null, town: string, postcode: string, schoolDayStartsAt: string, closureDays: Array<string>, inCouncil: boolean, agencyId: string | null, agencyName: string | null, contactEmail: string | null, version: number, safeguardingLeads: Array<{ userId: string, displayName: string, jobTitle: string, role: SafeguardingRole }> }> };

export type EducationSettingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EducationSettingQuery = { educationSetting: { id: string, name: string, urn: string, phase: EducationPhase, addressLine1: string, addressLine2: string | null, town: string, postcode: string, schoolDayStartsAt: string, closureDays: Array<string>, inCouncil: boolean, agencyId: string | null, agencyName: string | null, contactEmail: string | null, version: number, safeguardingLeads: Array<{ userId: string, displayName: string, jobTitle: string, role: SafeguardingRole }> } };

export type AddEducationSettingMutationVariables = Exact<{
  input: EducationSettingInput;
}>;


export type AddEducationSettingMutation = { addEducationSetting: { id: string, name: string, urn: string, phase: EducationPhase, addressLine1: string, addressLine2: string | null, town: string, postcode: string, schoolDayStartsAt: string, closureDays: Array<string>, inCouncil: boolean, agencyId: string | null, agencyName: string | null, contactEmail: string | null, version: number, safeguardingLeads: Array<{ userId: string, displayName: string, jobTitle: string, role: SafeguardingRole }> } };

export type UpdateEducationSettingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: EducationSettingInput;
}>;


export type UpdateEducationSettingMutation = { updateEducationSetting: { id: string, name: string, urn: string, phase: EducationPhase, addressLine1: string, addressLine2: string | null, town: string, postcode: string, schoolDayStartsAt: string, closureDays: Array<string>, inCouncil: boolean, agencyId: string | null, agencyName: string | null, contactEmail: string | null, version: number, safeguardingLeads: Array<{ userId: string, displayName: string, jobTitle: string, role: SafeguardingRole }> } };

export type RecordChildSettingMutationVariables = Exact<{
  input: RecordChildSettingInput;
}>;


export type RecordChildSettingMutation = { recordChildSetting: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> };

export type EncompassRouteFieldsFragment = { id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean };

export type EncompassSummaryFieldsFragment = { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }> };

export type EncompassNotificationFieldsFragment = { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, summary: string, recordedByName: string, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }>, children: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, settingName: string | null }> };

export type EncompassFiguresFieldsFragment = { notifications: number, medianMinutesToAcknowledge: number | null, escalatedToDeputies: number, escalatedToCouncil: number, readBeforeSchoolDay: { numerator: number, denominator: number, percent: number | null } };

export type EncompassNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EncompassNotificationsQuery = { encompassNotifications: Array<{ id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }> }> };

export type EncompassNotificationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EncompassNotificationQuery = { encompassNotification: { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, summary: string, recordedByName: string, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }>, children: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, settingName: string | null }> } };

export type OpenEncompassNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenEncompassNotificationMutation = { openEncompassNotification: { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, summary: string, recordedByName: string, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }>, children: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, settingName: string | null }> } };

export type RecordEncompassNotificationMutationVariables = Exact<{
  input: RecordEncompassNotificationInput;
}>;


export type RecordEncompassNotificationMutation = { recordEncompassNotification: { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, summary: string, recordedByName: string, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }>, children: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, settingName: string | null }> } };

export type AcknowledgeEncompassNotificationMutationVariables = Exact<{
  input: AcknowledgeEncompassInput;
}>;


export type AcknowledgeEncompassNotificationMutation = { acknowledgeEncompassNotification: { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, summary: string, recordedByName: string, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }>, children: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, settingName: string | null }> } };

export type PassOnEncompassNotificationMutationVariables = Exact<{
  input: PassOnEncompassInput;
}>;


export type PassOnEncompassNotificationMutation = { passOnEncompassNotification: { id: string, incidentReference: string, occurredAt: string, recordedAt: string, recordedByAgency: string, childCount: number, summary: string, recordedByName: string, routes: Array<{ id: string, settingName: string | null, withCouncilContact: boolean, dueAt: string, stage: EncompassStage, acknowledgedAt: string | null, acknowledgedByName: string | null, response: EncompassResponse | null, responseNote: string | null, version: number, canAcknowledge: boolean, passedOnAt: string | null, passedOnByName: string | null, passedOnNote: string | null, canPassOn: boolean }>, children: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, settingName: string | null }> } };

export type EncompassFiguresQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type EncompassFiguresQuery = { impactFigures: { encompass: { total: { notifications: number, medianMinutesToAcknowledge: number | null, escalatedToDeputies: number, escalatedToCouncil: number, readBeforeSchoolDay: { numerator: number, denominator: number, percent: number | null } }, byMonth: Array<{ key: string, figures: { notifications: number, medianMinutesToAcknowledge: number | null, escalatedToDeputies: number, escalatedToCouncil: number, readBeforeSchoolDay: { numerator: number, denominator: number, percent: number | null } } }>, bySetting: Array<{ key: string, figures: { notifications: number, medianMinutesToAcknowledge: number | null, escalatedToDeputies: number, escalatedToCouncil: number, readBeforeSchoolDay: { numerator: number, denominator: number, percent: number | null } } }> } } };

export type ForumMeetingFieldsFragment = { id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean };

export type ForumActionFieldsFragment = { id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } };

export type AgendaItemFieldsFragment = { id: string, status: AgendaItemStatus, reason: AgendaReason, summary: string, chairNote: string | null, slot: string | null, position: number, discussion: string | null, decision: ForumDecision | null, referredTo: string | null, addedByName: string, version: number, canContribute: boolean, case: { caseId: string, reference: string, familyName: string, level: number, status: CaseStatus, planStatus: PlanStatus | null, myFamilyPlanDue: string, lastReviewOn: string | null, nextReviewOn: string | null, openActions: number, leadAgency: { name: string }, leadPractitioner: { id: string, displayName: string }, previousDiscussions: Array<{ meetsOn: string, decision: ForumDecision | null }>, stepHistory: Array<{ on: string, summary: string }> }, actions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }>, contributions: Array<{ id: string, authorName: string, authorAgency: string, body: string, sentAt: string }> };

export type AgendaFieldsFragment = { meeting: { id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }, items: Array<{ id: string, status: AgendaItemStatus, reason: AgendaReason, summary: string, chairNote: string | null, slot: string | null, position: number, discussion: string | null, decision: ForumDecision | null, referredTo: string | null, addedByName: string, version: number, canContribute: boolean, case: { caseId: string, reference: string, familyName: string, level: number, status: CaseStatus, planStatus: PlanStatus | null, myFamilyPlanDue: string, lastReviewOn: string | null, nextReviewOn: string | null, openActions: number, leadAgency: { name: string }, leadPractitioner: { id: string, displayName: string }, previousDiscussions: Array<{ meetsOn: string, decision: ForumDecision | null }>, stepHistory: Array<{ on: string, summary: string }> }, actions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }>, contributions: Array<{ id: string, authorName: string, authorAgency: string, body: string, sentAt: string }> }>, attendance: Array<{ attendees: Array<string>, agency: { id: string, name: string } }> };

export type ForumMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForumMeetingsQuery = { forumMeetings: Array<{ id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }> };

export type AgendaQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type AgendaQuery = { agenda: { meeting: { id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }, items: Array<{ id: string, status: AgendaItemStatus, reason: AgendaReason, summary: string, chairNote: string | null, slot: string | null, position: number, discussion: string | null, decision: ForumDecision | null, referredTo: string | null, addedByName: string, version: number, canContribute: boolean, case: { caseId: string, reference: string, familyName: string, level: number, status: CaseStatus, planStatus: PlanStatus | null, myFamilyPlanDue: string, lastReviewOn: string | null, nextReviewOn: string | null, openActions: number, leadAgency: { name: string }, leadPractitioner: { id: string, displayName: string }, previousDiscussions: Array<{ meetsOn: string, decision: ForumDecision | null }>, stepHistory: Array<{ on: string, summary: string }> }, actions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }>, contributions: Array<{ id: string, authorName: string, authorAgency: string, body: string, sentAt: string }> }>, attendance: Array<{ attendees: Array<string>, agency: { id: string, name: string } }> } };

export type MinutesQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MinutesQuery = { minutes: { meeting: { id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }, items: Array<{ id: string, status: AgendaItemStatus, reason: AgendaReason, summary: string, chairNote: string | null, slot: string | null, position: number, discussion: string | null, decision: ForumDecision | null, referredTo: string | null, addedByName: string, version: number, canContribute: boolean, case: { caseId: string, reference: string, familyName: string, level: number, status: CaseStatus, planStatus: PlanStatus | null, myFamilyPlanDue: string, lastReviewOn: string | null, nextReviewOn: string | null, openActions: number, leadAgency: { name: string }, leadPractitioner: { id: string, displayName: string }, previousDiscussions: Array<{ meetsOn: string, decision: ForumDecision | null }>, stepHistory: Array<{ on: string, summary: string }> }, actions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }>, contributions: Array<{ id: string, authorName: string, authorAgency: string, body: string, sentAt: string }> }>, attendance: Array<{ attendees: Array<string>, agency: { id: string, name: string } }> } };

export type MyActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActionsQuery = { myActions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }> };

export type ScheduleMutationVariables = Exact<{
  input: ScheduleMeetingsInput;
}>;


export type ScheduleMutation = { scheduleForumMeetings: Array<{ id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }> };

export type AddItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddItemMutation = { addAgendaItem: { id: string, status: AgendaItemStatus } };

export type CurateMutationVariables = Exact<{
  input: CurateItemInput;
}>;


export type CurateMutation = { curateAgendaItem: { id: string } };

export type DecideMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type DecideMutation = { recordForumDecision: { id: string } };

export type AttendanceMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type AttendanceMutation = { recordAttendance: { meeting: { id: string } } };

export type CompleteActionMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
}>;


export type CompleteActionMutation = { completeForumAction: { id: string } };

export type OpenHandoversQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenHandoversQuery = { openHandovers: Array<{ id: string, caseId: string, caseReference: string, toTeam: ReceivingTeam, route: EscalationRoute, reason: string, requestedByName: string, requestedAt: string }> };

export type AcceptHandoverMutationVariables = Exact<{
  handoverId: Scalars['ID']['input'];
}>;


export type AcceptHandoverMutation = { acceptHandover: { id: string } };

export type UrgentStepUpMutationVariables = Exact<{
  input: UrgentStepUpInput;
}>;


export type UrgentStepUpMutation = { urgentStepUp: { id: string } };

export type MentoringRequestFieldsFragment = { id: string, caseId: string, caseReference: string, requestedAt: string, ageWorkingDays: number, topic: MentoringTopic, question: string, status: MentoringStatus, closingSummary: string | null, version: number, requestedBy: { displayName: string }, assignedTo: { id: string, displayName: string } | null, sessions: Array<{ id: string, heldOn: string, advice: string, nextSteps: string, recordedByName: string }> };

export type MentoringRequestsQueryVariables = Exact<{
  includeClosed: Scalars['Boolean']['input'];
}>;


export type MentoringRequestsQuery = { mentoringRequests: Array<{ id: string, caseId: string, caseReference: string, requestedAt: string, ageWorkingDays: number, topic: MentoringTopic, question: string, status: MentoringStatus, closingSummary: string | null, version: number, requestedBy: { displayName: string }, assignedTo: { id: string, displayName: string } | null, sessions: Array<{ id: string, heldOn: string, advice: string, nextSteps: string, recordedByName: string }> }> };

export type RequestMentoringMutationVariables = Exact<{
  input: RequestMentoringInput;
}>;


export type RequestMentoringMutation = { requestMentoring: { id: string } };

export type AssignMentoringMutationVariables = Exact<{
  input: AssignMentoringInput;
}>;


export type AssignMentoringMutation = { assignMentoring: { id: string } };

export type MentoringSessionMutationVariables = Exact<{
  input: MentoringSessionInput;
}>;


export type MentoringSessionMutation = { recordMentoringSession: { id: string } };

export type CloseMentoringMutationVariables = Exact<{
  input: CloseMentoringInput;
}>;


export type CloseMentoringMutation = { closeMentoring: { id: string } };

export type CalendarLinkMutationVariables = Exact<{ [key: string]: never; }>;


export type CalendarLinkMutation = { forumCalendarLink: string };

export type CancelMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CancelMeetingMutation = { cancelForumMeeting: { id: string } };

export type MoveMeetingMutationVariables = Exact<{
  input: MoveMeetingInput;
}>;


export type MoveMeetingMutation = { moveForumMeeting: { id: string } };

export type PlaceItemMutationVariables = Exact<{
  input: CurateItemInput;
}>;


export type PlaceItemMutation = { curateAgendaItem: { id: string } };

export type PublishAgendaMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type PublishAgendaMutation = { publishAgenda: { id: string } };

export type SignOffMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SignOffMinutesMutation = { signOffMinutes: { id: string, minutesSignedOffAt: string | null } };

export type StartMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type StartMeetingMutation = { meeting: { id: string } };

export type CloseMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CloseMeetingMutation = { meeting: { id: string } };

export type SendContributionMutationVariables = Exact<{
  input: ForumContributionInput;
}>;


export type SendContributionMutation = { sendForumContribution: { id: string } };

export type EscalationConcernFieldsFragment = { id: string, caseId: string, caseReference: string, familyName: string, worry: string, tried: string, urgency: ConcernUrgency, status: ConcernStatus, raisedByName: string, raisedByAgency: string, raisedAt: string, response: string | null, decidedAt: string | null, forumMeetsOn: string | null, forumDecision: ForumDecision | null, proposedMeetingId: string | null, version: number };

export type MyEscalationConcernsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEscalationConcernsQuery = { myEscalationConcerns: Array<{ id: string, caseId: string, caseReference: string, familyName: string, worry: string, tried: string, urgency: ConcernUrgency, status: ConcernStatus, raisedByName: string, raisedByAgency: string, raisedAt: string, response: string | null, decidedAt: string | null, forumMeetsOn: string | null, forumDecision: ForumDecision | null, proposedMeetingId: string | null, version: number }> };

export type ConcernsAwaitingChairQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernsAwaitingChairQuery = { escalationConcernsAwaitingChair: Array<{ id: string, caseId: string, caseReference: string, familyName: string, worry: string, tried: string, urgency: ConcernUrgency, status: ConcernStatus, raisedByName: string, raisedByAgency: string, raisedAt: string, response: string | null, decidedAt: string | null, forumMeetsOn: string | null, forumDecision: ForumDecision | null, proposedMeetingId: string | null, version: number }> };

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseEscalationConcernInput;
}>;


export type RaiseConcernMutation = { raiseEscalationConcern: { id: string } };

export type PlaceConcernMutationVariables = Exact<{
  input: PlaceConcernOnAgendaInput;
}>;


export type PlaceConcernMutation = { placeConcernOnAgenda: { id: string, forumMeetsOn: string | null } };

export type ConcernUrgentRouteMutationVariables = Exact<{
  input: TakeConcernUrgentRouteInput;
}>;


export type ConcernUrgentRouteMutation = { takeConcernUrgentRoute: { id: string } };

export type AnswerConcernMutationVariables = Exact<{
  input: AnswerConcernInput;
}>;


export type AnswerConcernMutation = { answerEscalationConcern: { id: string } };

export type LiveAgendaQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type LiveAgendaQuery = { agenda: { currentItemId: string | null, currentItemHidden: boolean, meeting: { id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }, items: Array<{ id: string, status: AgendaItemStatus, reason: AgendaReason, summary: string, chairNote: string | null, slot: string | null, position: number, discussion: string | null, decision: ForumDecision | null, referredTo: string | null, addedByName: string, version: number, canContribute: boolean, case: { caseId: string, reference: string, familyName: string, level: number, status: CaseStatus, planStatus: PlanStatus | null, myFamilyPlanDue: string, lastReviewOn: string | null, nextReviewOn: string | null, openActions: number, leadAgency: { name: string }, leadPractitioner: { id: string, displayName: string }, previousDiscussions: Array<{ meetsOn: string, decision: ForumDecision | null }>, stepHistory: Array<{ on: string, summary: string }> }, actions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }>, contributions: Array<{ id: string, authorName: string, authorAgency: string, body: string, sentAt: string }> }>, attendance: Array<{ attendees: Array<string>, agency: { id: string, name: string } }> } };

export type LiveAgendaItemQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LiveAgendaItemQuery = { liveAgendaItem: { currentItemId: string | null, currentItemHidden: boolean, meeting: { id: string, meetsOn: string, startsAt: string, place: string, onlineLink: string | null, status: MeetingStatus, agendaCutoff: string, itemCount: number, version: number, minutesSignedOffAt: string | null, canStart: boolean }, item: { id: string, status: AgendaItemStatus, reason: AgendaReason, summary: string, chairNote: string | null, slot: string | null, position: number, discussion: string | null, decision: ForumDecision | null, referredTo: string | null, addedByName: string, version: number, canContribute: boolean, case: { caseId: string, reference: string, familyName: string, level: number, status: CaseStatus, planStatus: PlanStatus | null, myFamilyPlanDue: string, lastReviewOn: string | null, nextReviewOn: string | null, openActions: number, leadAgency: { name: string }, leadPractitioner: { id: string, displayName: string }, previousDiscussions: Array<{ meetsOn: string, decision: ForumDecision | null }>, stepHistory: Array<{ on: string, summary: string }> }, actions: Array<{ id: string, caseId: string, caseReference: string, description: string, dueOn: string, doneOn: string | null, overdue: boolean, owner: { id: string, displayName: string } }>, contributions: Array<{ id: string, authorName: string, authorAgency: string, body: string, sentAt: string }> } | null } };

export type TakeAgendaItemMutationVariables = Exact<{
  input: TakeAgendaItemInput;
}>;


export type TakeAgendaItemMutation = { takeAgendaItem: { currentItemId: string | null } };

export type FamilyPartnershipTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyPartnershipTeamQuery = { familyPartnershipTeam: Array<{ id: string, displayName: string }> };

export type RetentionPolicyFieldsFragment = { recordType: RetentionRecordType, rule: RetentionRule, period: number, version: number, updatedBy: string | null, updatedAt: string };

export type LegalHoldFieldsFragment = { id: string, caseId: string, caseReference: string, reason: string, placedBy: string, placedAt: string, liftedBy: string | null, liftedAt: string | null, version: number };

export type GovernanceQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceQuery = { retentionPolicies: Array<{ recordType: RetentionRecordType, rule: RetentionRule, period: number, version: number, updatedBy: string | null, updatedAt: string }>, legalHolds: Array<{ id: string, caseId: string, caseReference: string, reason: string, placedBy: string, placedAt: string, liftedBy: string | null, liftedAt: string | null, version: number }>, retentionReview: Array<{ recordType: RetentionRecordType, entityType: string, id: string, reference: string, state: RetentionState, dueOn: string | null, legalHold: boolean, familyActive: boolean }> };

export type RetentionPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionPoliciesQuery = { retentionPolicies: Array<{ recordType: RetentionRecordType, rule: RetentionRule, period: number, version: number, updatedBy: string | null, updatedAt: string }> };

export type UpdateRetentionPolicyMutationVariables = Exact<{
  input: UpdateRetentionPolicyInput;
}>;


export type UpdateRetentionPolicyMutation = { updateRetentionPolicy: { recordType: RetentionRecordType, rule: RetentionRule, period: number, version: number, updatedBy: string | null, updatedAt: string } };

export type PlaceLegalHoldMutationVariables = Exact<{
  input: PlaceLegalHoldInput;
}>;


export type PlaceLegalHoldMutation = { placeLegalHold: { id: string, caseId: string, caseReference: string, reason: string, placedBy: string, placedAt: string, liftedBy: string | null, liftedAt: string | null, version: number } };

export type LiftLegalHoldMutationVariables = Exact<{
  input: LiftLegalHoldInput;
}>;


export type LiftLegalHoldMutation = { liftLegalHold: { id: string, caseId: string, caseReference: string, reason: string, placedBy: string, placedAt: string, liftedBy: string | null, liftedAt: string | null, version: number } };

export type SubjectAccessPeopleQueryVariables = Exact<{
  input: SubjectAccessSearchInput;
}>;


export type SubjectAccessPeopleQuery = { subjectAccessPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: string, familyReference: string }> };

export type SubjectAccessExportMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type SubjectAccessExportMutation = { subjectAccessExport: { fileName: string, html: string, redactionMarks: number } };

export type AgencyFieldsFragment = { id: string, name: string, agencyType: string };

export type ViewerFieldsFragment = { id: string, displayName: string, email: string, role: Role, jobTitle: string, isFamilyPartnershipTeam: boolean, agency: { id: string, name: string, agencyType: string } };

export type PractitionerFieldsFragment = { id: string, displayName: string, jobTitle: string };

export type PersonFieldsFragment = { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number };

export type FamilyFieldsFragment = { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> };

export type ReferralFieldsFragment = { id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> };

export type CaseSummaryFieldsFragment = { id: string, reference: string, familyName: string, childrenCount: number, status: CaseStatus, allocatedOn: string, firstContactDue: string, firstContactOverdue: boolean, myFamilyPlanDue: string, myFamilyPlanOverdue: boolean, workingDaysToMyFamilyPlan: number, nextReviewDue: string | null, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } };

export type CaseFieldsFragment = { id: string, reference: string, version: number, level: number, status: CaseStatus, familyName: string, allocatedOn: string, firstContactDue: string, firstContactOverdue: boolean, firstContactOn: string | null, declinedReason: string | null, myFamilyPlanDue: string, myFamilyPlanOverdue: boolean, workingDaysToMyFamilyPlan: number, referralConcerns: string, canEditPlan: boolean, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string }, chronology: Array<{ id: string, type: string, summary: string, actorName: string, occurredAt: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, role: Role, jobTitle: string, isFamilyPartnershipTeam: boolean, agency: { id: string, name: string, agencyType: string } } | null, councilTerms: { earlyHelp: string, leadPractitioner: string, familyPlan: string, forum: string, serviceName: string } };

export type AgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgenciesQuery = { agencies: Array<{ id: string, name: string, agencyType: string }> };

export type PractitionersQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
}>;


export type PractitionersQuery = { practitioners: Array<{ id: string, displayName: string, jobTitle: string }> };

export type PossibleFamilyMatchesQueryVariables = Exact<{
  people: Array<PersonLookupInput> | PersonLookupInput;
}>;


export type PossibleFamilyMatchesQuery = { possibleFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> };

export type ReferralsQueryVariables = Exact<{
  status?: InputMaybe<ReferralStatus>;
}>;


export type ReferralsQuery = { referrals: Array<{ id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> }> };

export type ReferralQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReferralQuery = { referral: { id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> } };

export type CaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadQuery = { caseload: Array<{ id: string, reference: string, familyName: string, childrenCount: number, status: CaseStatus, allocatedOn: string, firstContactDue: string, firstContactOverdue: boolean, myFamilyPlanDue: string, myFamilyPlanOverdue: boolean, workingDaysToMyFamilyPlan: number, nextReviewDue: string | null, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }> };

export type CaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseQuery = { case: { id: string, reference: string, version: number, level: number, status: CaseStatus, familyName: string, allocatedOn: string, firstContactDue: string, firstContactOverdue: boolean, firstContactOn: string | null, declinedReason: string | null, myFamilyPlanDue: string, myFamilyPlanOverdue: boolean, workingDaysToMyFamilyPlan: number, referralConcerns: string, canEditPlan: boolean, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string }, chronology: Array<{ id: string, type: string, summary: string, actorName: string, occurredAt: string }> } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { next: SignInNextStep } };

export type BeginMfaEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginMfaEnrolmentMutation = { beginMfaEnrolment: { otpauthUri: string, qrCodeDataUrl: string, setupKey: string } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmMfaEnrolmentMutation = { confirmMfaEnrolment: { recoveryCodes: Array<string>, viewer: { id: string, displayName: string, email: string, role: Role, jobTitle: string, isFamilyPartnershipTeam: boolean, agency: { id: string, name: string, agencyType: string } } } };

export type VerifyMfaCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyMfaCodeMutation = { verifyMfaCode: { id: string, displayName: string, email: string, role: Role, jobTitle: string, isFamilyPartnershipTeam: boolean, agency: { id: string, name: string, agencyType: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type UpdatePersonIdentifiersMutationVariables = Exact<{
  input: UpdatePersonIdentifiersInput;
}>;


export type UpdatePersonIdentifiersMutation = { updatePersonIdentifiers: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } };

export type RecordReferralMutationVariables = Exact<{
  input: RecordReferralInput;
}>;


export type RecordReferralMutation = { recordReferral: { id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> } };

export type MakeReferralMutationVariables = Exact<{
  input: MakeReferralInput;
}>;


export type MakeReferralMutation = { makeReferral: { id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> } };

export type MyReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralsQuery = { myReferrals: Array<{ id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> }> };

export type TriageReferralMutationVariables = Exact<{
  input: TriageReferralInput;
}>;


export type TriageReferralMutation = { triageReferral: { id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> } };

export type AddReferralToCaseMutationVariables = Exact<{
  input: AddReferralToCaseInput;
}>;


export type AddReferralToCaseMutation = { addReferralToCase: { id: string, reference: string, version: number, receivedAt: string, status: ReferralStatus, selfReferral: boolean, referrerName: string, concerns: string, consentGiven: boolean, consentNote: string | null, decision: TriageDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, caseId: string | null, reReferral: boolean, previousCaseId: string | null, addedToCaseId: string | null, secondCaseReason: string | null, consentOn: string | null, safeguardingBasis: boolean, familyWords: string | null, madeByPartner: boolean, referrerAgency: { id: string, name: string, agencyType: string } | null, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string } | null, leadPractitioner: { id: string, displayName: string, jobTitle: string } | null, familyOpenCases: Array<{ id: string, reference: string, status: CaseStatus, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string } }>, knownFamilyMatches: Array<{ familyId: string, reference: string, postcode: string, matchedPeople: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number }>, matches: Array<{ reason: PersonMatchReason, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number } }> }> } };

export type RecordFirstContactMutationVariables = Exact<{
  input: RecordFirstContactInput;
}>;


export type RecordFirstContactMutation = { recordFirstContact: { id: string, reference: string, version: number, level: number, status: CaseStatus, familyName: string, allocatedOn: string, firstContactDue: string, firstContactOverdue: boolean, firstContactOn: string | null, declinedReason: string | null, myFamilyPlanDue: string, myFamilyPlanOverdue: boolean, workingDaysToMyFamilyPlan: number, referralConcerns: string, canEditPlan: boolean, family: { id: string, reference: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string, nhsNumber: string | null, uniquePupilNumber: string | null, councilPersonNumber: string | null, consistentChildIdentifier: string | null, version: number, educationSettings: Array<{ id: string, settingId: string, settingName: string, urn: string, startedOn: string, endedOn: string | null }> }> }, leadAgency: { id: string, name: string, agencyType: string }, leadPractitioner: { id: string, displayName: string, jobTitle: string }, chronology: Array<{ id: string, type: string, summary: string, actorName: string, occurredAt: string }> } };

export type AddAgencyMutationVariables = Exact<{
  input: AddAgencyInput;
}>;


export type AddAgencyMutation = { addAgency: { id: string, name: string, agencyType: string } };

export type ShareFieldsFragment = { numerator: number, denominator: number, percent: number | null };

export type ImpactFiguresQueryVariables = Exact<{
  filter: ImpactFilterInput;
}>;


export type ImpactFiguresQuery = { impactFigures: { asOf: string, refreshedAt: string, from: string, to: string, openCases: number, childrenInOpenCases: number, allocated: number, escalationsToLevel4: number, averageDaysOpen: number | null, averageCaseload: number | null, newCasesBySource: Array<{ source: ReferralSource, cases: number }>, notReachingLevel4Within12Months: { numerator: number, denominator: number, percent: number | null }, notReReferredWithin12Months: { numerator: number, denominator: number, percent: number | null }, closedWithOutcomesMet: { numerator: number, denominator: number, percent: number | null }, firstContactOnTime: { numerator: number, denominator: number, percent: number | null }, myFamilyPlanOnTime: { numerator: number, denominator: number, percent: number | null }, declineRate: { numerator: number, denominator: number, percent: number | null }, caseload: Array<{ practitionerId: string, name: string, agencyName: string, openCases: number }>, levelMovements: Array<{ month: string, movement: LevelMovement, cases: number }>, months: Array<{ month: string, openCases: number, childrenInOpenCases: number, allocated: number, escalationsToLevel4: number, closed: number, averageDaysOpen: number | null, newCasesBySource: Array<{ source: ReferralSource, cases: number }>, closedWithOutcomesMet: { numerator: number, denominator: number, percent: number | null }, firstContactOnTime: { numerator: number, denominator: number, percent: number | null }, myFamilyPlanOnTime: { numerator: number, denominator: number, percent: number | null }, declineRate: { numerator: number, denominator: number, percent: number | null } }> } };

export type DriftingCasesQueryVariables = Exact<{
  filter?: InputMaybe<DriftingFilterInput>;
}>;


export type DriftingCasesQuery = { driftingCases: { asOf: string, cases: Array<{ caseId: string, reference: string, agencyName: string, leadPractitionerName: string, lastActivityOn: string, daysSinceActivity: number }> } };

export type LocalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalitiesQuery = { localities: Array<{ id: string, name: string, postcodeDistricts: Array<string> }> };

export type SaveLocalityMutationVariables = Exact<{
  input: SaveLocalityInput;
}>;


export type SaveLocalityMutation = { saveLocality: { id: string, name: string, postcodeDistricts: Array<string> } };

export type PeriodMeasuresFieldsFragment = { cases: number, medianDaysToAllocation: number | null, previouslyOpenToSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromFamilyCasework: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel3: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel4: { numerator: number, denominator: number, percent: number | null }, becameLookedAfter: { numerator: number, denominator: number, percent: number | null }, steppedUpOrLookedAfter: { numerator: number, denominator: number, percent: number | null }, repeatReferralsWithin12Months: { numerator: number, denominator: number, percent: number | null }, daysToAllocation: Array<{ band: AllocationBand, cases: number }> };

export type MonthMeasuresFieldsFragment = { month: string, cases: number, medianDaysToAllocation: number | null, previouslyOpenToSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromFamilyCasework: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel3: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel4: { numerator: number, denominator: number, percent: number | null }, becameLookedAfter: { numerator: number, denominator: number, percent: number | null }, steppedUpOrLookedAfter: { numerator: number, denominator: number, percent: number | null }, repeatReferralsWithin12Months: { numerator: number, denominator: number, percent: number | null }, daysToAllocation: Array<{ band: AllocationBand, cases: number }> };

export type ImpactMeasuresQueryVariables = Exact<{
  filter: ImpactFilterInput;
}>;


export type ImpactMeasuresQuery = { impactFigures: { practitionersWithCases: number, measures: { cases: number, medianDaysToAllocation: number | null, months: Array<{ month: string, cases: number, medianDaysToAllocation: number | null, previouslyOpenToSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromFamilyCasework: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel3: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel4: { numerator: number, denominator: number, percent: number | null }, becameLookedAfter: { numerator: number, denominator: number, percent: number | null }, steppedUpOrLookedAfter: { numerator: number, denominator: number, percent: number | null }, repeatReferralsWithin12Months: { numerator: number, denominator: number, percent: number | null }, daysToAllocation: Array<{ band: AllocationBand, cases: number }> }>, needsMetByHeading: Array<{ headingId: string, heading: string, retired: boolean, needs: number, sustainmentChecked: number, met: { numerator: number, denominator: number, percent: number | null }, sustained: { numerator: number, denominator: number, percent: number | null } }>, previouslyOpenToSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromSocialCare: { numerator: number, denominator: number, percent: number | null }, steppedDownFromFamilyCasework: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel3: { numerator: number, denominator: number, percent: number | null }, steppedUpToLevel4: { numerator: number, denominator: number, percent: number | null }, becameLookedAfter: { numerator: number, denominator: number, percent: number | null }, steppedUpOrLookedAfter: { numerator: number, denominator: number, percent: number | null }, repeatReferralsWithin12Months: { numerator: number, denominator: number, percent: number | null }, daysToAllocation: Array<{ band: AllocationBand, cases: number }> }, shareDecisions: Array<{ month: string, decision: ShareDecision, lawfulBasis: ShareLawfulBasis, reason: NotSharingReason | null, decisions: number }> } };

export type FailedJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedJobsQuery = { failedNotificationJobs: Array<{ id: string, name: string, failedReason: string, attemptsMade: number, failedAt: string | null }> };

export type RetryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryMutation = { retryNotificationJob: boolean };

export type InboxFieldsFragment = { unreadCount: number, notifications: Array<{ id: string, kind: string, text: string, link: string | null, createdAt: string, read: boolean }> };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { inbox: { unreadCount: number, notifications: Array<{ id: string, kind: string, text: string, link: string | null, createdAt: string, read: boolean }> } };

export type MarkReadMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarkReadMutation = { markNotificationsRead: { unreadCount: number, notifications: Array<{ id: string, kind: string, text: string, link: string | null, createdAt: string, read: boolean }> } };

export type SharingAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharingAlertsQuery = { sharingAlerts: Array<{ id: string, kind: AlertKind, summary: string, urgent: boolean, raisedByName: string, raisedByAgency: string, raisedAt: string, caseId: string | null, caseReference: string | null, basis: SharingBasis | null }> };

export type RaiseAlertMutationVariables = Exact<{
  input: RaiseAlertInput;
}>;


export type RaiseAlertMutation = { raiseSharingAlert: { id: string } };

export type PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesQuery = { notificationPreferences: Array<{ kind: string, description: string, channel: NotificationChannel }> };

export type SetPreferenceMutationVariables = Exact<{
  kind: Scalars['String']['input'];
  channel: NotificationChannel;
}>;


export type SetPreferenceMutation = { setNotificationPreference: Array<{ kind: string, description: string, channel: NotificationChannel }> };

export type DrawingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrawingsQuery = { case: { drawings: Array<{ id: string, uploadedByName: string, person: { id: string } }> } };

export type DrawingImageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrawingImageQuery = { drawingImage: string };

export type UploadDrawingMutationVariables = Exact<{
  input: UploadDrawingInput;
}>;


export type UploadDrawingMutation = { uploadDrawing: { id: string } };

export type PlanSectionFieldsFragment = { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> };

export type MyFamilyPlanFieldsFragment = { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> };

export type PlanCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanCaseQuery = { case: { id: string, reference: string, version: number, status: CaseStatus, familyName: string, canEditPlan: boolean, myFamilyPlanDue: string, myFamilyPlanOverdue: boolean, workingDaysToMyFamilyPlan: number, nextReviewDue: string | null, reviewState: ReviewState | null, closedOn: string | null, closureOutcome: ClosureOutcome | null, closureReason: string | null, maintenanceReviewDates: Array<string>, leadPractitioner: { displayName: string, jobTitle: string }, leadAgency: { name: string }, family: { members: Array<{ id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string }> }, plan: { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> } | null, consents: Array<{ id: string, competenceConfirmed: boolean, givenOn: string, withdrawnOn: string | null, current: boolean, givenBy: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string }, agencies: Array<{ id: string, name: string }> }>, reviews: Array<{ id: string, kind: ReviewKind, heldOn: string, attendees: string, goalProgress: string, familyView: string, nextReviewOn: string | null, nextReviewReason: string | null, recordedByName: string, teamAttendance: Array<{ userId: string, name: string, agencyName: string, attendanceLabel: string }>, childViews: Array<{ view: string, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } }> }>, crisisCard: { whoToCall: string, warningSigns: string } | null, sharingHistory: Array<{ alertId: string, kind: AlertKind, raisedByName: string, raisedByAgency: string, sharedWith: string, basis: SharingBasis, safeguardingReason: string | null, sharedAt: string }> } };

export type StartPlanMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type StartPlanMutation = { plan: { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> } };

export type SubmitPlanMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitPlanMutation = { plan: { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> } };

export type ApprovePlanMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ApprovePlanMutation = { plan: { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> } };

export type ReturnPlanMutationVariables = Exact<{
  input: ReturnPlanInput;
}>;


export type ReturnPlanMutation = { plan: { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> } };

export type AssignPlanSectionMutationVariables = Exact<{
  input: AssignPlanSectionInput;
}>;


export type AssignPlanSectionMutation = { plan: { id: string, status: PlanStatus, version: number, dueDate: string, workingDaysLeft: number, overdue: boolean, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, missingSections: Array<string>, canEdit: boolean, canQualityAssure: boolean, canAssignSections: boolean, assignableMembers: Array<{ id: string, displayName: string, jobTitle: string }>, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }>, sections: Array<{ key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> }> } };

export type SaveFamilyStoryMutationVariables = Exact<{
  input: SaveFamilyStoryInput;
}>;


export type SaveFamilyStoryMutation = { saved: { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> } };

export type SaveSignsOfSafetyMutationVariables = Exact<{
  input: SaveSignsOfSafetyInput;
}>;


export type SaveSignsOfSafetyMutation = { saved: { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> } };

export type SaveThreeHousesMutationVariables = Exact<{
  input: SaveThreeHousesInput;
}>;


export type SaveThreeHousesMutation = { saved: { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> } };

export type SaveAceMutationVariables = Exact<{
  input: SaveAceInput;
}>;


export type SaveAceMutation = { saved: { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> } };

export type SaveGoalsMutationVariables = Exact<{
  input: SaveGoalsInput;
}>;


export type SaveGoalsMutation = { saved: { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> } };

export type SectionVersionsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  sectionKey: Scalars['String']['input'];
}>;


export type SectionVersionsQuery = { planSectionVersions: Array<{ version: number, savedAt: string, savedByName: string }> };

export type SectionAtVersionQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  sectionKey: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type SectionAtVersionQuery = { planSectionAtVersion: { key: string, kind: SectionKind, title: string, required: boolean, saved: boolean, version: number, savedAt: string | null, savedByName: string | null, assignedToId: string | null, assignedToName: string | null, canEdit: boolean, person: { id: string, firstName: string, lastName: string, dateOfBirth: string, role: PersonRole, relationship: string } | null, familyStory: { story: string, language: string, interpreterNeeded: boolean } | null, signsOfSafety: { worries: string, workingWell: string, needsToHappen: string } | null, threeHouses: { worries: string, goodThings: string, dreams: string } | null, ace: { indicators: Array<AceIndicator>, count: number } | null, goals: Array<{ goal: string, actions: Array<{ who: string, what: string, byWhen: string, status: ActionStatus }> }> | null, qaComments: Array<{ id: string, sectionKey: string | null, comment: string, madeByName: string, madeAt: string }> } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, current: boolean } };

export type RecordReviewMutationVariables = Exact<{
  input: RecordReviewInput;
}>;


export type RecordReviewMutation = { recordReview: { id: string, nextReviewOn: string | null } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { id: string, status: CaseStatus } };

export type WithdrawConsentMutationVariables = Exact<{
  consentId: Scalars['ID']['input'];
  withdrawnOn: Scalars['String']['input'];
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string } };

export type ReopenCaseMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { reopenCase: { id: string, status: CaseStatus } };

export type OutcomeHeadingFieldsFragment = { id: string, key: string, name: string, position: number, retired: boolean, version: number };

export type PlanNeedFieldsFragment = { id: string, version: number, description: string, evidence: string, evidenceAgencyName: string, identifiedOn: string, outcome: NeedProgress | null, outcomeEvidence: string | null, heading: { id: string, key: string, name: string, position: number, retired: boolean, version: number }, members: Array<{ id: string, firstName: string, lastName: string }>, progress: Array<{ reviewId: string, heldOn: string, progress: NeedProgress, evidence: string, recordedByName: string }>, sustainment: { held: boolean, source: SustainmentSource, evidence: string, recordedOn: string } | null };

export type SustainmentCheckFieldsFragment = { caseId: string, caseReference: string, dueOn: string, askedOn: string, confirmedOn: string | null, canConfirm: boolean, version: number, reReferrals: Array<{ receivedOn: string, foundOn: string }> };

export type NeedsCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedsCaseQuery = { case: { id: string, reference: string, familyName: string, status: CaseStatus, canEditPlan: boolean, closedOn: string | null, plan: { status: PlanStatus } | null, family: { members: Array<{ id: string, firstName: string, lastName: string, role: PersonRole }> }, reviews: Array<{ id: string, kind: ReviewKind, heldOn: string }>, needs: Array<{ id: string, version: number, description: string, evidence: string, evidenceAgencyName: string, identifiedOn: string, outcome: NeedProgress | null, outcomeEvidence: string | null, heading: { id: string, key: string, name: string, position: number, retired: boolean, version: number }, members: Array<{ id: string, firstName: string, lastName: string }>, progress: Array<{ reviewId: string, heldOn: string, progress: NeedProgress, evidence: string, recordedByName: string }>, sustainment: { held: boolean, source: SustainmentSource, evidence: string, recordedOn: string } | null }>, sustainmentCheck: { caseId: string, caseReference: string, dueOn: string, askedOn: string, confirmedOn: string | null, canConfirm: boolean, version: number, reReferrals: Array<{ receivedOn: string, foundOn: string }> } | null } };

export type OutcomeHeadingsQueryVariables = Exact<{
  includeRetired: Scalars['Boolean']['input'];
}>;


export type OutcomeHeadingsQuery = { outcomeHeadings: Array<{ id: string, key: string, name: string, position: number, retired: boolean, version: number }> };

export type AddOutcomeHeadingMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AddOutcomeHeadingMutation = { addOutcomeHeading: { id: string, key: string, name: string, position: number, retired: boolean, version: number } };

export type RenameOutcomeHeadingMutationVariables = Exact<{
  input: RenameOutcomeHeadingInput;
}>;


export type RenameOutcomeHeadingMutation = { renameOutcomeHeading: { id: string, key: string, name: string, position: number, retired: boolean, version: number } };

export type RetireOutcomeHeadingMutationVariables = Exact<{
  input: RetireOutcomeHeadingInput;
}>;


export type RetireOutcomeHeadingMutation = { retireOutcomeHeading: { id: string, key: string, name: string, position: number, retired: boolean, version: number } };

export type RecordNeedMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type RecordNeedMutation = { recordNeed: { id: string, version: number, description: string, evidence: string, evidenceAgencyName: string, identifiedOn: string, outcome: NeedProgress | null, outcomeEvidence: string | null, heading: { id: string, key: string, name: string, position: number, retired: boolean, version: number }, members: Array<{ id: string, firstName: string, lastName: string }>, progress: Array<{ reviewId: string, heldOn: string, progress: NeedProgress, evidence: string, recordedByName: string }>, sustainment: { held: boolean, source: SustainmentSource, evidence: string, recordedOn: string } | null } };

export type RemoveNeedMutationVariables = Exact<{
  input: RemoveNeedInput;
}>;


export type RemoveNeedMutation = { removeNeed: boolean };

export type RecordNeedProgressMutationVariables = Exact<{
  input: RecordNeedProgressInput;
}>;


export type RecordNeedProgressMutation = { recordNeedProgress: Array<{ id: string, version: number, description: string, evidence: string, evidenceAgencyName: string, identifiedOn: string, outcome: NeedProgress | null, outcomeEvidence: string | null, heading: { id: string, key: string, name: string, position: number, retired: boolean, version: number }, members: Array<{ id: string, firstName: string, lastName: string }>, progress: Array<{ reviewId: string, heldOn: string, progress: NeedProgress, evidence: string, recordedByName: string }>, sustainment: { held: boolean, source: SustainmentSource, evidence: string, recordedOn: string } | null }> };

export type RecordNeedOutcomesMutationVariables = Exact<{
  input: RecordNeedOutcomesInput;
}>;


export type RecordNeedOutcomesMutation = { recordNeedOutcomes: Array<{ id: string, version: number, description: string, evidence: string, evidenceAgencyName: string, identifiedOn: string, outcome: NeedProgress | null, outcomeEvidence: string | null, heading: { id: string, key: string, name: string, position: number, retired: boolean, version: number }, members: Array<{ id: string, firstName: string, lastName: string }>, progress: Array<{ reviewId: string, heldOn: string, progress: NeedProgress, evidence: string, recordedByName: string }>, sustainment: { held: boolean, source: SustainmentSource, evidence: string, recordedOn: string } | null }> };

export type SustainmentChecksForMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SustainmentChecksForMeQuery = { sustainmentChecksForMe: Array<{ caseId: string, caseReference: string, dueOn: string, askedOn: string, confirmedOn: string | null, canConfirm: boolean, version: number, reReferrals: Array<{ receivedOn: string, foundOn: string }> }> };

export type ConfirmSustainmentMutationVariables = Exact<{
  input: ConfirmSustainmentInput;
}>;


export type ConfirmSustainmentMutation = { confirmSustainment: { caseId: string, caseReference: string, dueOn: string, askedOn: string, confirmedOn: string | null, canConfirm: boolean, version: number, reReferrals: Array<{ receivedOn: string, foundOn: string }> } };

export type EvidencePackQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidencePackQuery = { evidencePack: { rule: { minimumNeeds: number, everyNeedSignificantAndSustained: boolean, noReReferral: boolean, leadPractitioner: boolean, wholeFamilyAssessment: boolean, plan: boolean, sustainmentMonths: number }, families: Array<{ caseId: string, caseReference: string, familyReference: string, leadPractitionerName: string, leadAgencyName: string, leadAgencyType: string, closedOn: string, assessmentApprovedOn: string | null, goalsWithActions: number, reviewsHeld: number, sustainmentDueOn: string | null, sustainmentConfirmedOn: string | null, meetsRule: boolean, reasons: Array<string>, reReferrals: Array<{ receivedOn: string, foundOn: string }>, needs: Array<{ heading: string, headingKey: string, description: string, evidence: string, evidenceAgencyName: string, outcome: NeedProgress | null, outcomeEvidence: string | null, held: boolean | null, sustainmentSource: SustainmentSource | null, sustainmentEvidence: string | null }>, conditions: Array<{ condition: ClaimCondition, met: boolean, reason: string }> }> } };

export type NationalReturnQueryVariables = Exact<{
  quarter: Scalars['String']['input'];
}>;


export type NationalReturnQuery = { nationalReturn: { quarter: string, from: string, to: string, headings: Array<{ id: string, key: string, name: string, position: number, retired: boolean, version: number }>, rows: Array<{ familyReference: string, caseReference: string, leadAgencyType: string, closedOn: string, sustainmentConfirmedOn: string, headingKeys: Array<string> }> } };

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { people: Array<{ id: string, displayName: string, jobTitle: string, role: Role, version: number, agencyManager: boolean, openCasesLed: number, agency: { id: string, name: string, agencyType: string } }> };

export type MoveUserToAgencyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MoveUserToAgencyMutation = { moveUserToAgency: { id: string } };

export type RemoveUserFromAgencyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RemoveUserFromAgencyMutation = { removeUserFromAgency: { id: string } };

export type SetAgencyManagerMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  manager: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetAgencyManagerMutation = { setAgencyManager: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TeamInvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment TeamInvitationFields on TeamInvitation {
  id
  inviteeName
  agencyName
  role
  statusLabel
  basisLabel
  invitedByName
  invitedAt
  endedAt
  reason
  version
}
    `, {"fragmentName":"TeamInvitationFields"}) as unknown as TypedDocumentString<TeamInvitationFieldsFragment, unknown>;
export const EducationSettingFieldsFragmentDoc = new TypedDocumentString(`
    fragment EducationSettingFields on EducationSetting {
  id
  name
  urn
  phase
  addressLine1
  addressLine2
  town
  postcode
  schoolDayStartsAt
  closureDays
  inCouncil
  agencyId
  agencyName
  contactEmail
  version
  safeguardingLeads {
    userId
    displayName
    jobTitle
    role
  }
}
    `, {"fragmentName":"EducationSettingFields"}) as unknown as TypedDocumentString<EducationSettingFieldsFragment, unknown>;
export const EncompassRouteFieldsFragmentDoc = new TypedDocumentString(`
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
    `, {"fragmentName":"EncompassRouteFields"}) as unknown as TypedDocumentString<EncompassRouteFieldsFragment, unknown>;
export const EncompassSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment EncompassSummaryFields on EncompassNotificationSummary {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}`, {"fragmentName":"EncompassSummaryFields"}) as unknown as TypedDocumentString<EncompassSummaryFieldsFragment, unknown>;
export const EncompassNotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment EncompassNotificationFields on EncompassNotification {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
  summary
  recordedByName
  children {
    id
    firstName
    lastName
    dateOfBirth
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    settingName
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}`, {"fragmentName":"EncompassNotificationFields"}) as unknown as TypedDocumentString<EncompassNotificationFieldsFragment, unknown>;
export const EncompassFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment EncompassFiguresFields on EncompassFigures {
  notifications
  readBeforeSchoolDay {
    numerator
    denominator
    percent
  }
  medianMinutesToAcknowledge
  escalatedToDeputies
  escalatedToCouncil
}
    `, {"fragmentName":"EncompassFiguresFields"}) as unknown as TypedDocumentString<EncompassFiguresFieldsFragment, unknown>;
export const ForumMeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}
    `, {"fragmentName":"ForumMeetingFields"}) as unknown as TypedDocumentString<ForumMeetingFieldsFragment, unknown>;
export const ForumActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}
    `, {"fragmentName":"ForumActionFields"}) as unknown as TypedDocumentString<ForumActionFieldsFragment, unknown>;
export const AgendaItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgendaItemFields on AgendaItem {
  id
  status
  reason
  summary
  chairNote
  slot
  position
  discussion
  decision
  referredTo
  addedByName
  version
  case {
    caseId
    reference
    familyName
    level
    status
    leadAgency {
      name
    }
    leadPractitioner {
      id
      displayName
    }
    planStatus
    myFamilyPlanDue
    lastReviewOn
    nextReviewOn
    openActions
    previousDiscussions {
      meetsOn
      decision
    }
    stepHistory {
      on
      summary
    }
  }
  actions {
    ...ForumActionFields
  }
  contributions {
    id
    authorName
    authorAgency
    body
    sentAt
  }
  canContribute
}
    fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}`, {"fragmentName":"AgendaItemFields"}) as unknown as TypedDocumentString<AgendaItemFieldsFragment, unknown>;
export const AgendaFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgendaFields on Agenda {
  meeting {
    ...ForumMeetingFields
  }
  items {
    ...AgendaItemFields
  }
  attendance {
    agency {
      id
      name
    }
    attendees
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}
fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}
fragment AgendaItemFields on AgendaItem {
  id
  status
  reason
  summary
  chairNote
  slot
  position
  discussion
  decision
  referredTo
  addedByName
  version
  case {
    caseId
    reference
    familyName
    level
    status
    leadAgency {
      name
    }
    leadPractitioner {
      id
      displayName
    }
    planStatus
    myFamilyPlanDue
    lastReviewOn
    nextReviewOn
    openActions
    previousDiscussions {
      meetsOn
      decision
    }
    stepHistory {
      on
      summary
    }
  }
  actions {
    ...ForumActionFields
  }
  contributions {
    id
    authorName
    authorAgency
    body
    sentAt
  }
  canContribute
}`, {"fragmentName":"AgendaFields"}) as unknown as TypedDocumentString<AgendaFieldsFragment, unknown>;
export const MentoringRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment MentoringRequestFields on MentoringRequest {
  id
  caseId
  caseReference
  requestedBy {
    displayName
  }
  requestedAt
  ageWorkingDays
  topic
  question
  status
  assignedTo {
    id
    displayName
  }
  closingSummary
  sessions {
    id
    heldOn
    advice
    nextSteps
    recordedByName
  }
  version
}
    `, {"fragmentName":"MentoringRequestFields"}) as unknown as TypedDocumentString<MentoringRequestFieldsFragment, unknown>;
export const EscalationConcernFieldsFragmentDoc = new TypedDocumentString(`
    fragment EscalationConcernFields on EscalationConcern {
  id
  caseId
  caseReference
  familyName
  worry
  tried
  urgency
  status
  raisedByName
  raisedByAgency
  raisedAt
  response
  decidedAt
  forumMeetsOn
  forumDecision
  proposedMeetingId
  version
}
    `, {"fragmentName":"EscalationConcernFields"}) as unknown as TypedDocumentString<EscalationConcernFieldsFragment, unknown>;
export const RetentionPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment RetentionPolicyFields on RetentionPolicy {
  recordType
  rule
  period
  version
  updatedBy
  updatedAt
}
    `, {"fragmentName":"RetentionPolicyFields"}) as unknown as TypedDocumentString<RetentionPolicyFieldsFragment, unknown>;
export const LegalHoldFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"LegalHoldFields"}) as unknown as TypedDocumentString<LegalHoldFieldsFragment, unknown>;
export const AgencyFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
    `, {"fragmentName":"AgencyFields"}) as unknown as TypedDocumentString<AgencyFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}`, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const FamilyFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"FamilyFields"}) as unknown as TypedDocumentString<FamilyFieldsFragment, unknown>;
export const PractitionerFieldsFragmentDoc = new TypedDocumentString(`
    fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
    `, {"fragmentName":"PractitionerFields"}) as unknown as TypedDocumentString<PractitionerFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`, {"fragmentName":"ReferralFields"}) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const CaseSummaryFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}`, {"fragmentName":"CaseSummaryFields"}) as unknown as TypedDocumentString<CaseSummaryFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`, {"fragmentName":"CaseFields"}) as unknown as TypedDocumentString<CaseFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShareFields on ShareModel {
  numerator
  denominator
  percent
}
    `, {"fragmentName":"ShareFields"}) as unknown as TypedDocumentString<ShareFieldsFragment, unknown>;
export const PeriodMeasuresFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodMeasuresFields on ImpactMeasuresModel {
  cases
  previouslyOpenToSocialCare {
    ...ShareFields
  }
  steppedDownFromSocialCare {
    ...ShareFields
  }
  steppedDownFromFamilyCasework {
    ...ShareFields
  }
  steppedUpToLevel3 {
    ...ShareFields
  }
  steppedUpToLevel4 {
    ...ShareFields
  }
  becameLookedAfter {
    ...ShareFields
  }
  steppedUpOrLookedAfter {
    ...ShareFields
  }
  repeatReferralsWithin12Months {
    ...ShareFields
  }
  medianDaysToAllocation
  daysToAllocation {
    band
    cases
  }
}
    fragment ShareFields on ShareModel {
  numerator
  denominator
  percent
}`, {"fragmentName":"PeriodMeasuresFields"}) as unknown as TypedDocumentString<PeriodMeasuresFieldsFragment, unknown>;
export const MonthMeasuresFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonthMeasuresFields on MonthMeasuresModel {
  month
  cases
  previouslyOpenToSocialCare {
    ...ShareFields
  }
  steppedDownFromSocialCare {
    ...ShareFields
  }
  steppedDownFromFamilyCasework {
    ...ShareFields
  }
  steppedUpToLevel3 {
    ...ShareFields
  }
  steppedUpToLevel4 {
    ...ShareFields
  }
  becameLookedAfter {
    ...ShareFields
  }
  steppedUpOrLookedAfter {
    ...ShareFields
  }
  repeatReferralsWithin12Months {
    ...ShareFields
  }
  medianDaysToAllocation
  daysToAllocation {
    band
    cases
  }
}
    fragment ShareFields on ShareModel {
  numerator
  denominator
  percent
}`, {"fragmentName":"MonthMeasuresFields"}) as unknown as TypedDocumentString<MonthMeasuresFieldsFragment, unknown>;
export const InboxFieldsFragmentDoc = new TypedDocumentString(`
    fragment InboxFields on Inbox {
  unreadCount
  notifications {
    id
    kind
    text
    link
    createdAt
    read
  }
}
    `, {"fragmentName":"InboxFields"}) as unknown as TypedDocumentString<InboxFieldsFragment, unknown>;
export const PlanSectionFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PlanSectionFields"}) as unknown as TypedDocumentString<PlanSectionFieldsFragment, unknown>;
export const MyFamilyPlanFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"MyFamilyPlanFields"}) as unknown as TypedDocumentString<MyFamilyPlanFieldsFragment, unknown>;
export const OutcomeHeadingFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}
    `, {"fragmentName":"OutcomeHeadingFields"}) as unknown as TypedDocumentString<OutcomeHeadingFieldsFragment, unknown>;
export const PlanNeedFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}`, {"fragmentName":"PlanNeedFields"}) as unknown as TypedDocumentString<PlanNeedFieldsFragment, unknown>;
export const SustainmentCheckFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SustainmentCheckFields"}) as unknown as TypedDocumentString<SustainmentCheckFieldsFragment, unknown>;
export const CaseAccessLogDocument = new TypedDocumentString(`
    query CaseAccessLog($caseId: ID!) {
  caseAccessLog(caseId: $caseId) {
    who
    agency
    what
    allowed
    when
  }
}
    `) as unknown as TypedDocumentString<CaseAccessLogQuery, CaseAccessLogQueryVariables>;
export const CaseLeadChangeDocument = new TypedDocumentString(`
    query CaseLeadChange($id: ID!) {
  case(id: $id) {
    id
    version
    leadAgency {
      id
    }
    leadChange {
      canChangeLead
      candidates {
        id
        displayName
        jobTitle
      }
      openTransfer {
        id
        toAgencyName
        toPractitionerName
        note
        offeredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseLeadChangeQuery, CaseLeadChangeQueryVariables>;
export const ChangeLeadDocument = new TypedDocumentString(`
    mutation ChangeLead($input: ChangeLeadPractitionerInput!) {
  changeLeadPractitioner(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeLeadMutation, ChangeLeadMutationVariables>;
export const PractitionersToOfferToDocument = new TypedDocumentString(`
    query PractitionersToOfferTo($agencyId: ID!) {
  practitionersToOfferTo(agencyId: $agencyId) {
    id
    displayName
    jobTitle
  }
}
    `) as unknown as TypedDocumentString<PractitionersToOfferToQuery, PractitionersToOfferToQueryVariables>;
export const OfferTransferDocument = new TypedDocumentString(`
    mutation OfferTransfer($input: OfferCaseTransferInput!) {
  offerCaseTransfer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OfferTransferMutation, OfferTransferMutationVariables>;
export const WithdrawTransferDocument = new TypedDocumentString(`
    mutation WithdrawTransfer($transferId: ID!) {
  withdrawCaseTransfer(transferId: $transferId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawTransferMutation, WithdrawTransferMutationVariables>;
export const TransferOffersDocument = new TypedDocumentString(`
    query TransferOffers {
  caseTransferOffers {
    id
    caseReference
    familyName
    childrenCount
    fromAgencyName
    offeredByName
    note
    offeredAt
    canDecide
    candidates {
      id
      displayName
      jobTitle
    }
  }
}
    `) as unknown as TypedDocumentString<TransferOffersQuery, TransferOffersQueryVariables>;
export const AcceptTransferDocument = new TypedDocumentString(`
    mutation AcceptTransfer($input: AcceptCaseTransferInput!) {
  acceptCaseTransfer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const DeclineTransferDocument = new TypedDocumentString(`
    mutation DeclineTransfer($input: DeclineCaseTransferInput!) {
  declineCaseTransfer(input: $input)
}
    `) as unknown as TypedDocumentString<DeclineTransferMutation, DeclineTransferMutationVariables>;
export const CaseMaintenanceReviewsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CaseMaintenanceReviewsQuery, CaseMaintenanceReviewsQueryVariables>;
export const RecordMaintenanceReviewDocument = new TypedDocumentString(`
    mutation RecordMaintenanceReview($input: RecordMaintenanceReviewInput!) {
  recordMaintenanceReview(input: $input) {
    dueOn
    outcome
  }
}
    `) as unknown as TypedDocumentString<RecordMaintenanceReviewMutation, RecordMaintenanceReviewMutationVariables>;
export const CaseLevelDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CaseLevelQuery, CaseLevelQueryVariables>;
export const OfferStepDownDocument = new TypedDocumentString(`
    mutation OfferStepDown($input: OfferCaseTransferInput!) {
  offerStepDown(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OfferStepDownMutation, OfferStepDownMutationVariables>;
export const FamilyCaseworkersDocument = new TypedDocumentString(`
    query FamilyCaseworkers {
  familyCaseworkers {
    id
    displayName
    jobTitle
  }
}
    `) as unknown as TypedDocumentString<FamilyCaseworkersQuery, FamilyCaseworkersQueryVariables>;
export const AcceptStepUpDocument = new TypedDocumentString(`
    mutation AcceptStepUp($input: AcceptStepUpInput!) {
  acceptStepUp(input: $input) {
    caseId
    caseReference
    leadAgencyName
  }
}
    `) as unknown as TypedDocumentString<AcceptStepUpMutation, AcceptStepUpMutationVariables>;
export const RecordStepDownFromSocialCareDocument = new TypedDocumentString(`
    mutation RecordStepDownFromSocialCare($input: StepDownFromSocialCareInput!) {
  recordStepDownFromSocialCare(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<RecordStepDownFromSocialCareMutation, RecordStepDownFromSocialCareMutationVariables>;
export const RestrictedInformationDocument = new TypedDocumentString(`
    query RestrictedInformation($id: ID!) {
  case(id: $id) {
    id
    leadAgency {
      id
    }
    leadPractitioner {
      id
      displayName
      jobTitle
    }
    restrictedInformation {
      id
      category
      canRead
      content
      recordedAt
      recordedByAgency {
        name
      }
      recordedBy {
        id
        displayName
        jobTitle
      }
      sharedWith {
        id
        displayName
        jobTitle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestrictedInformationQuery, RestrictedInformationQueryVariables>;
export const RecordRestrictedInformationDocument = new TypedDocumentString(`
    mutation RecordRestrictedInformation($input: RecordRestrictedInformationInput!) {
  recordRestrictedInformation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordRestrictedInformationMutation, RecordRestrictedInformationMutationVariables>;
export const ShareDecisionsDocument = new TypedDocumentString(`
    query ShareDecisions($id: ID!) {
  case(id: $id) {
    id
    family {
      members {
        id
        firstName
        lastName
        role
      }
    }
    shareDecisions {
      id
      decision
      lawfulBasis
      reason
      reasonText
      whatShared
      sharedWith
      childName
      decidedByName
      decidedByAgency
      decidedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ShareDecisionsQuery, ShareDecisionsQueryVariables>;
export const RecordShareDecisionDocument = new TypedDocumentString(`
    mutation RecordShareDecision($input: RecordShareDecisionInput!) {
  recordShareDecision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordShareDecisionMutation, RecordShareDecisionMutationVariables>;
export const CaseTeamDocument = new TypedDocumentString(`
    query CaseTeam($id: ID!) {
  case(id: $id) {
    id
    version
    leadAgency {
      id
    }
    team {
      canManage
      canLeave
      consentedAgencyIds
      members {
        userId
        name
        jobTitle
        agencyName
        role
        isLead
        basisLabel
        joinedAt
      }
      pendingInvitations {
        ...TeamInvitationFields
      }
      history {
        ...TeamInvitationFields
      }
    }
  }
}
    fragment TeamInvitationFields on TeamInvitation {
  id
  inviteeName
  agencyName
  role
  statusLabel
  basisLabel
  invitedByName
  invitedAt
  endedAt
  reason
  version
}`) as unknown as TypedDocumentString<CaseTeamQuery, CaseTeamQueryVariables>;
export const PractitionersToInviteDocument = new TypedDocumentString(`
    query PractitionersToInvite($caseId: ID!, $agencyId: ID!) {
  practitionersToInvite(caseId: $caseId, agencyId: $agencyId) {
    id
    displayName
    jobTitle
  }
}
    `) as unknown as TypedDocumentString<PractitionersToInviteQuery, PractitionersToInviteQueryVariables>;
export const InviteToTeamDocument = new TypedDocumentString(`
    mutation InviteToTeam($input: InviteToTeamInput!) {
  inviteToTeam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteToTeamMutation, InviteToTeamMutationVariables>;
export const WithdrawTeamInvitationDocument = new TypedDocumentString(`
    mutation WithdrawTeamInvitation($input: TeamInvitationVersionInput!) {
  withdrawTeamInvitation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawTeamInvitationMutation, WithdrawTeamInvitationMutationVariables>;
export const RemoveFromTeamDocument = new TypedDocumentString(`
    mutation RemoveFromTeam($input: RemoveFromTeamInput!) {
  removeFromTeam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveFromTeamMutation, RemoveFromTeamMutationVariables>;
export const LeaveTeamDocument = new TypedDocumentString(`
    mutation LeaveTeam($caseId: ID!) {
  leaveTeam(caseId: $caseId)
}
    `) as unknown as TypedDocumentString<LeaveTeamMutation, LeaveTeamMutationVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const TeamInvitationsDocument = new TypedDocumentString(`
    query TeamInvitations {
  teamInvitations {
    id
    caseReference
    familyLabel
    role
    basisLabel
    invitedByName
    invitedByAgency
    invitedAt
    version
  }
}
    `) as unknown as TypedDocumentString<TeamInvitationsQuery, TeamInvitationsQueryVariables>;
export const AcceptTeamInvitationDocument = new TypedDocumentString(`
    mutation AcceptTeamInvitation($input: TeamInvitationVersionInput!) {
  acceptTeamInvitation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptTeamInvitationMutation, AcceptTeamInvitationMutationVariables>;
export const DeclineTeamInvitationDocument = new TypedDocumentString(`
    mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {
  declineTeamInvitation(input: $input)
}
    `) as unknown as TypedDocumentString<DeclineTeamInvitationMutation, DeclineTeamInvitationMutationVariables>;
export const EducationSettingsDocument = new TypedDocumentString(`
    query EducationSettings {
  educationSettings {
    ...EducationSettingFields
  }
}
    fragment EducationSettingFields on EducationSetting {
  id
  name
  urn
  phase
  addressLine1
  addressLine2
  town
  postcode
  schoolDayStartsAt
  closureDays
  inCouncil
  agencyId
  agencyName
  contactEmail
  version
  safeguardingLeads {
    userId
    displayName
    jobTitle
    role
  }
}`) as unknown as TypedDocumentString<EducationSettingsQuery, EducationSettingsQueryVariables>;
export const EducationSettingDocument = new TypedDocumentString(`
    query EducationSetting($id: ID!) {
  educationSetting(id: $id) {
    ...EducationSettingFields
  }
}
    fragment EducationSettingFields on EducationSetting {
  id
  name
  urn
  phase
  addressLine1
  addressLine2
  town
  postcode
  schoolDayStartsAt
  closureDays
  inCouncil
  agencyId
  agencyName
  contactEmail
  version
  safeguardingLeads {
    userId
    displayName
    jobTitle
    role
  }
}`) as unknown as TypedDocumentString<EducationSettingQuery, EducationSettingQueryVariables>;
export const AddEducationSettingDocument = new TypedDocumentString(`
    mutation AddEducationSetting($input: EducationSettingInput!) {
  addEducationSetting(input: $input) {
    ...EducationSettingFields
  }
}
    fragment EducationSettingFields on EducationSetting {
  id
  name
  urn
  phase
  addressLine1
  addressLine2
  town
  postcode
  schoolDayStartsAt
  closureDays
  inCouncil
  agencyId
  agencyName
  contactEmail
  version
  safeguardingLeads {
    userId
    displayName
    jobTitle
    role
  }
}`) as unknown as TypedDocumentString<AddEducationSettingMutation, AddEducationSettingMutationVariables>;
export const UpdateEducationSettingDocument = new TypedDocumentString(`
    mutation UpdateEducationSetting($id: ID!, $expectedVersion: Int!, $input: EducationSettingInput!) {
  updateEducationSetting(
    id: $id
    expectedVersion: $expectedVersion
    input: $input
  ) {
    ...EducationSettingFields
  }
}
    fragment EducationSettingFields on EducationSetting {
  id
  name
  urn
  phase
  addressLine1
  addressLine2
  town
  postcode
  schoolDayStartsAt
  closureDays
  inCouncil
  agencyId
  agencyName
  contactEmail
  version
  safeguardingLeads {
    userId
    displayName
    jobTitle
    role
  }
}`) as unknown as TypedDocumentString<UpdateEducationSettingMutation, UpdateEducationSettingMutationVariables>;
export const RecordChildSettingDocument = new TypedDocumentString(`
    mutation RecordChildSetting($input: RecordChildSettingInput!) {
  recordChildSetting(input: $input) {
    id
    settingId
    settingName
    urn
    startedOn
    endedOn
  }
}
    `) as unknown as TypedDocumentString<RecordChildSettingMutation, RecordChildSettingMutationVariables>;
export const EncompassNotificationsDocument = new TypedDocumentString(`
    query EncompassNotifications {
  encompassNotifications {
    ...EncompassSummaryFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
fragment EncompassSummaryFields on EncompassNotificationSummary {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
}`) as unknown as TypedDocumentString<EncompassNotificationsQuery, EncompassNotificationsQueryVariables>;
export const EncompassNotificationDocument = new TypedDocumentString(`
    query EncompassNotification($id: ID!) {
  encompassNotification(id: $id) {
    ...EncompassNotificationFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
fragment EncompassNotificationFields on EncompassNotification {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
  summary
  recordedByName
  children {
    id
    firstName
    lastName
    dateOfBirth
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    settingName
  }
}`) as unknown as TypedDocumentString<EncompassNotificationQuery, EncompassNotificationQueryVariables>;
export const OpenEncompassNotificationDocument = new TypedDocumentString(`
    mutation OpenEncompassNotification($id: ID!) {
  openEncompassNotification(id: $id) {
    ...EncompassNotificationFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
fragment EncompassNotificationFields on EncompassNotification {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
  summary
  recordedByName
  children {
    id
    firstName
    lastName
    dateOfBirth
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    settingName
  }
}`) as unknown as TypedDocumentString<OpenEncompassNotificationMutation, OpenEncompassNotificationMutationVariables>;
export const RecordEncompassNotificationDocument = new TypedDocumentString(`
    mutation RecordEncompassNotification($input: RecordEncompassNotificationInput!) {
  recordEncompassNotification(input: $input) {
    ...EncompassNotificationFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
fragment EncompassNotificationFields on EncompassNotification {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
  summary
  recordedByName
  children {
    id
    firstName
    lastName
    dateOfBirth
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    settingName
  }
}`) as unknown as TypedDocumentString<RecordEncompassNotificationMutation, RecordEncompassNotificationMutationVariables>;
export const AcknowledgeEncompassNotificationDocument = new TypedDocumentString(`
    mutation AcknowledgeEncompassNotification($input: AcknowledgeEncompassInput!) {
  acknowledgeEncompassNotification(input: $input) {
    ...EncompassNotificationFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
fragment EncompassNotificationFields on EncompassNotification {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
  summary
  recordedByName
  children {
    id
    firstName
    lastName
    dateOfBirth
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    settingName
  }
}`) as unknown as TypedDocumentString<AcknowledgeEncompassNotificationMutation, AcknowledgeEncompassNotificationMutationVariables>;
export const PassOnEncompassNotificationDocument = new TypedDocumentString(`
    mutation PassOnEncompassNotification($input: PassOnEncompassInput!) {
  passOnEncompassNotification(input: $input) {
    ...EncompassNotificationFields
  }
}
    fragment EncompassRouteFields on EncompassRoute {
  id
  settingName
  withCouncilContact
  dueAt
  stage
  acknowledgedAt
  acknowledgedByName
  response
  responseNote
  version
  canAcknowledge
  passedOnAt
  passedOnByName
  passedOnNote
  canPassOn
}
fragment EncompassNotificationFields on EncompassNotification {
  id
  incidentReference
  occurredAt
  recordedAt
  recordedByAgency
  childCount
  routes {
    ...EncompassRouteFields
  }
  summary
  recordedByName
  children {
    id
    firstName
    lastName
    dateOfBirth
    nhsNumber
    uniquePupilNumber
    councilPersonNumber
    settingName
  }
}`) as unknown as TypedDocumentString<PassOnEncompassNotificationMutation, PassOnEncompassNotificationMutationVariables>;
export const EncompassFiguresDocument = new TypedDocumentString(`
    query EncompassFigures($from: String!, $to: String!) {
  impactFigures(filter: {from: $from, to: $to}) {
    encompass {
      total {
        ...EncompassFiguresFields
      }
      byMonth {
        key
        figures {
          ...EncompassFiguresFields
        }
      }
      bySetting {
        key
        figures {
          ...EncompassFiguresFields
        }
      }
    }
  }
}
    fragment EncompassFiguresFields on EncompassFigures {
  notifications
  readBeforeSchoolDay {
    numerator
    denominator
    percent
  }
  medianMinutesToAcknowledge
  escalatedToDeputies
  escalatedToCouncil
}`) as unknown as TypedDocumentString<EncompassFiguresQuery, EncompassFiguresQueryVariables>;
export const ForumMeetingsDocument = new TypedDocumentString(`
    query ForumMeetings {
  forumMeetings {
    ...ForumMeetingFields
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}`) as unknown as TypedDocumentString<ForumMeetingsQuery, ForumMeetingsQueryVariables>;
export const AgendaDocument = new TypedDocumentString(`
    query Agenda($meetingId: ID!) {
  agenda(meetingId: $meetingId) {
    ...AgendaFields
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}
fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}
fragment AgendaItemFields on AgendaItem {
  id
  status
  reason
  summary
  chairNote
  slot
  position
  discussion
  decision
  referredTo
  addedByName
  version
  case {
    caseId
    reference
    familyName
    level
    status
    leadAgency {
      name
    }
    leadPractitioner {
      id
      displayName
    }
    planStatus
    myFamilyPlanDue
    lastReviewOn
    nextReviewOn
    openActions
    previousDiscussions {
      meetsOn
      decision
    }
    stepHistory {
      on
      summary
    }
  }
  actions {
    ...ForumActionFields
  }
  contributions {
    id
    authorName
    authorAgency
    body
    sentAt
  }
  canContribute
}
fragment AgendaFields on Agenda {
  meeting {
    ...ForumMeetingFields
  }
  items {
    ...AgendaItemFields
  }
  attendance {
    agency {
      id
      name
    }
    attendees
  }
}`) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const MinutesDocument = new TypedDocumentString(`
    query Minutes($meetingId: ID!) {
  minutes(meetingId: $meetingId) {
    ...AgendaFields
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}
fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}
fragment AgendaItemFields on AgendaItem {
  id
  status
  reason
  summary
  chairNote
  slot
  position
  discussion
  decision
  referredTo
  addedByName
  version
  case {
    caseId
    reference
    familyName
    level
    status
    leadAgency {
      name
    }
    leadPractitioner {
      id
      displayName
    }
    planStatus
    myFamilyPlanDue
    lastReviewOn
    nextReviewOn
    openActions
    previousDiscussions {
      meetsOn
      decision
    }
    stepHistory {
      on
      summary
    }
  }
  actions {
    ...ForumActionFields
  }
  contributions {
    id
    authorName
    authorAgency
    body
    sentAt
  }
  canContribute
}
fragment AgendaFields on Agenda {
  meeting {
    ...ForumMeetingFields
  }
  items {
    ...AgendaItemFields
  }
  attendance {
    agency {
      id
      name
    }
    attendees
  }
}`) as unknown as TypedDocumentString<MinutesQuery, MinutesQueryVariables>;
export const MyActionsDocument = new TypedDocumentString(`
    query MyActions {
  myActions {
    ...ForumActionFields
  }
}
    fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}`) as unknown as TypedDocumentString<MyActionsQuery, MyActionsQueryVariables>;
export const ScheduleDocument = new TypedDocumentString(`
    mutation Schedule($input: ScheduleMeetingsInput!) {
  scheduleForumMeetings(input: $input) {
    ...ForumMeetingFields
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}`) as unknown as TypedDocumentString<ScheduleMutation, ScheduleMutationVariables>;
export const AddItemDocument = new TypedDocumentString(`
    mutation AddItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AddItemMutation, AddItemMutationVariables>;
export const CurateDocument = new TypedDocumentString(`
    mutation Curate($input: CurateItemInput!) {
  curateAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurateMutation, CurateMutationVariables>;
export const DecideDocument = new TypedDocumentString(`
    mutation Decide($input: RecordDecisionInput!) {
  recordForumDecision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecideMutation, DecideMutationVariables>;
export const AttendanceDocument = new TypedDocumentString(`
    mutation Attendance($input: AttendanceInput!) {
  recordAttendance(input: $input) {
    meeting {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceMutation, AttendanceMutationVariables>;
export const CompleteActionDocument = new TypedDocumentString(`
    mutation CompleteAction($actionId: ID!) {
  completeForumAction(actionId: $actionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteActionMutation, CompleteActionMutationVariables>;
export const OpenHandoversDocument = new TypedDocumentString(`
    query OpenHandovers {
  openHandovers {
    id
    caseId
    caseReference
    toTeam
    route
    reason
    requestedByName
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<OpenHandoversQuery, OpenHandoversQueryVariables>;
export const AcceptHandoverDocument = new TypedDocumentString(`
    mutation AcceptHandover($handoverId: ID!) {
  acceptHandover(handoverId: $handoverId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptHandoverMutation, AcceptHandoverMutationVariables>;
export const UrgentStepUpDocument = new TypedDocumentString(`
    mutation UrgentStepUp($input: UrgentStepUpInput!) {
  urgentStepUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UrgentStepUpMutation, UrgentStepUpMutationVariables>;
export const MentoringRequestsDocument = new TypedDocumentString(`
    query MentoringRequests($includeClosed: Boolean!) {
  mentoringRequests(includeClosed: $includeClosed) {
    ...MentoringRequestFields
  }
}
    fragment MentoringRequestFields on MentoringRequest {
  id
  caseId
  caseReference
  requestedBy {
    displayName
  }
  requestedAt
  ageWorkingDays
  topic
  question
  status
  assignedTo {
    id
    displayName
  }
  closingSummary
  sessions {
    id
    heldOn
    advice
    nextSteps
    recordedByName
  }
  version
}`) as unknown as TypedDocumentString<MentoringRequestsQuery, MentoringRequestsQueryVariables>;
export const RequestMentoringDocument = new TypedDocumentString(`
    mutation RequestMentoring($input: RequestMentoringInput!) {
  requestMentoring(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestMentoringMutation, RequestMentoringMutationVariables>;
export const AssignMentoringDocument = new TypedDocumentString(`
    mutation AssignMentoring($input: AssignMentoringInput!) {
  assignMentoring(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignMentoringMutation, AssignMentoringMutationVariables>;
export const MentoringSessionDocument = new TypedDocumentString(`
    mutation MentoringSession($input: MentoringSessionInput!) {
  recordMentoringSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MentoringSessionMutation, MentoringSessionMutationVariables>;
export const CloseMentoringDocument = new TypedDocumentString(`
    mutation CloseMentoring($input: CloseMentoringInput!) {
  closeMentoring(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseMentoringMutation, CloseMentoringMutationVariables>;
export const CalendarLinkDocument = new TypedDocumentString(`
    mutation CalendarLink {
  forumCalendarLink
}
    `) as unknown as TypedDocumentString<CalendarLinkMutation, CalendarLinkMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($meetingId: ID!, $version: Int!) {
  cancelForumMeeting(meetingId: $meetingId, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const MoveMeetingDocument = new TypedDocumentString(`
    mutation MoveMeeting($input: MoveMeetingInput!) {
  moveForumMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveMeetingMutation, MoveMeetingMutationVariables>;
export const PlaceItemDocument = new TypedDocumentString(`
    mutation PlaceItem($input: CurateItemInput!) {
  curateAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlaceItemMutation, PlaceItemMutationVariables>;
export const PublishAgendaDocument = new TypedDocumentString(`
    mutation PublishAgenda($meetingId: ID!) {
  publishAgenda(meetingId: $meetingId) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishAgendaMutation, PublishAgendaMutationVariables>;
export const SignOffMinutesDocument = new TypedDocumentString(`
    mutation SignOffMinutes($meetingId: ID!, $version: Int!) {
  signOffMinutes(meetingId: $meetingId, version: $version) {
    id
    minutesSignedOffAt
  }
}
    `) as unknown as TypedDocumentString<SignOffMinutesMutation, SignOffMinutesMutationVariables>;
export const StartMeetingDocument = new TypedDocumentString(`
    mutation StartMeeting($meetingId: ID!, $version: Int!) {
  meeting: startForumMeeting(meetingId: $meetingId, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartMeetingMutation, StartMeetingMutationVariables>;
export const CloseMeetingDocument = new TypedDocumentString(`
    mutation CloseMeeting($meetingId: ID!, $version: Int!) {
  meeting: closeForumMeeting(meetingId: $meetingId, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const SendContributionDocument = new TypedDocumentString(`
    mutation SendContribution($input: ForumContributionInput!) {
  sendForumContribution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendContributionMutation, SendContributionMutationVariables>;
export const MyEscalationConcernsDocument = new TypedDocumentString(`
    query MyEscalationConcerns {
  myEscalationConcerns {
    ...EscalationConcernFields
  }
}
    fragment EscalationConcernFields on EscalationConcern {
  id
  caseId
  caseReference
  familyName
  worry
  tried
  urgency
  status
  raisedByName
  raisedByAgency
  raisedAt
  response
  decidedAt
  forumMeetsOn
  forumDecision
  proposedMeetingId
  version
}`) as unknown as TypedDocumentString<MyEscalationConcernsQuery, MyEscalationConcernsQueryVariables>;
export const ConcernsAwaitingChairDocument = new TypedDocumentString(`
    query ConcernsAwaitingChair {
  escalationConcernsAwaitingChair {
    ...EscalationConcernFields
  }
}
    fragment EscalationConcernFields on EscalationConcern {
  id
  caseId
  caseReference
  familyName
  worry
  tried
  urgency
  status
  raisedByName
  raisedByAgency
  raisedAt
  response
  decidedAt
  forumMeetsOn
  forumDecision
  proposedMeetingId
  version
}`) as unknown as TypedDocumentString<ConcernsAwaitingChairQuery, ConcernsAwaitingChairQueryVariables>;
export const RaiseConcernDocument = new TypedDocumentString(`
    mutation RaiseConcern($input: RaiseEscalationConcernInput!) {
  raiseEscalationConcern(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaiseConcernMutation, RaiseConcernMutationVariables>;
export const PlaceConcernDocument = new TypedDocumentString(`
    mutation PlaceConcern($input: PlaceConcernOnAgendaInput!) {
  placeConcernOnAgenda(input: $input) {
    id
    forumMeetsOn
  }
}
    `) as unknown as TypedDocumentString<PlaceConcernMutation, PlaceConcernMutationVariables>;
export const ConcernUrgentRouteDocument = new TypedDocumentString(`
    mutation ConcernUrgentRoute($input: TakeConcernUrgentRouteInput!) {
  takeConcernUrgentRoute(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConcernUrgentRouteMutation, ConcernUrgentRouteMutationVariables>;
export const AnswerConcernDocument = new TypedDocumentString(`
    mutation AnswerConcern($input: AnswerConcernInput!) {
  answerEscalationConcern(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AnswerConcernMutation, AnswerConcernMutationVariables>;
export const LiveAgendaDocument = new TypedDocumentString(`
    query LiveAgenda($meetingId: ID!) {
  agenda(meetingId: $meetingId) {
    ...AgendaFields
    currentItemId
    currentItemHidden
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}
fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}
fragment AgendaItemFields on AgendaItem {
  id
  status
  reason
  summary
  chairNote
  slot
  position
  discussion
  decision
  referredTo
  addedByName
  version
  case {
    caseId
    reference
    familyName
    level
    status
    leadAgency {
      name
    }
    leadPractitioner {
      id
      displayName
    }
    planStatus
    myFamilyPlanDue
    lastReviewOn
    nextReviewOn
    openActions
    previousDiscussions {
      meetsOn
      decision
    }
    stepHistory {
      on
      summary
    }
  }
  actions {
    ...ForumActionFields
  }
  contributions {
    id
    authorName
    authorAgency
    body
    sentAt
  }
  canContribute
}
fragment AgendaFields on Agenda {
  meeting {
    ...ForumMeetingFields
  }
  items {
    ...AgendaItemFields
  }
  attendance {
    agency {
      id
      name
    }
    attendees
  }
}`) as unknown as TypedDocumentString<LiveAgendaQuery, LiveAgendaQueryVariables>;
export const LiveAgendaItemDocument = new TypedDocumentString(`
    query LiveAgendaItem($meetingId: ID!, $itemId: ID) {
  liveAgendaItem(meetingId: $meetingId, itemId: $itemId) {
    meeting {
      ...ForumMeetingFields
    }
    item {
      ...AgendaItemFields
    }
    currentItemId
    currentItemHidden
  }
}
    fragment ForumMeetingFields on ForumMeeting {
  id
  meetsOn
  startsAt
  place
  onlineLink
  status
  agendaCutoff
  itemCount
  version
  minutesSignedOffAt
  canStart
}
fragment ForumActionFields on ForumAction {
  id
  caseId
  caseReference
  owner {
    id
    displayName
  }
  description
  dueOn
  doneOn
  overdue
}
fragment AgendaItemFields on AgendaItem {
  id
  status
  reason
  summary
  chairNote
  slot
  position
  discussion
  decision
  referredTo
  addedByName
  version
  case {
    caseId
    reference
    familyName
    level
    status
    leadAgency {
      name
    }
    leadPractitioner {
      id
      displayName
    }
    planStatus
    myFamilyPlanDue
    lastReviewOn
    nextReviewOn
    openActions
    previousDiscussions {
      meetsOn
      decision
    }
    stepHistory {
      on
      summary
    }
  }
  actions {
    ...ForumActionFields
  }
  contributions {
    id
    authorName
    authorAgency
    body
    sentAt
  }
  canContribute
}`) as unknown as TypedDocumentString<LiveAgendaItemQuery, LiveAgendaItemQueryVariables>;
export const TakeAgendaItemDocument = new TypedDocumentString(`
    mutation TakeAgendaItem($input: TakeAgendaItemInput!) {
  takeAgendaItem(input: $input) {
    currentItemId
  }
}
    `) as unknown as TypedDocumentString<TakeAgendaItemMutation, TakeAgendaItemMutationVariables>;
export const FamilyPartnershipTeamDocument = new TypedDocumentString(`
    query FamilyPartnershipTeam {
  familyPartnershipTeam {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<FamilyPartnershipTeamQuery, FamilyPartnershipTeamQueryVariables>;
export const GovernanceDocument = new TypedDocumentString(`
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
    fragment RetentionPolicyFields on RetentionPolicy {
  recordType
  rule
  period
  version
  updatedBy
  updatedAt
}
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
}`) as unknown as TypedDocumentString<GovernanceQuery, GovernanceQueryVariables>;
export const RetentionPoliciesDocument = new TypedDocumentString(`
    query RetentionPolicies {
  retentionPolicies {
    ...RetentionPolicyFields
  }
}
    fragment RetentionPolicyFields on RetentionPolicy {
  recordType
  rule
  period
  version
  updatedBy
  updatedAt
}`) as unknown as TypedDocumentString<RetentionPoliciesQuery, RetentionPoliciesQueryVariables>;
export const UpdateRetentionPolicyDocument = new TypedDocumentString(`
    mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) {
  updateRetentionPolicy(input: $input) {
    ...RetentionPolicyFields
  }
}
    fragment RetentionPolicyFields on RetentionPolicy {
  recordType
  rule
  period
  version
  updatedBy
  updatedAt
}`) as unknown as TypedDocumentString<UpdateRetentionPolicyMutation, UpdateRetentionPolicyMutationVariables>;
export const PlaceLegalHoldDocument = new TypedDocumentString(`
    mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {
  placeLegalHold(input: $input) {
    ...LegalHoldFields
  }
}
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
}`) as unknown as TypedDocumentString<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const LiftLegalHoldDocument = new TypedDocumentString(`
    mutation LiftLegalHold($input: LiftLegalHoldInput!) {
  liftLegalHold(input: $input) {
    ...LegalHoldFields
  }
}
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
}`) as unknown as TypedDocumentString<LiftLegalHoldMutation, LiftLegalHoldMutationVariables>;
export const SubjectAccessPeopleDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SubjectAccessPeopleQuery, SubjectAccessPeopleQueryVariables>;
export const SubjectAccessExportDocument = new TypedDocumentString(`
    mutation SubjectAccessExport($personId: ID!) {
  subjectAccessExport(personId: $personId) {
    fileName
    html
    redactionMarks
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessExportMutation, SubjectAccessExportMutationVariables>;
export const MeDocument = new TypedDocumentString(`
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
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
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
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AgenciesDocument = new TypedDocumentString(`
    query Agencies {
  agencies {
    ...AgencyFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}`) as unknown as TypedDocumentString<AgenciesQuery, AgenciesQueryVariables>;
export const PractitionersDocument = new TypedDocumentString(`
    query Practitioners($agencyId: ID!) {
  practitioners(agencyId: $agencyId) {
    ...PractitionerFields
  }
}
    fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}`) as unknown as TypedDocumentString<PractitionersQuery, PractitionersQueryVariables>;
export const PossibleFamilyMatchesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PossibleFamilyMatchesQuery, PossibleFamilyMatchesQueryVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($status: ReferralStatus) {
  referrals(status: $status) {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = new TypedDocumentString(`
    query Referral($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload {
  caseload {
    ...CaseSummaryFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!) {
  case(id: $id) {
    ...CaseFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    next
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const BeginMfaEnrolmentDocument = new TypedDocumentString(`
    mutation BeginMfaEnrolment {
  beginMfaEnrolment {
    otpauthUri
    qrCodeDataUrl
    setupKey
  }
}
    `) as unknown as TypedDocumentString<BeginMfaEnrolmentMutation, BeginMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmMfaEnrolment($code: String!) {
  confirmMfaEnrolment(code: $code) {
    recoveryCodes
    viewer {
      ...ViewerFields
    }
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
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
}`) as unknown as TypedDocumentString<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const VerifyMfaCodeDocument = new TypedDocumentString(`
    mutation VerifyMfaCode($code: String!) {
  verifyMfaCode(code: $code) {
    ...ViewerFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
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
}`) as unknown as TypedDocumentString<VerifyMfaCodeMutation, VerifyMfaCodeMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const UpdatePersonIdentifiersDocument = new TypedDocumentString(`
    mutation UpdatePersonIdentifiers($input: UpdatePersonIdentifiersInput!) {
  updatePersonIdentifiers(input: $input) {
    ...PersonFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdatePersonIdentifiersMutation, UpdatePersonIdentifiersMutationVariables>;
export const RecordReferralDocument = new TypedDocumentString(`
    mutation RecordReferral($input: RecordReferralInput!) {
  recordReferral(input: $input) {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<RecordReferralMutation, RecordReferralMutationVariables>;
export const MakeReferralDocument = new TypedDocumentString(`
    mutation MakeReferral($input: MakeReferralInput!) {
  makeReferral(input: $input) {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<MakeReferralMutation, MakeReferralMutationVariables>;
export const MyReferralsDocument = new TypedDocumentString(`
    query MyReferrals {
  myReferrals {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<MyReferralsQuery, MyReferralsQueryVariables>;
export const TriageReferralDocument = new TypedDocumentString(`
    mutation TriageReferral($input: TriageReferralInput!) {
  triageReferral(input: $input) {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<TriageReferralMutation, TriageReferralMutationVariables>;
export const AddReferralToCaseDocument = new TypedDocumentString(`
    mutation AddReferralToCase($input: AddReferralToCaseInput!) {
  addReferralToCase(input: $input) {
    ...ReferralFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<AddReferralToCaseMutation, AddReferralToCaseMutationVariables>;
export const RecordFirstContactDocument = new TypedDocumentString(`
    mutation RecordFirstContact($input: RecordFirstContactInput!) {
  recordFirstContact(input: $input) {
    ...CaseFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}
fragment PractitionerFields on Practitioner {
  id
  displayName
  jobTitle
}
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
}`) as unknown as TypedDocumentString<RecordFirstContactMutation, RecordFirstContactMutationVariables>;
export const AddAgencyDocument = new TypedDocumentString(`
    mutation AddAgency($input: AddAgencyInput!) {
  addAgency(input: $input) {
    ...AgencyFields
  }
}
    fragment AgencyFields on Agency {
  id
  name
  agencyType
}`) as unknown as TypedDocumentString<AddAgencyMutation, AddAgencyMutationVariables>;
export const ImpactFiguresDocument = new TypedDocumentString(`
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
    fragment ShareFields on ShareModel {
  numerator
  denominator
  percent
}`) as unknown as TypedDocumentString<ImpactFiguresQuery, ImpactFiguresQueryVariables>;
export const DriftingCasesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DriftingCasesQuery, DriftingCasesQueryVariables>;
export const LocalitiesDocument = new TypedDocumentString(`
    query Localities {
  localities {
    id
    name
    postcodeDistricts
  }
}
    `) as unknown as TypedDocumentString<LocalitiesQuery, LocalitiesQueryVariables>;
export const SaveLocalityDocument = new TypedDocumentString(`
    mutation SaveLocality($input: SaveLocalityInput!) {
  saveLocality(input: $input) {
    id
    name
    postcodeDistricts
  }
}
    `) as unknown as TypedDocumentString<SaveLocalityMutation, SaveLocalityMutationVariables>;
export const ImpactMeasuresDocument = new TypedDocumentString(`
    query ImpactMeasures($filter: ImpactFilterInput!) {
  impactFigures(filter: $filter) {
    practitionersWithCases
    measures {
      ...PeriodMeasuresFields
      months {
        ...MonthMeasuresFields
      }
      needsMetByHeading {
        headingId
        heading
        retired
        needs
        met {
          ...ShareFields
        }
        sustainmentChecked
        sustained {
          ...ShareFields
        }
      }
    }
    shareDecisions {
      month
      decision
      lawfulBasis
      reason
      decisions
    }
  }
}
    fragment ShareFields on ShareModel {
  numerator
  denominator
  percent
}
fragment PeriodMeasuresFields on ImpactMeasuresModel {
  cases
  previouslyOpenToSocialCare {
    ...ShareFields
  }
  steppedDownFromSocialCare {
    ...ShareFields
  }
  steppedDownFromFamilyCasework {
    ...ShareFields
  }
  steppedUpToLevel3 {
    ...ShareFields
  }
  steppedUpToLevel4 {
    ...ShareFields
  }
  becameLookedAfter {
    ...ShareFields
  }
  steppedUpOrLookedAfter {
    ...ShareFields
  }
  repeatReferralsWithin12Months {
    ...ShareFields
  }
  medianDaysToAllocation
  daysToAllocation {
    band
    cases
  }
}
fragment MonthMeasuresFields on MonthMeasuresModel {
  month
  cases
  previouslyOpenToSocialCare {
    ...ShareFields
  }
  steppedDownFromSocialCare {
    ...ShareFields
  }
  steppedDownFromFamilyCasework {
    ...ShareFields
  }
  steppedUpToLevel3 {
    ...ShareFields
  }
  steppedUpToLevel4 {
    ...ShareFields
  }
  becameLookedAfter {
    ...ShareFields
  }
  steppedUpOrLookedAfter {
    ...ShareFields
  }
  repeatReferralsWithin12Months {
    ...ShareFields
  }
  medianDaysToAllocation
  daysToAllocation {
    band
    cases
  }
}`) as unknown as TypedDocumentString<ImpactMeasuresQuery, ImpactMeasuresQueryVariables>;
export const FailedJobsDocument = new TypedDocumentString(`
    query FailedJobs {
  failedNotificationJobs {
    id
    name
    failedReason
    attemptsMade
    failedAt
  }
}
    `) as unknown as TypedDocumentString<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryDocument = new TypedDocumentString(`
    mutation Retry($id: ID!) {
  retryNotificationJob(id: $id)
}
    `) as unknown as TypedDocumentString<RetryMutation, RetryMutationVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox {
  inbox {
    ...InboxFields
  }
}
    fragment InboxFields on Inbox {
  unreadCount
  notifications {
    id
    kind
    text
    link
    createdAt
    read
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($id: ID) {
  markNotificationsRead(id: $id) {
    ...InboxFields
  }
}
    fragment InboxFields on Inbox {
  unreadCount
  notifications {
    id
    kind
    text
    link
    createdAt
    read
  }
}`) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const SharingAlertsDocument = new TypedDocumentString(`
    query SharingAlerts {
  sharingAlerts {
    id
    kind
    summary
    urgent
    raisedByName
    raisedByAgency
    raisedAt
    caseId
    caseReference
    basis
  }
}
    `) as unknown as TypedDocumentString<SharingAlertsQuery, SharingAlertsQueryVariables>;
export const RaiseAlertDocument = new TypedDocumentString(`
    mutation RaiseAlert($input: RaiseAlertInput!) {
  raiseSharingAlert(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaiseAlertMutation, RaiseAlertMutationVariables>;
export const PreferencesDocument = new TypedDocumentString(`
    query Preferences {
  notificationPreferences {
    kind
    description
    channel
  }
}
    `) as unknown as TypedDocumentString<PreferencesQuery, PreferencesQueryVariables>;
export const SetPreferenceDocument = new TypedDocumentString(`
    mutation SetPreference($kind: String!, $channel: NotificationChannel!) {
  setNotificationPreference(kind: $kind, channel: $channel) {
    kind
    description
    channel
  }
}
    `) as unknown as TypedDocumentString<SetPreferenceMutation, SetPreferenceMutationVariables>;
export const DrawingsDocument = new TypedDocumentString(`
    query Drawings($id: ID!) {
  case(id: $id) {
    drawings {
      id
      person {
        id
      }
      uploadedByName
    }
  }
}
    `) as unknown as TypedDocumentString<DrawingsQuery, DrawingsQueryVariables>;
export const DrawingImageDocument = new TypedDocumentString(`
    query DrawingImage($id: ID!) {
  drawingImage(id: $id)
}
    `) as unknown as TypedDocumentString<DrawingImageQuery, DrawingImageQueryVariables>;
export const UploadDrawingDocument = new TypedDocumentString(`
    mutation UploadDrawing($input: UploadDrawingInput!) {
  uploadDrawing(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UploadDrawingMutation, UploadDrawingMutationVariables>;
export const PlanCaseDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PlanCaseQuery, PlanCaseQueryVariables>;
export const StartPlanDocument = new TypedDocumentString(`
    mutation StartPlan($caseId: ID!) {
  plan: startMyFamilyPlan(caseId: $caseId) {
    ...MyFamilyPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<StartPlanMutation, StartPlanMutationVariables>;
export const SubmitPlanDocument = new TypedDocumentString(`
    mutation SubmitPlan($caseId: ID!, $version: Int!) {
  plan: submitMyFamilyPlan(caseId: $caseId, version: $version) {
    ...MyFamilyPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<SubmitPlanMutation, SubmitPlanMutationVariables>;
export const ApprovePlanDocument = new TypedDocumentString(`
    mutation ApprovePlan($caseId: ID!, $version: Int!) {
  plan: approveMyFamilyPlan(caseId: $caseId, version: $version) {
    ...MyFamilyPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<ApprovePlanMutation, ApprovePlanMutationVariables>;
export const ReturnPlanDocument = new TypedDocumentString(`
    mutation ReturnPlan($input: ReturnPlanInput!) {
  plan: returnMyFamilyPlan(input: $input) {
    ...MyFamilyPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<ReturnPlanMutation, ReturnPlanMutationVariables>;
export const AssignPlanSectionDocument = new TypedDocumentString(`
    mutation AssignPlanSection($input: AssignPlanSectionInput!) {
  plan: assignPlanSection(input: $input) {
    ...MyFamilyPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<AssignPlanSectionMutation, AssignPlanSectionMutationVariables>;
export const SaveFamilyStoryDocument = new TypedDocumentString(`
    mutation SaveFamilyStory($input: SaveFamilyStoryInput!) {
  saved: saveFamilyStory(input: $input) {
    ...PlanSectionFields
  }
}
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
}`) as unknown as TypedDocumentString<SaveFamilyStoryMutation, SaveFamilyStoryMutationVariables>;
export const SaveSignsOfSafetyDocument = new TypedDocumentString(`
    mutation SaveSignsOfSafety($input: SaveSignsOfSafetyInput!) {
  saved: saveSignsOfSafety(input: $input) {
    ...PlanSectionFields
  }
}
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
}`) as unknown as TypedDocumentString<SaveSignsOfSafetyMutation, SaveSignsOfSafetyMutationVariables>;
export const SaveThreeHousesDocument = new TypedDocumentString(`
    mutation SaveThreeHouses($input: SaveThreeHousesInput!) {
  saved: saveThreeHouses(input: $input) {
    ...PlanSectionFields
  }
}
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
}`) as unknown as TypedDocumentString<SaveThreeHousesMutation, SaveThreeHousesMutationVariables>;
export const SaveAceDocument = new TypedDocumentString(`
    mutation SaveAce($input: SaveAceInput!) {
  saved: saveAce(input: $input) {
    ...PlanSectionFields
  }
}
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
}`) as unknown as TypedDocumentString<SaveAceMutation, SaveAceMutationVariables>;
export const SaveGoalsDocument = new TypedDocumentString(`
    mutation SaveGoals($input: SaveGoalsInput!) {
  saved: saveGoals(input: $input) {
    ...PlanSectionFields
  }
}
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
}`) as unknown as TypedDocumentString<SaveGoalsMutation, SaveGoalsMutationVariables>;
export const SectionVersionsDocument = new TypedDocumentString(`
    query SectionVersions($caseId: ID!, $sectionKey: String!) {
  planSectionVersions(caseId: $caseId, sectionKey: $sectionKey) {
    version
    savedAt
    savedByName
  }
}
    `) as unknown as TypedDocumentString<SectionVersionsQuery, SectionVersionsQueryVariables>;
export const SectionAtVersionDocument = new TypedDocumentString(`
    query SectionAtVersion($caseId: ID!, $sectionKey: String!, $version: Int!) {
  planSectionAtVersion(
    caseId: $caseId
    sectionKey: $sectionKey
    version: $version
  ) {
    ...PlanSectionFields
  }
}
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
}`) as unknown as TypedDocumentString<SectionAtVersionQuery, SectionAtVersionQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    current
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const RecordReviewDocument = new TypedDocumentString(`
    mutation RecordReview($input: RecordReviewInput!) {
  recordReview(input: $input) {
    id
    nextReviewOn
  }
}
    `) as unknown as TypedDocumentString<RecordReviewMutation, RecordReviewMutationVariables>;
export const CloseCaseDocument = new TypedDocumentString(`
    mutation CloseCase($input: CloseCaseInput!) {
  closeCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseCaseMutation, CloseCaseMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($consentId: ID!, $withdrawnOn: String!) {
  withdrawConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ReopenCaseDocument = new TypedDocumentString(`
    mutation ReopenCase($input: ReopenCaseInput!) {
  reopenCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const NeedsCaseDocument = new TypedDocumentString(`
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
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}
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
}`) as unknown as TypedDocumentString<NeedsCaseQuery, NeedsCaseQueryVariables>;
export const OutcomeHeadingsDocument = new TypedDocumentString(`
    query OutcomeHeadings($includeRetired: Boolean!) {
  outcomeHeadings(includeRetired: $includeRetired) {
    ...OutcomeHeadingFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}`) as unknown as TypedDocumentString<OutcomeHeadingsQuery, OutcomeHeadingsQueryVariables>;
export const AddOutcomeHeadingDocument = new TypedDocumentString(`
    mutation AddOutcomeHeading($name: String!) {
  addOutcomeHeading(input: {name: $name}) {
    ...OutcomeHeadingFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}`) as unknown as TypedDocumentString<AddOutcomeHeadingMutation, AddOutcomeHeadingMutationVariables>;
export const RenameOutcomeHeadingDocument = new TypedDocumentString(`
    mutation RenameOutcomeHeading($input: RenameOutcomeHeadingInput!) {
  renameOutcomeHeading(input: $input) {
    ...OutcomeHeadingFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}`) as unknown as TypedDocumentString<RenameOutcomeHeadingMutation, RenameOutcomeHeadingMutationVariables>;
export const RetireOutcomeHeadingDocument = new TypedDocumentString(`
    mutation RetireOutcomeHeading($input: RetireOutcomeHeadingInput!) {
  retireOutcomeHeading(input: $input) {
    ...OutcomeHeadingFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}`) as unknown as TypedDocumentString<RetireOutcomeHeadingMutation, RetireOutcomeHeadingMutationVariables>;
export const RecordNeedDocument = new TypedDocumentString(`
    mutation RecordNeed($input: RecordNeedInput!) {
  recordNeed(input: $input) {
    ...PlanNeedFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}
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
}`) as unknown as TypedDocumentString<RecordNeedMutation, RecordNeedMutationVariables>;
export const RemoveNeedDocument = new TypedDocumentString(`
    mutation RemoveNeed($input: RemoveNeedInput!) {
  removeNeed(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveNeedMutation, RemoveNeedMutationVariables>;
export const RecordNeedProgressDocument = new TypedDocumentString(`
    mutation RecordNeedProgress($input: RecordNeedProgressInput!) {
  recordNeedProgress(input: $input) {
    ...PlanNeedFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}
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
}`) as unknown as TypedDocumentString<RecordNeedProgressMutation, RecordNeedProgressMutationVariables>;
export const RecordNeedOutcomesDocument = new TypedDocumentString(`
    mutation RecordNeedOutcomes($input: RecordNeedOutcomesInput!) {
  recordNeedOutcomes(input: $input) {
    ...PlanNeedFields
  }
}
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}
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
}`) as unknown as TypedDocumentString<RecordNeedOutcomesMutation, RecordNeedOutcomesMutationVariables>;
export const SustainmentChecksForMeDocument = new TypedDocumentString(`
    query SustainmentChecksForMe {
  sustainmentChecksForMe {
    ...SustainmentCheckFields
  }
}
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
}`) as unknown as TypedDocumentString<SustainmentChecksForMeQuery, SustainmentChecksForMeQueryVariables>;
export const ConfirmSustainmentDocument = new TypedDocumentString(`
    mutation ConfirmSustainment($input: ConfirmSustainmentInput!) {
  confirmSustainment(input: $input) {
    ...SustainmentCheckFields
  }
}
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
}`) as unknown as TypedDocumentString<ConfirmSustainmentMutation, ConfirmSustainmentMutationVariables>;
export const EvidencePackDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EvidencePackQuery, EvidencePackQueryVariables>;
export const NationalReturnDocument = new TypedDocumentString(`
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
    fragment OutcomeHeadingFields on OutcomeHeading {
  id
  key
  name
  position
  retired
  version
}`) as unknown as TypedDocumentString<NationalReturnQuery, NationalReturnQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People {
  people {
    id
    displayName
    jobTitle
    role
    version
    agencyManager
    openCasesLed
    agency {
      id
      name
      agencyType
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const MoveUserToAgencyDocument = new TypedDocumentString(`
    mutation MoveUserToAgency($userId: ID!, $agencyId: ID!, $expectedVersion: Int) {
  moveUserToAgency(
    userId: $userId
    agencyId: $agencyId
    expectedVersion: $expectedVersion
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveUserToAgencyMutation, MoveUserToAgencyMutationVariables>;
export const RemoveUserFromAgencyDocument = new TypedDocumentString(`
    mutation RemoveUserFromAgency($userId: ID!, $expectedVersion: Int) {
  removeUserFromAgency(userId: $userId, expectedVersion: $expectedVersion) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveUserFromAgencyMutation, RemoveUserFromAgencyMutationVariables>;
export const SetAgencyManagerDocument = new TypedDocumentString(`
    mutation SetAgencyManager($userId: ID!, $manager: Boolean!, $expectedVersion: Int) {
  setAgencyManager(
    userId: $userId
    manager: $manager
    expectedVersion: $expectedVersion
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetAgencyManagerMutation, SetAgencyManagerMutationVariables>;