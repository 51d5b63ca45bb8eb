import { Actor, Role } from '../identity/roles';
import { CaseStatus } from './case-status';

// Who may change a case's lead practitioner. A partner agency's manager (its designated
// safeguarding lead or team manager, `agencyManager`) allocates the agency's own cases; the FPT
// manager oversees every partner-led case. A plain practitioner, the lead included, may not hand
// their own case on: they ask their manager.

export interface LeadChanger extends Actor {
  readonly agencyManager: boolean;
}

export interface LeadChangeFacts {
  readonly status: CaseStatus;
  readonly leadAgencyId: string;
}

// A case still being worked: awaiting contact, open, or in maintenance.
export const CASE_STATUSES_WITH_A_LEAD: readonly CaseStatus[] = [
  CaseStatus.AWAITING_FIRST_CONTACT,
  CaseStatus.OPEN,
  CaseStatus.MAINTENANCE,
];

export function canChangeLead(actor: LeadChanger, facts: LeadChangeFacts): boolean {
  if (!CASE_STATUSES_WITH_A_LEAD.includes(facts.status)) return false;
  if (actor.role === Role.FPT_MANAGER) return true;
  return actor.role === Role.PRACTITIONER && actor.agencyManager && actor.agencyId === facts.leadAgencyId;
}

// Offering a case to another agency is open to the same people as moving it within the agency.
export const canOfferTransfer = canChangeLead;

export interface TransferFacts {
  readonly toAgencyId: string;
  readonly toPractitionerId: string | null;
}

// The receiving agency's manager accepts or declines; so may the practitioner it was offered to.
export function canDecideTransfer(actor: LeadChanger, transfer: TransferFacts): boolean {
  if (actor.role !== Role.PRACTITIONER || actor.agencyId !== transfer.toAgencyId) return false;
  return actor.agencyManager || actor.userId === transfer.toPractitionerId;
}

export interface NewLeadFacts {
  readonly active: boolean;
  readonly role: Role;
  readonly agencyId: string;
}

// The new lead is an active practitioner of the agency that will lead the case, and not the lead
// already. The problem names the field.
export function newLeadProblem(
  candidate: NewLeadFacts | null,
  agencyId: string,
  currentLeadId: string | null,
  candidateId: string,
): string | null {
  if (!candidate || !candidate.active || candidate.role !== Role.PRACTITIONER || candidate.agencyId !== agencyId) {
    return 'Choose an active practitioner in the agency that will lead the case';
  }
  if (candidateId === currentLeadId) return 'Choose someone other than the current lead practitioner';
  return null;
}
