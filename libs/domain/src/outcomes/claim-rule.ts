import { addMonths } from '../cases/schedules';
import type { IsoDate } from '../working-days/iso-date';
import { NeedProgress } from './outcome-framework';

// The council's rule for claiming a family's result (Supporting Families' "significant and
// sustained progress", carried into Families First). Each condition can be switched off, and the
// number of needs and the months before the sustainment check are the council's to set.
export interface ClaimRule {
  // At least this many needs coded against the framework.
  readonly minimumNeeds: number;
  // Every need closed with significant progress, and confirmed as held at the sustainment check.
  readonly everyNeedSignificantAndSustained: boolean;
  // No new referral for the family between closure and the sustainment check.
  readonly noReReferral: boolean;
  readonly leadPractitioner: boolean;
  // The My Family Plan's assessment of the whole family, approved.
  readonly wholeFamilyAssessment: boolean;
  // A plan: at least one family goal with actions, reviewed at least once.
  readonly plan: boolean;
  // The former lead is asked this many months after closure.
  readonly sustainmentMonths: number;
}

export const DEFAULT_CLAIM_RULE: ClaimRule = {
  minimumNeeds: 2,
  everyNeedSignificantAndSustained: true,
  noReReferral: true,
  leadPractitioner: true,
  wholeFamilyAssessment: true,
  plan: true,
  sustainmentMonths: 6,
};

export enum ClaimCondition {
  MINIMUM_NEEDS = 'MINIMUM_NEEDS',
  SIGNIFICANT_AND_SUSTAINED = 'SIGNIFICANT_AND_SUSTAINED',
  NO_RE_REFERRAL = 'NO_RE_REFERRAL',
  LEAD_PRACTITIONER = 'LEAD_PRACTITIONER',
  WHOLE_FAMILY_ASSESSMENT = 'WHOLE_FAMILY_ASSESSMENT',
  PLAN = 'PLAN',
}

export interface ClaimNeedFacts {
  readonly heading: string;
  // The outcome recorded at closure; null when none was recorded.
  readonly outcome: NeedProgress | null;
  // At the sustainment check: held (true), not held (false), not yet confirmed (null).
  readonly held: boolean | null;
}

export interface ClaimFacts {
  readonly closedOn: IsoDate | null;
  readonly needs: readonly ClaimNeedFacts[];
  readonly reReferralsAfterClosure: number;
  readonly hasLeadPractitioner: boolean;
  readonly assessmentApprovedOn: IsoDate | null;
  readonly goalsWithActions: number;
  readonly reviewsHeld: number;
}

export interface ClaimConditionResult {
  readonly condition: ClaimCondition;
  readonly met: boolean;
  // Why it is met or not, in plain words (no personal data).
  readonly reason: string;
}

export interface ClaimDecision {
  readonly meetsRule: boolean;
  readonly conditions: readonly ClaimConditionResult[];
  // The reasons of the conditions not met, in order.
  readonly reasons: readonly string[];
}

export function sustainmentCheckDue(closedOn: IsoDate, rule: Pick<ClaimRule, 'sustainmentMonths'>): IsoDate {
  return addMonths(closedOn, rule.sustainmentMonths);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function significantAndSustained(needs: readonly ClaimNeedFacts[]): { met: boolean; reason: string } {
  if (needs.length === 0) return { met: false, reason: 'No needs are coded' };
  const notSignificant = needs.filter((n) => n.outcome !== NeedProgress.SIGNIFICANT_PROGRESS);
  if (notSignificant.length) {
    return {
      met: false,
      reason: `Not closed with significant progress: ${notSignificant.map((n) => n.heading).join(', ')}`,
    };
  }
  const notHeld = needs.filter((n) => n.held === false);
  if (notHeld.length) return { met: false, reason: `Progress did not hold: ${notHeld.map((n) => n.heading).join(', ')}` };
  const unconfirmed = needs.filter((n) => n.held === null);
  if (unconfirmed.length) {
    return { met: false, reason: `Not yet confirmed as sustained: ${unconfirmed.map((n) => n.heading).join(', ')}` };
  }
  return { met: true, reason: `Every need (${needs.length}) closed with significant progress that held` };
}

// Whether a family meets the council's claim rule, condition by condition, with the reasons.
// A condition the council switched off is not listed. A family still open meets nothing.
export function claimDecision(facts: ClaimFacts, rule: ClaimRule): ClaimDecision {
  const conditions: ClaimConditionResult[] = [];
  const n = facts.needs.length;
  conditions.push({
    condition: ClaimCondition.MINIMUM_NEEDS,
    met: n >= rule.minimumNeeds,
    reason:
      n >= rule.minimumNeeds
        ? `${plural(n, 'need')} coded (at least ${rule.minimumNeeds})`
        : `${plural(n, 'need')} coded; the rule asks for at least ${rule.minimumNeeds}`,
  });
  if (rule.everyNeedSignificantAndSustained) {
    const closed = facts.closedOn !== null;
    const result = closed ? significantAndSustained(facts.needs) : { met: false, reason: 'The case is not closed' };
    conditions.push({ condition: ClaimCondition.SIGNIFICANT_AND_SUSTAINED, ...result });
  }
  if (rule.noReReferral) {
    const r = facts.reReferralsAfterClosure;
    conditions.push({
      condition: ClaimCondition.NO_RE_REFERRAL,
      met: facts.closedOn !== null && r === 0,
      reason:
        facts.closedOn === null
          ? 'The case is not closed'
          : r === 0
            ? 'No new referral since closure'
            : `${plural(r, 'new referral')} since closure`,
    });
  }
  if (rule.leadPractitioner) {
    conditions.push({
      condition: ClaimCondition.LEAD_PRACTITIONER,
      met: facts.hasLeadPractitioner,
      reason: facts.hasLeadPractitioner ? 'The family had a lead practitioner' : 'No lead practitioner was named',
    });
  }
  if (rule.wholeFamilyAssessment) {
    conditions.push({
      condition: ClaimCondition.WHOLE_FAMILY_ASSESSMENT,
      met: facts.assessmentApprovedOn !== null,
      reason: facts.assessmentApprovedOn
        ? `Whole-family assessment approved on ${facts.assessmentApprovedOn}`
        : 'The whole-family assessment was never approved',
    });
  }
  if (rule.plan) {
    const met = facts.goalsWithActions > 0 && facts.reviewsHeld > 0;
    conditions.push({
      condition: ClaimCondition.PLAN,
      met,
      reason:
        facts.goalsWithActions === 0
          ? 'The plan has no family goal with actions'
          : facts.reviewsHeld === 0
            ? 'The plan was never reviewed'
            : `${plural(facts.goalsWithActions, 'goal')} with actions, ${plural(facts.reviewsHeld, 'review')} held`,
    });
  }
  const unmet = conditions.filter((c) => !c.met);
  return { meetsRule: unmet.length === 0, conditions, reasons: unmet.map((c) => c.reason) };
}

// The claim rule from the council's settings (OUTCOME_CLAIM_RULE, JSON over the default); each
// wrong field is named.
export function parseClaimRule(raw: string | undefined): { rule: ClaimRule; problems: string[] } {
  if (!raw?.trim()) return { rule: DEFAULT_CLAIM_RULE, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { rule: DEFAULT_CLAIM_RULE, problems: ['OUTCOME_CLAIM_RULE is not valid JSON'] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { rule: DEFAULT_CLAIM_RULE, problems: ['OUTCOME_CLAIM_RULE must be a JSON object'] };
  }
  const given = parsed as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of Object.keys(given)) {
    if (!(field in DEFAULT_CLAIM_RULE)) problems.push(`OUTCOME_CLAIM_RULE.${field} is not a setting of the claim rule`);
  }
  const flag = (field: Exclude<keyof ClaimRule, 'minimumNeeds' | 'sustainmentMonths'>): boolean => {
    const value = given[field];
    if (value === undefined) return DEFAULT_CLAIM_RULE[field];
    if (typeof value === 'boolean') return value;
    problems.push(`OUTCOME_CLAIM_RULE.${field} must be true or false`);
    return DEFAULT_CLAIM_RULE[field];
  };
  const count = (field: 'minimumNeeds' | 'sustainmentMonths', max: number): number => {
    const value = given[field];
    if (value === undefined) return DEFAULT_CLAIM_RULE[field];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value;
    problems.push(`OUTCOME_CLAIM_RULE.${field} must be a whole number from 1 to ${max}`);
    return DEFAULT_CLAIM_RULE[field];
  };
  const rule: ClaimRule = {
    minimumNeeds: count('minimumNeeds', 10),
    everyNeedSignificantAndSustained: flag('everyNeedSignificantAndSustained'),
    noReReferral: flag('noReReferral'),
    leadPractitioner: flag('leadPractitioner'),
    wholeFamilyAssessment: flag('wholeFamilyAssessment'),
    plan: flag('plan'),
    sustainmentMonths: count('sustainmentMonths', 36),
  };
  return { rule, problems };
}
