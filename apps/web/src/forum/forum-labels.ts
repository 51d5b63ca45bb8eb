import { forumShortName, type CouncilTerms } from '@eh/domain';
import type { StatusWording } from '../format/labels';
import type {
  AgendaItemStatus,
  AgendaReason,
  ConcernStatus,
  ConcernUrgency,
  ForumDecision,
  MentoringTopic,
  ReceivingTeam,
} from '../graphql/generated/graphql';
import type { ForumMeeting } from './forum-operations';

export const AGENDA_REASONS: Readonly<Record<AgendaReason, string>> = {
  DIFFICULTY_ENGAGING: 'Difficulty engaging or supporting the family',
  CONSIDERING_ESCALATION: 'Considering escalation',
  CONSIDERING_STEP_DOWN: 'Considering step down',
  SEEKING_ADVICE: 'Seeking advice',
};

export const ITEM_STATUSES: Readonly<Record<AgendaItemStatus, string>> = {
  AWAITING_CHAIR: 'Late: needs the chair’s agreement',
  PROPOSED: 'Proposed',
  ACCEPTED: 'On the agenda',
  DEFERRED: 'Deferred',
  DECLINED: 'Declined',
  DISCUSSED: 'Discussed',
};

export const FORUM_DECISIONS: Readonly<Record<ForumDecision, string>> = {
  CONTINUE_LEVEL_2: 'Continue at level 2',
  STEP_UP_LEVEL_3: 'Step up to level 3 – Family Casework',
  CONTINUE_LEVEL_3: 'Continue at level 3 with Family Casework',
  STEP_DOWN_TO_PARTNER: 'Step down to a partner lead (the caseworker offers the case to the partner)',
  STEP_UP_LEVEL_4: 'Step up to level 4 – Children’s Social Care',
  STEP_DOWN_UNIVERSAL: 'Step down to universal services',
  REFER_FAMILY_GROUP_CONFERENCE: 'Refer to a Family Group Conference',
  REFER_OTHER_SERVICE: 'Refer to another service',
  DEFER: 'Defer to the next meeting',
};

export const TEAMS: Readonly<Record<ReceivingTeam, string>> = {
  FAMILY_CASEWORK: 'Family Casework (level 3)',
  CHILDRENS_SOCIAL_CARE: 'Children’s Social Care (level 4)',
};

export const mentoringTopics = (terms: CouncilTerms): Readonly<Record<MentoringTopic, string>> => ({
  DOMESTIC_ABUSE: 'Domestic abuse',
  ADULT_MENTAL_HEALTH: 'Adult or parental mental health',
  SUBSTANCE_MISUSE: 'Substance misuse',
  MY_FAMILY_PLAN_QUALITY: `${terms.familyPlan} quality`,
  ENGAGING_THE_FAMILY: 'Engaging the family',
  OTHER: 'Something else',
});

export const MEETING_STATUSES: Readonly<Record<ForumMeeting['status'], StatusWording>> = {
  SCHEDULED: { text: 'Going ahead', colour: 'blue' },
  CANCELLED: { text: 'Cancelled', colour: 'grey' },
  IN_SESSION: { text: 'In session', colour: 'yellow' },
  HELD: { text: 'Held: minutes being finished', colour: 'turquoise' },
  MINUTES_PUBLISHED: { text: 'Minutes published', colour: 'green' },
};

export const concernUrgencies = (terms: CouncilTerms): Readonly<Record<ConcernUrgency, string>> => ({
  NEXT_FORUM: `Can wait for the next ${forumShortName(terms)}`,
  WITHIN_DAYS: `Needs the ${forumShortName(terms)} within days`,
  SAFEGUARDING_TODAY: 'Urgent: safeguarding today',
});

export const concernStatuses = (terms: CouncilTerms): Readonly<Record<ConcernStatus, StatusWording>> => ({
  RAISED: { text: 'Waiting for the chair', colour: 'blue' },
  ON_AGENDA: { text: `On the ${forumShortName(terms)} agenda`, colour: 'turquoise' },
  URGENT_ROUTE: { text: 'Sent by the urgent safeguarding route', colour: 'red' },
  ANSWERED: { text: 'Answered by the chair', colour: 'green' },
});

// Radio items from a table of labels, in the table's order.
export function choicesOf<T extends string>(labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
