import { ClosureOutcome } from '../cases/case-lifecycle';
import { LevelMovement } from '../cases/levels';
import { addMonths } from '../cases/schedules';
import { IsoDate, toDayNumber } from '../working-days/iso-date';
import { Share, share } from './metrics';

// The measures the council papers report (issue 17, part 5; seeds 000, 003, 004): where families
// came from (children's social care, Family Casework), where they went (stepped up, looked after),
// how long they waited for a lead, and whether they came back. Each is counted over the cases
// allocated in a period (a cohort), so periods and filters add up. A case here is any early help
// case in the portal, partner-led (level 2) or held by Family Casework (level 3).
export interface CaseHistory {
  readonly caseId: string;
  readonly familyId: string;
  // The date (UK) the case's referral reached the front door.
  readonly referredOn: IsoDate;
  readonly allocatedOn: IsoDate;
  // Closed to work; a family's decline closes the case on the day of the decline.
  readonly closedOn: IsoDate | null;
  readonly outcome: string | null;
  // Movements between levels recorded on the case (case_level_change), with their dates.
  readonly movements: readonly { readonly movement: LevelMovement; readonly on: IsoDate }[];
}

// A referral about the family the front door decided for children's social care (level 4).
export interface SocialCareDecision {
  readonly familyId: string;
  readonly decidedOn: IsoDate;
}

const SOCIAL_CARE_OUTCOMES: readonly string[] = [ClosureOutcome.STEPPED_UP_TO_LEVEL_4, ClosureOutcome.BECAME_LOOKED_AFTER];

// The family's other cases closed on or before this case's referral date.
function earlierClosed(c: CaseHistory, family: readonly CaseHistory[]): CaseHistory[] {
  return family.filter((p) => p.caseId !== c.caseId && p.familyId === c.familyId && p.closedOn !== null && p.closedOn <= c.referredOn);
}

function moved(c: CaseHistory, movement: LevelMovement, asOf: IsoDate): boolean {
  return c.movements.some((m) => m.movement === movement && m.on <= asOf);
}

// Stepped down to early help from children's social care (recorded by the front door).
export function steppedDownFromSocialCare(c: CaseHistory, asOf: IsoDate): boolean {
  return moved(c, LevelMovement.STEP_DOWN_FROM_SOCIAL_CARE, asOf);
}

// Stepped down from the council's Family Casework Team (level 3) to a partner lead.
export function steppedDownFromFamilyCasework(c: CaseHistory, asOf: IsoDate): boolean {
  return moved(c, LevelMovement.STEP_DOWN_FROM_LEVEL_3, asOf);
}

// Previously open to children's social care: the case came down from social care, or before the
// case's referral (on or before its date) the front door sent a referral about the family to
// social care, or an earlier case of the family closed stepped up to level 4 or looked after.
export function previouslyOpenToSocialCare(
  c: CaseHistory,
  family: readonly CaseHistory[],
  decisions: readonly SocialCareDecision[],
  asOf: IsoDate,
): boolean {
  if (steppedDownFromSocialCare(c, asOf)) return true;
  if (decisions.some((d) => d.familyId === c.familyId && d.decidedOn <= c.referredOn)) return true;
  return earlierClosed(c, family).some((p) => p.outcome !== null && SOCIAL_CARE_OUTCOMES.includes(p.outcome));
}

// Later stepped up: to Family Casework (a level 3 step-up accepted), to children's social care
// (closed "stepped up to level 4"), or the child became looked after (closed "became looked after").
export function steppedUpToLevel3(c: CaseHistory, asOf: IsoDate): boolean {
  return moved(c, LevelMovement.STEP_UP_TO_LEVEL_3, asOf);
}

function closedAs(c: CaseHistory, outcome: ClosureOutcome, asOf: IsoDate): boolean {
  return c.outcome === outcome && c.closedOn !== null && c.closedOn <= asOf;
}

export function steppedUpToLevel4(c: CaseHistory, asOf: IsoDate): boolean {
  return closedAs(c, ClosureOutcome.STEPPED_UP_TO_LEVEL_4, asOf);
}

export function becameLookedAfter(c: CaseHistory, asOf: IsoDate): boolean {
  return closedAs(c, ClosureOutcome.BECAME_LOOKED_AFTER, asOf);
}

export function steppedUpOrLookedAfter(c: CaseHistory, asOf: IsoDate): boolean {
  return steppedUpToLevel3(c, asOf) || steppedUpToLevel4(c, asOf) || becameLookedAfter(c, asOf);
}

// "Revolving door" (003): the family was referred again within 12 months of a previous case's
// closure — another case of the family closed on or before this case's referral date, and the
// referral came no later than 12 months after that closure.
export function repeatReferralWithin12Months(c: CaseHistory, family: readonly CaseHistory[]): boolean {
  return earlierClosed(c, family).some((p) => c.referredOn <= addMonths(p.closedOn as IsoDate, 12));
}

// Calendar days from the referral reaching the front door to the case's allocation (0: same day).
export function daysToAllocation(c: CaseHistory): number {
  return Math.max(0, toDayNumber(c.allocatedOn) - toDayNumber(c.referredOn));
}

// The distribution of days to allocation, in the bands the page shows.
export enum AllocationBand {
  SAME_DAY = 'SAME_DAY',
  ONE_DAY = 'ONE_DAY',
  TWO_TO_THREE = 'TWO_TO_THREE',
  FOUR_TO_FIVE = 'FOUR_TO_FIVE',
  SIX_TO_TEN = 'SIX_TO_TEN',
  ELEVEN_TO_TWENTY = 'ELEVEN_TO_TWENTY',
  OVER_TWENTY = 'OVER_TWENTY',
}

const BAND_UPPER: readonly (readonly [AllocationBand, number])[] = [
  [AllocationBand.SAME_DAY, 0],
  [AllocationBand.ONE_DAY, 1],
  [AllocationBand.TWO_TO_THREE, 3],
  [AllocationBand.FOUR_TO_FIVE, 5],
  [AllocationBand.SIX_TO_TEN, 10],
  [AllocationBand.ELEVEN_TO_TWENTY, 20],
  [AllocationBand.OVER_TWENTY, Infinity],
];

export function allocationBand(days: number): AllocationBand {
  return (BAND_UPPER.find(([, upper]) => days <= upper) as (typeof BAND_UPPER)[number])[0];
}

// Cases per band (every band, in order, zeros included) from cases per number of days.
export function allocationBands(casesByDays: ReadonlyMap<number, number>): { band: AllocationBand; cases: number }[] {
  const counts = new Map(BAND_UPPER.map(([band]) => [band, 0]));
  for (const [days, cases] of casesByDays) counts.set(allocationBand(days), (counts.get(allocationBand(days)) ?? 0) + cases);
  return BAND_UPPER.map(([band]) => ({ band, cases: counts.get(band) ?? 0 }));
}

// The median number of days from cases per number of days: the middle value, or the mean of the
// two middle values when the count is even; null with no cases.
export function medianDays(casesByDays: ReadonlyMap<number, number>): number | null {
  const sorted = [...casesByDays].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const nth = (k: number): number => {
    let seen = 0;
    for (const [days, n] of sorted) {
      seen += n;
      if (seen > k) return days;
    }
    return sorted[sorted.length - 1][0];
  };
  return (nth(Math.floor((total - 1) / 2)) + nth(Math.floor(total / 2))) / 2;
}

export function daysHistogram(cases: readonly CaseHistory[]): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const c of cases) histogram.set(daysToAllocation(c), (histogram.get(daysToAllocation(c)) ?? 0) + 1);
  return histogram;
}

export interface CaseHistoryMeasures {
  readonly cases: number;
  readonly previouslyOpenToSocialCare: Share;
  readonly steppedDownFromSocialCare: Share;
  readonly steppedDownFromFamilyCasework: Share;
  readonly steppedUpToLevel3: Share;
  readonly steppedUpToLevel4: Share;
  readonly becameLookedAfter: Share;
  readonly steppedUpOrLookedAfter: Share;
  readonly repeatReferralsWithin12Months: Share;
  readonly medianDaysToAllocation: number | null;
  readonly daysToAllocation: { band: AllocationBand; cases: number }[];
}

// Every measure over the `counted` cases (those within the chosen filters) allocated from `from`
// to `to` (inclusive), as at `asOf`. `history` is every case known, for the families' earlier cases,
// which count wherever they were held.
export function caseHistoryMeasures(
  counted: readonly CaseHistory[],
  history: readonly CaseHistory[],
  decisions: readonly SocialCareDecision[],
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
): CaseHistoryMeasures {
  const cohort = counted.filter((c) => c.allocatedOn >= from && c.allocatedOn <= to);
  const of = (test: (c: CaseHistory) => boolean) => share(cohort.filter(test).length, cohort.length);
  const histogram = daysHistogram(cohort);
  return {
    cases: cohort.length,
    previouslyOpenToSocialCare: of((c) => previouslyOpenToSocialCare(c, history, decisions, asOf)),
    steppedDownFromSocialCare: of((c) => steppedDownFromSocialCare(c, asOf)),
    steppedDownFromFamilyCasework: of((c) => steppedDownFromFamilyCasework(c, asOf)),
    steppedUpToLevel3: of((c) => steppedUpToLevel3(c, asOf)),
    steppedUpToLevel4: of((c) => steppedUpToLevel4(c, asOf)),
    becameLookedAfter: of((c) => becameLookedAfter(c, asOf)),
    steppedUpOrLookedAfter: of((c) => steppedUpOrLookedAfter(c, asOf)),
    repeatReferralsWithin12Months: of((c) => repeatReferralWithin12Months(c, history)),
    medianDaysToAllocation: medianDays(histogram),
    daysToAllocation: allocationBands(histogram),
  };
}
