/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CaseAccessLog($caseId: ID!) {\n    caseAccessLog(caseId: $caseId) {\n      who\n      agency\n      what\n      allowed\n      when\n    }\n  }\n": typeof types.CaseAccessLogDocument,
    "\n  query CaseLeadChange($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      leadAgency {\n        id\n      }\n      leadChange {\n        canChangeLead\n        candidates {\n          id\n          displayName\n          jobTitle\n        }\n        openTransfer {\n          id\n          toAgencyName\n          toPractitionerName\n          note\n          offeredAt\n        }\n      }\n    }\n  }\n": typeof types.CaseLeadChangeDocument,
    "\n  mutation ChangeLead($input: ChangeLeadPractitionerInput!) {\n    changeLeadPractitioner(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeLeadDocument,
    "\n  query PractitionersToOfferTo($agencyId: ID!) {\n    practitionersToOfferTo(agencyId: $agencyId) {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": typeof types.PractitionersToOfferToDocument,
    "\n  mutation OfferTransfer($input: OfferCaseTransferInput!) {\n    offerCaseTransfer(input: $input) {\n      id\n    }\n  }\n": typeof types.OfferTransferDocument,
    "\n  mutation WithdrawTransfer($transferId: ID!) {\n    withdrawCaseTransfer(transferId: $transferId) {\n      id\n    }\n  }\n": typeof types.WithdrawTransferDocument,
    "\n  query TransferOffers {\n    caseTransferOffers {\n      id\n      caseReference\n      familyName\n      childrenCount\n      fromAgencyName\n      offeredByName\n      note\n      offeredAt\n      canDecide\n      candidates {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n": typeof types.TransferOffersDocument,
    "\n  mutation AcceptTransfer($input: AcceptCaseTransferInput!) {\n    acceptCaseTransfer(input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptTransferDocument,
    "\n  mutation DeclineTransfer($input: DeclineCaseTransferInput!) {\n    declineCaseTransfer(input: $input)\n  }\n": typeof types.DeclineTransferDocument,
    "\n  query CaseMaintenanceReviews($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      canEditPlan\n      maintenanceReviews {\n        months\n        dueOn\n        overdue\n        outcome\n        recordedOn\n        note\n        recordedByName\n      }\n    }\n  }\n": typeof types.CaseMaintenanceReviewsDocument,
    "\n  mutation RecordMaintenanceReview($input: RecordMaintenanceReviewInput!) {\n    recordMaintenanceReview(input: $input) {\n      dueOn\n      outcome\n    }\n  }\n": typeof types.RecordMaintenanceReviewDocument,
    "\n  query CaseLevel($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      level\n      leadPractitioner {\n        id\n      }\n      leadAgency {\n        id\n      }\n      leadChange {\n        openTransfer {\n          id\n          toAgencyName\n          offeredAt\n        }\n      }\n    }\n  }\n": typeof types.CaseLevelDocument,
    "\n  mutation OfferStepDown($input: OfferCaseTransferInput!) {\n    offerStepDown(input: $input) {\n      id\n    }\n  }\n": typeof types.OfferStepDownDocument,
    "\n  query FamilyCaseworkers {\n    familyCaseworkers {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": typeof types.FamilyCaseworkersDocument,
    "\n  mutation AcceptStepUp($input: AcceptStepUpInput!) {\n    acceptStepUp(input: $input) {\n      caseId\n      caseReference\n      leadAgencyName\n    }\n  }\n": typeof types.AcceptStepUpDocument,
    "\n  mutation RecordStepDownFromSocialCare($input: StepDownFromSocialCareInput!) {\n    recordStepDownFromSocialCare(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.RecordStepDownFromSocialCareDocument,
    "\n  query RestrictedInformation($id: ID!) {\n    case(id: $id) {\n      id\n      leadAgency {\n        id\n      }\n      leadPractitioner {\n        id\n        displayName\n        jobTitle\n      }\n      restrictedInformation {\n        id\n        category\n        canRead\n        content\n        recordedAt\n        recordedByAgency {\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          jobTitle\n        }\n        sharedWith {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n": typeof types.RestrictedInformationDocument,
    "\n  mutation RecordRestrictedInformation($input: RecordRestrictedInformationInput!) {\n    recordRestrictedInformation(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRestrictedInformationDocument,
    "\n  query ShareDecisions($id: ID!) {\n    case(id: $id) {\n      id\n      family {\n        members {\n          id\n          firstName\n          lastName\n          role\n        }\n      }\n      shareDecisions {\n        id\n        decision\n        lawfulBasis\n        reason\n        reasonText\n        whatShared\n        sharedWith\n        childName\n        decidedByName\n        decidedByAgency\n        decidedAt\n      }\n    }\n  }\n": typeof types.ShareDecisionsDocument,
    "\n  mutation RecordShareDecision($input: RecordShareDecisionInput!) {\n    recordShareDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordShareDecisionDocument,
    "\n  fragment TeamInvitationFields on TeamInvitation {\n    id\n    inviteeName\n    agencyName\n    role\n    statusLabel\n    basisLabel\n    invitedByName\n    invitedAt\n    endedAt\n    reason\n    version\n  }\n": typeof types.TeamInvitationFieldsFragmentDoc,
    "\n  query CaseTeam($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      leadAgency {\n        id\n      }\n      team {\n        canManage\n        canLeave\n        consentedAgencyIds\n        members {\n          userId\n          name\n          jobTitle\n          agencyName\n          role\n          isLead\n          basisLabel\n          joinedAt\n        }\n        pendingInvitations {\n          ...TeamInvitationFields\n        }\n        history {\n          ...TeamInvitationFields\n        }\n      }\n    }\n  }\n": typeof types.CaseTeamDocument,
    "\n  query PractitionersToInvite($caseId: ID!, $agencyId: ID!) {\n    practitionersToInvite(caseId: $caseId, agencyId: $agencyId) {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": typeof types.PractitionersToInviteDocument,
    "\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteToTeamDocument,
    "\n  mutation WithdrawTeamInvitation($input: TeamInvitationVersionInput!) {\n    withdrawTeamInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.WithdrawTeamInvitationDocument,
    "\n  mutation RemoveFromTeam($input: RemoveFromTeamInput!) {\n    removeFromTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveFromTeamDocument,
    "\n  mutation LeaveTeam($caseId: ID!) {\n    leaveTeam(caseId: $caseId)\n  }\n": typeof types.LeaveTeamDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  query TeamInvitations {\n    teamInvitations {\n      id\n      caseReference\n      familyLabel\n      role\n      basisLabel\n      invitedByName\n      invitedByAgency\n      invitedAt\n      version\n    }\n  }\n": typeof types.TeamInvitationsDocument,
    "\n  mutation AcceptTeamInvitation($input: TeamInvitationVersionInput!) {\n    acceptTeamInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
    "\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input)\n  }\n": typeof types.DeclineTeamInvitationDocument,
    "\n  fragment EducationSettingFields on EducationSetting {\n    id\n    name\n    urn\n    phase\n    addressLine1\n    addressLine2\n    town\n    postcode\n    schoolDayStartsAt\n    closureDays\n    inCouncil\n    agencyId\n    agencyName\n    contactEmail\n    version\n    safeguardingLeads {\n      userId\n      displayName\n      jobTitle\n      role\n    }\n  }\n": typeof types.EducationSettingFieldsFragmentDoc,
    "\n  query EducationSettings {\n    educationSettings {\n      ...EducationSettingFields\n    }\n  }\n": typeof types.EducationSettingsDocument,
    "\n  query EducationSetting($id: ID!) {\n    educationSetting(id: $id) {\n      ...EducationSettingFields\n    }\n  }\n": typeof types.EducationSettingDocument,
    "\n  mutation AddEducationSetting($input: EducationSettingInput!) {\n    addEducationSetting(input: $input) {\n      ...EducationSettingFields\n    }\n  }\n": typeof types.AddEducationSettingDocument,
    "\n  mutation UpdateEducationSetting($id: ID!, $expectedVersion: Int!, $input: EducationSettingInput!) {\n    updateEducationSetting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EducationSettingFields\n    }\n  }\n": typeof types.UpdateEducationSettingDocument,
    "\n  mutation RecordChildSetting($input: RecordChildSettingInput!) {\n    recordChildSetting(input: $input) {\n      id\n      settingId\n      settingName\n      urn\n      startedOn\n      endedOn\n    }\n  }\n": typeof types.RecordChildSettingDocument,
    "\n  fragment EncompassRouteFields on EncompassRoute {\n    id\n    settingName\n    withCouncilContact\n    dueAt\n    stage\n    acknowledgedAt\n    acknowledgedByName\n    response\n    responseNote\n    version\n    canAcknowledge\n    passedOnAt\n    passedOnByName\n    passedOnNote\n    canPassOn\n  }\n": typeof types.EncompassRouteFieldsFragmentDoc,
    "\n  fragment EncompassSummaryFields on EncompassNotificationSummary {\n    id\n    incidentReference\n    occurredAt\n    recordedAt\n    recordedByAgency\n    childCount\n    routes {\n      ...EncompassRouteFields\n    }\n  }\n": typeof types.EncompassSummaryFieldsFragmentDoc,
    "\n  fragment EncompassNotificationFields on EncompassNotification {\n    id\n    incidentReference\n    occurredAt\n    recordedAt\n    recordedByAgency\n    childCount\n    routes {\n      ...EncompassRouteFields\n    }\n    summary\n    recordedByName\n    children {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      nhsNumber\n      uniquePupilNumber\n      councilPersonNumber\n      settingName\n    }\n  }\n": typeof types.EncompassNotificationFieldsFragmentDoc,
    "\n  fragment EncompassFiguresFields on EncompassFigures {\n    notifications\n    readBeforeSchoolDay {\n      numerator\n      denominator\n      percent\n    }\n    medianMinutesToAcknowledge\n    escalatedToDeputies\n    escalatedToCouncil\n  }\n": typeof types.EncompassFiguresFieldsFragmentDoc,
    "\n  query EncompassNotifications {\n    encompassNotifications {\n      ...EncompassSummaryFields\n    }\n  }\n": typeof types.EncompassNotificationsDocument,
    "\n  query EncompassNotification($id: ID!) {\n    encompassNotification(id: $id) {\n      ...EncompassNotificationFields\n    }\n  }\n": typeof types.EncompassNotificationDocument,
    "\n  mutation OpenEncompassNotification($id: ID!) {\n    openEncompassNotification(id: $id) {\n      ...EncompassNotificationFields\n    }\n  }\n": typeof types.OpenEncompassNotificationDocument,
    "\n  mutation RecordEncompassNotification($input: RecordEncompassNotificationInput!) {\n    recordEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n": typeof types.RecordEncompassNotificationDocument,
    "\n  mutation AcknowledgeEncompassNotification($input: AcknowledgeEncompassInput!) {\n    acknowledgeEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n": typeof types.AcknowledgeEncompassNotificationDocument,
    "\n  mutation PassOnEncompassNotification($input: PassOnEncompassInput!) {\n    passOnEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n": typeof types.PassOnEncompassNotificationDocument,
    "\n  query EncompassFigures($from: String!, $to: String!) {\n    impactFigures(filter: { from: $from, to: $to }) {\n      encompass {\n        total {\n          ...EncompassFiguresFields\n        }\n        byMonth {\n          key\n          figures {\n            ...EncompassFiguresFields\n          }\n        }\n        bySetting {\n          key\n          figures {\n            ...EncompassFiguresFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.EncompassFiguresDocument,
    "\n  fragment ForumMeetingFields on ForumMeeting {\n    id\n    meetsOn\n    startsAt\n    place\n    onlineLink\n    status\n    agendaCutoff\n    itemCount\n    version\n    minutesSignedOffAt\n    canStart\n  }\n": typeof types.ForumMeetingFieldsFragmentDoc,
    "\n  fragment ForumActionFields on ForumAction {\n    id\n    caseId\n    caseReference\n    owner {\n      id\n      displayName\n    }\n    description\n    dueOn\n    doneOn\n    overdue\n  }\n": typeof types.ForumActionFieldsFragmentDoc,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    status\n    reason\n    summary\n    chairNote\n    slot\n    position\n    discussion\n    decision\n    referredTo\n    addedByName\n    version\n    case {\n      caseId\n      reference\n      familyName\n      level\n      status\n      leadAgency {\n        name\n      }\n      leadPractitioner {\n        id\n        displayName\n      }\n      planStatus\n      myFamilyPlanDue\n      lastReviewOn\n      nextReviewOn\n      openActions\n      previousDiscussions {\n        meetsOn\n        decision\n      }\n      stepHistory {\n        on\n        summary\n      }\n    }\n    actions {\n      ...ForumActionFields\n    }\n    contributions {\n      id\n      authorName\n      authorAgency\n      body\n      sentAt\n    }\n    canContribute\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  fragment AgendaFields on Agenda {\n    meeting {\n      ...ForumMeetingFields\n    }\n    items {\n      ...AgendaItemFields\n    }\n    attendance {\n      agency {\n        id\n        name\n      }\n      attendees\n    }\n  }\n": typeof types.AgendaFieldsFragmentDoc,
    "\n  query ForumMeetings {\n    forumMeetings {\n      ...ForumMeetingFields\n    }\n  }\n": typeof types.ForumMeetingsDocument,
    "\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query Minutes($meetingId: ID!) {\n    minutes(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n": typeof types.MinutesDocument,
    "\n  query MyActions {\n    myActions {\n      ...ForumActionFields\n    }\n  }\n": typeof types.MyActionsDocument,
    "\n  mutation Schedule($input: ScheduleMeetingsInput!) {\n    scheduleForumMeetings(input: $input) {\n      ...ForumMeetingFields\n    }\n  }\n": typeof types.ScheduleDocument,
    "\n  mutation AddItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AddItemDocument,
    "\n  mutation Curate($input: CurateItemInput!) {\n    curateAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CurateDocument,
    "\n  mutation Decide($input: RecordDecisionInput!) {\n    recordForumDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.DecideDocument,
    "\n  mutation Attendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      meeting {\n        id\n      }\n    }\n  }\n": typeof types.AttendanceDocument,
    "\n  mutation CompleteAction($actionId: ID!) {\n    completeForumAction(actionId: $actionId) {\n      id\n    }\n  }\n": typeof types.CompleteActionDocument,
    "\n  query OpenHandovers {\n    openHandovers {\n      id\n      caseId\n      caseReference\n      toTeam\n      route\n      reason\n      requestedByName\n      requestedAt\n    }\n  }\n": typeof types.OpenHandoversDocument,
    "\n  mutation AcceptHandover($handoverId: ID!) {\n    acceptHandover(handoverId: $handoverId) {\n      id\n    }\n  }\n": typeof types.AcceptHandoverDocument,
    "\n  mutation UrgentStepUp($input: UrgentStepUpInput!) {\n    urgentStepUp(input: $input) {\n      id\n    }\n  }\n": typeof types.UrgentStepUpDocument,
    "\n  fragment MentoringRequestFields on MentoringRequest {\n    id\n    caseId\n    caseReference\n    requestedBy {\n      displayName\n    }\n    requestedAt\n    ageWorkingDays\n    topic\n    question\n    status\n    assignedTo {\n      id\n      displayName\n    }\n    closingSummary\n    sessions {\n      id\n      heldOn\n      advice\n      nextSteps\n      recordedByName\n    }\n    version\n  }\n": typeof types.MentoringRequestFieldsFragmentDoc,
    "\n  query MentoringRequests($includeClosed: Boolean!) {\n    mentoringRequests(includeClosed: $includeClosed) {\n      ...MentoringRequestFields\n    }\n  }\n": typeof types.MentoringRequestsDocument,
    "\n  mutation RequestMentoring($input: RequestMentoringInput!) {\n    requestMentoring(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestMentoringDocument,
    "\n  mutation AssignMentoring($input: AssignMentoringInput!) {\n    assignMentoring(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignMentoringDocument,
    "\n  mutation MentoringSession($input: MentoringSessionInput!) {\n    recordMentoringSession(input: $input) {\n      id\n    }\n  }\n": typeof types.MentoringSessionDocument,
    "\n  mutation CloseMentoring($input: CloseMentoringInput!) {\n    closeMentoring(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseMentoringDocument,
    "\n  mutation CalendarLink {\n    forumCalendarLink\n  }\n": typeof types.CalendarLinkDocument,
    "\n  mutation CancelMeeting($meetingId: ID!, $version: Int!) {\n    cancelForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveForumMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveMeetingDocument,
    "\n  mutation PlaceItem($input: CurateItemInput!) {\n    curateAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceItemDocument,
    "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n": typeof types.PublishAgendaDocument,
    "\n  mutation SignOffMinutes($meetingId: ID!, $version: Int!) {\n    signOffMinutes(meetingId: $meetingId, version: $version) {\n      id\n      minutesSignedOffAt\n    }\n  }\n": typeof types.SignOffMinutesDocument,
    "\n  mutation StartMeeting($meetingId: ID!, $version: Int!) {\n    meeting: startForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation CloseMeeting($meetingId: ID!, $version: Int!) {\n    meeting: closeForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  mutation SendContribution($input: ForumContributionInput!) {\n    sendForumContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.SendContributionDocument,
    "\n  fragment EscalationConcernFields on EscalationConcern {\n    id\n    caseId\n    caseReference\n    familyName\n    worry\n    tried\n    urgency\n    status\n    raisedByName\n    raisedByAgency\n    raisedAt\n    response\n    decidedAt\n    forumMeetsOn\n    forumDecision\n    proposedMeetingId\n    version\n  }\n": typeof types.EscalationConcernFieldsFragmentDoc,
    "\n  query MyEscalationConcerns {\n    myEscalationConcerns {\n      ...EscalationConcernFields\n    }\n  }\n": typeof types.MyEscalationConcernsDocument,
    "\n  query ConcernsAwaitingChair {\n    escalationConcernsAwaitingChair {\n      ...EscalationConcernFields\n    }\n  }\n": typeof types.ConcernsAwaitingChairDocument,
    "\n  mutation RaiseConcern($input: RaiseEscalationConcernInput!) {\n    raiseEscalationConcern(input: $input) {\n      id\n    }\n  }\n": typeof types.RaiseConcernDocument,
    "\n  mutation PlaceConcern($input: PlaceConcernOnAgendaInput!) {\n    placeConcernOnAgenda(input: $input) {\n      id\n      forumMeetsOn\n    }\n  }\n": typeof types.PlaceConcernDocument,
    "\n  mutation ConcernUrgentRoute($input: TakeConcernUrgentRouteInput!) {\n    takeConcernUrgentRoute(input: $input) {\n      id\n    }\n  }\n": typeof types.ConcernUrgentRouteDocument,
    "\n  mutation AnswerConcern($input: AnswerConcernInput!) {\n    answerEscalationConcern(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerConcernDocument,
    "\n  query LiveAgenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n      currentItemId\n      currentItemHidden\n    }\n  }\n": typeof types.LiveAgendaDocument,
    "\n  query LiveAgendaItem($meetingId: ID!, $itemId: ID) {\n    liveAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      meeting {\n        ...ForumMeetingFields\n      }\n      item {\n        ...AgendaItemFields\n      }\n      currentItemId\n      currentItemHidden\n    }\n  }\n": typeof types.LiveAgendaItemDocument,
    "\n  mutation TakeAgendaItem($input: TakeAgendaItemInput!) {\n    takeAgendaItem(input: $input) {\n      currentItemId\n    }\n  }\n": typeof types.TakeAgendaItemDocument,
    "\n  query FamilyPartnershipTeam {\n    familyPartnershipTeam {\n      id\n      displayName\n    }\n  }\n": typeof types.FamilyPartnershipTeamDocument,
    "\n  fragment RetentionPolicyFields on RetentionPolicy {\n    recordType\n    rule\n    period\n    version\n    updatedBy\n    updatedAt\n  }\n": typeof types.RetentionPolicyFieldsFragmentDoc,
    "\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseId\n    caseReference\n    reason\n    placedBy\n    placedAt\n    liftedBy\n    liftedAt\n    version\n  }\n": typeof types.LegalHoldFieldsFragmentDoc,
    "\n  query Governance {\n    retentionPolicies {\n      ...RetentionPolicyFields\n    }\n    legalHolds {\n      ...LegalHoldFields\n    }\n    retentionReview {\n      recordType\n      entityType\n      id\n      reference\n      state\n      dueOn\n      legalHold\n      familyActive\n    }\n  }\n": typeof types.GovernanceDocument,
    "\n  query RetentionPolicies {\n    retentionPolicies {\n      ...RetentionPolicyFields\n    }\n  }\n": typeof types.RetentionPoliciesDocument,
    "\n  mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) {\n    updateRetentionPolicy(input: $input) {\n      ...RetentionPolicyFields\n    }\n  }\n": typeof types.UpdateRetentionPolicyDocument,
    "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.PlaceLegalHoldDocument,
    "\n  mutation LiftLegalHold($input: LiftLegalHoldInput!) {\n    liftLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.LiftLegalHoldDocument,
    "\n  query SubjectAccessPeople($input: SubjectAccessSearchInput!) {\n    subjectAccessPeople(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      role\n      familyReference\n    }\n  }\n": typeof types.SubjectAccessPeopleDocument,
    "\n  mutation SubjectAccessExport($personId: ID!) {\n    subjectAccessExport(personId: $personId) {\n      fileName\n      html\n      redactionMarks\n    }\n  }\n": typeof types.SubjectAccessExportDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    agencyType\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    role\n    jobTitle\n    isFamilyPartnershipTeam\n    agency {\n      ...AgencyFields\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment PractitionerFields on Practitioner {\n    id\n    displayName\n    jobTitle\n  }\n": typeof types.PractitionerFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    role\n    relationship\n    nhsNumber\n    uniquePupilNumber\n    councilPersonNumber\n    consistentChildIdentifier\n    version\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment FamilyFields on Family {\n    id\n    reference\n    addressLine1\n    addressLine2\n    town\n    postcode\n    members {\n      ...PersonFields\n      educationSettings {\n        id\n        settingId\n        settingName\n        urn\n        startedOn\n        endedOn\n      }\n    }\n  }\n": typeof types.FamilyFieldsFragmentDoc,
    "\n  fragment ReferralFields on Referral {\n    id\n    reference\n    version\n    receivedAt\n    status\n    selfReferral\n    referrerAgency {\n      ...AgencyFields\n    }\n    referrerName\n    concerns\n    consentGiven\n    consentNote\n    family {\n      ...FamilyFields\n    }\n    decision\n    decisionReason\n    decidedAt\n    decidedByName\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    caseId\n    reReferral\n    previousCaseId\n    addedToCaseId\n    secondCaseReason\n    familyOpenCases {\n      id\n      reference\n      status\n      leadAgency {\n        ...AgencyFields\n      }\n      leadPractitioner {\n        ...PractitionerFields\n      }\n    }\n    consentOn\n    safeguardingBasis\n    familyWords\n    madeByPartner\n    knownFamilyMatches {\n      familyId\n      reference\n      postcode\n      matchedPeople {\n        ...PersonFields\n      }\n      matches {\n        reason\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  fragment CaseSummaryFields on CaseSummary {\n    id\n    reference\n    familyName\n    childrenCount\n    status\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    allocatedOn\n    firstContactDue\n    firstContactOverdue\n    myFamilyPlanDue\n    myFamilyPlanOverdue\n    workingDaysToMyFamilyPlan\n    nextReviewDue\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  fragment CaseFields on EarlyHelpCase {\n    id\n    reference\n    version\n    level\n    status\n    familyName\n    family {\n      ...FamilyFields\n    }\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    allocatedOn\n    firstContactDue\n    firstContactOverdue\n    firstContactOn\n    declinedReason\n    myFamilyPlanDue\n    myFamilyPlanOverdue\n    workingDaysToMyFamilyPlan\n    referralConcerns\n    canEditPlan\n    chronology {\n      id\n      type\n      summary\n      actorName\n      occurredAt\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n    councilTerms {\n      earlyHelp\n      leadPractitioner\n      familyPlan\n      forum\n      serviceName\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query Practitioners($agencyId: ID!) {\n    practitioners(agencyId: $agencyId) {\n      ...PractitionerFields\n    }\n  }\n": typeof types.PractitionersDocument,
    "\n  query PossibleFamilyMatches($people: [PersonLookupInput!]!) {\n    possibleFamilyMatches(people: $people) {\n      familyId\n      reference\n      postcode\n      matchedPeople {\n        ...PersonFields\n      }\n      matches {\n        reason\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.PossibleFamilyMatchesDocument,
    "\n  query Referrals($status: ReferralStatus) {\n    referrals(status: $status) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  query Caseload {\n    caseload {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      next\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation BeginMfaEnrolment {\n    beginMfaEnrolment {\n      otpauthUri\n      qrCodeDataUrl\n      setupKey\n    }\n  }\n": typeof types.BeginMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation VerifyMfaCode($code: String!) {\n    verifyMfaCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerifyMfaCodeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdatePersonIdentifiers($input: UpdatePersonIdentifiersInput!) {\n    updatePersonIdentifiers(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdatePersonIdentifiersDocument,
    "\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.RecordReferralDocument,
    "\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.MakeReferralDocument,
    "\n  query MyReferrals {\n    myReferrals {\n      ...ReferralFields\n    }\n  }\n": typeof types.MyReferralsDocument,
    "\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.TriageReferralDocument,
    "\n  mutation AddReferralToCase($input: AddReferralToCaseInput!) {\n    addReferralToCase(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.AddReferralToCaseDocument,
    "\n  mutation RecordFirstContact($input: RecordFirstContactInput!) {\n    recordFirstContact(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.RecordFirstContactDocument,
    "\n  mutation AddAgency($input: AddAgencyInput!) {\n    addAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n": typeof types.AddAgencyDocument,
    "\n  fragment ShareFields on ShareModel {\n    numerator\n    denominator\n    percent\n  }\n": typeof types.ShareFieldsFragmentDoc,
    "\n  query ImpactFigures($filter: ImpactFilterInput!) {\n    impactFigures(filter: $filter) {\n      asOf\n      refreshedAt\n      from\n      to\n      openCases\n      childrenInOpenCases\n      allocated\n      newCasesBySource {\n        source\n        cases\n      }\n      escalationsToLevel4\n      notReachingLevel4Within12Months {\n        ...ShareFields\n      }\n      notReReferredWithin12Months {\n        ...ShareFields\n      }\n      closedWithOutcomesMet {\n        ...ShareFields\n      }\n      firstContactOnTime {\n        ...ShareFields\n      }\n      myFamilyPlanOnTime {\n        ...ShareFields\n      }\n      declineRate {\n        ...ShareFields\n      }\n      averageDaysOpen\n      caseload {\n        practitionerId\n        name\n        agencyName\n        openCases\n      }\n      averageCaseload\n      levelMovements {\n        month\n        movement\n        cases\n      }\n      months {\n        month\n        openCases\n        childrenInOpenCases\n        allocated\n        newCasesBySource {\n          source\n          cases\n        }\n        escalationsToLevel4\n        closed\n        closedWithOutcomesMet {\n          ...ShareFields\n        }\n        firstContactOnTime {\n          ...ShareFields\n        }\n        myFamilyPlanOnTime {\n          ...ShareFields\n        }\n        declineRate {\n          ...ShareFields\n        }\n        averageDaysOpen\n      }\n    }\n  }\n": typeof types.ImpactFiguresDocument,
    "\n  query DriftingCases($filter: DriftingFilterInput) {\n    driftingCases(filter: $filter) {\n      asOf\n      cases {\n        caseId\n        reference\n        agencyName\n        leadPractitionerName\n        lastActivityOn\n        daysSinceActivity\n      }\n    }\n  }\n": typeof types.DriftingCasesDocument,
    "\n  query Localities {\n    localities {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": typeof types.LocalitiesDocument,
    "\n  mutation SaveLocality($input: SaveLocalityInput!) {\n    saveLocality(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": typeof types.SaveLocalityDocument,
    "\n  fragment PeriodMeasuresFields on ImpactMeasuresModel {\n    cases\n    previouslyOpenToSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromFamilyCasework {\n      ...ShareFields\n    }\n    steppedUpToLevel3 {\n      ...ShareFields\n    }\n    steppedUpToLevel4 {\n      ...ShareFields\n    }\n    becameLookedAfter {\n      ...ShareFields\n    }\n    steppedUpOrLookedAfter {\n      ...ShareFields\n    }\n    repeatReferralsWithin12Months {\n      ...ShareFields\n    }\n    medianDaysToAllocation\n    daysToAllocation {\n      band\n      cases\n    }\n  }\n": typeof types.PeriodMeasuresFieldsFragmentDoc,
    "\n  fragment MonthMeasuresFields on MonthMeasuresModel {\n    month\n    cases\n    previouslyOpenToSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromFamilyCasework {\n      ...ShareFields\n    }\n    steppedUpToLevel3 {\n      ...ShareFields\n    }\n    steppedUpToLevel4 {\n      ...ShareFields\n    }\n    becameLookedAfter {\n      ...ShareFields\n    }\n    steppedUpOrLookedAfter {\n      ...ShareFields\n    }\n    repeatReferralsWithin12Months {\n      ...ShareFields\n    }\n    medianDaysToAllocation\n    daysToAllocation {\n      band\n      cases\n    }\n  }\n": typeof types.MonthMeasuresFieldsFragmentDoc,
    "\n  query ImpactMeasures($filter: ImpactFilterInput!) {\n    impactFigures(filter: $filter) {\n      practitionersWithCases\n      measures {\n        ...PeriodMeasuresFields\n        months {\n          ...MonthMeasuresFields\n        }\n        needsMetByHeading {\n          headingId\n          heading\n          retired\n          needs\n          met {\n            ...ShareFields\n          }\n          sustainmentChecked\n          sustained {\n            ...ShareFields\n          }\n        }\n      }\n      shareDecisions {\n        month\n        decision\n        lawfulBasis\n        reason\n        decisions\n      }\n    }\n  }\n": typeof types.ImpactMeasuresDocument,
    "\n  query FailedJobs {\n    failedNotificationJobs {\n      id\n      name\n      failedReason\n      attemptsMade\n      failedAt\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation Retry($id: ID!) {\n    retryNotificationJob(id: $id)\n  }\n": typeof types.RetryDocument,
    "\n  fragment InboxFields on Inbox {\n    unreadCount\n    notifications {\n      id\n      kind\n      text\n      link\n      createdAt\n      read\n    }\n  }\n": typeof types.InboxFieldsFragmentDoc,
    "\n  query Inbox {\n    inbox {\n      ...InboxFields\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkRead($id: ID) {\n    markNotificationsRead(id: $id) {\n      ...InboxFields\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  query SharingAlerts {\n    sharingAlerts {\n      id\n      kind\n      summary\n      urgent\n      raisedByName\n      raisedByAgency\n      raisedAt\n      caseId\n      caseReference\n      basis\n    }\n  }\n": typeof types.SharingAlertsDocument,
    "\n  mutation RaiseAlert($input: RaiseAlertInput!) {\n    raiseSharingAlert(input: $input) {\n      id\n    }\n  }\n": typeof types.RaiseAlertDocument,
    "\n  query Preferences {\n    notificationPreferences {\n      kind\n      description\n      channel\n    }\n  }\n": typeof types.PreferencesDocument,
    "\n  mutation SetPreference($kind: String!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      description\n      channel\n    }\n  }\n": typeof types.SetPreferenceDocument,
    "\n  query Drawings($id: ID!) {\n    case(id: $id) {\n      drawings {\n        id\n        person {\n          id\n        }\n        uploadedByName\n      }\n    }\n  }\n": typeof types.DrawingsDocument,
    "\n  query DrawingImage($id: ID!) {\n    drawingImage(id: $id)\n  }\n": typeof types.DrawingImageDocument,
    "\n  mutation UploadDrawing($input: UploadDrawingInput!) {\n    uploadDrawing(input: $input) {\n      id\n    }\n  }\n": typeof types.UploadDrawingDocument,
    "\n  fragment PlanSectionFields on PlanSection {\n    key\n    kind\n    title\n    required\n    saved\n    version\n    savedAt\n    savedByName\n    person {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      role\n      relationship\n    }\n    familyStory {\n      story\n      language\n      interpreterNeeded\n    }\n    signsOfSafety {\n      worries\n      workingWell\n      needsToHappen\n    }\n    threeHouses {\n      worries\n      goodThings\n      dreams\n    }\n    ace {\n      indicators\n      count\n    }\n    goals {\n      goal\n      actions {\n        who\n        what\n        byWhen\n        status\n      }\n    }\n    qaComments {\n      id\n      sectionKey\n      comment\n      madeByName\n      madeAt\n    }\n    assignedToId\n    assignedToName\n    canEdit\n  }\n": typeof types.PlanSectionFieldsFragmentDoc,
    "\n  fragment MyFamilyPlanFields on MyFamilyPlan {\n    id\n    status\n    version\n    dueDate\n    workingDaysLeft\n    overdue\n    submittedAt\n    approvedAt\n    approvedByName\n    missingSections\n    canEdit\n    canQualityAssure\n    canAssignSections\n    assignableMembers {\n      id\n      displayName\n      jobTitle\n    }\n    qaComments {\n      id\n      sectionKey\n      comment\n      madeByName\n      madeAt\n    }\n    sections {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.MyFamilyPlanFieldsFragmentDoc,
    "\n  query PlanCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      version\n      status\n      familyName\n      canEditPlan\n      myFamilyPlanDue\n      myFamilyPlanOverdue\n      workingDaysToMyFamilyPlan\n      leadPractitioner {\n        displayName\n        jobTitle\n      }\n      leadAgency {\n        name\n      }\n      family {\n        members {\n          id\n          firstName\n          lastName\n          dateOfBirth\n          role\n          relationship\n        }\n      }\n      plan {\n        ...MyFamilyPlanFields\n      }\n      consents {\n        id\n        givenBy {\n          id\n          firstName\n          lastName\n          dateOfBirth\n          role\n          relationship\n        }\n        competenceConfirmed\n        agencies {\n          id\n          name\n        }\n        givenOn\n        withdrawnOn\n        current\n      }\n      reviews {\n        id\n        kind\n        heldOn\n        attendees\n        teamAttendance {\n          userId\n          name\n          agencyName\n          attendanceLabel\n        }\n        goalProgress\n        familyView\n        nextReviewOn\n        nextReviewReason\n        recordedByName\n        childViews {\n          person {\n            id\n            firstName\n            lastName\n            dateOfBirth\n            role\n            relationship\n          }\n          view\n        }\n      }\n      nextReviewDue\n      reviewState\n      closedOn\n      closureOutcome\n      closureReason\n      crisisCard {\n        whoToCall\n        warningSigns\n      }\n      maintenanceReviewDates\n      sharingHistory {\n        alertId\n        kind\n        raisedByName\n        raisedByAgency\n        sharedWith\n        basis\n        safeguardingReason\n        sharedAt\n      }\n    }\n  }\n": typeof types.PlanCaseDocument,
    "\n  mutation StartPlan($caseId: ID!) {\n    plan: startMyFamilyPlan(caseId: $caseId) {\n      ...MyFamilyPlanFields\n    }\n  }\n": typeof types.StartPlanDocument,
    "\n  mutation SubmitPlan($caseId: ID!, $version: Int!) {\n    plan: submitMyFamilyPlan(caseId: $caseId, version: $version) {\n      ...MyFamilyPlanFields\n    }\n  }\n": typeof types.SubmitPlanDocument,
    "\n  mutation ApprovePlan($caseId: ID!, $version: Int!) {\n    plan: approveMyFamilyPlan(caseId: $caseId, version: $version) {\n      ...MyFamilyPlanFields\n    }\n  }\n": typeof types.ApprovePlanDocument,
    "\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    plan: returnMyFamilyPlan(input: $input) {\n      ...MyFamilyPlanFields\n    }\n  }\n": typeof types.ReturnPlanDocument,
    "\n  mutation AssignPlanSection($input: AssignPlanSectionInput!) {\n    plan: assignPlanSection(input: $input) {\n      ...MyFamilyPlanFields\n    }\n  }\n": typeof types.AssignPlanSectionDocument,
    "\n  mutation SaveFamilyStory($input: SaveFamilyStoryInput!) {\n    saved: saveFamilyStory(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.SaveFamilyStoryDocument,
    "\n  mutation SaveSignsOfSafety($input: SaveSignsOfSafetyInput!) {\n    saved: saveSignsOfSafety(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.SaveSignsOfSafetyDocument,
    "\n  mutation SaveThreeHouses($input: SaveThreeHousesInput!) {\n    saved: saveThreeHouses(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.SaveThreeHousesDocument,
    "\n  mutation SaveAce($input: SaveAceInput!) {\n    saved: saveAce(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.SaveAceDocument,
    "\n  mutation SaveGoals($input: SaveGoalsInput!) {\n    saved: saveGoals(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.SaveGoalsDocument,
    "\n  query SectionVersions($caseId: ID!, $sectionKey: String!) {\n    planSectionVersions(caseId: $caseId, sectionKey: $sectionKey) {\n      version\n      savedAt\n      savedByName\n    }\n  }\n": typeof types.SectionVersionsDocument,
    "\n  query SectionAtVersion($caseId: ID!, $sectionKey: String!, $version: Int!) {\n    planSectionAtVersion(caseId: $caseId, sectionKey: $sectionKey, version: $version) {\n      ...PlanSectionFields\n    }\n  }\n": typeof types.SectionAtVersionDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      current\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation RecordReview($input: RecordReviewInput!) {\n    recordReview(input: $input) {\n      id\n      nextReviewOn\n    }\n  }\n": typeof types.RecordReviewDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation WithdrawConsent($consentId: ID!, $withdrawnOn: String!) {\n    withdrawConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) {\n      id\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  fragment OutcomeHeadingFields on OutcomeHeading {\n    id\n    key\n    name\n    position\n    retired\n    version\n  }\n": typeof types.OutcomeHeadingFieldsFragmentDoc,
    "\n  fragment PlanNeedFields on PlanNeed {\n    id\n    version\n    heading {\n      ...OutcomeHeadingFields\n    }\n    members {\n      id\n      firstName\n      lastName\n    }\n    description\n    evidence\n    evidenceAgencyName\n    identifiedOn\n    progress {\n      reviewId\n      heldOn\n      progress\n      evidence\n      recordedByName\n    }\n    outcome\n    outcomeEvidence\n    sustainment {\n      held\n      source\n      evidence\n      recordedOn\n    }\n  }\n": typeof types.PlanNeedFieldsFragmentDoc,
    "\n  fragment SustainmentCheckFields on SustainmentCheck {\n    caseId\n    caseReference\n    dueOn\n    askedOn\n    confirmedOn\n    canConfirm\n    version\n    reReferrals {\n      receivedOn\n      foundOn\n    }\n  }\n": typeof types.SustainmentCheckFieldsFragmentDoc,
    "\n  query NeedsCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      familyName\n      status\n      canEditPlan\n      closedOn\n      plan {\n        status\n      }\n      family {\n        members {\n          id\n          firstName\n          lastName\n          role\n        }\n      }\n      reviews {\n        id\n        kind\n        heldOn\n      }\n      needs {\n        ...PlanNeedFields\n      }\n      sustainmentCheck {\n        ...SustainmentCheckFields\n      }\n    }\n  }\n": typeof types.NeedsCaseDocument,
    "\n  query OutcomeHeadings($includeRetired: Boolean!) {\n    outcomeHeadings(includeRetired: $includeRetired) {\n      ...OutcomeHeadingFields\n    }\n  }\n": typeof types.OutcomeHeadingsDocument,
    "\n  mutation AddOutcomeHeading($name: String!) {\n    addOutcomeHeading(input: { name: $name }) {\n      ...OutcomeHeadingFields\n    }\n  }\n": typeof types.AddOutcomeHeadingDocument,
    "\n  mutation RenameOutcomeHeading($input: RenameOutcomeHeadingInput!) {\n    renameOutcomeHeading(input: $input) {\n      ...OutcomeHeadingFields\n    }\n  }\n": typeof types.RenameOutcomeHeadingDocument,
    "\n  mutation RetireOutcomeHeading($input: RetireOutcomeHeadingInput!) {\n    retireOutcomeHeading(input: $input) {\n      ...OutcomeHeadingFields\n    }\n  }\n": typeof types.RetireOutcomeHeadingDocument,
    "\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n": typeof types.RecordNeedDocument,
    "\n  mutation RemoveNeed($input: RemoveNeedInput!) {\n    removeNeed(input: $input)\n  }\n": typeof types.RemoveNeedDocument,
    "\n  mutation RecordNeedProgress($input: RecordNeedProgressInput!) {\n    recordNeedProgress(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n": typeof types.RecordNeedProgressDocument,
    "\n  mutation RecordNeedOutcomes($input: RecordNeedOutcomesInput!) {\n    recordNeedOutcomes(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n": typeof types.RecordNeedOutcomesDocument,
    "\n  query SustainmentChecksForMe {\n    sustainmentChecksForMe {\n      ...SustainmentCheckFields\n    }\n  }\n": typeof types.SustainmentChecksForMeDocument,
    "\n  mutation ConfirmSustainment($input: ConfirmSustainmentInput!) {\n    confirmSustainment(input: $input) {\n      ...SustainmentCheckFields\n    }\n  }\n": typeof types.ConfirmSustainmentDocument,
    "\n  query EvidencePack {\n    evidencePack {\n      rule {\n        minimumNeeds\n        everyNeedSignificantAndSustained\n        noReReferral\n        leadPractitioner\n        wholeFamilyAssessment\n        plan\n        sustainmentMonths\n      }\n      families {\n        caseId\n        caseReference\n        familyReference\n        leadPractitionerName\n        leadAgencyName\n        leadAgencyType\n        closedOn\n        assessmentApprovedOn\n        goalsWithActions\n        reviewsHeld\n        sustainmentDueOn\n        sustainmentConfirmedOn\n        reReferrals {\n          receivedOn\n          foundOn\n        }\n        needs {\n          heading\n          headingKey\n          description\n          evidence\n          evidenceAgencyName\n          outcome\n          outcomeEvidence\n          held\n          sustainmentSource\n          sustainmentEvidence\n        }\n        meetsRule\n        conditions {\n          condition\n          met\n          reason\n        }\n        reasons\n      }\n    }\n  }\n": typeof types.EvidencePackDocument,
    "\n  query NationalReturn($quarter: String!) {\n    nationalReturn(quarter: $quarter) {\n      quarter\n      from\n      to\n      headings {\n        ...OutcomeHeadingFields\n      }\n      rows {\n        familyReference\n        caseReference\n        leadAgencyType\n        closedOn\n        sustainmentConfirmedOn\n        headingKeys\n      }\n    }\n  }\n": typeof types.NationalReturnDocument,
    "\n  query People {\n    people {\n      id\n      displayName\n      jobTitle\n      role\n      version\n      agencyManager\n      openCasesLed\n      agency {\n        id\n        name\n        agencyType\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation MoveUserToAgency($userId: ID!, $agencyId: ID!, $expectedVersion: Int) {\n    moveUserToAgency(userId: $userId, agencyId: $agencyId, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": typeof types.MoveUserToAgencyDocument,
    "\n  mutation RemoveUserFromAgency($userId: ID!, $expectedVersion: Int) {\n    removeUserFromAgency(userId: $userId, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": typeof types.RemoveUserFromAgencyDocument,
    "\n  mutation SetAgencyManager($userId: ID!, $manager: Boolean!, $expectedVersion: Int) {\n    setAgencyManager(userId: $userId, manager: $manager, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": typeof types.SetAgencyManagerDocument,
};
const documents: Documents = {
    "\n  query CaseAccessLog($caseId: ID!) {\n    caseAccessLog(caseId: $caseId) {\n      who\n      agency\n      what\n      allowed\n      when\n    }\n  }\n": types.CaseAccessLogDocument,
    "\n  query CaseLeadChange($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      leadAgency {\n        id\n      }\n      leadChange {\n        canChangeLead\n        candidates {\n          id\n          displayName\n          jobTitle\n        }\n        openTransfer {\n          id\n          toAgencyName\n          toPractitionerName\n          note\n          offeredAt\n        }\n      }\n    }\n  }\n": types.CaseLeadChangeDocument,
    "\n  mutation ChangeLead($input: ChangeLeadPractitionerInput!) {\n    changeLeadPractitioner(input: $input) {\n      id\n    }\n  }\n": types.ChangeLeadDocument,
    "\n  query PractitionersToOfferTo($agencyId: ID!) {\n    practitionersToOfferTo(agencyId: $agencyId) {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": types.PractitionersToOfferToDocument,
    "\n  mutation OfferTransfer($input: OfferCaseTransferInput!) {\n    offerCaseTransfer(input: $input) {\n      id\n    }\n  }\n": types.OfferTransferDocument,
    "\n  mutation WithdrawTransfer($transferId: ID!) {\n    withdrawCaseTransfer(transferId: $transferId) {\n      id\n    }\n  }\n": types.WithdrawTransferDocument,
    "\n  query TransferOffers {\n    caseTransferOffers {\n      id\n      caseReference\n      familyName\n      childrenCount\n      fromAgencyName\n      offeredByName\n      note\n      offeredAt\n      canDecide\n      candidates {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n": types.TransferOffersDocument,
    "\n  mutation AcceptTransfer($input: AcceptCaseTransferInput!) {\n    acceptCaseTransfer(input: $input) {\n      id\n    }\n  }\n": types.AcceptTransferDocument,
    "\n  mutation DeclineTransfer($input: DeclineCaseTransferInput!) {\n    declineCaseTransfer(input: $input)\n  }\n": types.DeclineTransferDocument,
    "\n  query CaseMaintenanceReviews($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      canEditPlan\n      maintenanceReviews {\n        months\n        dueOn\n        overdue\n        outcome\n        recordedOn\n        note\n        recordedByName\n      }\n    }\n  }\n": types.CaseMaintenanceReviewsDocument,
    "\n  mutation RecordMaintenanceReview($input: RecordMaintenanceReviewInput!) {\n    recordMaintenanceReview(input: $input) {\n      dueOn\n      outcome\n    }\n  }\n": types.RecordMaintenanceReviewDocument,
    "\n  query CaseLevel($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      level\n      leadPractitioner {\n        id\n      }\n      leadAgency {\n        id\n      }\n      leadChange {\n        openTransfer {\n          id\n          toAgencyName\n          offeredAt\n        }\n      }\n    }\n  }\n": types.CaseLevelDocument,
    "\n  mutation OfferStepDown($input: OfferCaseTransferInput!) {\n    offerStepDown(input: $input) {\n      id\n    }\n  }\n": types.OfferStepDownDocument,
    "\n  query FamilyCaseworkers {\n    familyCaseworkers {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": types.FamilyCaseworkersDocument,
    "\n  mutation AcceptStepUp($input: AcceptStepUpInput!) {\n    acceptStepUp(input: $input) {\n      caseId\n      caseReference\n      leadAgencyName\n    }\n  }\n": types.AcceptStepUpDocument,
    "\n  mutation RecordStepDownFromSocialCare($input: StepDownFromSocialCareInput!) {\n    recordStepDownFromSocialCare(input: $input) {\n      id\n      reference\n    }\n  }\n": types.RecordStepDownFromSocialCareDocument,
    "\n  query RestrictedInformation($id: ID!) {\n    case(id: $id) {\n      id\n      leadAgency {\n        id\n      }\n      leadPractitioner {\n        id\n        displayName\n        jobTitle\n      }\n      restrictedInformation {\n        id\n        category\n        canRead\n        content\n        recordedAt\n        recordedByAgency {\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          jobTitle\n        }\n        sharedWith {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n": types.RestrictedInformationDocument,
    "\n  mutation RecordRestrictedInformation($input: RecordRestrictedInformationInput!) {\n    recordRestrictedInformation(input: $input) {\n      id\n    }\n  }\n": types.RecordRestrictedInformationDocument,
    "\n  query ShareDecisions($id: ID!) {\n    case(id: $id) {\n      id\n      family {\n        members {\n          id\n          firstName\n          lastName\n          role\n        }\n      }\n      shareDecisions {\n        id\n        decision\n        lawfulBasis\n        reason\n        reasonText\n        whatShared\n        sharedWith\n        childName\n        decidedByName\n        decidedByAgency\n        decidedAt\n      }\n    }\n  }\n": types.ShareDecisionsDocument,
    "\n  mutation RecordShareDecision($input: RecordShareDecisionInput!) {\n    recordShareDecision(input: $input) {\n      id\n    }\n  }\n": types.RecordShareDecisionDocument,
    "\n  fragment TeamInvitationFields on TeamInvitation {\n    id\n    inviteeName\n    agencyName\n    role\n    statusLabel\n    basisLabel\n    invitedByName\n    invitedAt\n    endedAt\n    reason\n    version\n  }\n": types.TeamInvitationFieldsFragmentDoc,
    "\n  query CaseTeam($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      leadAgency {\n        id\n      }\n      team {\n        canManage\n        canLeave\n        consentedAgencyIds\n        members {\n          userId\n          name\n          jobTitle\n          agencyName\n          role\n          isLead\n          basisLabel\n          joinedAt\n        }\n        pendingInvitations {\n          ...TeamInvitationFields\n        }\n        history {\n          ...TeamInvitationFields\n        }\n      }\n    }\n  }\n": types.CaseTeamDocument,
    "\n  query PractitionersToInvite($caseId: ID!, $agencyId: ID!) {\n    practitionersToInvite(caseId: $caseId, agencyId: $agencyId) {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": types.PractitionersToInviteDocument,
    "\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n    }\n  }\n": types.InviteToTeamDocument,
    "\n  mutation WithdrawTeamInvitation($input: TeamInvitationVersionInput!) {\n    withdrawTeamInvitation(input: $input) {\n      id\n    }\n  }\n": types.WithdrawTeamInvitationDocument,
    "\n  mutation RemoveFromTeam($input: RemoveFromTeamInput!) {\n    removeFromTeam(input: $input) {\n      id\n    }\n  }\n": types.RemoveFromTeamDocument,
    "\n  mutation LeaveTeam($caseId: ID!) {\n    leaveTeam(caseId: $caseId)\n  }\n": types.LeaveTeamDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  query TeamInvitations {\n    teamInvitations {\n      id\n      caseReference\n      familyLabel\n      role\n      basisLabel\n      invitedByName\n      invitedByAgency\n      invitedAt\n      version\n    }\n  }\n": types.TeamInvitationsDocument,
    "\n  mutation AcceptTeamInvitation($input: TeamInvitationVersionInput!) {\n    acceptTeamInvitation(input: $input) {\n      id\n    }\n  }\n": types.AcceptTeamInvitationDocument,
    "\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input)\n  }\n": types.DeclineTeamInvitationDocument,
    "\n  fragment EducationSettingFields on EducationSetting {\n    id\n    name\n    urn\n    phase\n    addressLine1\n    addressLine2\n    town\n    postcode\n    schoolDayStartsAt\n    closureDays\n    inCouncil\n    agencyId\n    agencyName\n    contactEmail\n    version\n    safeguardingLeads {\n      userId\n      displayName\n      jobTitle\n      role\n    }\n  }\n": types.EducationSettingFieldsFragmentDoc,
    "\n  query EducationSettings {\n    educationSettings {\n      ...EducationSettingFields\n    }\n  }\n": types.EducationSettingsDocument,
    "\n  query EducationSetting($id: ID!) {\n    educationSetting(id: $id) {\n      ...EducationSettingFields\n    }\n  }\n": types.EducationSettingDocument,
    "\n  mutation AddEducationSetting($input: EducationSettingInput!) {\n    addEducationSetting(input: $input) {\n      ...EducationSettingFields\n    }\n  }\n": types.AddEducationSettingDocument,
    "\n  mutation UpdateEducationSetting($id: ID!, $expectedVersion: Int!, $input: EducationSettingInput!) {\n    updateEducationSetting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EducationSettingFields\n    }\n  }\n": types.UpdateEducationSettingDocument,
    "\n  mutation RecordChildSetting($input: RecordChildSettingInput!) {\n    recordChildSetting(input: $input) {\n      id\n      settingId\n      settingName\n      urn\n      startedOn\n      endedOn\n    }\n  }\n": types.RecordChildSettingDocument,
    "\n  fragment EncompassRouteFields on EncompassRoute {\n    id\n    settingName\n    withCouncilContact\n    dueAt\n    stage\n    acknowledgedAt\n    acknowledgedByName\n    response\n    responseNote\n    version\n    canAcknowledge\n    passedOnAt\n    passedOnByName\n    passedOnNote\n    canPassOn\n  }\n": types.EncompassRouteFieldsFragmentDoc,
    "\n  fragment EncompassSummaryFields on EncompassNotificationSummary {\n    id\n    incidentReference\n    occurredAt\n    recordedAt\n    recordedByAgency\n    childCount\n    routes {\n      ...EncompassRouteFields\n    }\n  }\n": types.EncompassSummaryFieldsFragmentDoc,
    "\n  fragment EncompassNotificationFields on EncompassNotification {\n    id\n    incidentReference\n    occurredAt\n    recordedAt\n    recordedByAgency\n    childCount\n    routes {\n      ...EncompassRouteFields\n    }\n    summary\n    recordedByName\n    children {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      nhsNumber\n      uniquePupilNumber\n      councilPersonNumber\n      settingName\n    }\n  }\n": types.EncompassNotificationFieldsFragmentDoc,
    "\n  fragment EncompassFiguresFields on EncompassFigures {\n    notifications\n    readBeforeSchoolDay {\n      numerator\n      denominator\n      percent\n    }\n    medianMinutesToAcknowledge\n    escalatedToDeputies\n    escalatedToCouncil\n  }\n": types.EncompassFiguresFieldsFragmentDoc,
    "\n  query EncompassNotifications {\n    encompassNotifications {\n      ...EncompassSummaryFields\n    }\n  }\n": types.EncompassNotificationsDocument,
    "\n  query EncompassNotification($id: ID!) {\n    encompassNotification(id: $id) {\n      ...EncompassNotificationFields\n    }\n  }\n": types.EncompassNotificationDocument,
    "\n  mutation OpenEncompassNotification($id: ID!) {\n    openEncompassNotification(id: $id) {\n      ...EncompassNotificationFields\n    }\n  }\n": types.OpenEncompassNotificationDocument,
    "\n  mutation RecordEncompassNotification($input: RecordEncompassNotificationInput!) {\n    recordEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n": types.RecordEncompassNotificationDocument,
    "\n  mutation AcknowledgeEncompassNotification($input: AcknowledgeEncompassInput!) {\n    acknowledgeEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n": types.AcknowledgeEncompassNotificationDocument,
    "\n  mutation PassOnEncompassNotification($input: PassOnEncompassInput!) {\n    passOnEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n": types.PassOnEncompassNotificationDocument,
    "\n  query EncompassFigures($from: String!, $to: String!) {\n    impactFigures(filter: { from: $from, to: $to }) {\n      encompass {\n        total {\n          ...EncompassFiguresFields\n        }\n        byMonth {\n          key\n          figures {\n            ...EncompassFiguresFields\n          }\n        }\n        bySetting {\n          key\n          figures {\n            ...EncompassFiguresFields\n          }\n        }\n      }\n    }\n  }\n": types.EncompassFiguresDocument,
    "\n  fragment ForumMeetingFields on ForumMeeting {\n    id\n    meetsOn\n    startsAt\n    place\n    onlineLink\n    status\n    agendaCutoff\n    itemCount\n    version\n    minutesSignedOffAt\n    canStart\n  }\n": types.ForumMeetingFieldsFragmentDoc,
    "\n  fragment ForumActionFields on ForumAction {\n    id\n    caseId\n    caseReference\n    owner {\n      id\n      displayName\n    }\n    description\n    dueOn\n    doneOn\n    overdue\n  }\n": types.ForumActionFieldsFragmentDoc,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    status\n    reason\n    summary\n    chairNote\n    slot\n    position\n    discussion\n    decision\n    referredTo\n    addedByName\n    version\n    case {\n      caseId\n      reference\n      familyName\n      level\n      status\n      leadAgency {\n        name\n      }\n      leadPractitioner {\n        id\n        displayName\n      }\n      planStatus\n      myFamilyPlanDue\n      lastReviewOn\n      nextReviewOn\n      openActions\n      previousDiscussions {\n        meetsOn\n        decision\n      }\n      stepHistory {\n        on\n        summary\n      }\n    }\n    actions {\n      ...ForumActionFields\n    }\n    contributions {\n      id\n      authorName\n      authorAgency\n      body\n      sentAt\n    }\n    canContribute\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  fragment AgendaFields on Agenda {\n    meeting {\n      ...ForumMeetingFields\n    }\n    items {\n      ...AgendaItemFields\n    }\n    attendance {\n      agency {\n        id\n        name\n      }\n      attendees\n    }\n  }\n": types.AgendaFieldsFragmentDoc,
    "\n  query ForumMeetings {\n    forumMeetings {\n      ...ForumMeetingFields\n    }\n  }\n": types.ForumMeetingsDocument,
    "\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n": types.AgendaDocument,
    "\n  query Minutes($meetingId: ID!) {\n    minutes(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n": types.MinutesDocument,
    "\n  query MyActions {\n    myActions {\n      ...ForumActionFields\n    }\n  }\n": types.MyActionsDocument,
    "\n  mutation Schedule($input: ScheduleMeetingsInput!) {\n    scheduleForumMeetings(input: $input) {\n      ...ForumMeetingFields\n    }\n  }\n": types.ScheduleDocument,
    "\n  mutation AddItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.AddItemDocument,
    "\n  mutation Curate($input: CurateItemInput!) {\n    curateAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.CurateDocument,
    "\n  mutation Decide($input: RecordDecisionInput!) {\n    recordForumDecision(input: $input) {\n      id\n    }\n  }\n": types.DecideDocument,
    "\n  mutation Attendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      meeting {\n        id\n      }\n    }\n  }\n": types.AttendanceDocument,
    "\n  mutation CompleteAction($actionId: ID!) {\n    completeForumAction(actionId: $actionId) {\n      id\n    }\n  }\n": types.CompleteActionDocument,
    "\n  query OpenHandovers {\n    openHandovers {\n      id\n      caseId\n      caseReference\n      toTeam\n      route\n      reason\n      requestedByName\n      requestedAt\n    }\n  }\n": types.OpenHandoversDocument,
    "\n  mutation AcceptHandover($handoverId: ID!) {\n    acceptHandover(handoverId: $handoverId) {\n      id\n    }\n  }\n": types.AcceptHandoverDocument,
    "\n  mutation UrgentStepUp($input: UrgentStepUpInput!) {\n    urgentStepUp(input: $input) {\n      id\n    }\n  }\n": types.UrgentStepUpDocument,
    "\n  fragment MentoringRequestFields on MentoringRequest {\n    id\n    caseId\n    caseReference\n    requestedBy {\n      displayName\n    }\n    requestedAt\n    ageWorkingDays\n    topic\n    question\n    status\n    assignedTo {\n      id\n      displayName\n    }\n    closingSummary\n    sessions {\n      id\n      heldOn\n      advice\n      nextSteps\n      recordedByName\n    }\n    version\n  }\n": types.MentoringRequestFieldsFragmentDoc,
    "\n  query MentoringRequests($includeClosed: Boolean!) {\n    mentoringRequests(includeClosed: $includeClosed) {\n      ...MentoringRequestFields\n    }\n  }\n": types.MentoringRequestsDocument,
    "\n  mutation RequestMentoring($input: RequestMentoringInput!) {\n    requestMentoring(input: $input) {\n      id\n    }\n  }\n": types.RequestMentoringDocument,
    "\n  mutation AssignMentoring($input: AssignMentoringInput!) {\n    assignMentoring(input: $input) {\n      id\n    }\n  }\n": types.AssignMentoringDocument,
    "\n  mutation MentoringSession($input: MentoringSessionInput!) {\n    recordMentoringSession(input: $input) {\n      id\n    }\n  }\n": types.MentoringSessionDocument,
    "\n  mutation CloseMentoring($input: CloseMentoringInput!) {\n    closeMentoring(input: $input) {\n      id\n    }\n  }\n": types.CloseMentoringDocument,
    "\n  mutation CalendarLink {\n    forumCalendarLink\n  }\n": types.CalendarLinkDocument,
    "\n  mutation CancelMeeting($meetingId: ID!, $version: Int!) {\n    cancelForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveForumMeeting(input: $input) {\n      id\n    }\n  }\n": types.MoveMeetingDocument,
    "\n  mutation PlaceItem($input: CurateItemInput!) {\n    curateAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.PlaceItemDocument,
    "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n": types.PublishAgendaDocument,
    "\n  mutation SignOffMinutes($meetingId: ID!, $version: Int!) {\n    signOffMinutes(meetingId: $meetingId, version: $version) {\n      id\n      minutesSignedOffAt\n    }\n  }\n": types.SignOffMinutesDocument,
    "\n  mutation StartMeeting($meetingId: ID!, $version: Int!) {\n    meeting: startForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation CloseMeeting($meetingId: ID!, $version: Int!) {\n    meeting: closeForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  mutation SendContribution($input: ForumContributionInput!) {\n    sendForumContribution(input: $input) {\n      id\n    }\n  }\n": types.SendContributionDocument,
    "\n  fragment EscalationConcernFields on EscalationConcern {\n    id\n    caseId\n    caseReference\n    familyName\n    worry\n    tried\n    urgency\n    status\n    raisedByName\n    raisedByAgency\n    raisedAt\n    response\n    decidedAt\n    forumMeetsOn\n    forumDecision\n    proposedMeetingId\n    version\n  }\n": types.EscalationConcernFieldsFragmentDoc,
    "\n  query MyEscalationConcerns {\n    myEscalationConcerns {\n      ...EscalationConcernFields\n    }\n  }\n": types.MyEscalationConcernsDocument,
    "\n  query ConcernsAwaitingChair {\n    escalationConcernsAwaitingChair {\n      ...EscalationConcernFields\n    }\n  }\n": types.ConcernsAwaitingChairDocument,
    "\n  mutation RaiseConcern($input: RaiseEscalationConcernInput!) {\n    raiseEscalationConcern(input: $input) {\n      id\n    }\n  }\n": types.RaiseConcernDocument,
    "\n  mutation PlaceConcern($input: PlaceConcernOnAgendaInput!) {\n    placeConcernOnAgenda(input: $input) {\n      id\n      forumMeetsOn\n    }\n  }\n": types.PlaceConcernDocument,
    "\n  mutation ConcernUrgentRoute($input: TakeConcernUrgentRouteInput!) {\n    takeConcernUrgentRoute(input: $input) {\n      id\n    }\n  }\n": types.ConcernUrgentRouteDocument,
    "\n  mutation AnswerConcern($input: AnswerConcernInput!) {\n    answerEscalationConcern(input: $input) {\n      id\n    }\n  }\n": types.AnswerConcernDocument,
    "\n  query LiveAgenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n      currentItemId\n      currentItemHidden\n    }\n  }\n": types.LiveAgendaDocument,
    "\n  query LiveAgendaItem($meetingId: ID!, $itemId: ID) {\n    liveAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      meeting {\n        ...ForumMeetingFields\n      }\n      item {\n        ...AgendaItemFields\n      }\n      currentItemId\n      currentItemHidden\n    }\n  }\n": types.LiveAgendaItemDocument,
    "\n  mutation TakeAgendaItem($input: TakeAgendaItemInput!) {\n    takeAgendaItem(input: $input) {\n      currentItemId\n    }\n  }\n": types.TakeAgendaItemDocument,
    "\n  query FamilyPartnershipTeam {\n    familyPartnershipTeam {\n      id\n      displayName\n    }\n  }\n": types.FamilyPartnershipTeamDocument,
    "\n  fragment RetentionPolicyFields on RetentionPolicy {\n    recordType\n    rule\n    period\n    version\n    updatedBy\n    updatedAt\n  }\n": types.RetentionPolicyFieldsFragmentDoc,
    "\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseId\n    caseReference\n    reason\n    placedBy\n    placedAt\n    liftedBy\n    liftedAt\n    version\n  }\n": types.LegalHoldFieldsFragmentDoc,
    "\n  query Governance {\n    retentionPolicies {\n      ...RetentionPolicyFields\n    }\n    legalHolds {\n      ...LegalHoldFields\n    }\n    retentionReview {\n      recordType\n      entityType\n      id\n      reference\n      state\n      dueOn\n      legalHold\n      familyActive\n    }\n  }\n": types.GovernanceDocument,
    "\n  query RetentionPolicies {\n    retentionPolicies {\n      ...RetentionPolicyFields\n    }\n  }\n": types.RetentionPoliciesDocument,
    "\n  mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) {\n    updateRetentionPolicy(input: $input) {\n      ...RetentionPolicyFields\n    }\n  }\n": types.UpdateRetentionPolicyDocument,
    "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": types.PlaceLegalHoldDocument,
    "\n  mutation LiftLegalHold($input: LiftLegalHoldInput!) {\n    liftLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": types.LiftLegalHoldDocument,
    "\n  query SubjectAccessPeople($input: SubjectAccessSearchInput!) {\n    subjectAccessPeople(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      role\n      familyReference\n    }\n  }\n": types.SubjectAccessPeopleDocument,
    "\n  mutation SubjectAccessExport($personId: ID!) {\n    subjectAccessExport(personId: $personId) {\n      fileName\n      html\n      redactionMarks\n    }\n  }\n": types.SubjectAccessExportDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    agencyType\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    role\n    jobTitle\n    isFamilyPartnershipTeam\n    agency {\n      ...AgencyFields\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment PractitionerFields on Practitioner {\n    id\n    displayName\n    jobTitle\n  }\n": types.PractitionerFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    role\n    relationship\n    nhsNumber\n    uniquePupilNumber\n    councilPersonNumber\n    consistentChildIdentifier\n    version\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment FamilyFields on Family {\n    id\n    reference\n    addressLine1\n    addressLine2\n    town\n    postcode\n    members {\n      ...PersonFields\n      educationSettings {\n        id\n        settingId\n        settingName\n        urn\n        startedOn\n        endedOn\n      }\n    }\n  }\n": types.FamilyFieldsFragmentDoc,
    "\n  fragment ReferralFields on Referral {\n    id\n    reference\n    version\n    receivedAt\n    status\n    selfReferral\n    referrerAgency {\n      ...AgencyFields\n    }\n    referrerName\n    concerns\n    consentGiven\n    consentNote\n    family {\n      ...FamilyFields\n    }\n    decision\n    decisionReason\n    decidedAt\n    decidedByName\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    caseId\n    reReferral\n    previousCaseId\n    addedToCaseId\n    secondCaseReason\n    familyOpenCases {\n      id\n      reference\n      status\n      leadAgency {\n        ...AgencyFields\n      }\n      leadPractitioner {\n        ...PractitionerFields\n      }\n    }\n    consentOn\n    safeguardingBasis\n    familyWords\n    madeByPartner\n    knownFamilyMatches {\n      familyId\n      reference\n      postcode\n      matchedPeople {\n        ...PersonFields\n      }\n      matches {\n        reason\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  fragment CaseSummaryFields on CaseSummary {\n    id\n    reference\n    familyName\n    childrenCount\n    status\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    allocatedOn\n    firstContactDue\n    firstContactOverdue\n    myFamilyPlanDue\n    myFamilyPlanOverdue\n    workingDaysToMyFamilyPlan\n    nextReviewDue\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  fragment CaseFields on EarlyHelpCase {\n    id\n    reference\n    version\n    level\n    status\n    familyName\n    family {\n      ...FamilyFields\n    }\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    allocatedOn\n    firstContactDue\n    firstContactOverdue\n    firstContactOn\n    declinedReason\n    myFamilyPlanDue\n    myFamilyPlanOverdue\n    workingDaysToMyFamilyPlan\n    referralConcerns\n    canEditPlan\n    chronology {\n      id\n      type\n      summary\n      actorName\n      occurredAt\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n    councilTerms {\n      earlyHelp\n      leadPractitioner\n      familyPlan\n      forum\n      serviceName\n    }\n  }\n": types.MeDocument,
    "\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n": types.AgenciesDocument,
    "\n  query Practitioners($agencyId: ID!) {\n    practitioners(agencyId: $agencyId) {\n      ...PractitionerFields\n    }\n  }\n": types.PractitionersDocument,
    "\n  query PossibleFamilyMatches($people: [PersonLookupInput!]!) {\n    possibleFamilyMatches(people: $people) {\n      familyId\n      reference\n      postcode\n      matchedPeople {\n        ...PersonFields\n      }\n      matches {\n        reason\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.PossibleFamilyMatchesDocument,
    "\n  query Referrals($status: ReferralStatus) {\n    referrals(status: $status) {\n      ...ReferralFields\n    }\n  }\n": types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ReferralDocument,
    "\n  query Caseload {\n    caseload {\n      ...CaseSummaryFields\n    }\n  }\n": types.CaseloadDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": types.CaseDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      next\n    }\n  }\n": types.SignInDocument,
    "\n  mutation BeginMfaEnrolment {\n    beginMfaEnrolment {\n      otpauthUri\n      qrCodeDataUrl\n      setupKey\n    }\n  }\n": types.BeginMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation VerifyMfaCode($code: String!) {\n    verifyMfaCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n": types.VerifyMfaCodeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdatePersonIdentifiers($input: UpdatePersonIdentifiersInput!) {\n    updatePersonIdentifiers(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdatePersonIdentifiersDocument,
    "\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.RecordReferralDocument,
    "\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.MakeReferralDocument,
    "\n  query MyReferrals {\n    myReferrals {\n      ...ReferralFields\n    }\n  }\n": types.MyReferralsDocument,
    "\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.TriageReferralDocument,
    "\n  mutation AddReferralToCase($input: AddReferralToCaseInput!) {\n    addReferralToCase(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.AddReferralToCaseDocument,
    "\n  mutation RecordFirstContact($input: RecordFirstContactInput!) {\n    recordFirstContact(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.RecordFirstContactDocument,
    "\n  mutation AddAgency($input: AddAgencyInput!) {\n    addAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n": types.AddAgencyDocument,
    "\n  fragment ShareFields on ShareModel {\n    numerator\n    denominator\n    percent\n  }\n": types.ShareFieldsFragmentDoc,
    "\n  query ImpactFigures($filter: ImpactFilterInput!) {\n    impactFigures(filter: $filter) {\n      asOf\n      refreshedAt\n      from\n      to\n      openCases\n      childrenInOpenCases\n      allocated\n      newCasesBySource {\n        source\n        cases\n      }\n      escalationsToLevel4\n      notReachingLevel4Within12Months {\n        ...ShareFields\n      }\n      notReReferredWithin12Months {\n        ...ShareFields\n      }\n      closedWithOutcomesMet {\n        ...ShareFields\n      }\n      firstContactOnTime {\n        ...ShareFields\n      }\n      myFamilyPlanOnTime {\n        ...ShareFields\n      }\n      declineRate {\n        ...ShareFields\n      }\n      averageDaysOpen\n      caseload {\n        practitionerId\n        name\n        agencyName\n        openCases\n      }\n      averageCaseload\n      levelMovements {\n        month\n        movement\n        cases\n      }\n      months {\n        month\n        openCases\n        childrenInOpenCases\n        allocated\n        newCasesBySource {\n          source\n          cases\n        }\n        escalationsToLevel4\n        closed\n        closedWithOutcomesMet {\n          ...ShareFields\n        }\n        firstContactOnTime {\n          ...ShareFields\n        }\n        myFamilyPlanOnTime {\n          ...ShareFields\n        }\n        declineRate {\n          ...ShareFields\n        }\n        averageDaysOpen\n      }\n    }\n  }\n": types.ImpactFiguresDocument,
    "\n  query DriftingCases($filter: DriftingFilterInput) {\n    driftingCases(filter: $filter) {\n      asOf\n      cases {\n        caseId\n        reference\n        agencyName\n        leadPractitionerName\n        lastActivityOn\n        daysSinceActivity\n      }\n    }\n  }\n": types.DriftingCasesDocument,
    "\n  query Localities {\n    localities {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": types.LocalitiesDocument,
    "\n  mutation SaveLocality($input: SaveLocalityInput!) {\n    saveLocality(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": types.SaveLocalityDocument,
    "\n  fragment PeriodMeasuresFields on ImpactMeasuresModel {\n    cases\n    previouslyOpenToSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromFamilyCasework {\n      ...ShareFields\n    }\n    steppedUpToLevel3 {\n      ...ShareFields\n    }\n    steppedUpToLevel4 {\n      ...ShareFields\n    }\n    becameLookedAfter {\n      ...ShareFields\n    }\n    steppedUpOrLookedAfter {\n      ...ShareFields\n    }\n    repeatReferralsWithin12Months {\n      ...ShareFields\n    }\n    medianDaysToAllocation\n    daysToAllocation {\n      band\n      cases\n    }\n  }\n": types.PeriodMeasuresFieldsFragmentDoc,
    "\n  fragment MonthMeasuresFields on MonthMeasuresModel {\n    month\n    cases\n    previouslyOpenToSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromFamilyCasework {\n      ...ShareFields\n    }\n    steppedUpToLevel3 {\n      ...ShareFields\n    }\n    steppedUpToLevel4 {\n      ...ShareFields\n    }\n    becameLookedAfter {\n      ...ShareFields\n    }\n    steppedUpOrLookedAfter {\n      ...ShareFields\n    }\n    repeatReferralsWithin12Months {\n      ...ShareFields\n    }\n    medianDaysToAllocation\n    daysToAllocation {\n      band\n      cases\n    }\n  }\n": types.MonthMeasuresFieldsFragmentDoc,
    "\n  query ImpactMeasures($filter: ImpactFilterInput!) {\n    impactFigures(filter: $filter) {\n      practitionersWithCases\n      measures {\n        ...PeriodMeasuresFields\n        months {\n          ...MonthMeasuresFields\n        }\n        needsMetByHeading {\n          headingId\n          heading\n          retired\n          needs\n          met {\n            ...ShareFields\n          }\n          sustainmentChecked\n          sustained {\n            ...ShareFields\n          }\n        }\n      }\n      shareDecisions {\n        month\n        decision\n        lawfulBasis\n        reason\n        decisions\n      }\n    }\n  }\n": types.ImpactMeasuresDocument,
    "\n  query FailedJobs {\n    failedNotificationJobs {\n      id\n      name\n      failedReason\n      attemptsMade\n      failedAt\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation Retry($id: ID!) {\n    retryNotificationJob(id: $id)\n  }\n": types.RetryDocument,
    "\n  fragment InboxFields on Inbox {\n    unreadCount\n    notifications {\n      id\n      kind\n      text\n      link\n      createdAt\n      read\n    }\n  }\n": types.InboxFieldsFragmentDoc,
    "\n  query Inbox {\n    inbox {\n      ...InboxFields\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkRead($id: ID) {\n    markNotificationsRead(id: $id) {\n      ...InboxFields\n    }\n  }\n": types.MarkReadDocument,
    "\n  query SharingAlerts {\n    sharingAlerts {\n      id\n      kind\n      summary\n      urgent\n      raisedByName\n      raisedByAgency\n      raisedAt\n      caseId\n      caseReference\n      basis\n    }\n  }\n": types.SharingAlertsDocument,
    "\n  mutation RaiseAlert($input: RaiseAlertInput!) {\n    raiseSharingAlert(input: $input) {\n      id\n    }\n  }\n": types.RaiseAlertDocument,
    "\n  query Preferences {\n    notificationPreferences {\n      kind\n      description\n      channel\n    }\n  }\n": types.PreferencesDocument,
    "\n  mutation SetPreference($kind: String!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      description\n      channel\n    }\n  }\n": types.SetPreferenceDocument,
    "\n  query Drawings($id: ID!) {\n    case(id: $id) {\n      drawings {\n        id\n        person {\n          id\n        }\n        uploadedByName\n      }\n    }\n  }\n": types.DrawingsDocument,
    "\n  query DrawingImage($id: ID!) {\n    drawingImage(id: $id)\n  }\n": types.DrawingImageDocument,
    "\n  mutation UploadDrawing($input: UploadDrawingInput!) {\n    uploadDrawing(input: $input) {\n      id\n    }\n  }\n": types.UploadDrawingDocument,
    "\n  fragment PlanSectionFields on PlanSection {\n    key\n    kind\n    title\n    required\n    saved\n    version\n    savedAt\n    savedByName\n    person {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      role\n      relationship\n    }\n    familyStory {\n      story\n      language\n      interpreterNeeded\n    }\n    signsOfSafety {\n      worries\n      workingWell\n      needsToHappen\n    }\n    threeHouses {\n      worries\n      goodThings\n      dreams\n    }\n    ace {\n      indicators\n      count\n    }\n    goals {\n      goal\n      actions {\n        who\n        what\n        byWhen\n        status\n      }\n    }\n    qaComments {\n      id\n      sectionKey\n      comment\n      madeByName\n      madeAt\n    }\n    assignedToId\n    assignedToName\n    canEdit\n  }\n": types.PlanSectionFieldsFragmentDoc,
    "\n  fragment MyFamilyPlanFields on MyFamilyPlan {\n    id\n    status\n    version\n    dueDate\n    workingDaysLeft\n    overdue\n    submittedAt\n    approvedAt\n    approvedByName\n    missingSections\n    canEdit\n    canQualityAssure\n    canAssignSections\n    assignableMembers {\n      id\n      displayName\n      jobTitle\n    }\n    qaComments {\n      id\n      sectionKey\n      comment\n      madeByName\n      madeAt\n    }\n    sections {\n      ...PlanSectionFields\n    }\n  }\n": types.MyFamilyPlanFieldsFragmentDoc,
    "\n  query PlanCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      version\n      status\n      familyName\n      canEditPlan\n      myFamilyPlanDue\n      myFamilyPlanOverdue\n      workingDaysToMyFamilyPlan\n      leadPractitioner {\n        displayName\n        jobTitle\n      }\n      leadAgency {\n        name\n      }\n      family {\n        members {\n          id\n          firstName\n          lastName\n          dateOfBirth\n          role\n          relationship\n        }\n      }\n      plan {\n        ...MyFamilyPlanFields\n      }\n      consents {\n        id\n        givenBy {\n          id\n          firstName\n          lastName\n          dateOfBirth\n          role\n          relationship\n        }\n        competenceConfirmed\n        agencies {\n          id\n          name\n        }\n        givenOn\n        withdrawnOn\n        current\n      }\n      reviews {\n        id\n        kind\n        heldOn\n        attendees\n        teamAttendance {\n          userId\n          name\n          agencyName\n          attendanceLabel\n        }\n        goalProgress\n        familyView\n        nextReviewOn\n        nextReviewReason\n        recordedByName\n        childViews {\n          person {\n            id\n            firstName\n            lastName\n            dateOfBirth\n            role\n            relationship\n          }\n          view\n        }\n      }\n      nextReviewDue\n      reviewState\n      closedOn\n      closureOutcome\n      closureReason\n      crisisCard {\n        whoToCall\n        warningSigns\n      }\n      maintenanceReviewDates\n      sharingHistory {\n        alertId\n        kind\n        raisedByName\n        raisedByAgency\n        sharedWith\n        basis\n        safeguardingReason\n        sharedAt\n      }\n    }\n  }\n": types.PlanCaseDocument,
    "\n  mutation StartPlan($caseId: ID!) {\n    plan: startMyFamilyPlan(caseId: $caseId) {\n      ...MyFamilyPlanFields\n    }\n  }\n": types.StartPlanDocument,
    "\n  mutation SubmitPlan($caseId: ID!, $version: Int!) {\n    plan: submitMyFamilyPlan(caseId: $caseId, version: $version) {\n      ...MyFamilyPlanFields\n    }\n  }\n": types.SubmitPlanDocument,
    "\n  mutation ApprovePlan($caseId: ID!, $version: Int!) {\n    plan: approveMyFamilyPlan(caseId: $caseId, version: $version) {\n      ...MyFamilyPlanFields\n    }\n  }\n": types.ApprovePlanDocument,
    "\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    plan: returnMyFamilyPlan(input: $input) {\n      ...MyFamilyPlanFields\n    }\n  }\n": types.ReturnPlanDocument,
    "\n  mutation AssignPlanSection($input: AssignPlanSectionInput!) {\n    plan: assignPlanSection(input: $input) {\n      ...MyFamilyPlanFields\n    }\n  }\n": types.AssignPlanSectionDocument,
    "\n  mutation SaveFamilyStory($input: SaveFamilyStoryInput!) {\n    saved: saveFamilyStory(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": types.SaveFamilyStoryDocument,
    "\n  mutation SaveSignsOfSafety($input: SaveSignsOfSafetyInput!) {\n    saved: saveSignsOfSafety(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": types.SaveSignsOfSafetyDocument,
    "\n  mutation SaveThreeHouses($input: SaveThreeHousesInput!) {\n    saved: saveThreeHouses(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": types.SaveThreeHousesDocument,
    "\n  mutation SaveAce($input: SaveAceInput!) {\n    saved: saveAce(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": types.SaveAceDocument,
    "\n  mutation SaveGoals($input: SaveGoalsInput!) {\n    saved: saveGoals(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n": types.SaveGoalsDocument,
    "\n  query SectionVersions($caseId: ID!, $sectionKey: String!) {\n    planSectionVersions(caseId: $caseId, sectionKey: $sectionKey) {\n      version\n      savedAt\n      savedByName\n    }\n  }\n": types.SectionVersionsDocument,
    "\n  query SectionAtVersion($caseId: ID!, $sectionKey: String!, $version: Int!) {\n    planSectionAtVersion(caseId: $caseId, sectionKey: $sectionKey, version: $version) {\n      ...PlanSectionFields\n    }\n  }\n": types.SectionAtVersionDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      current\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation RecordReview($input: RecordReviewInput!) {\n    recordReview(input: $input) {\n      id\n      nextReviewOn\n    }\n  }\n": types.RecordReviewDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation WithdrawConsent($consentId: ID!, $withdrawnOn: String!) {\n    withdrawConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) {\n      id\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  fragment OutcomeHeadingFields on OutcomeHeading {\n    id\n    key\n    name\n    position\n    retired\n    version\n  }\n": types.OutcomeHeadingFieldsFragmentDoc,
    "\n  fragment PlanNeedFields on PlanNeed {\n    id\n    version\n    heading {\n      ...OutcomeHeadingFields\n    }\n    members {\n      id\n      firstName\n      lastName\n    }\n    description\n    evidence\n    evidenceAgencyName\n    identifiedOn\n    progress {\n      reviewId\n      heldOn\n      progress\n      evidence\n      recordedByName\n    }\n    outcome\n    outcomeEvidence\n    sustainment {\n      held\n      source\n      evidence\n      recordedOn\n    }\n  }\n": types.PlanNeedFieldsFragmentDoc,
    "\n  fragment SustainmentCheckFields on SustainmentCheck {\n    caseId\n    caseReference\n    dueOn\n    askedOn\n    confirmedOn\n    canConfirm\n    version\n    reReferrals {\n      receivedOn\n      foundOn\n    }\n  }\n": types.SustainmentCheckFieldsFragmentDoc,
    "\n  query NeedsCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      familyName\n      status\n      canEditPlan\n      closedOn\n      plan {\n        status\n      }\n      family {\n        members {\n          id\n          firstName\n          lastName\n          role\n        }\n      }\n      reviews {\n        id\n        kind\n        heldOn\n      }\n      needs {\n        ...PlanNeedFields\n      }\n      sustainmentCheck {\n        ...SustainmentCheckFields\n      }\n    }\n  }\n": types.NeedsCaseDocument,
    "\n  query OutcomeHeadings($includeRetired: Boolean!) {\n    outcomeHeadings(includeRetired: $includeRetired) {\n      ...OutcomeHeadingFields\n    }\n  }\n": types.OutcomeHeadingsDocument,
    "\n  mutation AddOutcomeHeading($name: String!) {\n    addOutcomeHeading(input: { name: $name }) {\n      ...OutcomeHeadingFields\n    }\n  }\n": types.AddOutcomeHeadingDocument,
    "\n  mutation RenameOutcomeHeading($input: RenameOutcomeHeadingInput!) {\n    renameOutcomeHeading(input: $input) {\n      ...OutcomeHeadingFields\n    }\n  }\n": types.RenameOutcomeHeadingDocument,
    "\n  mutation RetireOutcomeHeading($input: RetireOutcomeHeadingInput!) {\n    retireOutcomeHeading(input: $input) {\n      ...OutcomeHeadingFields\n    }\n  }\n": types.RetireOutcomeHeadingDocument,
    "\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n": types.RecordNeedDocument,
    "\n  mutation RemoveNeed($input: RemoveNeedInput!) {\n    removeNeed(input: $input)\n  }\n": types.RemoveNeedDocument,
    "\n  mutation RecordNeedProgress($input: RecordNeedProgressInput!) {\n    recordNeedProgress(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n": types.RecordNeedProgressDocument,
    "\n  mutation RecordNeedOutcomes($input: RecordNeedOutcomesInput!) {\n    recordNeedOutcomes(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n": types.RecordNeedOutcomesDocument,
    "\n  query SustainmentChecksForMe {\n    sustainmentChecksForMe {\n      ...SustainmentCheckFields\n    }\n  }\n": types.SustainmentChecksForMeDocument,
    "\n  mutation ConfirmSustainment($input: ConfirmSustainmentInput!) {\n    confirmSustainment(input: $input) {\n      ...SustainmentCheckFields\n    }\n  }\n": types.ConfirmSustainmentDocument,
    "\n  query EvidencePack {\n    evidencePack {\n      rule {\n        minimumNeeds\n        everyNeedSignificantAndSustained\n        noReReferral\n        leadPractitioner\n        wholeFamilyAssessment\n        plan\n        sustainmentMonths\n      }\n      families {\n        caseId\n        caseReference\n        familyReference\n        leadPractitionerName\n        leadAgencyName\n        leadAgencyType\n        closedOn\n        assessmentApprovedOn\n        goalsWithActions\n        reviewsHeld\n        sustainmentDueOn\n        sustainmentConfirmedOn\n        reReferrals {\n          receivedOn\n          foundOn\n        }\n        needs {\n          heading\n          headingKey\n          description\n          evidence\n          evidenceAgencyName\n          outcome\n          outcomeEvidence\n          held\n          sustainmentSource\n          sustainmentEvidence\n        }\n        meetsRule\n        conditions {\n          condition\n          met\n          reason\n        }\n        reasons\n      }\n    }\n  }\n": types.EvidencePackDocument,
    "\n  query NationalReturn($quarter: String!) {\n    nationalReturn(quarter: $quarter) {\n      quarter\n      from\n      to\n      headings {\n        ...OutcomeHeadingFields\n      }\n      rows {\n        familyReference\n        caseReference\n        leadAgencyType\n        closedOn\n        sustainmentConfirmedOn\n        headingKeys\n      }\n    }\n  }\n": types.NationalReturnDocument,
    "\n  query People {\n    people {\n      id\n      displayName\n      jobTitle\n      role\n      version\n      agencyManager\n      openCasesLed\n      agency {\n        id\n        name\n        agencyType\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation MoveUserToAgency($userId: ID!, $agencyId: ID!, $expectedVersion: Int) {\n    moveUserToAgency(userId: $userId, agencyId: $agencyId, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": types.MoveUserToAgencyDocument,
    "\n  mutation RemoveUserFromAgency($userId: ID!, $expectedVersion: Int) {\n    removeUserFromAgency(userId: $userId, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": types.RemoveUserFromAgencyDocument,
    "\n  mutation SetAgencyManager($userId: ID!, $manager: Boolean!, $expectedVersion: Int) {\n    setAgencyManager(userId: $userId, manager: $manager, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": types.SetAgencyManagerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAccessLog($caseId: ID!) {\n    caseAccessLog(caseId: $caseId) {\n      who\n      agency\n      what\n      allowed\n      when\n    }\n  }\n"): typeof import('./graphql').CaseAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseLeadChange($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      leadAgency {\n        id\n      }\n      leadChange {\n        canChangeLead\n        candidates {\n          id\n          displayName\n          jobTitle\n        }\n        openTransfer {\n          id\n          toAgencyName\n          toPractitionerName\n          note\n          offeredAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseLeadChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLead($input: ChangeLeadPractitionerInput!) {\n    changeLeadPractitioner(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PractitionersToOfferTo($agencyId: ID!) {\n    practitionersToOfferTo(agencyId: $agencyId) {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"): typeof import('./graphql').PractitionersToOfferToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferTransfer($input: OfferCaseTransferInput!) {\n    offerCaseTransfer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OfferTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTransfer($transferId: ID!) {\n    withdrawCaseTransfer(transferId: $transferId) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferOffers {\n    caseTransferOffers {\n      id\n      caseReference\n      familyName\n      childrenCount\n      fromAgencyName\n      offeredByName\n      note\n      offeredAt\n      canDecide\n      candidates {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n"): typeof import('./graphql').TransferOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransfer($input: AcceptCaseTransferInput!) {\n    acceptCaseTransfer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineTransfer($input: DeclineCaseTransferInput!) {\n    declineCaseTransfer(input: $input)\n  }\n"): typeof import('./graphql').DeclineTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMaintenanceReviews($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      canEditPlan\n      maintenanceReviews {\n        months\n        dueOn\n        overdue\n        outcome\n        recordedOn\n        note\n        recordedByName\n      }\n    }\n  }\n"): typeof import('./graphql').CaseMaintenanceReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMaintenanceReview($input: RecordMaintenanceReviewInput!) {\n    recordMaintenanceReview(input: $input) {\n      dueOn\n      outcome\n    }\n  }\n"): typeof import('./graphql').RecordMaintenanceReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseLevel($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      level\n      leadPractitioner {\n        id\n      }\n      leadAgency {\n        id\n      }\n      leadChange {\n        openTransfer {\n          id\n          toAgencyName\n          offeredAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferStepDown($input: OfferCaseTransferInput!) {\n    offerStepDown(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OfferStepDownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyCaseworkers {\n    familyCaseworkers {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"): typeof import('./graphql').FamilyCaseworkersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStepUp($input: AcceptStepUpInput!) {\n    acceptStepUp(input: $input) {\n      caseId\n      caseReference\n      leadAgencyName\n    }\n  }\n"): typeof import('./graphql').AcceptStepUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStepDownFromSocialCare($input: StepDownFromSocialCareInput!) {\n    recordStepDownFromSocialCare(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').RecordStepDownFromSocialCareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedInformation($id: ID!) {\n    case(id: $id) {\n      id\n      leadAgency {\n        id\n      }\n      leadPractitioner {\n        id\n        displayName\n        jobTitle\n      }\n      restrictedInformation {\n        id\n        category\n        canRead\n        content\n        recordedAt\n        recordedByAgency {\n          name\n        }\n        recordedBy {\n          id\n          displayName\n          jobTitle\n        }\n        sharedWith {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RestrictedInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRestrictedInformation($input: RecordRestrictedInformationInput!) {\n    recordRestrictedInformation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordRestrictedInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareDecisions($id: ID!) {\n    case(id: $id) {\n      id\n      family {\n        members {\n          id\n          firstName\n          lastName\n          role\n        }\n      }\n      shareDecisions {\n        id\n        decision\n        lawfulBasis\n        reason\n        reasonText\n        whatShared\n        sharedWith\n        childName\n        decidedByName\n        decidedByAgency\n        decidedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ShareDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordShareDecision($input: RecordShareDecisionInput!) {\n    recordShareDecision(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordShareDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamInvitationFields on TeamInvitation {\n    id\n    inviteeName\n    agencyName\n    role\n    statusLabel\n    basisLabel\n    invitedByName\n    invitedAt\n    endedAt\n    reason\n    version\n  }\n"): typeof import('./graphql').TeamInvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTeam($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      leadAgency {\n        id\n      }\n      team {\n        canManage\n        canLeave\n        consentedAgencyIds\n        members {\n          userId\n          name\n          jobTitle\n          agencyName\n          role\n          isLead\n          basisLabel\n          joinedAt\n        }\n        pendingInvitations {\n          ...TeamInvitationFields\n        }\n        history {\n          ...TeamInvitationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PractitionersToInvite($caseId: ID!, $agencyId: ID!) {\n    practitionersToInvite(caseId: $caseId, agencyId: $agencyId) {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"): typeof import('./graphql').PractitionersToInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteToTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTeamInvitation($input: TeamInvitationVersionInput!) {\n    withdrawTeamInvitation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawTeamInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromTeam($input: RemoveFromTeamInput!) {\n    removeFromTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveFromTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveTeam($caseId: ID!) {\n    leaveTeam(caseId: $caseId)\n  }\n"): typeof import('./graphql').LeaveTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCaseNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitations {\n    teamInvitations {\n      id\n      caseReference\n      familyLabel\n      role\n      basisLabel\n      invitedByName\n      invitedByAgency\n      invitedAt\n      version\n    }\n  }\n"): typeof import('./graphql').TeamInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTeamInvitation($input: TeamInvitationVersionInput!) {\n    acceptTeamInvitation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptTeamInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input)\n  }\n"): typeof import('./graphql').DeclineTeamInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EducationSettingFields on EducationSetting {\n    id\n    name\n    urn\n    phase\n    addressLine1\n    addressLine2\n    town\n    postcode\n    schoolDayStartsAt\n    closureDays\n    inCouncil\n    agencyId\n    agencyName\n    contactEmail\n    version\n    safeguardingLeads {\n      userId\n      displayName\n      jobTitle\n      role\n    }\n  }\n"): typeof import('./graphql').EducationSettingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EducationSettings {\n    educationSettings {\n      ...EducationSettingFields\n    }\n  }\n"): typeof import('./graphql').EducationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EducationSetting($id: ID!) {\n    educationSetting(id: $id) {\n      ...EducationSettingFields\n    }\n  }\n"): typeof import('./graphql').EducationSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEducationSetting($input: EducationSettingInput!) {\n    addEducationSetting(input: $input) {\n      ...EducationSettingFields\n    }\n  }\n"): typeof import('./graphql').AddEducationSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEducationSetting($id: ID!, $expectedVersion: Int!, $input: EducationSettingInput!) {\n    updateEducationSetting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EducationSettingFields\n    }\n  }\n"): typeof import('./graphql').UpdateEducationSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordChildSetting($input: RecordChildSettingInput!) {\n    recordChildSetting(input: $input) {\n      id\n      settingId\n      settingName\n      urn\n      startedOn\n      endedOn\n    }\n  }\n"): typeof import('./graphql').RecordChildSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EncompassRouteFields on EncompassRoute {\n    id\n    settingName\n    withCouncilContact\n    dueAt\n    stage\n    acknowledgedAt\n    acknowledgedByName\n    response\n    responseNote\n    version\n    canAcknowledge\n    passedOnAt\n    passedOnByName\n    passedOnNote\n    canPassOn\n  }\n"): typeof import('./graphql').EncompassRouteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EncompassSummaryFields on EncompassNotificationSummary {\n    id\n    incidentReference\n    occurredAt\n    recordedAt\n    recordedByAgency\n    childCount\n    routes {\n      ...EncompassRouteFields\n    }\n  }\n"): typeof import('./graphql').EncompassSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EncompassNotificationFields on EncompassNotification {\n    id\n    incidentReference\n    occurredAt\n    recordedAt\n    recordedByAgency\n    childCount\n    routes {\n      ...EncompassRouteFields\n    }\n    summary\n    recordedByName\n    children {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      nhsNumber\n      uniquePupilNumber\n      councilPersonNumber\n      settingName\n    }\n  }\n"): typeof import('./graphql').EncompassNotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EncompassFiguresFields on EncompassFigures {\n    notifications\n    readBeforeSchoolDay {\n      numerator\n      denominator\n      percent\n    }\n    medianMinutesToAcknowledge\n    escalatedToDeputies\n    escalatedToCouncil\n  }\n"): typeof import('./graphql').EncompassFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EncompassNotifications {\n    encompassNotifications {\n      ...EncompassSummaryFields\n    }\n  }\n"): typeof import('./graphql').EncompassNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EncompassNotification($id: ID!) {\n    encompassNotification(id: $id) {\n      ...EncompassNotificationFields\n    }\n  }\n"): typeof import('./graphql').EncompassNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenEncompassNotification($id: ID!) {\n    openEncompassNotification(id: $id) {\n      ...EncompassNotificationFields\n    }\n  }\n"): typeof import('./graphql').OpenEncompassNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEncompassNotification($input: RecordEncompassNotificationInput!) {\n    recordEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n"): typeof import('./graphql').RecordEncompassNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEncompassNotification($input: AcknowledgeEncompassInput!) {\n    acknowledgeEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeEncompassNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassOnEncompassNotification($input: PassOnEncompassInput!) {\n    passOnEncompassNotification(input: $input) {\n      ...EncompassNotificationFields\n    }\n  }\n"): typeof import('./graphql').PassOnEncompassNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EncompassFigures($from: String!, $to: String!) {\n    impactFigures(filter: { from: $from, to: $to }) {\n      encompass {\n        total {\n          ...EncompassFiguresFields\n        }\n        byMonth {\n          key\n          figures {\n            ...EncompassFiguresFields\n          }\n        }\n        bySetting {\n          key\n          figures {\n            ...EncompassFiguresFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EncompassFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumMeetingFields on ForumMeeting {\n    id\n    meetsOn\n    startsAt\n    place\n    onlineLink\n    status\n    agendaCutoff\n    itemCount\n    version\n    minutesSignedOffAt\n    canStart\n  }\n"): typeof import('./graphql').ForumMeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumActionFields on ForumAction {\n    id\n    caseId\n    caseReference\n    owner {\n      id\n      displayName\n    }\n    description\n    dueOn\n    doneOn\n    overdue\n  }\n"): typeof import('./graphql').ForumActionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    status\n    reason\n    summary\n    chairNote\n    slot\n    position\n    discussion\n    decision\n    referredTo\n    addedByName\n    version\n    case {\n      caseId\n      reference\n      familyName\n      level\n      status\n      leadAgency {\n        name\n      }\n      leadPractitioner {\n        id\n        displayName\n      }\n      planStatus\n      myFamilyPlanDue\n      lastReviewOn\n      nextReviewOn\n      openActions\n      previousDiscussions {\n        meetsOn\n        decision\n      }\n      stepHistory {\n        on\n        summary\n      }\n    }\n    actions {\n      ...ForumActionFields\n    }\n    contributions {\n      id\n      authorName\n      authorAgency\n      body\n      sentAt\n    }\n    canContribute\n  }\n"): typeof import('./graphql').AgendaItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaFields on Agenda {\n    meeting {\n      ...ForumMeetingFields\n    }\n    items {\n      ...AgendaItemFields\n    }\n    attendance {\n      agency {\n        id\n        name\n      }\n      attendees\n    }\n  }\n"): typeof import('./graphql').AgendaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumMeetings {\n    forumMeetings {\n      ...ForumMeetingFields\n    }\n  }\n"): typeof import('./graphql').ForumMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n"): typeof import('./graphql').AgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Minutes($meetingId: ID!) {\n    minutes(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n"): typeof import('./graphql').MinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActions {\n    myActions {\n      ...ForumActionFields\n    }\n  }\n"): typeof import('./graphql').MyActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Schedule($input: ScheduleMeetingsInput!) {\n    scheduleForumMeetings(input: $input) {\n      ...ForumMeetingFields\n    }\n  }\n"): typeof import('./graphql').ScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AddItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Curate($input: CurateItemInput!) {\n    curateAgendaItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CurateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Decide($input: RecordDecisionInput!) {\n    recordForumDecision(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Attendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      meeting {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAction($actionId: ID!) {\n    completeForumAction(actionId: $actionId) {\n      id\n    }\n  }\n"): typeof import('./graphql').CompleteActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenHandovers {\n    openHandovers {\n      id\n      caseId\n      caseReference\n      toTeam\n      route\n      reason\n      requestedByName\n      requestedAt\n    }\n  }\n"): typeof import('./graphql').OpenHandoversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptHandover($handoverId: ID!) {\n    acceptHandover(handoverId: $handoverId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrgentStepUp($input: UrgentStepUpInput!) {\n    urgentStepUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UrgentStepUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentoringRequestFields on MentoringRequest {\n    id\n    caseId\n    caseReference\n    requestedBy {\n      displayName\n    }\n    requestedAt\n    ageWorkingDays\n    topic\n    question\n    status\n    assignedTo {\n      id\n      displayName\n    }\n    closingSummary\n    sessions {\n      id\n      heldOn\n      advice\n      nextSteps\n      recordedByName\n    }\n    version\n  }\n"): typeof import('./graphql').MentoringRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringRequests($includeClosed: Boolean!) {\n    mentoringRequests(includeClosed: $includeClosed) {\n      ...MentoringRequestFields\n    }\n  }\n"): typeof import('./graphql').MentoringRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMentoring($input: RequestMentoringInput!) {\n    requestMentoring(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestMentoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMentoring($input: AssignMentoringInput!) {\n    assignMentoring(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignMentoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentoringSession($input: MentoringSessionInput!) {\n    recordMentoringSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MentoringSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMentoring($input: CloseMentoringInput!) {\n    closeMentoring(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseMentoringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarLink {\n    forumCalendarLink\n  }\n"): typeof import('./graphql').CalendarLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($meetingId: ID!, $version: Int!) {\n    cancelForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMeeting($input: MoveMeetingInput!) {\n    moveForumMeeting(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MoveMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceItem($input: CurateItemInput!) {\n    curateAgendaItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PlaceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffMinutes($meetingId: ID!, $version: Int!) {\n    signOffMinutes(meetingId: $meetingId, version: $version) {\n      id\n      minutesSignedOffAt\n    }\n  }\n"): typeof import('./graphql').SignOffMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($meetingId: ID!, $version: Int!) {\n    meeting: startForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($meetingId: ID!, $version: Int!) {\n    meeting: closeForumMeeting(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendContribution($input: ForumContributionInput!) {\n    sendForumContribution(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationConcernFields on EscalationConcern {\n    id\n    caseId\n    caseReference\n    familyName\n    worry\n    tried\n    urgency\n    status\n    raisedByName\n    raisedByAgency\n    raisedAt\n    response\n    decidedAt\n    forumMeetsOn\n    forumDecision\n    proposedMeetingId\n    version\n  }\n"): typeof import('./graphql').EscalationConcernFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEscalationConcerns {\n    myEscalationConcerns {\n      ...EscalationConcernFields\n    }\n  }\n"): typeof import('./graphql').MyEscalationConcernsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcernsAwaitingChair {\n    escalationConcernsAwaitingChair {\n      ...EscalationConcernFields\n    }\n  }\n"): typeof import('./graphql').ConcernsAwaitingChairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseConcern($input: RaiseEscalationConcernInput!) {\n    raiseEscalationConcern(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RaiseConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceConcern($input: PlaceConcernOnAgendaInput!) {\n    placeConcernOnAgenda(input: $input) {\n      id\n      forumMeetsOn\n    }\n  }\n"): typeof import('./graphql').PlaceConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcernUrgentRoute($input: TakeConcernUrgentRouteInput!) {\n    takeConcernUrgentRoute(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConcernUrgentRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerConcern($input: AnswerConcernInput!) {\n    answerEscalationConcern(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnswerConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveAgenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n      currentItemId\n      currentItemHidden\n    }\n  }\n"): typeof import('./graphql').LiveAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveAgendaItem($meetingId: ID!, $itemId: ID) {\n    liveAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      meeting {\n        ...ForumMeetingFields\n      }\n      item {\n        ...AgendaItemFields\n      }\n      currentItemId\n      currentItemHidden\n    }\n  }\n"): typeof import('./graphql').LiveAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeAgendaItem($input: TakeAgendaItemInput!) {\n    takeAgendaItem(input: $input) {\n      currentItemId\n    }\n  }\n"): typeof import('./graphql').TakeAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyPartnershipTeam {\n    familyPartnershipTeam {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').FamilyPartnershipTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionPolicyFields on RetentionPolicy {\n    recordType\n    rule\n    period\n    version\n    updatedBy\n    updatedAt\n  }\n"): typeof import('./graphql').RetentionPolicyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseId\n    caseReference\n    reason\n    placedBy\n    placedAt\n    liftedBy\n    liftedAt\n    version\n  }\n"): typeof import('./graphql').LegalHoldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Governance {\n    retentionPolicies {\n      ...RetentionPolicyFields\n    }\n    legalHolds {\n      ...LegalHoldFields\n    }\n    retentionReview {\n      recordType\n      entityType\n      id\n      reference\n      state\n      dueOn\n      legalHold\n      familyActive\n    }\n  }\n"): typeof import('./graphql').GovernanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPolicies {\n    retentionPolicies {\n      ...RetentionPolicyFields\n    }\n  }\n"): typeof import('./graphql').RetentionPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionPolicy($input: UpdateRetentionPolicyInput!) {\n    updateRetentionPolicy(input: $input) {\n      ...RetentionPolicyFields\n    }\n  }\n"): typeof import('./graphql').UpdateRetentionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"): typeof import('./graphql').PlaceLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftLegalHold($input: LiftLegalHoldInput!) {\n    liftLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"): typeof import('./graphql').LiftLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectAccessPeople($input: SubjectAccessSearchInput!) {\n    subjectAccessPeople(input: $input) {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      role\n      familyReference\n    }\n  }\n"): typeof import('./graphql').SubjectAccessPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubjectAccessExport($personId: ID!) {\n    subjectAccessExport(personId: $personId) {\n      fileName\n      html\n      redactionMarks\n    }\n  }\n"): typeof import('./graphql').SubjectAccessExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id\n    name\n    agencyType\n  }\n"): typeof import('./graphql').AgencyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    role\n    jobTitle\n    isFamilyPartnershipTeam\n    agency {\n      ...AgencyFields\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PractitionerFields on Practitioner {\n    id\n    displayName\n    jobTitle\n  }\n"): typeof import('./graphql').PractitionerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    role\n    relationship\n    nhsNumber\n    uniquePupilNumber\n    councilPersonNumber\n    consistentChildIdentifier\n    version\n  }\n"): typeof import('./graphql').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyFields on Family {\n    id\n    reference\n    addressLine1\n    addressLine2\n    town\n    postcode\n    members {\n      ...PersonFields\n      educationSettings {\n        id\n        settingId\n        settingName\n        urn\n        startedOn\n        endedOn\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    id\n    reference\n    version\n    receivedAt\n    status\n    selfReferral\n    referrerAgency {\n      ...AgencyFields\n    }\n    referrerName\n    concerns\n    consentGiven\n    consentNote\n    family {\n      ...FamilyFields\n    }\n    decision\n    decisionReason\n    decidedAt\n    decidedByName\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    caseId\n    reReferral\n    previousCaseId\n    addedToCaseId\n    secondCaseReason\n    familyOpenCases {\n      id\n      reference\n      status\n      leadAgency {\n        ...AgencyFields\n      }\n      leadPractitioner {\n        ...PractitionerFields\n      }\n    }\n    consentOn\n    safeguardingBasis\n    familyWords\n    madeByPartner\n    knownFamilyMatches {\n      familyId\n      reference\n      postcode\n      matchedPeople {\n        ...PersonFields\n      }\n      matches {\n        reason\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on CaseSummary {\n    id\n    reference\n    familyName\n    childrenCount\n    status\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    allocatedOn\n    firstContactDue\n    firstContactOverdue\n    myFamilyPlanDue\n    myFamilyPlanOverdue\n    workingDaysToMyFamilyPlan\n    nextReviewDue\n  }\n"): typeof import('./graphql').CaseSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on EarlyHelpCase {\n    id\n    reference\n    version\n    level\n    status\n    familyName\n    family {\n      ...FamilyFields\n    }\n    leadAgency {\n      ...AgencyFields\n    }\n    leadPractitioner {\n      ...PractitionerFields\n    }\n    allocatedOn\n    firstContactDue\n    firstContactOverdue\n    firstContactOn\n    declinedReason\n    myFamilyPlanDue\n    myFamilyPlanOverdue\n    workingDaysToMyFamilyPlan\n    referralConcerns\n    canEditPlan\n    chronology {\n      id\n      type\n      summary\n      actorName\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').CaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n    councilTerms {\n      earlyHelp\n      leadPractitioner\n      familyPlan\n      forum\n      serviceName\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      ...AgencyFields\n    }\n  }\n"): typeof import('./graphql').AgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practitioners($agencyId: ID!) {\n    practitioners(agencyId: $agencyId) {\n      ...PractitionerFields\n    }\n  }\n"): typeof import('./graphql').PractitionersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleFamilyMatches($people: [PersonLookupInput!]!) {\n    possibleFamilyMatches(people: $people) {\n      familyId\n      reference\n      postcode\n      matchedPeople {\n        ...PersonFields\n      }\n      matches {\n        reason\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PossibleFamilyMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($status: ReferralStatus) {\n    referrals(status: $status) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').ReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').ReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseload {\n      ...CaseSummaryFields\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      next\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginMfaEnrolment {\n    beginMfaEnrolment {\n      otpauthUri\n      qrCodeDataUrl\n      setupKey\n    }\n  }\n"): typeof import('./graphql').BeginMfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmMfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfaCode($code: String!) {\n    verifyMfaCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').VerifyMfaCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonIdentifiers($input: UpdatePersonIdentifiersInput!) {\n    updatePersonIdentifiers(input: $input) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').UpdatePersonIdentifiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').RecordReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeReferral($input: MakeReferralInput!) {\n    makeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').MakeReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferrals {\n    myReferrals {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').MyReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageReferral($input: TriageReferralInput!) {\n    triageReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').TriageReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReferralToCase($input: AddReferralToCaseInput!) {\n    addReferralToCase(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').AddReferralToCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFirstContact($input: RecordFirstContactInput!) {\n    recordFirstContact(input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RecordFirstContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgency($input: AddAgencyInput!) {\n    addAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n"): typeof import('./graphql').AddAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareFields on ShareModel {\n    numerator\n    denominator\n    percent\n  }\n"): typeof import('./graphql').ShareFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactFigures($filter: ImpactFilterInput!) {\n    impactFigures(filter: $filter) {\n      asOf\n      refreshedAt\n      from\n      to\n      openCases\n      childrenInOpenCases\n      allocated\n      newCasesBySource {\n        source\n        cases\n      }\n      escalationsToLevel4\n      notReachingLevel4Within12Months {\n        ...ShareFields\n      }\n      notReReferredWithin12Months {\n        ...ShareFields\n      }\n      closedWithOutcomesMet {\n        ...ShareFields\n      }\n      firstContactOnTime {\n        ...ShareFields\n      }\n      myFamilyPlanOnTime {\n        ...ShareFields\n      }\n      declineRate {\n        ...ShareFields\n      }\n      averageDaysOpen\n      caseload {\n        practitionerId\n        name\n        agencyName\n        openCases\n      }\n      averageCaseload\n      levelMovements {\n        month\n        movement\n        cases\n      }\n      months {\n        month\n        openCases\n        childrenInOpenCases\n        allocated\n        newCasesBySource {\n          source\n          cases\n        }\n        escalationsToLevel4\n        closed\n        closedWithOutcomesMet {\n          ...ShareFields\n        }\n        firstContactOnTime {\n          ...ShareFields\n        }\n        myFamilyPlanOnTime {\n          ...ShareFields\n        }\n        declineRate {\n          ...ShareFields\n        }\n        averageDaysOpen\n      }\n    }\n  }\n"): typeof import('./graphql').ImpactFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriftingCases($filter: DriftingFilterInput) {\n    driftingCases(filter: $filter) {\n      asOf\n      cases {\n        caseId\n        reference\n        agencyName\n        leadPractitionerName\n        lastActivityOn\n        daysSinceActivity\n      }\n    }\n  }\n"): typeof import('./graphql').DriftingCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Localities {\n    localities {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n"): typeof import('./graphql').LocalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocality($input: SaveLocalityInput!) {\n    saveLocality(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n"): typeof import('./graphql').SaveLocalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodMeasuresFields on ImpactMeasuresModel {\n    cases\n    previouslyOpenToSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromFamilyCasework {\n      ...ShareFields\n    }\n    steppedUpToLevel3 {\n      ...ShareFields\n    }\n    steppedUpToLevel4 {\n      ...ShareFields\n    }\n    becameLookedAfter {\n      ...ShareFields\n    }\n    steppedUpOrLookedAfter {\n      ...ShareFields\n    }\n    repeatReferralsWithin12Months {\n      ...ShareFields\n    }\n    medianDaysToAllocation\n    daysToAllocation {\n      band\n      cases\n    }\n  }\n"): typeof import('./graphql').PeriodMeasuresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthMeasuresFields on MonthMeasuresModel {\n    month\n    cases\n    previouslyOpenToSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromSocialCare {\n      ...ShareFields\n    }\n    steppedDownFromFamilyCasework {\n      ...ShareFields\n    }\n    steppedUpToLevel3 {\n      ...ShareFields\n    }\n    steppedUpToLevel4 {\n      ...ShareFields\n    }\n    becameLookedAfter {\n      ...ShareFields\n    }\n    steppedUpOrLookedAfter {\n      ...ShareFields\n    }\n    repeatReferralsWithin12Months {\n      ...ShareFields\n    }\n    medianDaysToAllocation\n    daysToAllocation {\n      band\n      cases\n    }\n  }\n"): typeof import('./graphql').MonthMeasuresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactMeasures($filter: ImpactFilterInput!) {\n    impactFigures(filter: $filter) {\n      practitionersWithCases\n      measures {\n        ...PeriodMeasuresFields\n        months {\n          ...MonthMeasuresFields\n        }\n        needsMetByHeading {\n          headingId\n          heading\n          retired\n          needs\n          met {\n            ...ShareFields\n          }\n          sustainmentChecked\n          sustained {\n            ...ShareFields\n          }\n        }\n      }\n      shareDecisions {\n        month\n        decision\n        lawfulBasis\n        reason\n        decisions\n      }\n    }\n  }\n"): typeof import('./graphql').ImpactMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs {\n    failedNotificationJobs {\n      id\n      name\n      failedReason\n      attemptsMade\n      failedAt\n    }\n  }\n"): typeof import('./graphql').FailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Retry($id: ID!) {\n    retryNotificationJob(id: $id)\n  }\n"): typeof import('./graphql').RetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxFields on Inbox {\n    unreadCount\n    notifications {\n      id\n      kind\n      text\n      link\n      createdAt\n      read\n    }\n  }\n"): typeof import('./graphql').InboxFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    inbox {\n      ...InboxFields\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID) {\n    markNotificationsRead(id: $id) {\n      ...InboxFields\n    }\n  }\n"): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingAlerts {\n    sharingAlerts {\n      id\n      kind\n      summary\n      urgent\n      raisedByName\n      raisedByAgency\n      raisedAt\n      caseId\n      caseReference\n      basis\n    }\n  }\n"): typeof import('./graphql').SharingAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseAlert($input: RaiseAlertInput!) {\n    raiseSharingAlert(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RaiseAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preferences {\n    notificationPreferences {\n      kind\n      description\n      channel\n    }\n  }\n"): typeof import('./graphql').PreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPreference($kind: String!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      description\n      channel\n    }\n  }\n"): typeof import('./graphql').SetPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Drawings($id: ID!) {\n    case(id: $id) {\n      drawings {\n        id\n        person {\n          id\n        }\n        uploadedByName\n      }\n    }\n  }\n"): typeof import('./graphql').DrawingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawingImage($id: ID!) {\n    drawingImage(id: $id)\n  }\n"): typeof import('./graphql').DrawingImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadDrawing($input: UploadDrawingInput!) {\n    uploadDrawing(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UploadDrawingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSectionFields on PlanSection {\n    key\n    kind\n    title\n    required\n    saved\n    version\n    savedAt\n    savedByName\n    person {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      role\n      relationship\n    }\n    familyStory {\n      story\n      language\n      interpreterNeeded\n    }\n    signsOfSafety {\n      worries\n      workingWell\n      needsToHappen\n    }\n    threeHouses {\n      worries\n      goodThings\n      dreams\n    }\n    ace {\n      indicators\n      count\n    }\n    goals {\n      goal\n      actions {\n        who\n        what\n        byWhen\n        status\n      }\n    }\n    qaComments {\n      id\n      sectionKey\n      comment\n      madeByName\n      madeAt\n    }\n    assignedToId\n    assignedToName\n    canEdit\n  }\n"): typeof import('./graphql').PlanSectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyFamilyPlanFields on MyFamilyPlan {\n    id\n    status\n    version\n    dueDate\n    workingDaysLeft\n    overdue\n    submittedAt\n    approvedAt\n    approvedByName\n    missingSections\n    canEdit\n    canQualityAssure\n    canAssignSections\n    assignableMembers {\n      id\n      displayName\n      jobTitle\n    }\n    qaComments {\n      id\n      sectionKey\n      comment\n      madeByName\n      madeAt\n    }\n    sections {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').MyFamilyPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      version\n      status\n      familyName\n      canEditPlan\n      myFamilyPlanDue\n      myFamilyPlanOverdue\n      workingDaysToMyFamilyPlan\n      leadPractitioner {\n        displayName\n        jobTitle\n      }\n      leadAgency {\n        name\n      }\n      family {\n        members {\n          id\n          firstName\n          lastName\n          dateOfBirth\n          role\n          relationship\n        }\n      }\n      plan {\n        ...MyFamilyPlanFields\n      }\n      consents {\n        id\n        givenBy {\n          id\n          firstName\n          lastName\n          dateOfBirth\n          role\n          relationship\n        }\n        competenceConfirmed\n        agencies {\n          id\n          name\n        }\n        givenOn\n        withdrawnOn\n        current\n      }\n      reviews {\n        id\n        kind\n        heldOn\n        attendees\n        teamAttendance {\n          userId\n          name\n          agencyName\n          attendanceLabel\n        }\n        goalProgress\n        familyView\n        nextReviewOn\n        nextReviewReason\n        recordedByName\n        childViews {\n          person {\n            id\n            firstName\n            lastName\n            dateOfBirth\n            role\n            relationship\n          }\n          view\n        }\n      }\n      nextReviewDue\n      reviewState\n      closedOn\n      closureOutcome\n      closureReason\n      crisisCard {\n        whoToCall\n        warningSigns\n      }\n      maintenanceReviewDates\n      sharingHistory {\n        alertId\n        kind\n        raisedByName\n        raisedByAgency\n        sharedWith\n        basis\n        safeguardingReason\n        sharedAt\n      }\n    }\n  }\n"): typeof import('./graphql').PlanCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlan($caseId: ID!) {\n    plan: startMyFamilyPlan(caseId: $caseId) {\n      ...MyFamilyPlanFields\n    }\n  }\n"): typeof import('./graphql').StartPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPlan($caseId: ID!, $version: Int!) {\n    plan: submitMyFamilyPlan(caseId: $caseId, version: $version) {\n      ...MyFamilyPlanFields\n    }\n  }\n"): typeof import('./graphql').SubmitPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePlan($caseId: ID!, $version: Int!) {\n    plan: approveMyFamilyPlan(caseId: $caseId, version: $version) {\n      ...MyFamilyPlanFields\n    }\n  }\n"): typeof import('./graphql').ApprovePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnPlan($input: ReturnPlanInput!) {\n    plan: returnMyFamilyPlan(input: $input) {\n      ...MyFamilyPlanFields\n    }\n  }\n"): typeof import('./graphql').ReturnPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPlanSection($input: AssignPlanSectionInput!) {\n    plan: assignPlanSection(input: $input) {\n      ...MyFamilyPlanFields\n    }\n  }\n"): typeof import('./graphql').AssignPlanSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFamilyStory($input: SaveFamilyStoryInput!) {\n    saved: saveFamilyStory(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').SaveFamilyStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSignsOfSafety($input: SaveSignsOfSafetyInput!) {\n    saved: saveSignsOfSafety(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').SaveSignsOfSafetyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveThreeHouses($input: SaveThreeHousesInput!) {\n    saved: saveThreeHouses(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').SaveThreeHousesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAce($input: SaveAceInput!) {\n    saved: saveAce(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').SaveAceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGoals($input: SaveGoalsInput!) {\n    saved: saveGoals(input: $input) {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').SaveGoalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionVersions($caseId: ID!, $sectionKey: String!) {\n    planSectionVersions(caseId: $caseId, sectionKey: $sectionKey) {\n      version\n      savedAt\n      savedByName\n    }\n  }\n"): typeof import('./graphql').SectionVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionAtVersion($caseId: ID!, $sectionKey: String!, $version: Int!) {\n    planSectionAtVersion(caseId: $caseId, sectionKey: $sectionKey, version: $version) {\n      ...PlanSectionFields\n    }\n  }\n"): typeof import('./graphql').SectionAtVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      current\n    }\n  }\n"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReview($input: RecordReviewInput!) {\n    recordReview(input: $input) {\n      id\n      nextReviewOn\n    }\n  }\n"): typeof import('./graphql').RecordReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($consentId: ID!, $withdrawnOn: String!) {\n    withdrawConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReopenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeHeadingFields on OutcomeHeading {\n    id\n    key\n    name\n    position\n    retired\n    version\n  }\n"): typeof import('./graphql').OutcomeHeadingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanNeedFields on PlanNeed {\n    id\n    version\n    heading {\n      ...OutcomeHeadingFields\n    }\n    members {\n      id\n      firstName\n      lastName\n    }\n    description\n    evidence\n    evidenceAgencyName\n    identifiedOn\n    progress {\n      reviewId\n      heldOn\n      progress\n      evidence\n      recordedByName\n    }\n    outcome\n    outcomeEvidence\n    sustainment {\n      held\n      source\n      evidence\n      recordedOn\n    }\n  }\n"): typeof import('./graphql').PlanNeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SustainmentCheckFields on SustainmentCheck {\n    caseId\n    caseReference\n    dueOn\n    askedOn\n    confirmedOn\n    canConfirm\n    version\n    reReferrals {\n      receivedOn\n      foundOn\n    }\n  }\n"): typeof import('./graphql').SustainmentCheckFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      familyName\n      status\n      canEditPlan\n      closedOn\n      plan {\n        status\n      }\n      family {\n        members {\n          id\n          firstName\n          lastName\n          role\n        }\n      }\n      reviews {\n        id\n        kind\n        heldOn\n      }\n      needs {\n        ...PlanNeedFields\n      }\n      sustainmentCheck {\n        ...SustainmentCheckFields\n      }\n    }\n  }\n"): typeof import('./graphql').NeedsCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeHeadings($includeRetired: Boolean!) {\n    outcomeHeadings(includeRetired: $includeRetired) {\n      ...OutcomeHeadingFields\n    }\n  }\n"): typeof import('./graphql').OutcomeHeadingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOutcomeHeading($name: String!) {\n    addOutcomeHeading(input: { name: $name }) {\n      ...OutcomeHeadingFields\n    }\n  }\n"): typeof import('./graphql').AddOutcomeHeadingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOutcomeHeading($input: RenameOutcomeHeadingInput!) {\n    renameOutcomeHeading(input: $input) {\n      ...OutcomeHeadingFields\n    }\n  }\n"): typeof import('./graphql').RenameOutcomeHeadingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireOutcomeHeading($input: RetireOutcomeHeadingInput!) {\n    retireOutcomeHeading(input: $input) {\n      ...OutcomeHeadingFields\n    }\n  }\n"): typeof import('./graphql').RetireOutcomeHeadingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n"): typeof import('./graphql').RecordNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNeed($input: RemoveNeedInput!) {\n    removeNeed(input: $input)\n  }\n"): typeof import('./graphql').RemoveNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNeedProgress($input: RecordNeedProgressInput!) {\n    recordNeedProgress(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n"): typeof import('./graphql').RecordNeedProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNeedOutcomes($input: RecordNeedOutcomesInput!) {\n    recordNeedOutcomes(input: $input) {\n      ...PlanNeedFields\n    }\n  }\n"): typeof import('./graphql').RecordNeedOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SustainmentChecksForMe {\n    sustainmentChecksForMe {\n      ...SustainmentCheckFields\n    }\n  }\n"): typeof import('./graphql').SustainmentChecksForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSustainment($input: ConfirmSustainmentInput!) {\n    confirmSustainment(input: $input) {\n      ...SustainmentCheckFields\n    }\n  }\n"): typeof import('./graphql').ConfirmSustainmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePack {\n    evidencePack {\n      rule {\n        minimumNeeds\n        everyNeedSignificantAndSustained\n        noReReferral\n        leadPractitioner\n        wholeFamilyAssessment\n        plan\n        sustainmentMonths\n      }\n      families {\n        caseId\n        caseReference\n        familyReference\n        leadPractitionerName\n        leadAgencyName\n        leadAgencyType\n        closedOn\n        assessmentApprovedOn\n        goalsWithActions\n        reviewsHeld\n        sustainmentDueOn\n        sustainmentConfirmedOn\n        reReferrals {\n          receivedOn\n          foundOn\n        }\n        needs {\n          heading\n          headingKey\n          description\n          evidence\n          evidenceAgencyName\n          outcome\n          outcomeEvidence\n          held\n          sustainmentSource\n          sustainmentEvidence\n        }\n        meetsRule\n        conditions {\n          condition\n          met\n          reason\n        }\n        reasons\n      }\n    }\n  }\n"): typeof import('./graphql').EvidencePackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReturn($quarter: String!) {\n    nationalReturn(quarter: $quarter) {\n      quarter\n      from\n      to\n      headings {\n        ...OutcomeHeadingFields\n      }\n      rows {\n        familyReference\n        caseReference\n        leadAgencyType\n        closedOn\n        sustainmentConfirmedOn\n        headingKeys\n      }\n    }\n  }\n"): typeof import('./graphql').NationalReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people {\n      id\n      displayName\n      jobTitle\n      role\n      version\n      agencyManager\n      openCasesLed\n      agency {\n        id\n        name\n        agencyType\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUserToAgency($userId: ID!, $agencyId: ID!, $expectedVersion: Int) {\n    moveUserToAgency(userId: $userId, agencyId: $agencyId, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"): typeof import('./graphql').MoveUserToAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUserFromAgency($userId: ID!, $expectedVersion: Int) {\n    removeUserFromAgency(userId: $userId, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveUserFromAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgencyManager($userId: ID!, $manager: Boolean!, $expectedVersion: Int) {\n    setAgencyManager(userId: $userId, manager: $manager, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetAgencyManagerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
