// Who a signed-in person is, as the practice model sees them. Agencies are records a council
// manages, so an agency is only ever referred to by id here.
export enum Role {
  FRONT_DOOR_OFFICER = 'FRONT_DOOR_OFFICER',
  FPT_MANAGER = 'FPT_MANAGER',
  PRACTITIONER = 'PRACTITIONER',
}

export interface Actor {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: Role;
}

// The council's Family Partnership Team: front-door triage officers and the FPT manager (who
// also chairs the Forum). They oversee every partner-led case.
export function isFamilyPartnershipTeam(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === Role.FRONT_DOOR_OFFICER || actor.role === Role.FPT_MANAGER;
}
