// Documents for the Early Help Forum, step-up handovers and mentoring.
import { gql, type Document } from '../graphql/client';
import type { CaseStatus, IsoDate, IsoInstant } from '../graphql/operations';
import type { PlanStatus } from '../my-family-plan/plan-operations';

export type AgendaItemStatus = 'AWAITING_CHAIR' | 'PROPOSED' | 'ACCEPTED' | 'DEFERRED' | 'DECLINED' | 'DISCUSSED';
export type AgendaReason = 'DIFFICULTY_ENGAGING' | 'CONSIDERING_ESCALATION' | 'CONSIDERING_STEP_DOWN' | 'SEEKING_ADVICE';
export type ForumDecision =
  | 'CONTINUE_LEVEL_2'
  | 'STEP_UP_LEVEL_3'
  | 'CONTINUE_LEVEL_3'
  | 'STEP_DOWN_TO_PARTNER'
  | 'STEP_UP_LEVEL_4'
  | 'STEP_DOWN_UNIVERSAL'
  | 'REFER_FAMILY_GROUP_CONFERENCE'
  | 'REFER_OTHER_SERVICE'
  | 'DEFER';
export type ReceivingTeam = 'FAMILY_CASEWORK' | 'CHILDRENS_SOCIAL_CARE';
export type MentoringTopic =
  'DOMESTIC_ABUSE' | 'ADULT_MENTAL_HEALTH' | 'SUBSTANCE_MISUSE' | 'MY_FAMILY_PLAN_QUALITY' | 'ENGAGING_THE_FAMILY' | 'OTHER';

export type MeetingStatus = 'SCHEDULED' | 'IN_SESSION' | 'HELD' | 'MINUTES_PUBLISHED' | 'CANCELLED';
export interface ForumContribution {
  id: string;
  authorName: string;
  authorAgency: string;
  body: string;
  sentAt: IsoInstant;
}

export interface ForumMeeting {
  id: string;
  meetsOn: IsoDate;
  startsAt: string;
  place: string;
  onlineLink: string | null;
  status: MeetingStatus;
  agendaCutoff: IsoDate;
  itemCount: number;
  version: number;
  minutesSignedOffAt: IsoInstant | null;
  canStart: boolean;
}
export interface ForumAction {
  id: string;
  caseId: string;
  caseReference: string;
  owner: { id: string; displayName: string };
  description: string;
  dueOn: IsoDate;
  doneOn: IsoDate | null;
  overdue: boolean;
}
export interface AgendaItem {
  id: string;
  status: AgendaItemStatus;
  reason: AgendaReason;
  summary: string;
  chairNote: string | null;
  slot: string | null;
  position: number;
  discussion: string | null;
  decision: ForumDecision | null;
  referredTo: string | null;
  addedByName: string;
  version: number;
  case: {
    caseId: string;
    reference: string;
    familyName: string;
    level: number;
    status: CaseStatus;
    leadAgency: { name: string };
    leadPractitioner: { id: string; displayName: string };
    planStatus: PlanStatus | null;
    myFamilyPlanDue: IsoDate;
    lastReviewOn: IsoDate | null;
    nextReviewOn: IsoDate | null;
    openActions: number;
    previousDiscussions: { meetsOn: IsoDate; decision: ForumDecision | null }[];
    stepHistory: { on: IsoDate; summary: string }[];
  };
  actions: ForumAction[];
  contributions: ForumContribution[];
  canContribute: boolean;
}
export interface Agenda {
  meeting: ForumMeeting;
  items: AgendaItem[];
  attendance: { agency: { id: string; name: string }; attendees: string[] }[];
}

const MEETING = 'id meetsOn startsAt place onlineLink status agendaCutoff itemCount version minutesSignedOffAt canStart';
const ACTION = 'id caseId caseReference owner { id displayName } description dueOn doneOn overdue';
// Exported for the live meeting's document (live-operations.ts).
export const AGENDA = `meeting { ${MEETING} }
  items { id status reason summary chairNote slot position discussion decision referredTo addedByName version
    case { caseId reference familyName level status leadAgency { name } leadPractitioner { id displayName } planStatus myFamilyPlanDue
      lastReviewOn nextReviewOn openActions previousDiscussions { meetsOn decision } stepHistory { on summary } }
    actions { ${ACTION} } contributions { id authorName authorAgency body sentAt } canContribute }
  attendance { agency { id name } attendees }`;

export const FORUM_MEETINGS = gql<{ forumMeetings: ForumMeeting[] }>(`query ForumMeetings { forumMeetings { ${MEETING} } }`);
export const AGENDA_QUERY = gql<{ agenda: Agenda }, { meetingId: string }>(
  `query Agenda($meetingId: ID!) { agenda(meetingId: $meetingId) { ${AGENDA} } }`,
);
export const MINUTES = gql<{ minutes: Agenda }, { meetingId: string }>(
  `query Minutes($meetingId: ID!) { minutes(meetingId: $meetingId) { ${AGENDA} } }`,
);
export const MY_ACTIONS = gql<{ myActions: ForumAction[] }>(`query MyActions { myActions { ${ACTION} } }`);

export const SCHEDULE = gql<
  { scheduleForumMeetings: ForumMeeting[] },
  {
    input: {
      firstMeetsOn: IsoDate;
      startsAt: string;
      place: string;
      onlineLink: string | null;
      count: number;
      agendaCutoffWorkingDays: number;
    };
  }
>(`mutation Schedule($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { ${MEETING} } }`);
export const ADD_ITEM = gql<
  { addAgendaItem: { id: string; status: AgendaItemStatus } },
  { input: { meetingId: string; caseId: string; reason: AgendaReason; summary: string } }
>(`mutation AddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id status } }`);
export const CURATE = gql<
  { curateAgendaItem: { id: string } },
  { input: { itemId: string; version: number; action: 'ACCEPT' | 'DEFER' | 'DECLINE'; note: string | null } }
>(`mutation Curate($input: CurateItemInput!) { curateAgendaItem(input: $input) { id } }`);
export const DECIDE = gql<
  { recordForumDecision: { id: string } },
  {
    input: {
      itemId: string;
      version: number;
      discussion: string;
      decision: ForumDecision;
      referredTo: string | null;
      actions: { ownerId: string; description: string; dueOn: IsoDate }[];
    };
  }
>(`mutation Decide($input: RecordDecisionInput!) { recordForumDecision(input: $input) { id } }`);
export const RECORD_ATTENDANCE = gql<
  { recordAttendance: { meeting: { id: string } } },
  { input: { meetingId: string; agencyId: string; attendees: string[] } }
>(`mutation Attendance($input: AttendanceInput!) { recordAttendance(input: $input) { meeting { id } } }`);
export const COMPLETE_ACTION = gql<{ completeForumAction: { id: string } }, { actionId: string }>(
  `mutation CompleteAction($actionId: ID!) { completeForumAction(actionId: $actionId) { id } }`,
);

export interface Handover {
  id: string;
  caseId: string;
  caseReference: string;
  toTeam: ReceivingTeam;
  route: 'FORUM' | 'URGENT_SAFEGUARDING';
  reason: string;
  requestedByName: string;
  requestedAt: IsoInstant;
}
export const OPEN_HANDOVERS = gql<{ openHandovers: Handover[] }>(
  `query OpenHandovers { openHandovers { id caseId caseReference toTeam route reason requestedByName requestedAt } }`,
);
export const ACCEPT_HANDOVER = gql<{ acceptHandover: { id: string } }, { handoverId: string }>(
  `mutation AcceptHandover($handoverId: ID!) { acceptHandover(handoverId: $handoverId) { id } }`,
);
export const URGENT_STEP_UP = gql<{ urgentStepUp: { id: string } }, { input: { caseId: string; toTeam: ReceivingTeam; reason: string } }>(
  `mutation UrgentStepUp($input: UrgentStepUpInput!) { urgentStepUp(input: $input) { id } }`,
);

export interface MentoringRequest {
  id: string;
  caseId: string;
  caseReference: string;
  requestedBy: { displayName: string };
  requestedAt: IsoInstant;
  ageWorkingDays: number;
  topic: MentoringTopic;
  question: string;
  status: 'REQUESTED' | 'ASSIGNED' | 'CLOSED';
  assignedTo: { id: string; displayName: string } | null;
  closingSummary: string | null;
  sessions: { id: string; heldOn: IsoDate; advice: string; nextSteps: string; recordedByName: string }[];
  version: number;
}
const MENTORING = `id caseId caseReference requestedBy { displayName } requestedAt ageWorkingDays topic question status
  assignedTo { id displayName } closingSummary sessions { id heldOn advice nextSteps recordedByName } version`;
export const MENTORING_REQUESTS = gql<{ mentoringRequests: MentoringRequest[] }, { includeClosed: boolean }>(
  `query MentoringRequests($includeClosed: Boolean!) { mentoringRequests(includeClosed: $includeClosed) { ${MENTORING} } }`,
);
export const REQUEST_MENTORING = gql<
  { requestMentoring: { id: string } },
  { input: { caseId: string; topic: MentoringTopic; question: string } }
>(`mutation RequestMentoring($input: RequestMentoringInput!) { requestMentoring(input: $input) { id } }`);
export const ASSIGN_MENTORING = gql<
  { assignMentoring: { id: string } },
  { input: { requestId: string; version: number; assigneeId: string } }
>(`mutation AssignMentoring($input: AssignMentoringInput!) { assignMentoring(input: $input) { id } }`);
export const MENTORING_SESSION = gql<
  { recordMentoringSession: { id: string } },
  { input: { requestId: string; heldOn: IsoDate; advice: string; nextSteps: string } }
>(`mutation MentoringSession($input: MentoringSessionInput!) { recordMentoringSession(input: $input) { id } }`);
export const CLOSE_MENTORING = gql<{ closeMentoring: { id: string } }, { input: { requestId: string; version: number; summary: string } }>(
  `mutation CloseMentoring($input: CloseMentoringInput!) { closeMentoring(input: $input) { id } }`,
);

export const CALENDAR_LINK = gql<{ forumCalendarLink: string }>(`mutation CalendarLink { forumCalendarLink }`);
export const CANCEL_MEETING = gql<{ cancelForumMeeting: { id: string } }, { meetingId: string; version: number }>(
  `mutation CancelMeeting($meetingId: ID!, $version: Int!) { cancelForumMeeting(meetingId: $meetingId, version: $version) { id } }`,
);

export const MOVE_MEETING = gql<
  { moveForumMeeting: { id: string } },
  { input: { meetingId: string; version: number; meetsOn: IsoDate; startsAt: string; place: string } }
>(`mutation MoveMeeting($input: MoveMeetingInput!) { moveForumMeeting(input: $input) { id } }`);
export const PLACE_ITEM = gql<
  { curateAgendaItem: { id: string } },
  { input: { itemId: string; version: number; action: 'ACCEPT'; note: null; position: number | null; slot: string | null } }
>(`mutation PlaceItem($input: CurateItemInput!) { curateAgendaItem(input: $input) { id } }`);

export const PUBLISH_AGENDA = gql<{ publishAgenda: { id: string } }, { meetingId: string }>(
  `mutation PublishAgenda($meetingId: ID!) { publishAgenda(meetingId: $meetingId) { id } }`,
);
export const SIGN_OFF_MINUTES = gql<
  { signOffMinutes: { id: string; minutesSignedOffAt: IsoInstant | null } },
  { meetingId: string; version: number }
>(
  `mutation SignOffMinutes($meetingId: ID!, $version: Int!) { signOffMinutes(meetingId: $meetingId, version: $version) { id minutesSignedOffAt } }`,
);

// Moving a meeting on: each answers with the meeting under one name.
export type MeetingMove = Document<{ meeting: { id: string } }, { meetingId: string; version: number }>;
export const START_MEETING: MeetingMove = gql(
  `mutation StartMeeting($meetingId: ID!, $version: Int!) { meeting: startForumMeeting(meetingId: $meetingId, version: $version) { id } }`,
);
export const CLOSE_MEETING: MeetingMove = gql(
  `mutation CloseMeeting($meetingId: ID!, $version: Int!) { meeting: closeForumMeeting(meetingId: $meetingId, version: $version) { id } }`,
);
export const SEND_CONTRIBUTION = gql<{ sendForumContribution: { id: string } }, { input: { itemId: string; body: string } }>(
  `mutation SendContribution($input: ForumContributionInput!) { sendForumContribution(input: $input) { id } }`,
);

export type ConcernUrgency = 'NEXT_FORUM' | 'WITHIN_DAYS' | 'SAFEGUARDING_TODAY';
export type ConcernStatus = 'RAISED' | 'ON_AGENDA' | 'URGENT_ROUTE' | 'ANSWERED';
export interface EscalationConcern {
  id: string;
  caseId: string;
  caseReference: string;
  familyName: string;
  worry: string;
  tried: string;
  urgency: ConcernUrgency;
  status: ConcernStatus;
  raisedByName: string;
  raisedByAgency: string;
  raisedAt: IsoInstant;
  response: string | null;
  decidedAt: IsoInstant | null;
  forumMeetsOn: IsoDate | null;
  forumDecision: ForumDecision | null;
  proposedMeetingId: string | null;
  version: number;
}
const CONCERN = `id caseId caseReference familyName worry tried urgency status raisedByName raisedByAgency raisedAt response decidedAt
  forumMeetsOn forumDecision proposedMeetingId version`;
export const MY_CONCERNS = gql<{ myEscalationConcerns: EscalationConcern[] }>(
  `query MyEscalationConcerns { myEscalationConcerns { ${CONCERN} } }`,
);
export const CONCERNS_AWAITING_CHAIR = gql<{ escalationConcernsAwaitingChair: EscalationConcern[] }>(
  `query ConcernsAwaitingChair { escalationConcernsAwaitingChair { ${CONCERN} } }`,
);
export const RAISE_CONCERN = gql<
  { raiseEscalationConcern: { id: string } },
  { input: { caseId: string; worry: string; tried: string; urgency: ConcernUrgency } }
>(`mutation RaiseConcern($input: RaiseEscalationConcernInput!) { raiseEscalationConcern(input: $input) { id } }`);
export const PLACE_CONCERN = gql<
  { placeConcernOnAgenda: { id: string; forumMeetsOn: IsoDate | null } },
  { input: { concernId: string; version: number; meetingId: string | null } }
>(`mutation PlaceConcern($input: PlaceConcernOnAgendaInput!) { placeConcernOnAgenda(input: $input) { id forumMeetsOn } }`);
export const CONCERN_URGENT_ROUTE = gql<
  { takeConcernUrgentRoute: { id: string } },
  { input: { concernId: string; version: number; toTeam: ReceivingTeam; reason: string } }
>(`mutation ConcernUrgentRoute($input: TakeConcernUrgentRouteInput!) { takeConcernUrgentRoute(input: $input) { id } }`);
export const ANSWER_CONCERN = gql<
  { answerEscalationConcern: { id: string } },
  { input: { concernId: string; version: number; response: string } }
>(`mutation AnswerConcern($input: AnswerConcernInput!) { answerEscalationConcern(input: $input) { id } }`);
