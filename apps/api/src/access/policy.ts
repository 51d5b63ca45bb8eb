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
}

export const POLICY_KEY = 'eh:policy';

export const Allow = (policy: Policy) => SetMetadata(POLICY_KEY, policy);

export function policyAllows(policy: Policy, actor: Actor | null): boolean {
  switch (policy) {
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
