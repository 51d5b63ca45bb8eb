import { describe, expect, it } from '@jest/globals';
import { EARLY_HELP_TERMS, EARLY_SUPPORT_TERMS, type CouncilTerms } from '@eh/domain';
import { recordTypeLabels } from '../governance/governance-labels';
import { concernStatuses, concernUrgencies, mentoringTopics } from '../forum/forum-labels';
import { closureOutcomeHints } from '../my-family-plan/plan-labels';
import { decisionWordings, levelNames } from './labels';

// Every text of the label lists that name the council's offer, as one list of strings.
function everyLabel(terms: CouncilTerms): string[] {
  const decisions = Object.values(decisionWordings(terms)).flatMap((d) => [d.label, d.threshold]);
  return [
    ...decisions,
    ...Object.values(levelNames(terms)),
    ...Object.values(mentoringTopics(terms)),
    ...Object.values(concernUrgencies(terms)),
    ...Object.values(concernStatuses(terms)).map((s) => s.text),
    ...Object.values(closureOutcomeHints(terms)),
    ...Object.values(recordTypeLabels(terms)),
  ];
}

describe('label lists in the council’s words', () => {
  it('read as they always have with Early Help’s terms', () => {
    expect(decisionWordings(EARLY_HELP_TERMS).LEVEL_2_PARTNER_LED.label).toBe('Level 2 – early help led by a partner agency');
    expect(decisionWordings(EARLY_HELP_TERMS).LEVEL_2_PARTNER_LED.threshold).toContain('with a lead practitioner supported by');
    expect(levelNames(EARLY_HELP_TERMS)[2]).toBe('Level 2 – early help led by a partner');
    expect(mentoringTopics(EARLY_HELP_TERMS).MY_FAMILY_PLAN_QUALITY).toBe('My Family Plan quality');
    expect(concernUrgencies(EARLY_HELP_TERMS).NEXT_FORUM).toBe('Can wait for the next Forum');
    expect(concernStatuses(EARLY_HELP_TERMS).ON_AGENDA.text).toBe('On the Forum agenda');
    expect(closureOutcomeHints(EARLY_HELP_TERMS).STEPPED_UP_TO_LEVEL_3).toBe(
      'Only once the Early Help Forum has decided it, or through the urgent safeguarding route',
    );
    expect(recordTypeLabels(EARLY_HELP_TERMS).CLOSED_CASE).toMatch(/^Closed or declined early help case, .* and Forum items$/);
  });

  it('never say Early Help’s words for a council that says Early Support', () => {
    const labels = everyLabel(EARLY_SUPPORT_TERMS);
    for (const label of labels) expect(label).not.toMatch(/early help|lead practitioner|my family plan/i);
    expect(labels).toContain('Level 2 – early support led by a partner agency');
    expect(labels).toContain('Early Support Assessment quality');
  });

  it('name a meeting that is not a Forum by its whole name', () => {
    const panel = { ...EARLY_SUPPORT_TERMS, forum: 'Early Support Panel' };
    expect(concernUrgencies(panel).WITHIN_DAYS).toBe('Needs the Early Support Panel within days');
    expect(everyLabel(panel).join('\n')).not.toMatch(/\bForum\b/);
  });
});
