import { MatchablePerson, personIdentifierProblems } from '../identifiers/person-identifiers';
import { FieldProblem } from '../triage/triage-decision';
import { parseIsoDate } from '../working-days/iso-date';

// Operation Encompass (section 49A, Domestic Abuse Act 2021; issue 14, part 2): the police tell a
// child's school, before its next school day starts, that the child may be a victim of domestic
// abuse. The school's designated safeguarding lead (DSL) acknowledges it and says what the school
// will do; if no DSL has by the start of the school day, it escalates to the deputies, then to
// the council's Operation Encompass contact.

export const ENCOMPASS_POLICE_AGENCY_TYPE = 'Police';
export const INCIDENT_REFERENCE_MAX = 40;
export const ENCOMPASS_SUMMARY_MAX = 1000;
export const ENCOMPASS_NOTE_MAX = 1000;
export const ENCOMPASS_CHILDREN_MAX = 10;
// The deputies have this long after the school day starts before the council's contact is told.
export const ENCOMPASS_COUNCIL_AFTER_MINUTES = 30;

// For a child whose setting is not known, the council's contact works to a school day starting at
// this time (London), on England and Wales working days.
export const ENCOMPASS_DEFAULT_SCHOOL_DAY_STARTS_AT = '08:30';

// What the school will do, recorded with the acknowledgement (the web client words them in the
// council's terms).
export enum EncompassResponse {
  SILENT_SUPPORT = 'SILENT_SUPPORT',
  OVERT_SUPPORT = 'OVERT_SUPPORT',
  CONSIDER_EARLY_HELP = 'CONSIDER_EARLY_HELP',
}

// Where a notification stands at one setting (or with the council, for a child whose setting is
// outside the council or not known). Each stage is who has been told so far.
export enum EncompassStage {
  // Told to the DSL and deputies; due before the school day starts.
  AWAITING = 'AWAITING',
  // The school day started with no acknowledgement: the deputies were alerted again.
  ESCALATED_TO_DEPUTIES = 'ESCALATED_TO_DEPUTIES',
  // Still none: the council's Operation Encompass contact was alerted.
  ESCALATED_TO_COUNCIL = 'ESCALATED_TO_COUNCIL',
  // A setting outside the council, or no setting known: the council's contact passes it on.
  WITH_COUNCIL_CONTACT = 'WITH_COUNCIL_CONTACT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}

export interface EncompassChildRequest extends MatchablePerson {
  readonly settingId?: string | null;
}

export interface EncompassRequest {
  readonly incidentReference: string;
  readonly occurredAt: Date;
  readonly summary: string;
  readonly children: readonly EncompassChildRequest[];
}

// What is wrong with a notification, each problem naming its field (children as `children.0.…`).
export function encompassProblems(request: EncompassRequest, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const reference = request.incidentReference.trim();
  if (!reference) add('incidentReference', 'Enter the police incident reference');
  else if (reference.length > INCIDENT_REFERENCE_MAX) {
    add('incidentReference', `Incident reference must be ${INCIDENT_REFERENCE_MAX} characters or fewer`);
  }
  if (Number.isNaN(request.occurredAt.getTime())) add('occurredAt', 'Enter the date and time of the incident');
  else if (request.occurredAt.getTime() > now.getTime()) add('occurredAt', 'The incident’s date and time must be in the past');
  const summary = request.summary.trim();
  if (!summary) add('summary', 'Enter a short factual summary of the incident');
  else if (summary.length > ENCOMPASS_SUMMARY_MAX) add('summary', `Summary must be ${ENCOMPASS_SUMMARY_MAX} characters or fewer`);
  if (request.children.length === 0) add('children', 'Add each child who was present or affected');
  else if (request.children.length > ENCOMPASS_CHILDREN_MAX) add('children', `Add ${ENCOMPASS_CHILDREN_MAX} children or fewer`);
  request.children.slice(0, ENCOMPASS_CHILDREN_MAX).forEach((child, i) => {
    const at = `children.${i}.`;
    if (!child.firstName.trim()) add(`${at}firstName`, 'Enter the child’s first name');
    else if (child.firstName.trim().length > 100) add(`${at}firstName`, 'First name must be 100 characters or fewer');
    if (!child.lastName.trim()) add(`${at}lastName`, 'Enter the child’s last name');
    else if (child.lastName.trim().length > 100) add(`${at}lastName`, 'Last name must be 100 characters or fewer');
    const dob = parseIsoDate(child.dateOfBirth);
    if (dob === null) add(`${at}dateOfBirth`, 'Enter the child’s date of birth as a real date');
    else if (child.dateOfBirth > now.toISOString().slice(0, 10)) add(`${at}dateOfBirth`, 'Date of birth must be in the past');
    problems.push(...personIdentifierProblems(child, at));
  });
  return problems;
}

export interface EncompassRouteFacts {
  readonly stage: EncompassStage;
  readonly dueAt: Date;
}

// The escalation a route is due at `now`, if any: at the start of the school day an unacknowledged
// notification goes to the deputies; `ENCOMPASS_COUNCIL_AFTER_MINUTES` later (or at once, for a
// setting with no deputies) to the council's contact. Routes already with the council, or
// acknowledged, never escalate.
export function encompassEscalationDue(
  route: EncompassRouteFacts,
  now: Date,
  hasDeputies: boolean,
): EncompassStage.ESCALATED_TO_DEPUTIES | EncompassStage.ESCALATED_TO_COUNCIL | null {
  const due = route.dueAt.getTime();
  const councilAt = due + ENCOMPASS_COUNCIL_AFTER_MINUTES * 60_000;
  if (route.stage === EncompassStage.AWAITING && now.getTime() >= due) {
    return hasDeputies && now.getTime() < councilAt ? EncompassStage.ESCALATED_TO_DEPUTIES : EncompassStage.ESCALATED_TO_COUNCIL;
  }
  if (route.stage === EncompassStage.ESCALATED_TO_DEPUTIES && now.getTime() >= councilAt) return EncompassStage.ESCALATED_TO_COUNCIL;
  return null;
}

// Who may read a notification's content: the police agency that recorded it, the DSL and deputies
// of a setting it went to, the lead practitioner of a child's open case, and the council's
// contact once it is theirs (a setting outside the council, no setting known, or escalated).
export interface EncompassReadFacts {
  readonly recordedByAgencyId: string;
  readonly settingStaffIds: readonly string[];
  readonly openCaseLeadIds: readonly string[];
  readonly withCouncil: boolean;
}

export function canReadEncompass(
  actor: { userId: string; agencyId: string; isCouncilContact: boolean },
  facts: EncompassReadFacts,
): boolean {
  return (
    actor.agencyId === facts.recordedByAgencyId ||
    facts.settingStaffIds.includes(actor.userId) ||
    facts.openCaseLeadIds.includes(actor.userId) ||
    (facts.withCouncil && actor.isCouncilContact)
  );
}
