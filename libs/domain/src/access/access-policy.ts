import { Actor, isFamilyPartnershipTeam, Role } from '../identity/roles';
import { LevelOfNeed } from '../triage/levels';

// Access is denied unless a rule below grants it. Callers treat "denied" exactly like "missing"
// so that a refusal never reveals whether a record exists.

export interface CaseAccessFacts {
  readonly level: LevelOfNeed;
  readonly leadAgencyId: string;
  readonly namedProfessionalIds: readonly string[];
  // Agencies named in the family's current (not withdrawn) consent to share.
  readonly consentedAgencyIds: readonly string[];
  // Team members who joined on the family's consent to share with their agency (not on a
  // recorded lawful basis). Their naming gives them nothing beyond that consent: when it is
  // withdrawn they lose the case at once. Absent: no such members.
  readonly consentBasedMemberIds?: readonly string[];
  // The case's lead practitioner, who assigns sections of the plan and submits it.
  readonly leadPractitionerId?: string;
}

export interface ReferralAccessFacts {
  readonly referrerAgencyId: string | null;
  readonly leadAgencyId: string | null;
}

// The council's early help: level 2 led by a partner, level 3 held by the council's Family
// Casework Team. The council's team (front door, FPT managers, the Forum chair) oversees both and
// brings both to the Forum; children's social care (level 4) is outside the portal's rule.
export function isCouncilEarlyHelpLevel(level: LevelOfNeed): boolean {
  return level === LevelOfNeed.PartnerLedEarlyHelp || level === LevelOfNeed.FamilyCasework;
}

export function canViewCase(actor: Actor, facts: CaseAccessFacts): boolean {
  if (isFamilyPartnershipTeam(actor)) {
    return isCouncilEarlyHelpLevel(facts.level);
  }
  return facts.leadAgencyId === actor.agencyId || namedWithoutConsent(actor, facts) || facts.consentedAgencyIds.includes(actor.agencyId);
}

// A named professional whose membership stands on its own: the lead, a member who joined on a
// recorded lawful basis, or one named before the team around the family existed.
function namedWithoutConsent(actor: Actor, facts: CaseAccessFacts): boolean {
  return facts.namedProfessionalIds.includes(actor.userId) && !(facts.consentBasedMemberIds ?? []).includes(actor.userId);
}

// A member of the team around the family today: named on the case, and, if they joined on the
// family's consent, that consent still current for their agency (or their agency leads the case).
export function isTeamMember(actor: Actor, facts: CaseAccessFacts): boolean {
  if (isFamilyPartnershipTeam(actor)) return false;
  if (namedWithoutConsent(actor, facts)) return true;
  return (
    facts.namedProfessionalIds.includes(actor.userId) &&
    (facts.consentedAgencyIds.includes(actor.agencyId) || facts.leadAgencyId === actor.agencyId)
  );
}

// The team around the family works on the case: the lead practitioner and the members (named
// professionals). Colleagues in the lead agency and consented agencies read it. Which sections
// of the plan a member may write is narrower: canEditPlanSection.
export function canEditPlan(actor: Actor, facts: CaseAccessFacts): boolean {
  return isTeamMember(actor, facts);
}

// The lead practitioner writes every section of the plan and submits it; a member writes only
// the sections the lead assigned to them.
export function canEditPlanSection(actor: Actor, facts: CaseAccessFacts, assigneeIds: readonly string[]): boolean {
  if (!isTeamMember(actor, facts)) return false;
  return isLeadPractitioner(actor, facts) || assigneeIds.includes(actor.userId);
}

export function isLeadPractitioner(actor: Actor, facts: CaseAccessFacts): boolean {
  return !isFamilyPartnershipTeam(actor) && facts.leadPractitionerId !== undefined && facts.leadPractitionerId === actor.userId;
}

// FPT managers and assistant team managers quality-assure completed plans, the Family Casework
// Team's as well as the partners'.
export function canQualityAssurePlan(actor: Actor, facts: CaseAccessFacts): boolean {
  return isFamilyPartnershipTeam(actor) && isCouncilEarlyHelpLevel(facts.level);
}

// Recording contact with the family is the lead agency's work; FPT staff oversee but do not
// act for the partner, and named professionals from other agencies contribute without leading.
export function canActAsLead(actor: Actor, facts: CaseAccessFacts): boolean {
  return !isFamilyPartnershipTeam(actor) && facts.leadAgencyId === actor.agencyId;
}

// The referrer sees what was decided (closing the loop); the lead agency sees the referral
// that brought the family to them.
export function canViewReferral(actor: Actor, facts: ReferralAccessFacts): boolean {
  if (isFamilyPartnershipTeam(actor)) return true;
  if (facts.referrerAgencyId !== null && facts.referrerAgencyId === actor.agencyId) return true;
  return facts.leadAgencyId !== null && facts.leadAgencyId === actor.agencyId;
}

export function canRecordReferral(actor: Actor): boolean {
  return isFamilyPartnershipTeam(actor);
}

export function canTriage(actor: Actor): boolean {
  return isFamilyPartnershipTeam(actor);
}

// Possible-duplicate search reveals that a family is known to services, so only the front door
// may run it.
export function canSearchFamilies(actor: Actor): boolean {
  return isFamilyPartnershipTeam(actor);
}

// Partners refer in the portal (issue 13): a partner practitioner or designated safeguarding lead
// makes a referral for their own agency. The front door records referrals it receives otherwise.
export function canMakeReferral(actor: Actor): boolean {
  return actor.role === Role.PRACTITIONER;
}
