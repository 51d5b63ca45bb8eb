import { CaseAccessFacts, canViewCase } from '../access/access-policy';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { Actor, isFamilyPartnershipTeam, Role } from '../identity/roles';
import { IsoDate } from '../working-days/iso-date';
import { forumAgendaCutoff } from './forum-rules';

// A partner's escalation concern about a family (issue 13, part 4): what worries them, what has
// been tried and how soon it needs the Forum. The chair places it on an agenda, takes the urgent
// safeguarding route, or answers it in writing.
export enum ConcernUrgency {
  NEXT_FORUM = 'NEXT_FORUM', // can wait for the next Forum
  WITHIN_DAYS = 'WITHIN_DAYS', // needs the Forum within days
  SAFEGUARDING_TODAY = 'SAFEGUARDING_TODAY', // urgent: safeguarding today
}

export enum ConcernStatus {
  RAISED = 'RAISED',
  ON_AGENDA = 'ON_AGENDA',
  URGENT_ROUTE = 'URGENT_ROUTE',
  ANSWERED = 'ANSWERED',
}

// Anyone who sees the case by the one rule and is not of the council team (they are the ones the
// concern goes to) may raise one.
export function canRaiseEscalationConcern(actor: Actor, facts: CaseAccessFacts): boolean {
  return !isFamilyPartnershipTeam(actor) && canViewCase(actor, facts);
}

// The chair decides on concerns: only the FPT manager.
export function canDecideEscalationConcern(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === Role.FPT_MANAGER;
}

// The Forum chair may bring any case they can see to the Forum; otherwise the case's team does.
export function canBringToForum(actor: Actor, facts: CaseAccessFacts): boolean {
  if (actor.role === Role.FPT_MANAGER) return canViewCase(actor, facts);
  return !isFamilyPartnershipTeam(actor) && facts.namedProfessionalIds.includes(actor.userId);
}

export function assertConcernOpen(status: ConcernStatus): void {
  if (status !== ConcernStatus.RAISED) throw new DomainError(DomainErrorCode.InvalidState, 'The chair has already decided on this concern');
}

// The meeting a concern goes to: one that can wait goes to the first meeting whose agenda cut-off
// has not passed; anything more urgent bends the cut-off and goes to the very next meeting.
export function meetingForConcern<M extends { readonly meetsOn: IsoDate; readonly agendaCutoffWorkingDays: number }>(
  urgency: ConcernUrgency,
  today: IsoDate,
  scheduled: readonly M[],
): M | null {
  const upcoming = [...scheduled].filter((m) => m.meetsOn >= today).sort((a, b) => a.meetsOn.localeCompare(b.meetsOn));
  if (urgency !== ConcernUrgency.NEXT_FORUM) return upcoming[0] ?? null;
  return upcoming.find((m) => today <= forumAgendaCutoff(m.meetsOn, m.agendaCutoffWorkingDays)) ?? null;
}
