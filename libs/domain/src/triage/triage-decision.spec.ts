import { LevelOfNeed } from './levels';
import { describeDecision, levelForDecision, opensPartnerLedCase, TriageDecision, triageProblems } from './triage-decision';

describe('triageProblems', () => {
  const level2 = {
    decision: TriageDecision.LEVEL_2_PARTNER_LED,
    reason: 'School knows the family best',
    leadAgencyId: 'school',
    leadPractitionerId: 'sam',
    leadPractitionerAgencyId: 'school',
  };

  it('accepts a complete level 2 decision', () => {
    expect(triageProblems(level2)).toEqual([]);
  });

  it('opens a second case for a family with an open one only with a reason', () => {
    expect(triageProblems({ ...level2, familyHasOpenCase: true }).map((p) => p.field)).toEqual(['secondCaseReason']);
    expect(triageProblems({ ...level2, familyHasOpenCase: true, secondCaseReason: '  ' }).map((p) => p.field)).toEqual([
      'secondCaseReason',
    ]);
    expect(triageProblems({ ...level2, familyHasOpenCase: true, secondCaseReason: 'Father lives apart and needs his own plan' })).toEqual(
      [],
    );
    expect(triageProblems({ ...level2, familyHasOpenCase: true, secondCaseReason: 'x'.repeat(4001) }).map((p) => p.field)).toEqual([
      'secondCaseReason',
    ]);
  });

  it('requires a reason for every decision', () => {
    expect(triageProblems({ decision: TriageDecision.NO_FURTHER_ACTION, reason: '   ' })).toEqual([
      { field: 'reason', message: 'Enter the reason for the decision' },
    ]);
  });

  it('requires a lead agency and practitioner for level 2', () => {
    expect(triageProblems({ ...level2, leadAgencyId: null, leadPractitionerId: null }).map((p) => p.field)).toEqual([
      'leadAgencyId',
      'leadPractitionerId',
    ]);
  });

  it('refuses a lead practitioner from another agency', () => {
    expect(triageProblems({ ...level2, leadPractitionerAgencyId: 'police' })).toEqual([
      { field: 'leadPractitionerId', message: 'The lead practitioner must work for the lead agency' },
    ]);
  });

  it('refuses a lead on a decision that passes the family elsewhere', () => {
    expect(triageProblems({ ...level2, decision: TriageDecision.LEVEL_4_CHILDRENS_SOCIAL_CARE })).toEqual([
      { field: 'decision', message: 'Only a level 2 decision has a lead agency and practitioner' },
    ]);
  });

  it('refuses an oversized reason', () => {
    expect(triageProblems({ decision: TriageDecision.NO_FURTHER_ACTION, reason: 'x'.repeat(4001) })[0].field).toBe('reason');
  });
});

describe('decision effects', () => {
  it('opens a partner-led case only at level 2', () => {
    expect(Object.values(TriageDecision).filter(opensPartnerLedCase)).toEqual([TriageDecision.LEVEL_2_PARTNER_LED]);
  });

  it('maps each decision to its level of need', () => {
    expect(levelForDecision(TriageDecision.LEVEL_3_FAMILY_CASEWORK)).toBe(LevelOfNeed.FamilyCasework);
    expect(levelForDecision(TriageDecision.LEVEL_4_CHILDRENS_SOCIAL_CARE)).toBe(LevelOfNeed.ChildrensSocialCare);
    expect(levelForDecision(TriageDecision.NO_FURTHER_ACTION)).toBeNull();
  });
});

describe('describeDecision', () => {
  it('names partner-led work in the council’s words', () => {
    expect(describeDecision(TriageDecision.LEVEL_2_PARTNER_LED, { earlyHelp: 'Early Help' })).toBe('Level 2 – early help led by a partner');
    expect(describeDecision(TriageDecision.LEVEL_2_PARTNER_LED, { earlyHelp: 'Early Support' })).toBe(
      'Level 2 – early support led by a partner',
    );
    expect(describeDecision(TriageDecision.LEVEL_3_FAMILY_CASEWORK, { earlyHelp: 'Early Support' })).toBe(
      'Level 3 – passed to Family Casework',
    );
  });
});
