import { NeedProgress } from '../outcomes/outcome-framework';
import type { IsoDate } from '../working-days/iso-date';
import type { CaseHistory } from './measures';
import { Share, share } from './metrics';

// "Needs met by heading" (issue 17, part 5's last measure; seed 004): of the needs coded against
// the council's outcome framework, how many were met and whether progress lasted, heading by
// heading. The cohort is the cases *closed* in the period (the month of closure), because a need's
// outcome is recorded at closure: a need counts once, in the month its case closed, so months,
// periods and filters add up as the other measures do. A case counts for the same agency and
// locality as in the other measures (a case stepped up to Family Casework, for the partner agency
// that led it before).
export interface NeedFacts {
  readonly caseId: string;
  readonly headingId: string;
  // The outcome recorded at closure; null when none was recorded (the need counts, unmet).
  readonly outcome: NeedProgress | null;
  // The former lead's answer at the sustainment check: progress held or not; null before it.
  readonly held: boolean | null;
  // The day the sustainment check was confirmed; null before it.
  readonly confirmedOn: IsoDate | null;
}

export interface OutcomeHeadingRef {
  readonly id: string;
  // A retired heading is listed only when it has needs in the cohort.
  readonly retired: boolean;
}

export interface HeadingNeedsMet {
  readonly headingId: string;
  // Needs coded against the heading in the cases closed in the period.
  readonly needs: number;
  // Of those, closed with significant progress ("met"); the denominator is every need, so a need
  // whose outcome was never recorded counts as not met.
  readonly met: Share;
  // Of the needs met, those whose sustainment check the former lead answered by the as-at date.
  readonly sustainmentChecked: number;
  // Of the needs met and checked, those whose progress held. The check comes months after closure,
  // so a need not yet checked is left out rather than counted as not sustained.
  readonly sustained: Share;
}

// Met: closed with significant progress (the claim rule's test of each need).
export function needMet(n: NeedFacts): boolean {
  return n.outcome === NeedProgress.SIGNIFICANT_PROGRESS;
}

// Met, and the sustainment check answered on or before `asOf`.
export function needSustainmentChecked(n: NeedFacts, asOf: IsoDate): boolean {
  return needMet(n) && n.held !== null && n.confirmedOn !== null && n.confirmedOn <= asOf;
}

// Met, and confirmed as held by `asOf`.
export function needSustained(n: NeedFacts, asOf: IsoDate): boolean {
  return needSustainmentChecked(n, asOf) && n.held === true;
}

// Per heading, in the order given, over the needs of the `counted` cases closed from `from` to `to`
// (inclusive) and on or before `asOf`. A retired heading without needs in the cohort is left out.
export function needsMetByHeading(
  counted: readonly CaseHistory[],
  needs: readonly NeedFacts[],
  headings: readonly OutcomeHeadingRef[],
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
): HeadingNeedsMet[] {
  const closed = new Set(
    counted.filter((c) => c.closedOn !== null && c.closedOn >= from && c.closedOn <= to && c.closedOn <= asOf).map((c) => c.caseId),
  );
  const cohort = needs.filter((n) => closed.has(n.caseId));
  return headings
    .map((h): HeadingNeedsMet => {
      const own = cohort.filter((n) => n.headingId === h.id);
      const met = own.filter(needMet).length;
      const checked = own.filter((n) => needSustainmentChecked(n, asOf)).length;
      return {
        headingId: h.id,
        needs: own.length,
        met: share(met, own.length),
        sustainmentChecked: checked,
        sustained: share(own.filter((n) => needSustained(n, asOf)).length, checked),
      };
    })
    .filter((row, i) => !headings[i].retired || row.needs > 0);
}
