import { NeedProgress } from '../outcomes/outcome-framework';
import type { CaseHistory } from './measures';
import { NeedFacts, needMet, needsMetByHeading, needSustained, needSustainmentChecked } from './needs-met';

const AS_OF = '2026-06-30';
const closedCase = (caseId: string, closedOn: string | null): CaseHistory => ({
  caseId,
  familyId: `family of ${caseId}`,
  referredOn: '2025-01-06',
  allocatedOn: '2025-01-08',
  closedOn,
  outcome: closedOn === null ? null : 'NEEDS_MET',
  movements: [],
});

// Four cases: P closed in January 2026 and Q in March 2026 (inside the period January to March),
// R closed in December 2025 (before it) and S still open.
const CASES = [closedCase('P', '2026-01-20'), closedCase('Q', '2026-03-31'), closedCase('R', '2025-12-31'), closedCase('S', null)];
const need = (
  caseId: string,
  headingId: string,
  outcome: NeedProgress | null,
  held: boolean | null = null,
  confirmedOn: string | null = null,
) => ({ caseId, headingId, outcome, held, confirmedOn }) satisfies NeedFacts;

const { SIGNIFICANT_PROGRESS: SIGNIFICANT, SOME_PROGRESS: SOME, WORSE } = NeedProgress;
const NEEDS: NeedFacts[] = [
  // P: education met and held (checked 2026-06-01); housing met, not held (checked 2026-06-01).
  need('P', 'education', SIGNIFICANT, true, '2026-06-01'),
  need('P', 'housing', SIGNIFICANT, false, '2026-06-01'),
  // Q: education met, check not answered yet; education again, only some progress (checked: held,
  // but a need not met is never sustained); housing with no outcome recorded; health worse.
  need('Q', 'education', SIGNIFICANT),
  need('Q', 'education', SOME, true, '2026-06-20'),
  need('Q', 'housing', null),
  need('Q', 'health', WORSE),
  // R (closed before the period) and S (open) are outside the cohort whatever their needs say.
  need('R', 'education', SIGNIFICANT, true, '2026-06-01'),
  need('S', 'health', SIGNIFICANT),
];
const HEADINGS = [
  { id: 'education', retired: false },
  { id: 'health', retired: false },
  { id: 'housing', retired: true },
  { id: 'crime', retired: false },
  { id: 'finance', retired: true },
];

describe('needs met by heading', () => {
  it('counts, per heading in the framework’s order, the needs of the cases closed in the period', () => {
    expect(needsMetByHeading(CASES, NEEDS, HEADINGS, '2026-01-01', '2026-03-31', AS_OF)).toEqual([
      // Education: P's and Q's two, three needs; met: P's and Q's first (2 of 3, 66.7%); checked:
      // P's only (Q's met need awaits its check); sustained: P's (1 of 1).
      {
        headingId: 'education',
        needs: 3,
        met: { numerator: 2, denominator: 3, percent: 66.7 },
        sustainmentChecked: 1,
        sustained: { numerator: 1, denominator: 1, percent: 100 },
      },
      // Health: Q's, worse. None met, none checked: sustained has nothing to measure.
      {
        headingId: 'health',
        needs: 1,
        met: { numerator: 0, denominator: 1, percent: 0 },
        sustainmentChecked: 0,
        sustained: { numerator: 0, denominator: 0, percent: null },
      },
      // Housing (retired, but with needs, so listed): P's met and not held, Q's with no outcome.
      {
        headingId: 'housing',
        needs: 2,
        met: { numerator: 1, denominator: 2, percent: 50 },
        sustainmentChecked: 1,
        sustained: { numerator: 0, denominator: 1, percent: 0 },
      },
      // Crime: in the framework, no needs: listed as no data. Finance: retired, no needs: left out.
      {
        headingId: 'crime',
        needs: 0,
        met: { numerator: 0, denominator: 0, percent: null },
        sustainmentChecked: 0,
        sustained: { numerator: 0, denominator: 0, percent: null },
      },
    ]);
  });

  it('takes the month of closure: a one-month period holds only the cases closed in it', () => {
    const january = needsMetByHeading(CASES, NEEDS, HEADINGS, '2026-01-01', '2026-01-31', AS_OF);
    // Only P: education 1 need met and held; housing 1 met, not held; health none.
    expect(january.map((h) => [h.headingId, h.needs, h.met.numerator, h.sustainmentChecked, h.sustained.numerator])).toEqual([
      ['education', 1, 1, 1, 1],
      ['health', 0, 0, 0, 0],
      ['housing', 1, 1, 1, 0],
      ['crime', 0, 0, 0, 0],
    ]);
    // December 2025 holds R alone.
    const december = needsMetByHeading(CASES, NEEDS, HEADINGS, '2025-12-01', '2025-12-31', AS_OF);
    expect(december[0]).toMatchObject({ headingId: 'education', needs: 1, sustainmentChecked: 1 });
  });

  it('judges the sustainment check on the as-at date', () => {
    // As at 2026-05-31 neither of P's checks (2026-06-01) had been answered.
    const before = needsMetByHeading(CASES, NEEDS, HEADINGS, '2026-01-01', '2026-03-31', '2026-05-31');
    expect(before[0]).toMatchObject({ needs: 3, sustainmentChecked: 0, sustained: { numerator: 0, denominator: 0, percent: null } });
    // A case closed after the as-at date is not yet in the cohort.
    const early = needsMetByHeading(CASES, NEEDS, HEADINGS, '2026-01-01', '2026-03-31', '2026-02-28');
    expect(early[0].needs).toBe(1);
  });

  it('defines met, checked and sustained for a single need', () => {
    const held = need('P', 'x', SIGNIFICANT, true, '2026-06-01');
    expect([needMet(held), needSustainmentChecked(held, AS_OF), needSustained(held, AS_OF)]).toEqual([true, true, true]);
    expect(needSustained(held, '2026-05-31')).toBe(false);
    const notHeld = need('P', 'x', SIGNIFICANT, false, '2026-06-01');
    expect([needSustainmentChecked(notHeld, AS_OF), needSustained(notHeld, AS_OF)]).toEqual([true, false]);
    const heldButNotMet = need('P', 'x', SOME, true, '2026-06-01');
    expect([needMet(heldButNotMet), needSustainmentChecked(heldButNotMet, AS_OF), needSustained(heldButNotMet, AS_OF)]).toEqual([
      false,
      false,
      false,
    ]);
    expect(needMet(need('P', 'x', null))).toBe(false);
  });
});
