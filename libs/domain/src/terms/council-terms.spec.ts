import {
  EARLY_HELP_TERMS,
  EARLY_SUPPORT_TERMS,
  forumShortName,
  inRunningText,
  parseCouncilTerms,
  sentenceCase,
  withArticle,
} from './council-terms';

describe('parseCouncilTerms', () => {
  it('is Early Help’s words when the council sets none', () => {
    expect(parseCouncilTerms(undefined)).toEqual(EARLY_HELP_TERMS);
    expect(parseCouncilTerms('  ')).toEqual(EARLY_HELP_TERMS);
  });

  it('takes a preset by name', () => {
    expect(parseCouncilTerms('early-support')).toEqual(EARLY_SUPPORT_TERMS);
    expect(parseCouncilTerms('early-support').leadPractitioner).toBe('lead professional');
  });

  it('takes some terms over a preset, trimmed', () => {
    expect(parseCouncilTerms('{"preset":"early-support","forum":" Early Support Panel "}')).toEqual({
      ...EARLY_SUPPORT_TERMS,
      forum: 'Early Support Panel',
    });
    expect(parseCouncilTerms('{"familyPlan":"Family Plan"}')).toEqual({ ...EARLY_HELP_TERMS, familyPlan: 'Family Plan' });
  });

  it('refuses a setting that will not do, naming each field', () => {
    expect(() => parseCouncilTerms('kirklees')).toThrow('no preset called "kirklees"');
    expect(() => parseCouncilTerms('{"forum":""}')).toThrow('forum must not be empty');
    expect(() => parseCouncilTerms('{"forum":"<b>x</b>","leadWorker":"x"}')).toThrow(
      'COUNCIL_TERMS: forum must be plain words; leadWorker: not a term',
    );
    expect(() => parseCouncilTerms('{"familyPlan":' + JSON.stringify('x'.repeat(61)) + '}')).toThrow(
      'familyPlan must be 60 characters or fewer',
    );
    expect(() => parseCouncilTerms('{"familyPlan": 3}')).toThrow('familyPlan must be text');
    expect(() => parseCouncilTerms('{oops')).toThrow('not a preset name nor JSON');
  });
});

describe('sentenceCase', () => {
  it('starts a term as a label', () => {
    expect(sentenceCase('lead professional')).toBe('Lead professional');
    expect(sentenceCase('My Family Plan')).toBe('My Family Plan');
  });
});

describe('forumShortName', () => {
  it('is "Forum" where the council’s meeting is a Forum', () => {
    expect(forumShortName(EARLY_HELP_TERMS)).toBe('Forum');
    expect(forumShortName(EARLY_SUPPORT_TERMS)).toBe('Forum');
  });

  it('is the whole term where it is something else', () => {
    expect(forumShortName({ forum: 'Early Support Panel' })).toBe('Early Support Panel');
    expect(forumShortName({ forum: 'Forumhub' })).toBe('Forumhub');
  });
});

describe('inRunningText', () => {
  it('writes the offer as it reads mid-sentence', () => {
    expect(inRunningText('Early Help')).toBe('early help');
    expect(inRunningText('Early Support')).toBe('early support');
  });

  it('keeps acronyms and mixed-case names', () => {
    expect(inRunningText('SEND Early Help')).toBe('SEND early help');
    expect(inRunningText('Family eHub')).toBe('family eHub');
  });
});

describe('withArticle', () => {
  it('puts "a" or "an" before a term as it sounds', () => {
    expect(withArticle('My Family Plan')).toBe('a My Family Plan');
    expect(withArticle('Early Support Assessment')).toBe('an Early Support Assessment');
    expect(sentenceCase(withArticle('Early Support Panel'))).toBe('An Early Support Panel');
  });
});
