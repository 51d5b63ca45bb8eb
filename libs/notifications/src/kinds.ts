// Every kind of notification the portal sends, one list for the writer (the worker), the reader
// (the inbox) and preferences (how each person wants to hear of each kind). A kind added here
// must be described in each of them: their tables are typed `Record<NotificationKind, …>`.
export enum NotificationKind {
  REFERRAL_DECIDED = 'REFERRAL_DECIDED',
  CASE_ALLOCATED = 'CASE_ALLOCATED',
  SHARING_ALERT = 'SHARING_ALERT',
  PLAN_SUBMITTED = 'PLAN_SUBMITTED',
  PLAN_RETURNED = 'PLAN_RETURNED',
  PLAN_APPROVED = 'PLAN_APPROVED',
  AGENDA_PUBLISHED = 'AGENDA_PUBLISHED',
  FORUM_DECISION = 'FORUM_DECISION',
  FIRST_CONTACT_DUE_SOON = 'FIRST_CONTACT_DUE_SOON',
  FIRST_CONTACT_OVERDUE = 'FIRST_CONTACT_OVERDUE',
  PLAN_DUE_SOON = 'PLAN_DUE_SOON',
  PLAN_OVERDUE = 'PLAN_OVERDUE',
  REVIEW_DUE_SOON = 'REVIEW_DUE_SOON',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
  MAINTENANCE_REVIEW_DUE = 'MAINTENANCE_REVIEW_DUE',
  ACTION_ASSIGNED = 'ACTION_ASSIGNED',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  HANDOVER_ACCEPTED = 'HANDOVER_ACCEPTED',
  MENTORING_ASSIGNED = 'MENTORING_ASSIGNED',
  MENTORING_CLOSED = 'MENTORING_CLOSED',
  REFERRAL_ADDED_TO_CASE = 'REFERRAL_ADDED_TO_CASE',
  LEAD_CHANGED = 'LEAD_CHANGED',
  TRANSFER_OFFERED = 'TRANSFER_OFFERED',
  TRANSFER_ACCEPTED = 'TRANSFER_ACCEPTED',
  TRANSFER_DECLINED = 'TRANSFER_DECLINED',
  TRANSFER_WITHDRAWN = 'TRANSFER_WITHDRAWN',
  MENTORING_REQUESTED = 'MENTORING_REQUESTED',
  AGENDA_ITEM_DEFERRED = 'AGENDA_ITEM_DEFERRED',
  AGENDA_ITEM_DECLINED = 'AGENDA_ITEM_DECLINED',
  URGENT_STEP_UP = 'URGENT_STEP_UP',
  ESCALATION_CONCERN_RAISED = 'ESCALATION_CONCERN_RAISED',
  ESCALATION_CONCERN_ANSWERED = 'ESCALATION_CONCERN_ANSWERED',
  MINUTES_PUBLISHED = 'MINUTES_PUBLISHED',
  MY_REFERRAL_DECIDED = 'MY_REFERRAL_DECIDED',
  MAINTENANCE_REVIEW_OVERDUE = 'MAINTENANCE_REVIEW_OVERDUE',
  TEAM_INVITATION = 'TEAM_INVITATION',
  TEAM_INVITATION_WITHDRAWN = 'TEAM_INVITATION_WITHDRAWN',
  TEAM_INVITATION_ACCEPTED = 'TEAM_INVITATION_ACCEPTED',
  TEAM_INVITATION_DECLINED = 'TEAM_INVITATION_DECLINED',
  TEAM_MEMBER_LEFT = 'TEAM_MEMBER_LEFT',
  TEAM_MEMBER_REMOVED = 'TEAM_MEMBER_REMOVED',
  // Operation Encompass (issue 14, part 2): the notification for a setting's DSL and deputies, its
  // escalation when unacknowledged at the start of the school day, word to the lead practitioner of
  // a child's open case, and one for the council's contact (a setting outside the council, or none
  // known). Each names the notification (entity ENCOMPASS), never a child or family.
  ENCOMPASS_NOTIFICATION = 'ENCOMPASS_NOTIFICATION',
  ENCOMPASS_ESCALATED = 'ENCOMPASS_ESCALATED',
  ENCOMPASS_CASE_LEAD = 'ENCOMPASS_CASE_LEAD',
  ENCOMPASS_FOR_COUNCIL_CONTACT = 'ENCOMPASS_FOR_COUNCIL_CONTACT',
  // A closed family's sustainment check: the former lead is asked whether progress held.
  SUSTAINMENT_CHECK_DUE = 'SUSTAINMENT_CHECK_DUE',
}

// The kinds that report something done on a case, sent through the outbox as it happens.
export const CaseUpdateKind = {
  PLAN_SUBMITTED: NotificationKind.PLAN_SUBMITTED,
  PLAN_RETURNED: NotificationKind.PLAN_RETURNED,
  PLAN_APPROVED: NotificationKind.PLAN_APPROVED,
  AGENDA_PUBLISHED: NotificationKind.AGENDA_PUBLISHED,
  FORUM_DECISION: NotificationKind.FORUM_DECISION,
  ACTION_ASSIGNED: NotificationKind.ACTION_ASSIGNED,
  HANDOVER_ACCEPTED: NotificationKind.HANDOVER_ACCEPTED,
  MENTORING_ASSIGNED: NotificationKind.MENTORING_ASSIGNED,
  MENTORING_CLOSED: NotificationKind.MENTORING_CLOSED,
  REFERRAL_ADDED_TO_CASE: NotificationKind.REFERRAL_ADDED_TO_CASE,
  LEAD_CHANGED: NotificationKind.LEAD_CHANGED,
  MENTORING_REQUESTED: NotificationKind.MENTORING_REQUESTED,
  AGENDA_ITEM_DEFERRED: NotificationKind.AGENDA_ITEM_DEFERRED,
  AGENDA_ITEM_DECLINED: NotificationKind.AGENDA_ITEM_DECLINED,
  URGENT_STEP_UP: NotificationKind.URGENT_STEP_UP,
  ESCALATION_CONCERN_RAISED: NotificationKind.ESCALATION_CONCERN_RAISED,
  ESCALATION_CONCERN_ANSWERED: NotificationKind.ESCALATION_CONCERN_ANSWERED,
  MINUTES_PUBLISHED: NotificationKind.MINUTES_PUBLISHED,
  TEAM_INVITATION_ACCEPTED: NotificationKind.TEAM_INVITATION_ACCEPTED,
  TEAM_INVITATION_DECLINED: NotificationKind.TEAM_INVITATION_DECLINED,
  TEAM_MEMBER_LEFT: NotificationKind.TEAM_MEMBER_LEFT,
} as const;

// The kinds about an offer to move a case to another agency. The receiving agency cannot see the
// case, so these name the offer (entity TRANSFER), never the case, and are sent to the people
// given without the case's visibility check.
export const TransferUpdateKind = {
  TRANSFER_OFFERED: NotificationKind.TRANSFER_OFFERED,
  TRANSFER_ACCEPTED: NotificationKind.TRANSFER_ACCEPTED,
  TRANSFER_DECLINED: NotificationKind.TRANSFER_DECLINED,
  TRANSFER_WITHDRAWN: NotificationKind.TRANSFER_WITHDRAWN,
} as const;
// The kinds told to someone who does not (or no longer) see the case: the person invited to its
// team, and a member removed from it. They name the invitation (entity TEAM_INVITATION), never
// the case, and go to the people given without the case's visibility check.
export const TeamUpdateKind = {
  TEAM_INVITATION: NotificationKind.TEAM_INVITATION,
  TEAM_INVITATION_WITHDRAWN: NotificationKind.TEAM_INVITATION_WITHDRAWN,
  TEAM_MEMBER_REMOVED: NotificationKind.TEAM_MEMBER_REMOVED,
} as const;
export type TeamUpdateKind = (typeof TeamUpdateKind)[keyof typeof TeamUpdateKind];
export type TransferUpdateKind = (typeof TransferUpdateKind)[keyof typeof TransferUpdateKind];
export type CaseUpdateKind = (typeof CaseUpdateKind)[keyof typeof CaseUpdateKind];

export function isNotificationKind(value: string): value is NotificationKind {
  return (Object.values(NotificationKind) as string[]).includes(value);
}
