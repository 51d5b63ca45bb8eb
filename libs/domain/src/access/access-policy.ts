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
}

export interface ReferralAccessFacts {
  readonly referrerAgencyId: string | null;
  readonly leadAgencyId: string | null;
}

export function canViewCase(actor: Actor, facts: CaseAccessFacts): boolean {
  if (isFamilyPartnershipTeam(actor)) {
    return facts.level === LevelOfNeed.PartnerLedEarlyHelp;
  }
  return (
    facts.leadAgencyId === actor.agencyId ||
    facts.namedProfessionalIds.includes(actor.userId) ||
    facts.consentedAgencyIds.includes(actor.agencyId)
  );
}

// The My Family Plan is written by the lead practitioner and the named professionals only;
// colleagues in the lead agency and consented agencies read it.
export function canEditPlan(actor: Actor, facts: CaseAccessFacts): boolean {
  return !isFamilyPartnershipTeam(actor) && facts.namedProfessionalIds.includes(actor.userId);
}

// FPT managers and assistant team managers quality-assure completed plans.
export function canQualityAssurePlan(actor: Actor, facts: CaseAccessFacts): boolean {
  return isFamilyPartnershipTeam(actor) && facts.level === LevelOfNeed.PartnerLedEarlyHelp;
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
