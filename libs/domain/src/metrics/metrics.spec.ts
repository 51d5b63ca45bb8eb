import {
  allocatedPerMonth,
  averageDaysOpen,
  caseloadPerPractitioner,
  casesOpenOn,
  CaseFacts,
  closedWithOutcomesMet,
  declineRate,
  drifting,
  escalationsToLevel4,
  firstContactOnTime,
  myFamilyPlanOnTime,
  notReachingLevel4Within12Months,
  notReReferredWithin12Months,
} from './metrics';

const base: CaseFacts = {
  allocatedOn: '2025-01-06',
  children: 2,
  leadPractitionerId: 'sam',
  firstContactDue: '2025-01-09',
  firstContactOn: '2025-01-08',
  declined: false,
  planDue: '2025-02-17',
  planSubmittedOn: '2025-02-10',
  closedOn: null,
  outcome: null,
  steppedUpToLevel4On: null,
  reReferredOn: null,
  lastActivityOn: '2025-03-01',
};

// Five hand-built cases; every expected figure below is worked out from them by hand.
const A: CaseFacts = { ...base };
const B: CaseFacts = {
  ...base,
  allocatedOn: '2025-01-20',
  children: 1,
  leadPractitionerId: 'jo',
  firstContactDue: '2025-01-23',
  firstContactOn: '2025-01-27',
  planSubmittedOn: null,
};
const C: CaseFacts = {
  ...base,
  allocatedOn: '2025-02-03',
  children: 3,
  firstContactDue: '2025-02-06',
  firstContactOn: '2025-02-05',
  planDue: '2025-03-17',
  planSubmittedOn: '2025-03-20',
  closedOn: '2025-06-02',
  outcome: 'NEEDS_MET',
  lastActivityOn: '2025-04-20',
};
const D: CaseFacts = {
  ...base,
  allocatedOn: '2025-02-10',
  children: 1,
  firstContactDue: '2025-02-13',
  firstContactOn: '2025-02-14',
  planDue: '2025-03-24',
  planSubmittedOn: null,
  closedOn: '2025-04-11',
  outcome: 'STEPPED_UP_TO_LEVEL_4',
  steppedUpToLevel4On: '2025-04-11',
};
const E: CaseFacts = {
  ...base,
  allocatedOn: '2025-03-03',
  children: 2,
  firstContactDue: '2025-03-06',
  firstContactOn: '2025-03-04',
  declined: true,
  planSubmittedOn: null,
  closedOn: '2025-03-04',
  outcome: 'FAMILY_DECLINED',
  reReferredOn: '2025-09-01',
};
const cases = [A, B, C, D, E];
const YEAR: [string, string] = ['2025-01-01', '2025-12-31'];

describe('metric definitions', () => {
  it('counts cases and children open on a date', () => {
    expect(casesOpenOn(cases, '2025-03-03')).toEqual({ cases: 5, children: 9 });
    expect(casesOpenOn(cases, '2025-05-01')).toEqual({ cases: 3, children: 6 }); // D and E closed
  });

  it('counts allocations per month', () => {
    expect([...allocatedPerMonth(cases)]).toEqual([
      ['2025-01', 2],
      ['2025-02', 2],
      ['2025-03', 1],
    ]);
  });

  it('counts escalations to level 4 in a period', () => {
    expect(escalationsToLevel4(cases, '2025-04-01', '2025-04-30')).toBe(1);
    expect(escalationsToLevel4(cases, '2025-05-01', '2025-12-31')).toBe(0);
  });

  it('measures cases not reaching level 4 within 12 months, over cases allocated 12 months ago', () => {
    // E was allocated less than 12 months before 15 Feb 2026, so only A–D count; D went to level 4.
    expect(notReachingLevel4Within12Months(cases, '2026-02-15')).toEqual({ numerator: 3, denominator: 4, percent: 75 });
  });

  it('measures closed cases not re-referred within 12 months of closure', () => {
    // C, D and E closed 12+ months before 30 Jun 2026; E came back in September 2025.
    expect(notReReferredWithin12Months(cases, '2026-06-30')).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
  });

  it('measures cases closed with outcomes met', () => {
    expect(closedWithOutcomesMet(cases, ...YEAR)).toEqual({ numerator: 1, denominator: 3, percent: 33.3 });
  });

  it('measures first contact and My Family Plans on time', () => {
    expect(firstContactOnTime(cases, ...YEAR, '2025-12-31')).toEqual({ numerator: 3, denominator: 5, percent: 60 }); // B and D late
    expect(myFamilyPlanOnTime(cases, ...YEAR, '2025-12-31')).toEqual({ numerator: 1, denominator: 4, percent: 25 }); // E declined: not counted
  });

  it('measures the decline rate and the average time open', () => {
    expect(declineRate(cases, ...YEAR)).toEqual({ numerator: 1, denominator: 5, percent: 20 });
    expect(averageDaysOpen(cases, ...YEAR)).toBe(60); // (119 + 60 + 1) / 3
    expect(averageDaysOpen(cases, '2026-01-01', '2026-12-31')).toBeNull();
  });

  it('counts each practitioner’s open cases', () => {
    expect([...caseloadPerPractitioner(cases, '2025-05-01')].sort()).toEqual([
      ['jo', 1],
      ['sam', 2],
    ]);
  });

  it('lists open cases with nothing recorded for eight weeks', () => {
    expect(drifting(cases, '2025-05-01')).toEqual([A, B]); // C had activity on 20 April
  });

  it('gives no percentage when there is nothing to measure', () => {
    expect(closedWithOutcomesMet([A], ...YEAR)).toEqual({ numerator: 0, denominator: 0, percent: null });
  });
});
