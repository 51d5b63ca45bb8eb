import { SetMetadata } from '@nestjs/common';
import { Actor, isFamilyPartnershipTeam, Role } from '@eh/domain';

// Every query, mutation and field resolver declares who may call it. The guard refuses any
// door without a declaration, so forgetting one fails closed (and a test lists offenders).
// Record-level rules (which case, which referral) are applied in the services with the pure
// policy functions from libs/domain.
export enum Policy {
  Public = 'PUBLIC',
  SignedIn = 'SIGNED_IN',
  FamilyPartnershipTeam = 'FAMILY_PARTNERSHIP_TEAM',
  FptManager = 'FPT_MANAGER',
  // Only a session whose password was right and which now waits for its second factor.
  SecondFactor = 'SECOND_FACTOR',
}

export const POLICY_KEY = 'eh:policy';

export const Allow = (policy: Policy) => SetMetadata(POLICY_KEY, policy);

// `pendingSecondFactor`: the request's session has passed the password but not the second factor;
// its actor is then null, so every other policy refuses it.
export function policyAllows(policy: Policy, actor: Actor | null, pendingSecondFactor = false): boolean {
  switch (policy) {
    case Policy.SecondFactor:
      return actor === null && pendingSecondFactor;
    case Policy.Public:
      return true;
    case Policy.SignedIn:
      return actor !== null;
    case Policy.FamilyPartnershipTeam:
      return actor !== null && isFamilyPartnershipTeam(actor);
    case Policy.FptManager:
      return actor?.role === Role.FPT_MANAGER;
  }
}
