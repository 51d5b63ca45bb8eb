import { ClosureOutcome } from '../cases/case-lifecycle';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { LevelOfNeed } from '../triage/levels';
import { addCalendarDays, IsoDate } from '../working-days/iso-date';
import { isWorkingDay } from '../working-days/working-days';

// The fortnightly multi-agency Early Help Forum (DOMAIN.md "The Early Help Forum").
export const FORUM_INTERVAL_DAYS = 14;
export const DEFAULT_AGENDA_CUTOFF_WORKING_DAYS = 2;

export function fortnightlyMeetingDates(first: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addCalendarDays(first, i * FORUM_INTERVAL_DAYS));
}

// The last day items can be added without the chair's agreement: N working days before the
// meeting (a Thursday meeting with 2 days' cut-off closes at the end of Monday).
export function forumAgendaCutoff(meetingOn: IsoDate, workingDaysBefore = DEFAULT_AGENDA_CUTOFF_WORKING_DAYS): IsoDate {
  if (!Number.isInteger(workingDaysBefore) || workingDaysBefore < 0) throw new RangeError('Cut-off must be a whole number of days');
  let date = meetingOn;
  let remaining = workingDaysBefore;
  while (remaining > 0) {
    date = addCalendarDays(date, -1);
    if (isWorkingDay(date)) remaining -= 1;
  }
  return date;
}

export enum AgendaItemStatus {
  AWAITING_CHAIR = 'AWAITING_CHAIR', // added after the cut-off: needs the chair's agreement
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DEFERRED = 'DEFERRED',
  DECLINED = 'DECLINED',
  DISCUSSED = 'DISCUSSED',
}

export enum AgendaReason {
  DIFFICULTY_ENGAGING = 'DIFFICULTY_ENGAGING',
  CONSIDERING_ESCALATION = 'CONSIDERING_ESCALATION',
  CONSIDERING_STEP_DOWN = 'CONSIDERING_STEP_DOWN',
  SEEKING_ADVICE = 'SEEKING_ADVICE',
}

export function statusForNewItem(today: IsoDate, meetingOn: IsoDate, cutoffWorkingDays: number): AgendaItemStatus {
  if (today > meetingOn) throw new DomainError(DomainErrorCode.InvalidState, 'This meeting has already taken place');
  return today <= forumAgendaCutoff(meetingOn, cutoffWorkingDays) ? AgendaItemStatus.PROPOSED : AgendaItemStatus.AWAITING_CHAIR;
}

export enum ForumDecision {
  CONTINUE_LEVEL_2 = 'CONTINUE_LEVEL_2',
  STEP_UP_LEVEL_3 = 'STEP_UP_LEVEL_3',
  // For a level 3 case, held by the council's Family Casework Team.
  CONTINUE_LEVEL_3 = 'CONTINUE_LEVEL_3',
  STEP_DOWN_TO_PARTNER = 'STEP_DOWN_TO_PARTNER',
  STEP_UP_LEVEL_4 = 'STEP_UP_LEVEL_4',
  STEP_DOWN_UNIVERSAL = 'STEP_DOWN_UNIVERSAL',
  REFER_FAMILY_GROUP_CONFERENCE = 'REFER_FAMILY_GROUP_CONFERENCE',
  REFER_OTHER_SERVICE = 'REFER_OTHER_SERVICE',
  DEFER = 'DEFER',
}

export enum ReceivingTeam {
  FAMILY_CASEWORK = 'FAMILY_CASEWORK',
  CHILDRENS_SOCIAL_CARE = 'CHILDRENS_SOCIAL_CARE',
}

export type DecisionEffect =
  | { readonly kind: 'NONE' }
  | { readonly kind: 'HANDOVER'; readonly to: ReceivingTeam }
  | { readonly kind: 'CLOSE'; readonly outcome: ClosureOutcome }
  | { readonly kind: 'CARRY_TO_NEXT_MEETING' };

// What a Forum decision does to the case. A step up opens a handover that stays open (and keeps
// the early help case open) until the receiving team accepts it.
export function decisionEffect(decision: ForumDecision): DecisionEffect {
  switch (decision) {
    // STEP_DOWN_TO_PARTNER: the Forum agrees a partner could lead; the caseworker then offers the
    // step down to that partner, who accepts or declines it (offerStepDown), so the case is never
    // without a lead.
    case ForumDecision.CONTINUE_LEVEL_2:
    case ForumDecision.CONTINUE_LEVEL_3:
    case ForumDecision.STEP_DOWN_TO_PARTNER:
    case ForumDecision.REFER_FAMILY_GROUP_CONFERENCE:
    case ForumDecision.REFER_OTHER_SERVICE:
      return { kind: 'NONE' };
    case ForumDecision.STEP_UP_LEVEL_3:
      return { kind: 'HANDOVER', to: ReceivingTeam.FAMILY_CASEWORK };
    case ForumDecision.STEP_UP_LEVEL_4:
      return { kind: 'HANDOVER', to: ReceivingTeam.CHILDRENS_SOCIAL_CARE };
    case ForumDecision.STEP_DOWN_UNIVERSAL:
      return { kind: 'CLOSE', outcome: ClosureOutcome.STEPPED_DOWN_TO_UNIVERSAL };
    case ForumDecision.DEFER:
      return { kind: 'CARRY_TO_NEXT_MEETING' };
  }
}

const EITHER_LEVEL: readonly ForumDecision[] = [
  ForumDecision.STEP_UP_LEVEL_4,
  ForumDecision.STEP_DOWN_UNIVERSAL,
  ForumDecision.REFER_FAMILY_GROUP_CONFERENCE,
  ForumDecision.REFER_OTHER_SERVICE,
  ForumDecision.DEFER,
];

// The decisions the Forum can make on a case at its level: a partner-led case continues or steps
// up to Family Casework; a Family Casework case continues there or steps down to a partner lead.
export function decisionsForLevel(level: LevelOfNeed): readonly ForumDecision[] {
  if (level === LevelOfNeed.FamilyCasework) return [ForumDecision.CONTINUE_LEVEL_3, ForumDecision.STEP_DOWN_TO_PARTNER, ...EITHER_LEVEL];
  return [ForumDecision.CONTINUE_LEVEL_2, ForumDecision.STEP_UP_LEVEL_3, ...EITHER_LEVEL];
}

export enum EscalationRoute {
  FORUM = 'FORUM',
  URGENT_SAFEGUARDING = 'URGENT_SAFEGUARDING',
}

// Any escalation of a partner-led case is discussed at the Forum first; an urgent safeguarding
// concern never waits for a meeting and goes straight to the front door, with its reason.
export function canStepUp(route: EscalationRoute, reason: string | null | undefined): boolean {
  return route === EscalationRoute.FORUM || (route === EscalationRoute.URGENT_SAFEGUARDING && Boolean(reason?.trim()));
}
