import { Role } from './roles';

// What a council's FPT manager may do to someone's account, and what stops it. Access to cases
// partly follows the person (named professional, lead practitioner), so moving or removing
// someone must end that access too; these rules say when it may go ahead at all.

export interface AccountFacts {
  readonly userId: string;
  readonly role: Role;
  readonly active: boolean;
  readonly agencyId: string;
  // References of open cases (awaiting contact, open, maintenance) this person leads.
  readonly leadOfOpenCases: readonly string[];
}

export enum AccountChangeRefusal {
  NOT_ACTIVE = 'NOT_ACTIVE',
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  COUNCIL_TEAM_MEMBER = 'COUNCIL_TEAM_MEMBER',
  INTO_COUNCIL_TEAM = 'INTO_COUNCIL_TEAM',
  SAME_AGENCY = 'SAME_AGENCY',
  LEADS_OPEN_CASES = 'LEADS_OPEN_CASES',
}

// A family is never left without a lead practitioner: open cases are reallocated first.
// Family Partnership Team members see every partner-led case by role, so carrying that role into
// a partner agency (or a practitioner into the council team) is refused rather than guessed at.
export function moveRefusal(
  managerId: string,
  account: AccountFacts,
  target: { readonly agencyId: string; readonly isCouncilTeam: boolean },
): AccountChangeRefusal | null {
  if (!account.active) return AccountChangeRefusal.NOT_ACTIVE;
  if (account.userId === managerId) return AccountChangeRefusal.OWN_ACCOUNT;
  if (account.role !== Role.PRACTITIONER) return AccountChangeRefusal.COUNCIL_TEAM_MEMBER;
  if (target.isCouncilTeam) return AccountChangeRefusal.INTO_COUNCIL_TEAM;
  if (target.agencyId === account.agencyId) return AccountChangeRefusal.SAME_AGENCY;
  if (account.leadOfOpenCases.length > 0) return AccountChangeRefusal.LEADS_OPEN_CASES;
  return null;
}

export function removalRefusal(managerId: string, account: AccountFacts): AccountChangeRefusal | null {
  if (!account.active) return AccountChangeRefusal.NOT_ACTIVE;
  if (account.userId === managerId) return AccountChangeRefusal.OWN_ACCOUNT;
  if (account.leadOfOpenCases.length > 0) return AccountChangeRefusal.LEADS_OPEN_CASES;
  return null;
}
