import { ClaimCondition, claimDecision, ClaimFacts, DEFAULT_CLAIM_RULE, parseClaimRule, sustainmentCheckDue } from './claim-rule';
import { financialQuarter, financialQuarterOf, recentFinancialQuarters } from './national-return';
import { NATIONAL_OUTCOME_HEADINGS, NeedProgress, outcomeHeadingKey, outcomeHeadingProblems } from './outcome-framework';

const S = NeedProgress.SIGNIFICANT_PROGRESS;

// A family that meets every condition of the default rule: two needs closed with significant
// progress, both confirmed as held, no re-referral, a lead, an approved assessment and a plan.
const meeting: ClaimFacts = {
  closedOn: '2026-05-20',
  needs: [
    { heading: 'Getting a good education', outcome: S, held: true },
    { heading: 'Secure housing', outcome: S, held: true },
  ],
  reReferralsAfterClosure: 0,
  hasLeadPractitioner: true,
  assessmentApprovedOn: '2026-01-10',
  goalsWithActions: 2,
  reviewsHeld: 3,
};

const unmet = (facts: ClaimFacts, rule = DEFAULT_CLAIM_RULE) =>
  claimDecision(facts, rule)
    .conditions.filter((c) => !c.met)
    .map((c) => c.condition);

describe('the outcome framework', () => {
  it('defaults to the ten national headline outcomes, each key once', () => {
    expect(NATIONAL_OUTCOME_HEADINGS).toHaveLength(10);
    expect(new Set(NATIONAL_OUTCOME_HEADINGS.map((h) => h.key)).size).toBe(10);
    expect(NATIONAL_OUTCOME_HEADINGS.map((h) => h.key)).toContain('DOMESTIC_ABUSE');
  });

  it('refuses an empty, overlong or repeated heading, naming the field', () => {
    expect(outcomeHeadingProblems('  ', [])).toEqual([{ field: 'name', message: 'Enter the heading' }]);
    expect(outcomeHeadingProblems('x'.repeat(121), [])[0].field).toBe('name');
    expect(outcomeHeadingProblems(' secure   HOUSING ', ['Secure housing'])).toEqual([
      { field: 'name', message: 'There is already a heading with this name' },
    ]);
    expect(outcomeHeadingProblems('Youth employment', ['Secure housing'])).toEqual([]);
  });

  it('makes a new key from the name, unique among those there are', () => {
    expect(outcomeHeadingKey('Youth employment!', [])).toBe('YOUTH_EMPLOYMENT');
    expect(outcomeHeadingKey('Youth employment', ['YOUTH_EMPLOYMENT', 'YOUTH_EMPLOYMENT_2'])).toBe('YOUTH_EMPLOYMENT_3');
    expect(outcomeHeadingKey('£££', [])).toBe('HEADING');
  });
});

describe('the claim rule', () => {
  it('a family meeting every condition meets the rule, with no reasons against', () => {
    const decision = claimDecision(meeting, DEFAULT_CLAIM_RULE);
    expect(decision.meetsRule).toBe(true);
    expect(decision.reasons).toEqual([]);
    expect(decision.conditions.map((c) => c.condition)).toEqual([
      ClaimCondition.MINIMUM_NEEDS,
      ClaimCondition.SIGNIFICANT_AND_SUSTAINED,
      ClaimCondition.NO_RE_REFERRAL,
      ClaimCondition.LEAD_PRACTITIONER,
      ClaimCondition.WHOLE_FAMILY_ASSESSMENT,
      ClaimCondition.PLAN,
    ]);
    expect(decision.conditions[0].reason).toBe('2 needs coded (at least 2)');
  });

  it('too few needs fails the minimum, with the numbers in the reason', () => {
    const decision = claimDecision({ ...meeting, needs: meeting.needs.slice(0, 1) }, DEFAULT_CLAIM_RULE);
    expect(decision.meetsRule).toBe(false);
    expect(decision.reasons).toEqual(['1 need coded; the rule asks for at least 2']);
  });

  it('a need closed with only some progress fails, naming its heading', () => {
    const needs = [meeting.needs[0], { ...meeting.needs[1], outcome: NeedProgress.SOME_PROGRESS }];
    expect(claimDecision({ ...meeting, needs }, DEFAULT_CLAIM_RULE).reasons).toEqual([
      'Not closed with significant progress: Secure housing',
    ]);
  });

  it('a need with no outcome recorded at closure fails as not significant', () => {
    const needs = [meeting.needs[0], { ...meeting.needs[1], outcome: null }];
    expect(unmet({ ...meeting, needs })).toEqual([ClaimCondition.SIGNIFICANT_AND_SUSTAINED]);
  });

  it('progress that did not hold fails; progress not yet confirmed fails with its own reason', () => {
    const notHeld = [meeting.needs[0], { ...meeting.needs[1], held: false }];
    expect(claimDecision({ ...meeting, needs: notHeld }, DEFAULT_CLAIM_RULE).reasons).toEqual(['Progress did not hold: Secure housing']);
    const unconfirmed = meeting.needs.map((n) => ({ ...n, held: null }));
    expect(claimDecision({ ...meeting, needs: unconfirmed }, DEFAULT_CLAIM_RULE).reasons).toEqual([
      'Not yet confirmed as sustained: Getting a good education, Secure housing',
    ]);
  });

  it('a re-referral after closure fails, counted', () => {
    expect(claimDecision({ ...meeting, reReferralsAfterClosure: 2 }, DEFAULT_CLAIM_RULE).reasons).toEqual([
      '2 new referrals since closure',
    ]);
  });

  it('a case still open meets neither progress nor the re-referral condition', () => {
    expect(unmet({ ...meeting, closedOn: null })).toEqual([ClaimCondition.SIGNIFICANT_AND_SUSTAINED, ClaimCondition.NO_RE_REFERRAL]);
  });

  it('no lead, no approved assessment, no goals or no review each fail their own condition', () => {
    expect(unmet({ ...meeting, hasLeadPractitioner: false })).toEqual([ClaimCondition.LEAD_PRACTITIONER]);
    expect(unmet({ ...meeting, assessmentApprovedOn: null })).toEqual([ClaimCondition.WHOLE_FAMILY_ASSESSMENT]);
    expect(claimDecision({ ...meeting, goalsWithActions: 0 }, DEFAULT_CLAIM_RULE).reasons).toEqual([
      'The plan has no family goal with actions',
    ]);
    expect(claimDecision({ ...meeting, reviewsHeld: 0 }, DEFAULT_CLAIM_RULE).reasons).toEqual(['The plan was never reviewed']);
  });

  it('lists every failing condition at once, in order', () => {
    const facts: ClaimFacts = { ...meeting, needs: [], reReferralsAfterClosure: 1, hasLeadPractitioner: false };
    expect(unmet(facts)).toEqual([
      ClaimCondition.MINIMUM_NEEDS,
      ClaimCondition.SIGNIFICANT_AND_SUSTAINED,
      ClaimCondition.NO_RE_REFERRAL,
      ClaimCondition.LEAD_PRACTITIONER,
    ]);
  });

  it('a condition the council switched off is neither listed nor counted', () => {
    const rule = { ...DEFAULT_CLAIM_RULE, noReReferral: false, plan: false, minimumNeeds: 1 };
    const decision = claimDecision({ ...meeting, reReferralsAfterClosure: 3, goalsWithActions: 0, needs: meeting.needs.slice(1) }, rule);
    expect(decision.meetsRule).toBe(true);
    expect(decision.conditions.map((c) => c.condition)).not.toContain(ClaimCondition.NO_RE_REFERRAL);
    expect(decision.conditions.map((c) => c.condition)).not.toContain(ClaimCondition.PLAN);
  });

  it('the sustainment check falls the set number of months after closure, kept within the month', () => {
    expect(sustainmentCheckDue('2026-05-20', DEFAULT_CLAIM_RULE)).toBe('2026-11-20');
    expect(sustainmentCheckDue('2026-08-31', DEFAULT_CLAIM_RULE)).toBe('2027-02-28');
    expect(sustainmentCheckDue('2026-05-20', { sustainmentMonths: 12 })).toBe('2027-05-20');
  });
});

describe('the claim rule from the council’s settings', () => {
  it('is the default when unset', () => {
    expect(parseClaimRule(undefined)).toEqual({ rule: DEFAULT_CLAIM_RULE, problems: [] });
  });

  it('takes the fields given over the default', () => {
    expect(parseClaimRule('{"minimumNeeds":3,"sustainmentMonths":12,"plan":false}')).toEqual({
      rule: { ...DEFAULT_CLAIM_RULE, minimumNeeds: 3, sustainmentMonths: 12, plan: false },
      problems: [],
    });
  });

  it('names every wrong field', () => {
    expect(parseClaimRule('{"minimumNeeds":0,"plan":"yes","colour":1}').problems).toEqual([
      'OUTCOME_CLAIM_RULE.colour is not a setting of the claim rule',
      'OUTCOME_CLAIM_RULE.minimumNeeds must be a whole number from 1 to 10',
      'OUTCOME_CLAIM_RULE.plan must be true or false',
    ]);
    expect(parseClaimRule('not json').problems).toEqual(['OUTCOME_CLAIM_RULE is not valid JSON']);
    expect(parseClaimRule('[1]').problems).toEqual(['OUTCOME_CLAIM_RULE must be a JSON object']);
  });
});

describe('quarters of the national return', () => {
  it('runs April to March, the fourth quarter in the next calendar year', () => {
    expect(financialQuarter('2026-Q1')).toEqual({ quarter: '2026-Q1', from: '2026-04-01', to: '2026-06-30' });
    expect(financialQuarter('2026-Q3')).toEqual({ quarter: '2026-Q3', from: '2026-10-01', to: '2026-12-31' });
    expect(financialQuarter('2026-Q4')).toEqual({ quarter: '2026-Q4', from: '2027-01-01', to: '2027-03-31' });
    expect(financialQuarter('2026-Q5')).toBeNull();
  });

  it('places a date in its quarter, the edges included', () => {
    expect(financialQuarterOf('2026-04-01')).toBe('2026-Q1');
    expect(financialQuarterOf('2026-12-31')).toBe('2026-Q3');
    expect(financialQuarterOf('2027-03-31')).toBe('2026-Q4');
    expect(financialQuarterOf('2027-05-19')).toBe('2027-Q1');
  });

  it('lists this quarter and those before it, across the year’s turn', () => {
    expect(recentFinancialQuarters('2026-05-01', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentFinancialQuarters('2027-02-10', 2)).toEqual(['2026-Q4', '2026-Q3']);
  });
});
