// Documents for the Early Help Forum, step-up handovers and mentoring.
import { graphql } from '../graphql/generated';
import type {
  AgendaFieldsFragment,
  EscalationConcernFieldsFragment,
  ForumActionFieldsFragment,
  ForumMeetingFieldsFragment,
  MentoringRequestFieldsFragment,
  OpenHandoversQuery,
} from '../graphql/generated/graphql';

export type ForumMeeting = ForumMeetingFieldsFragment;
export type ForumAction = ForumActionFieldsFragment;
export type Agenda = AgendaFieldsFragment;
export type AgendaItem = Agenda['items'][number];
export type ForumContribution = AgendaItem['contributions'][number];
export type MentoringRequest = MentoringRequestFieldsFragment;
export type EscalationConcern = EscalationConcernFieldsFragment;
export type Handover = OpenHandoversQuery['openHandovers'][number];

export const MEETING = graphql(`
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
`);
export const ACTION = graphql(`
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
`);
export const AGENDA_ITEM = graphql(`
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
`);
export const AGENDA = graphql(`
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
`);

export const FORUM_MEETINGS = graphql(`
  query ForumMeetings {
    forumMeetings {
      ...ForumMeetingFields
    }
  }
`);
export const AGENDA_QUERY = graphql(`
  query Agenda($meetingId: ID!) {
    agenda(meetingId: $meetingId) {
      ...AgendaFields
    }
  }
`);
export const MINUTES = graphql(`
  query Minutes($meetingId: ID!) {
    minutes(meetingId: $meetingId) {
      ...AgendaFields
    }
  }
`);
export const MY_ACTIONS = graphql(`
  query MyActions {
    myActions {
      ...ForumActionFields
    }
  }
`);

export const SCHEDULE = graphql(`
  mutation Schedule($input: ScheduleMeetingsInput!) {
    scheduleForumMeetings(input: $input) {
      ...ForumMeetingFields
    }
  }
`);
export const ADD_ITEM = graphql(`
  mutation AddItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      status
    }
  }
`);
export const CURATE = graphql(`
  mutation Curate($input: CurateItemInput!) {
    curateAgendaItem(input: $input) {
      id
    }
  }
`);
export const DECIDE = graphql(`
  mutation Decide($input: RecordDecisionInput!) {
    recordForumDecision(input: $input) {
      id
    }
  }
`);
export const RECORD_ATTENDANCE = graphql(`
  mutation Attendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      meeting {
        id
      }
    }
  }
`);
export const COMPLETE_ACTION = graphql(`
  mutation CompleteAction($actionId: ID!) {
    completeForumAction(actionId: $actionId) {
      id
    }
  }
`);

export const OPEN_HANDOVERS = graphql(`
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
`);
export const ACCEPT_HANDOVER = graphql(`
  mutation AcceptHandover($handoverId: ID!) {
    acceptHandover(handoverId: $handoverId) {
      id
    }
  }
`);
export const URGENT_STEP_UP = graphql(`
  mutation UrgentStepUp($input: UrgentStepUpInput!) {
    urgentStepUp(input: $input) {
      id
    }
  }
`);

export const MENTORING = graphql(`
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
`);
export const MENTORING_REQUESTS = graphql(`
  query MentoringRequests($includeClosed: Boolean!) {
    mentoringRequests(includeClosed: $includeClosed) {
      ...MentoringRequestFields
    }
  }
`);
export const REQUEST_MENTORING = graphql(`
  mutation RequestMentoring($input: RequestMentoringInput!) {
    requestMentoring(input: $input) {
      id
    }
  }
`);
export const ASSIGN_MENTORING = graphql(`
  mutation AssignMentoring($input: AssignMentoringInput!) {
    assignMentoring(input: $input) {
      id
    }
  }
`);
export const MENTORING_SESSION = graphql(`
  mutation MentoringSession($input: MentoringSessionInput!) {
    recordMentoringSession(input: $input) {
      id
    }
  }
`);
export const CLOSE_MENTORING = graphql(`
  mutation CloseMentoring($input: CloseMentoringInput!) {
    closeMentoring(input: $input) {
      id
    }
  }
`);

export const CALENDAR_LINK = graphql(`
  mutation CalendarLink {
    forumCalendarLink
  }
`);
export const CANCEL_MEETING = graphql(`
  mutation CancelMeeting($meetingId: ID!, $version: Int!) {
    cancelForumMeeting(meetingId: $meetingId, version: $version) {
      id
    }
  }
`);

export const MOVE_MEETING = graphql(`
  mutation MoveMeeting($input: MoveMeetingInput!) {
    moveForumMeeting(input: $input) {
      id
    }
  }
`);
export const PLACE_ITEM = graphql(`
  mutation PlaceItem($input: CurateItemInput!) {
    curateAgendaItem(input: $input) {
      id
    }
  }
`);

export const PUBLISH_AGENDA = graphql(`
  mutation PublishAgenda($meetingId: ID!) {
    publishAgenda(meetingId: $meetingId) {
      id
    }
  }
`);
export const SIGN_OFF_MINUTES = graphql(`
  mutation SignOffMinutes($meetingId: ID!, $version: Int!) {
    signOffMinutes(meetingId: $meetingId, version: $version) {
      id
      minutesSignedOffAt
    }
  }
`);

// Moving a meeting on: each answers with the meeting under one name.
export const START_MEETING = graphql(`
  mutation StartMeeting($meetingId: ID!, $version: Int!) {
    meeting: startForumMeeting(meetingId: $meetingId, version: $version) {
      id
    }
  }
`);
export type MeetingMove = typeof START_MEETING;
export const CLOSE_MEETING: MeetingMove = graphql(`
  mutation CloseMeeting($meetingId: ID!, $version: Int!) {
    meeting: closeForumMeeting(meetingId: $meetingId, version: $version) {
      id
    }
  }
`);
export const SEND_CONTRIBUTION = graphql(`
  mutation SendContribution($input: ForumContributionInput!) {
    sendForumContribution(input: $input) {
      id
    }
  }
`);

export const CONCERN = graphql(`
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
`);
export const MY_CONCERNS = graphql(`
  query MyEscalationConcerns {
    myEscalationConcerns {
      ...EscalationConcernFields
    }
  }
`);
export const CONCERNS_AWAITING_CHAIR = graphql(`
  query ConcernsAwaitingChair {
    escalationConcernsAwaitingChair {
      ...EscalationConcernFields
    }
  }
`);
export const RAISE_CONCERN = graphql(`
  mutation RaiseConcern($input: RaiseEscalationConcernInput!) {
    raiseEscalationConcern(input: $input) {
      id
    }
  }
`);
export const PLACE_CONCERN = graphql(`
  mutation PlaceConcern($input: PlaceConcernOnAgendaInput!) {
    placeConcernOnAgenda(input: $input) {
      id
      forumMeetsOn
    }
  }
`);
export const CONCERN_URGENT_ROUTE = graphql(`
  mutation ConcernUrgentRoute($input: TakeConcernUrgentRouteInput!) {
    takeConcernUrgentRoute(input: $input) {
      id
    }
  }
`);
export const ANSWER_CONCERN = graphql(`
  mutation AnswerConcern($input: AnswerConcernInput!) {
    answerEscalationConcern(input: $input) {
      id
    }
  }
`);
