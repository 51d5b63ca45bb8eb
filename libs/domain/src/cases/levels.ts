import { isFamilyPartnershipTeam } from '../identity/roles';
import { CaseStatus } from './case-status';
import { CASE_STATUSES_WITH_A_LEAD, LeadChanger } from './lead-change';

// Levels of need both ways (issue 13): a level 2 case stepped up to the council's Family Casework
// Team (level 3) stays in the portal with the same plan and reviews; a level 3 case steps down to a
// partner lead by an offer the partner accepts or declines; a case stepped down from children's
// social care (level 4) arrives with its history, held by the front door until a partner accepts.

export enum LevelMovement {
  STEP_UP_TO_LEVEL_3 = 'STEP_UP_TO_LEVEL_3',
  STEP_DOWN_FROM_LEVEL_3 = 'STEP_DOWN_FROM_LEVEL_3',
  STEP_DOWN_FROM_SOCIAL_CARE = 'STEP_DOWN_FROM_SOCIAL_CARE',
}

export interface LevelFacts {
  readonly level: number;
  readonly status: CaseStatus;
  readonly leadAgencyId: string;
  readonly leadPractitionerId: string;
}

// The front door accepts a step-up for the Family Casework Team (as it accepts every handover for
// the receiving team), naming the caseworker who will lead.
export function canAcceptStepUp(actor: LeadChanger): boolean {
  return isFamilyPartnershipTeam(actor);
}

// The family caseworker leading a level 3 case, or their team's manager, offers it down to a
// partner agency.
export function canStepDownFromLevel3(actor: LeadChanger, facts: LevelFacts): boolean {
  if (facts.level !== 3 || !CASE_STATUSES_WITH_A_LEAD.includes(facts.status)) return false;
  if (isFamilyPartnershipTeam(actor) || actor.agencyId !== facts.leadAgencyId) return false;
  return actor.agencyManager || actor.userId === facts.leadPractitionerId;
}

// Recording a step-down from children's social care is the front door's: it is where cases come in.
export function canRecordStepDownFromSocialCare(actor: LeadChanger): boolean {
  return isFamilyPartnershipTeam(actor);
}
