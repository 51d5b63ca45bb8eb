import { FieldProblem } from '../triage/triage-decision';

// Information-sharing alerts (DOMAIN.md "Information sharing and notifications"): sharing follows
// the family's recorded consent; sharing beyond it needs a safeguarding reason, which is recorded.
export enum AlertKind {
  POLICE_CALL_OUT = 'POLICE_CALL_OUT',
  SCHOOL_EXCLUSION = 'SCHOOL_EXCLUSION',
  HOSPITAL_ATTENDANCE = 'HOSPITAL_ATTENDANCE',
  MISSING_EPISODE = 'MISSING_EPISODE',
  OTHER = 'OTHER',
}

export enum SharingBasis {
  LEAD_AGENCY = 'LEAD_AGENCY',
  CONSENT = 'CONSENT',
  SAFEGUARDING = 'SAFEGUARDING',
  FRONT_DOOR = 'FRONT_DOOR',
}

export interface AlertRoutingFacts {
  readonly leadAgencyId: string | null; // null when no open early help case matched
  readonly consentedAgencyIds: readonly string[];
  readonly frontDoorAgencyId: string;
  readonly senderAgencyId: string;
  readonly extraAgencyIds: readonly string[];
  readonly safeguardingReason: string | null;
  readonly urgent: boolean;
}

export interface AlertShare {
  readonly agencyId: string;
  readonly basis: SharingBasis;
}

export function alertProblems(facts: AlertRoutingFacts): FieldProblem[] {
  const beyondConsent = facts.extraAgencyIds.filter((a) => a !== facts.leadAgencyId && !facts.consentedAgencyIds.includes(a));
  if ((beyondConsent.length > 0 || facts.urgent) && !facts.safeguardingReason?.trim()) {
    return [
      {
        field: 'safeguardingReason',
        message: facts.urgent
          ? 'Say what the urgent safeguarding concern is'
          : 'Sharing with agencies the family has not consented to needs a safeguarding reason',
      },
    ];
  }
  return [];
}

// Who receives an alert, and on which basis. The sender's own agency is never listed, and each
// agency appears once with the strongest basis it has.
export function routeAlert(facts: AlertRoutingFacts): AlertShare[] {
  const shares = new Map<string, SharingBasis>();
  const add = (agencyId: string, basis: SharingBasis) => {
    if (agencyId !== facts.senderAgencyId && !shares.has(agencyId)) shares.set(agencyId, basis);
  };
  if (facts.leadAgencyId) add(facts.leadAgencyId, SharingBasis.LEAD_AGENCY);
  else add(facts.frontDoorAgencyId, SharingBasis.FRONT_DOOR); // not known to early help: the front door decides
  if (facts.urgent) add(facts.frontDoorAgencyId, SharingBasis.FRONT_DOOR);
  facts.consentedAgencyIds.forEach((a) => add(a, SharingBasis.CONSENT));
  if (facts.safeguardingReason?.trim()) facts.extraAgencyIds.forEach((a) => add(a, SharingBasis.SAFEGUARDING));
  return [...shares].map(([agencyId, basis]) => ({ agencyId, basis }));
}
