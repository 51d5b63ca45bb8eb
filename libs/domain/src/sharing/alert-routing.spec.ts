import { alertProblems, routeAlert, SharingBasis } from './alert-routing';

const base = {
  leadAgencyId: 'school',
  consentedAgencyIds: ['health'],
  frontDoorAgencyId: 'fpt',
  senderAgencyId: 'police',
  extraAgencyIds: [] as string[],
  safeguardingReason: null,
  urgent: false,
};

describe('routeAlert', () => {
  it('reaches the lead agency and the consented agencies, never the sender', () => {
    expect(routeAlert(base)).toEqual([
      { agencyId: 'school', basis: SharingBasis.LEAD_AGENCY },
      { agencyId: 'health', basis: SharingBasis.CONSENT },
    ]);
    expect(routeAlert({ ...base, consentedAgencyIds: ['police'] }).map((s) => s.agencyId)).toEqual(['school']);
  });

  it('shares beyond consent only with a safeguarding reason, recorded as such', () => {
    expect(routeAlert({ ...base, extraAgencyIds: ['cgl'] }).map((s) => s.agencyId)).toEqual(['school', 'health']);
    expect(routeAlert({ ...base, extraAgencyIds: ['cgl'], safeguardingReason: 'Risk to the baby' })).toContainEqual({
      agencyId: 'cgl',
      basis: SharingBasis.SAFEGUARDING,
    });
  });

  it('sends urgent concerns, and families not known to early help, to the front door', () => {
    expect(routeAlert({ ...base, urgent: true, safeguardingReason: 'Injury seen today' })).toContainEqual({
      agencyId: 'fpt',
      basis: SharingBasis.FRONT_DOOR,
    });
    expect(routeAlert({ ...base, leadAgencyId: null, consentedAgencyIds: [] })).toEqual([
      { agencyId: 'fpt', basis: SharingBasis.FRONT_DOOR },
    ]);
  });
});

describe('alertProblems', () => {
  it('needs a reason to share beyond consent or to mark an alert urgent', () => {
    expect(alertProblems({ ...base, extraAgencyIds: ['cgl'] })[0].field).toBe('safeguardingReason');
    expect(alertProblems({ ...base, urgent: true })[0].message).toBe('Say what the urgent safeguarding concern is');
    expect(alertProblems({ ...base, extraAgencyIds: ['health'] })).toEqual([]);
  });
});
