import { CouncilTerms, forumShortName, ReminderKind, sentenceCase, withArticle } from '@eh/domain';
import { NotificationKind } from '@eh/notifications';

// What each kind of notification means to the person receiving it: in their preferences, and as
// the inbox says it (with where it leads), in the council's words (COUNCIL_TERMS). Typed by the one
// list of kinds, so a new kind cannot be sent without words for it.
export function notificationDescriptions(terms: CouncilTerms): Readonly<Record<NotificationKind, string>> {
  const { familyPlan, leadPractitioner } = terms;
  const forum = forumShortName(terms);
  return {
    [NotificationKind.REFERRAL_DECIDED]: 'A decision on a referral your agency made',
    [NotificationKind.CASE_ALLOCATED]: 'A case allocated to you',
    [NotificationKind.SHARING_ALERT]: 'An information-sharing alert',
    [NotificationKind.PLAN_SUBMITTED]: `${sentenceCase(withArticle(familyPlan))} ready for quality assurance`,
    [NotificationKind.PLAN_RETURNED]: `${sentenceCase(withArticle(familyPlan))} returned with comments`,
    [NotificationKind.PLAN_APPROVED]: `${sentenceCase(withArticle(familyPlan))} approved`,
    [NotificationKind.AGENDA_PUBLISHED]: `${sentenceCase(withArticle(forum))} agenda with your case published`,
    [NotificationKind.FORUM_DECISION]: `${sentenceCase(withArticle(forum))} decision on a case`,
    [NotificationKind.FIRST_CONTACT_DUE_SOON]: 'First contact due soon',
    [NotificationKind.FIRST_CONTACT_OVERDUE]: 'First contact overdue',
    [NotificationKind.PLAN_DUE_SOON]: `${sentenceCase(withArticle(familyPlan))} due soon`,
    [NotificationKind.PLAN_OVERDUE]: `${sentenceCase(withArticle(familyPlan))} overdue`,
    [NotificationKind.REVIEW_DUE_SOON]: 'A review due soon',
    [NotificationKind.REVIEW_OVERDUE]: 'A review overdue',
    [NotificationKind.MAINTENANCE_REVIEW_DUE]: 'A maintenance review due',
    [NotificationKind.ACTION_ASSIGNED]: `${sentenceCase(withArticle(forum))} action for you`,
    [NotificationKind.ACTION_OVERDUE]: `${sentenceCase(withArticle(forum))} action of yours overdue`,
    [NotificationKind.HANDOVER_ACCEPTED]: 'A step-up handover accepted',
    [NotificationKind.MENTORING_ASSIGNED]: 'A mentoring request assigned',
    [NotificationKind.MENTORING_CLOSED]: 'A mentoring request closed',
    [NotificationKind.REFERRAL_ADDED_TO_CASE]: 'A new referral added to a case you lead',
    [NotificationKind.LEAD_CHANGED]: `A change of ${leadPractitioner} on a case`,
    [NotificationKind.TRANSFER_OFFERED]: 'A case offered to your agency',
    [NotificationKind.TRANSFER_ACCEPTED]: 'A case transfer accepted',
    [NotificationKind.TRANSFER_DECLINED]: 'A case transfer declined',
    [NotificationKind.TRANSFER_WITHDRAWN]: 'A case transfer withdrawn',
    [NotificationKind.MENTORING_REQUESTED]: 'A mentoring request for the Family Partnership Team',
    [NotificationKind.AGENDA_ITEM_DEFERRED]: `A case you brought to the ${forum} deferred`,
    [NotificationKind.AGENDA_ITEM_DECLINED]: `A case you brought to the ${forum} declined`,
    [NotificationKind.URGENT_STEP_UP]: 'An urgent safeguarding step up',
    [NotificationKind.ESCALATION_CONCERN_RAISED]: `An escalation concern for the ${forum} chair`,
    [NotificationKind.ESCALATION_CONCERN_ANSWERED]: 'The chair’s answer to your escalation concern',
    [NotificationKind.MINUTES_PUBLISHED]: `${forum} minutes on a case published`,
    [NotificationKind.MY_REFERRAL_DECIDED]: 'A decision on a referral you made',
    [NotificationKind.MAINTENANCE_REVIEW_OVERDUE]: 'A maintenance review overdue',
    [NotificationKind.TEAM_INVITATION]: 'An invitation to join the team around a family',
    [NotificationKind.TEAM_INVITATION_WITHDRAWN]: 'An invitation to a team withdrawn',
    [NotificationKind.TEAM_INVITATION_ACCEPTED]: 'An invitation to your case’s team accepted',
    [NotificationKind.TEAM_INVITATION_DECLINED]: 'An invitation to your case’s team declined',
    [NotificationKind.TEAM_MEMBER_LEFT]: 'A member left the team around a family',
    [NotificationKind.TEAM_MEMBER_REMOVED]: 'You were removed from the team around a family',
    [NotificationKind.ENCOMPASS_NOTIFICATION]: 'An Operation Encompass notification for your setting',
    [NotificationKind.ENCOMPASS_ESCALATED]: 'An Operation Encompass notification not acknowledged by the start of the school day',
    [NotificationKind.ENCOMPASS_CASE_LEAD]: `An Operation Encompass notification about a child on a case you lead as ${withArticle(leadPractitioner)}`,
    [NotificationKind.ENCOMPASS_FOR_COUNCIL_CONTACT]: 'An Operation Encompass notification for a setting outside the council, to pass on',
    [NotificationKind.SUSTAINMENT_CHECK_DUE]: 'A closed family’s progress to confirm as sustained',
  };
}

export interface InboxLine {
  readonly text: string;
  readonly link: string | null;
}

type Say = (reference: string, entityId: string) => InboxLine;

const toCase =
  (text: (reference: string) => string): Say =>
  (reference, id) => ({ text: text(reference), link: `/cases/${id}` });
const toPlan =
  (text: (reference: string) => string): Say =>
  (reference, id) => ({ text: text(reference), link: `/cases/${id}/plan` });
const to =
  (link: string, text: (reference: string) => string): Say =>
  (reference) => ({ text: text(reference), link });

const toEncompass =
  (text: string): Say =>
  (_reference, id) => ({ text, link: `/encompass/${id}` });

export function inboxLines(terms: CouncilTerms): Readonly<Record<NotificationKind, Say>> {
  const { familyPlan, leadPractitioner } = terms;
  const forum = forumShortName(terms);
  return {
    [NotificationKind.REFERRAL_DECIDED]: (reference, id) => ({
      text: `A decision has been recorded on referral ${reference}`.trim(),
      link: `/referrals/${id}`,
    }),
    [NotificationKind.CASE_ALLOCATED]: toCase((r) => `Case ${r} has been allocated to you`.replace('  ', ' ')),
    [NotificationKind.SHARING_ALERT]: to('/alerts', () => 'A new information-sharing alert has been shared with you'),
    [NotificationKind.PLAN_SUBMITTED]: toPlan(
      (r) => `${sentenceCase(withArticle(familyPlan))} on case ${r} is ready for quality assurance`,
    ),
    [NotificationKind.PLAN_RETURNED]: toPlan((r) => `The ${familyPlan} on case ${r} has been returned with comments`),
    [NotificationKind.PLAN_APPROVED]: toPlan((r) => `The ${familyPlan} on case ${r} has been approved`),
    [NotificationKind.AGENDA_PUBLISHED]: to('/forum', (r) => `The ${forum} agenda with case ${r} has been published`),
    [NotificationKind.FORUM_DECISION]: toCase((r) => `The ${terms.forum} made a decision on case ${r}`),
    [NotificationKind.FIRST_CONTACT_DUE_SOON]: toCase((r) => `First contact with the family on case ${r} is due soon`),
    [NotificationKind.FIRST_CONTACT_OVERDUE]: toCase((r) => `First contact on case ${r} is overdue`),
    [NotificationKind.PLAN_DUE_SOON]: toPlan((r) => `The ${familyPlan} on case ${r} is due within 5 working days`),
    [NotificationKind.PLAN_OVERDUE]: toPlan((r) => `The ${familyPlan} on case ${r} is overdue`),
    [NotificationKind.REVIEW_DUE_SOON]: toCase((r) => `A review on case ${r} is due soon`),
    [NotificationKind.REVIEW_OVERDUE]: toCase((r) => `A review on case ${r} is overdue`),
    [NotificationKind.MAINTENANCE_REVIEW_DUE]: toCase((r) => `A maintenance review on case ${r} is due soon`),
    [NotificationKind.ACTION_ASSIGNED]: to('/actions', (r) => `You have a new ${forum} action on case ${r}`),
    [NotificationKind.ACTION_OVERDUE]: to('/actions', (r) => `${sentenceCase(withArticle(forum))} action of yours on case ${r} is overdue`),
    [NotificationKind.HANDOVER_ACCEPTED]: toCase((r) => `The receiving team accepted the family on case ${r}`),
    [NotificationKind.MENTORING_ASSIGNED]: to('/mentoring', (r) => `A mentoring request on case ${r} has been assigned`),
    [NotificationKind.MENTORING_CLOSED]: to('/mentoring', (r) => `Your mentoring request on case ${r} has been closed with a summary`),
    [NotificationKind.REFERRAL_ADDED_TO_CASE]: toCase((r) => `A new referral for the family has been added to case ${r}`),
    [NotificationKind.LEAD_CHANGED]: toCase((r) => `The ${leadPractitioner} on case ${r} has changed`),
    [NotificationKind.TRANSFER_OFFERED]: to('/transfers', () => 'A case has been offered to your agency'),
    [NotificationKind.TRANSFER_ACCEPTED]: to('/transfers', () => 'A case transfer has been accepted'),
    [NotificationKind.TRANSFER_DECLINED]: to('/transfers', () => 'A case transfer has been declined'),
    [NotificationKind.TRANSFER_WITHDRAWN]: to('/transfers', () => 'A case offered to your agency has been withdrawn'),
    [NotificationKind.MENTORING_REQUESTED]: to('/mentoring', (r) => `Mentoring has been requested on case ${r}`),
    [NotificationKind.AGENDA_ITEM_DEFERRED]: to('/forum', (r) => `The ${forum} chair deferred case ${r} to a later meeting`),
    [NotificationKind.AGENDA_ITEM_DECLINED]: to('/forum', (r) => `The ${forum} chair declined the item on case ${r}, with a reason`),
    [NotificationKind.URGENT_STEP_UP]: toCase((r) => `An urgent safeguarding step up has been made on case ${r}`),
    [NotificationKind.ESCALATION_CONCERN_RAISED]: to('/forum', (r) => `An escalation concern has been raised on case ${r}`),
    [NotificationKind.ESCALATION_CONCERN_ANSWERED]: to(
      '/escalation-concerns',
      (r) => `The ${forum} chair has decided on your escalation concern on case ${r}`,
    ),
    [NotificationKind.MINUTES_PUBLISHED]: to('/forum', (r) => `The ${forum} minutes with case ${r} have been published`),
    [NotificationKind.MY_REFERRAL_DECIDED]: (reference, id) => ({
      text: `The front door has decided on your referral ${reference}`.trim(),
      link: `/referrals/${id}`,
    }),
    [NotificationKind.MAINTENANCE_REVIEW_OVERDUE]: toCase((r) => `A maintenance review on case ${r} is overdue`),
    [NotificationKind.TEAM_INVITATION]: to('/invitations', () => 'You have been invited to join the team around a family'),
    [NotificationKind.TEAM_INVITATION_WITHDRAWN]: to('/invitations', () => 'An invitation to join the team around a family was withdrawn'),
    [NotificationKind.TEAM_INVITATION_ACCEPTED]: toCase((r) => `An invitation to the team on case ${r} has been accepted`),
    [NotificationKind.TEAM_INVITATION_DECLINED]: toCase((r) => `An invitation to the team on case ${r} has been declined`),
    [NotificationKind.TEAM_MEMBER_LEFT]: toCase((r) => `A member has left the team on case ${r}`),
    [NotificationKind.TEAM_MEMBER_REMOVED]: to('/invitations', () => 'You have been removed from the team around a family'),
    [NotificationKind.ENCOMPASS_NOTIFICATION]: toEncompass('A new Operation Encompass notification for your setting: sign in to read it'),
    [NotificationKind.ENCOMPASS_ESCALATED]: toEncompass(
      'An Operation Encompass notification has not been acknowledged by the start of the school day: read and acknowledge it now',
    ),
    [NotificationKind.ENCOMPASS_CASE_LEAD]: toEncompass('An Operation Encompass notification about a child in a family you work with'),
    [NotificationKind.ENCOMPASS_FOR_COUNCIL_CONTACT]: toEncompass(
      'An Operation Encompass notification for a setting the portal cannot reach: pass it on before the school day starts',
    ),
    [NotificationKind.SUSTAINMENT_CHECK_DUE]: (reference, id) => ({
      text: `Please confirm whether the progress made on case ${reference} has lasted`,
      link: `/cases/${id}/sustainment`,
    }),
  };
}

// Deadline reminders (libs/domain) as the notifications they are sent as.
export const REMINDER_NOTIFICATIONS: Readonly<Record<ReminderKind, NotificationKind>> = {
  [ReminderKind.FIRST_CONTACT_DUE_SOON]: NotificationKind.FIRST_CONTACT_DUE_SOON,
  [ReminderKind.FIRST_CONTACT_OVERDUE]: NotificationKind.FIRST_CONTACT_OVERDUE,
  [ReminderKind.PLAN_DUE_SOON]: NotificationKind.PLAN_DUE_SOON,
  [ReminderKind.PLAN_OVERDUE]: NotificationKind.PLAN_OVERDUE,
  [ReminderKind.REVIEW_DUE_SOON]: NotificationKind.REVIEW_DUE_SOON,
  [ReminderKind.REVIEW_OVERDUE]: NotificationKind.REVIEW_OVERDUE,
  [ReminderKind.MAINTENANCE_REVIEW_DUE]: NotificationKind.MAINTENANCE_REVIEW_DUE,
  [ReminderKind.MAINTENANCE_REVIEW_OVERDUE]: NotificationKind.MAINTENANCE_REVIEW_OVERDUE,
};
