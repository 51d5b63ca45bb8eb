import { LevelMovement } from '../cases/levels';
import {
  AllocationBand,
  allocationBand,
  allocationBands,
  becameLookedAfter,
  CaseHistory,
  caseHistoryMeasures,
  daysToAllocation,
  medianDays,
  previouslyOpenToSocialCare,
  repeatReferralWithin12Months,
  SocialCareDecision,
  steppedDownFromFamilyCasework,
  steppedDownFromSocialCare,
  steppedUpOrLookedAfter,
  steppedUpToLevel3,
  steppedUpToLevel4,
} from './measures';

const AS_OF = '2026-06-30';
const base: CaseHistory = {
  caseId: 'x',
  familyId: 'f',
  referredOn: '2026-01-05',
  allocatedOn: '2026-01-07',
  closedOn: null,
  outcome: null,
  movements: [],
};

// Six hand-built cases over four families; each expected figure below is worked out from them.
// A: family 1's first case, closed stepped up to level 4 on 2025-03-10; allocated 2025-02-03.
const A: CaseHistory = {
  ...base,
  caseId: 'A',
  familyId: 'f1',
  referredOn: '2025-02-03',
  allocatedOn: '2025-02-03',
  closedOn: '2025-03-10',
  outcome: 'STEPPED_UP_TO_LEVEL_4',
};
// B: family 1 again, referred 2026-01-05 (ten months after A closed: a repeat referral, and A's
// step up means previously open to social care), allocated 2026-01-07 (2 days).
const B: CaseHistory = { ...base, caseId: 'B', familyId: 'f1' };
// C: family 2, stepped down from social care (recorded 2026-01-12), allocated the same day as referred.
const C: CaseHistory = {
  ...base,
  caseId: 'C',
  familyId: 'f2',
  referredOn: '2026-01-12',
  allocatedOn: '2026-01-12',
  movements: [{ movement: LevelMovement.STEP_DOWN_FROM_SOCIAL_CARE, on: '2026-01-12' }],
};
// D: family 3, the front door sent an earlier referral to social care (decided 2025-11-20);
// referred 2026-02-02, allocated 2026-02-09 (7 days), stepped up to level 3 on 2026-04-01.
const D: CaseHistory = {
  ...base,
  caseId: 'D',
  familyId: 'f3',
  referredOn: '2026-02-02',
  allocatedOn: '2026-02-09',
  movements: [{ movement: LevelMovement.STEP_UP_TO_LEVEL_3, on: '2026-04-01' }],
};
// E: family 4, stepped down from Family Casework on 2026-03-02, closed 2026-05-29 as looked
// after; referred 2026-02-16, allocated 2026-03-02 (14 days).
const E: CaseHistory = {
  ...base,
  caseId: 'E',
  familyId: 'f4',
  referredOn: '2026-02-16',
  allocatedOn: '2026-03-02',
  closedOn: '2026-05-29',
  outcome: 'BECAME_LOOKED_AFTER',
  movements: [{ movement: LevelMovement.STEP_DOWN_FROM_LEVEL_3, on: '2026-03-02' }],
};
// F: family 2's earlier case, closed needs met 2024-12-20; C's referral (2026-01-12) is more than
// 12 months later, so C is not a repeat referral. Referred 2024-06-03, allocated 2024-07-01 (28 days).
const F: CaseHistory = {
  ...base,
  caseId: 'F',
  familyId: 'f2',
  referredOn: '2024-06-03',
  allocatedOn: '2024-07-01',
  closedOn: '2024-12-20',
  outcome: 'NEEDS_MET',
};
const ALL = [A, B, C, D, E, F];
const DECISIONS: SocialCareDecision[] = [
  { familyId: 'f3', decidedOn: '2025-11-20' },
  // After D's referral: does not make D (or anyone) previously open.
  { familyId: 'f4', decidedOn: '2026-03-01' },
];

describe('where families came from', () => {
  it('previously open to social care: stepped down from it, sent to it earlier, or an earlier case stepped up to it', () => {
    expect(previouslyOpenToSocialCare(B, ALL, DECISIONS, AS_OF)).toBe(true); // A stepped up to level 4 before B's referral
    expect(previouslyOpenToSocialCare(C, ALL, DECISIONS, AS_OF)).toBe(true); // stepped down from social care
    expect(previouslyOpenToSocialCare(D, ALL, DECISIONS, AS_OF)).toBe(true); // an earlier referral to social care
    expect(previouslyOpenToSocialCare(E, ALL, DECISIONS, AS_OF)).toBe(false); // its decision came after the referral
    expect(previouslyOpenToSocialCare(A, ALL, DECISIONS, AS_OF)).toBe(false); // its own step up is not its history
    expect(previouslyOpenToSocialCare(F, ALL, DECISIONS, AS_OF)).toBe(false);
  });

  it('a movement recorded after the as-at date does not count yet', () => {
    expect(steppedDownFromSocialCare(C, '2026-01-11')).toBe(false);
    expect(steppedDownFromSocialCare(C, '2026-01-12')).toBe(true);
    expect(previouslyOpenToSocialCare(C, ALL, [], '2026-01-11')).toBe(false);
  });

  it('stepped down from Family Casework', () => {
    expect(ALL.filter((c) => steppedDownFromFamilyCasework(c, AS_OF)).map((c) => c.caseId)).toEqual(['E']);
    expect(steppedDownFromFamilyCasework(E, '2026-03-01')).toBe(false);
  });
});

describe('where families went', () => {
  it('stepped up to level 3, to level 4, looked after, and any of them', () => {
    expect(ALL.filter((c) => steppedUpToLevel3(c, AS_OF)).map((c) => c.caseId)).toEqual(['D']);
    expect(ALL.filter((c) => steppedUpToLevel4(c, AS_OF)).map((c) => c.caseId)).toEqual(['A']);
    expect(ALL.filter((c) => becameLookedAfter(c, AS_OF)).map((c) => c.caseId)).toEqual(['E']);
    expect(ALL.filter((c) => steppedUpOrLookedAfter(c, AS_OF)).map((c) => c.caseId)).toEqual(['A', 'D', 'E']);
    // Before D's step-up and E's closure only A counts.
    expect(ALL.filter((c) => steppedUpOrLookedAfter(c, '2026-03-31')).map((c) => c.caseId)).toEqual(['A']);
  });
});

describe('revolving door', () => {
  it('a referral within 12 months of a previous case’s closure, the last day included', () => {
    expect(ALL.filter((c) => repeatReferralWithin12Months(c, ALL)).map((c) => c.caseId)).toEqual(['B']);
    const sameDayNextYear = { ...B, referredOn: '2026-03-10' };
    const dayAfter = { ...B, referredOn: '2026-03-11' };
    expect(repeatReferralWithin12Months(sameDayNextYear, ALL)).toBe(true);
    expect(repeatReferralWithin12Months(dayAfter, ALL)).toBe(false);
  });

  it('a case closed after the referral is not a previous case', () => {
    const early = { ...B, referredOn: '2025-03-09' };
    expect(repeatReferralWithin12Months(early, ALL)).toBe(false);
  });
});

describe('time from referral to allocation', () => {
  it('counts calendar days', () => {
    expect(ALL.map(daysToAllocation)).toEqual([0, 2, 0, 7, 14, 28]);
  });

  it('bands', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 11, 20, 21, 400].map(allocationBand)).toEqual([
      AllocationBand.SAME_DAY,
      AllocationBand.ONE_DAY,
      AllocationBand.TWO_TO_THREE,
      AllocationBand.TWO_TO_THREE,
      AllocationBand.FOUR_TO_FIVE,
      AllocationBand.FOUR_TO_FIVE,
      AllocationBand.SIX_TO_TEN,
      AllocationBand.SIX_TO_TEN,
      AllocationBand.ELEVEN_TO_TWENTY,
      AllocationBand.ELEVEN_TO_TWENTY,
      AllocationBand.OVER_TWENTY,
      AllocationBand.OVER_TWENTY,
    ]);
    expect(
      allocationBands(
        new Map([
          [0, 2],
          [7, 1],
          [9, 3],
          [30, 1],
        ]),
      ),
    ).toEqual([
      { band: AllocationBand.SAME_DAY, cases: 2 },
      { band: AllocationBand.ONE_DAY, cases: 0 },
      { band: AllocationBand.TWO_TO_THREE, cases: 0 },
      { band: AllocationBand.FOUR_TO_FIVE, cases: 0 },
      { band: AllocationBand.SIX_TO_TEN, cases: 4 },
      { band: AllocationBand.ELEVEN_TO_TWENTY, cases: 0 },
      { band: AllocationBand.OVER_TWENTY, cases: 1 },
    ]);
  });

  it('median: the middle value, or the mean of the two middle values', () => {
    expect(medianDays(new Map())).toBeNull();
    expect(medianDays(new Map([[5, 0]]))).toBeNull();
    // 0 0 2 7 14 → 2
    expect(
      medianDays(
        new Map([
          [14, 1],
          [0, 2],
          [2, 1],
          [7, 1],
        ]),
      ),
    ).toBe(2);
    // 0 2 7 14 → (2 + 7) / 2
    expect(
      medianDays(
        new Map([
          [0, 1],
          [2, 1],
          [7, 1],
          [14, 1],
        ]),
      ),
    ).toBe(4.5);
    // 3 3 3 9 → 3
    expect(
      medianDays(
        new Map([
          [9, 1],
          [3, 3],
        ]),
      ),
    ).toBe(3);
  });
});

describe('the measures over a period', () => {
  it('counts the cases allocated in the period', () => {
    // Allocated 2026-01-01..2026-03-31: B, C, D, E (A and F are earlier).
    const m = caseHistoryMeasures(ALL, ALL, DECISIONS, '2026-01-01', '2026-03-31', AS_OF);
    expect(m.cases).toBe(4);
    expect(m.previouslyOpenToSocialCare).toEqual({ numerator: 3, denominator: 4, percent: 75 }); // B, C, D
    expect(m.steppedDownFromSocialCare).toEqual({ numerator: 1, denominator: 4, percent: 25 }); // C
    expect(m.steppedDownFromFamilyCasework).toEqual({ numerator: 1, denominator: 4, percent: 25 }); // E
    expect(m.steppedUpToLevel3).toEqual({ numerator: 1, denominator: 4, percent: 25 }); // D
    expect(m.steppedUpToLevel4).toEqual({ numerator: 0, denominator: 4, percent: 0 });
    expect(m.becameLookedAfter).toEqual({ numerator: 1, denominator: 4, percent: 25 }); // E
    expect(m.steppedUpOrLookedAfter).toEqual({ numerator: 2, denominator: 4, percent: 50 }); // D, E
    expect(m.repeatReferralsWithin12Months).toEqual({ numerator: 1, denominator: 4, percent: 25 }); // B
    // Days: B 2, C 0, D 7, E 14 → 0 2 7 14 → 4.5
    expect(m.medianDaysToAllocation).toBe(4.5);
    expect(m.daysToAllocation.filter((b) => b.cases > 0)).toEqual([
      { band: AllocationBand.SAME_DAY, cases: 1 },
      { band: AllocationBand.TWO_TO_THREE, cases: 1 },
      { band: AllocationBand.SIX_TO_TEN, cases: 1 },
      { band: AllocationBand.ELEVEN_TO_TWENTY, cases: 1 },
    ]);
  });

  it('counts the cases within a filter, with earlier cases outside it still their history', () => {
    // Only B and D counted (say, one agency's): B's history is A (outside the filter), D's the decision.
    const m = caseHistoryMeasures([B, D], ALL, DECISIONS, '2026-01-01', '2026-03-31', AS_OF);
    expect(m.cases).toBe(2);
    expect(m.previouslyOpenToSocialCare).toEqual({ numerator: 2, denominator: 2, percent: 100 });
    expect(m.repeatReferralsWithin12Months).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(m.steppedUpOrLookedAfter).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(m.medianDaysToAllocation).toBe(4.5); // 2 and 7
  });

  it('no cases: every share is "no data"', () => {
    const m = caseHistoryMeasures(ALL, ALL, DECISIONS, '2023-01-01', '2023-12-31', AS_OF);
    expect(m.cases).toBe(0);
    expect(m.previouslyOpenToSocialCare.percent).toBeNull();
    expect(m.medianDaysToAllocation).toBeNull();
  });
});
