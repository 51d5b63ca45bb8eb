import { inRunningText, type CouncilTerms } from '../terms/council-terms';
import { LevelOfNeed } from './levels';

// What the front door's multi-agency triage can decide for a referral.
export enum TriageDecision {
  LEVEL_2_PARTNER_LED = 'LEVEL_2_PARTNER_LED',
  LEVEL_3_FAMILY_CASEWORK = 'LEVEL_3_FAMILY_CASEWORK',
  LEVEL_4_CHILDRENS_SOCIAL_CARE = 'LEVEL_4_CHILDRENS_SOCIAL_CARE',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
}

export interface TriageRequest {
  readonly decision: TriageDecision;
  readonly reason: string;
  readonly leadAgencyId?: string | null;
  readonly leadPractitionerId?: string | null;
  // The agency the chosen lead practitioner belongs to, looked up by the caller.
  readonly leadPractitionerAgencyId?: string | null;
  // The family already has a case still open, and why a second one is opened all the same.
  readonly familyHasOpenCase?: boolean;
  readonly secondCaseReason?: string | null;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export const TRIAGE_REASON_MAX_LENGTH = 4000;

// Only a level-2 decision opens a case in the partnership portal; levels 3 and 4 pass the family
// to council teams and NFA closes the referral. Each decision must say why (DOMAIN.md: the
// reason for every decision must be visible to the referrer).
export function triageProblems(request: TriageRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (request.reason.trim().length === 0) {
    problems.push({ field: 'reason', message: 'Enter the reason for the decision' });
  } else if (request.reason.length > TRIAGE_REASON_MAX_LENGTH) {
    problems.push({ field: 'reason', message: `Reason must be ${TRIAGE_REASON_MAX_LENGTH} characters or fewer` });
  }
  if (request.decision === TriageDecision.LEVEL_2_PARTNER_LED) {
    if (!request.leadAgencyId) {
      problems.push({ field: 'leadAgencyId', message: 'Choose the agency that will lead' });
    }
    if (!request.leadPractitionerId) {
      problems.push({ field: 'leadPractitionerId', message: 'Choose the lead practitioner' });
    } else if (request.leadAgencyId && request.leadPractitionerAgencyId !== request.leadAgencyId) {
      problems.push({ field: 'leadPractitionerId', message: 'The lead practitioner must work for the lead agency' });
    }
    // One family, one plan: a second case beside an open one is the exception, and says why.
    if (request.familyHasOpenCase && !request.secondCaseReason?.trim()) {
      problems.push({
        field: 'secondCaseReason',
        message: 'The family already has an open case: add the referral to it, or enter why a second case is needed',
      });
    }
  } else if (request.leadAgencyId || request.leadPractitionerId) {
    problems.push({ field: 'decision', message: 'Only a level 2 decision has a lead agency and practitioner' });
  }
  if ((request.secondCaseReason?.length ?? 0) > TRIAGE_REASON_MAX_LENGTH) {
    problems.push({ field: 'secondCaseReason', message: `The reason must be ${TRIAGE_REASON_MAX_LENGTH} characters or fewer` });
  }
  return problems;
}

export function opensPartnerLedCase(decision: TriageDecision): boolean {
  return decision === TriageDecision.LEVEL_2_PARTNER_LED;
}

export function levelForDecision(decision: TriageDecision): LevelOfNeed | null {
  switch (decision) {
    case TriageDecision.LEVEL_2_PARTNER_LED:
      return LevelOfNeed.PartnerLedEarlyHelp;
    case TriageDecision.LEVEL_3_FAMILY_CASEWORK:
      return LevelOfNeed.FamilyCasework;
    case TriageDecision.LEVEL_4_CHILDRENS_SOCIAL_CARE:
      return LevelOfNeed.ChildrensSocialCare;
    case TriageDecision.NO_FURTHER_ACTION:
      return null;
  }
}

/** The decision as the case's chronology records it, in the council's words. */
export function describeDecision(decision: TriageDecision, terms: Pick<CouncilTerms, 'earlyHelp'>): string {
  switch (decision) {
    case TriageDecision.LEVEL_2_PARTNER_LED:
      return `Level 2 – ${inRunningText(terms.earlyHelp)} led by a partner`;
    case TriageDecision.LEVEL_3_FAMILY_CASEWORK:
      return 'Level 3 – passed to Family Casework';
    case TriageDecision.LEVEL_4_CHILDRENS_SOCIAL_CARE:
      return "Level 4 – passed to Children's Social Care";
    case TriageDecision.NO_FURTHER_ACTION:
      return 'No further action';
  }
}
