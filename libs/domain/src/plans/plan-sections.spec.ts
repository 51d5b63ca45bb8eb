import { missingSections, SectionKind, sectionKey, sectionProblems, ActionStatus, AceIndicator, aceCount } from './plan-sections';
import { consentedAgencies, consentProblems } from './consent';

const context = { today: '2026-11-18', previousActions: [] };

describe('sectionProblems', () => {
  it('names each empty Signs of Safety question', () => {
    expect(
      sectionProblems(
        { kind: SectionKind.SIGNS_OF_SAFETY, signsOfSafety: { worries: 'x', workingWell: ' ', needsToHappen: '' } },
        context,
      ).map((p) => p.field),
    ).toEqual(['workingWell', 'needsToHappen']);
  });

  it('refuses oversized text', () => {
    const problems = sectionProblems(
      { kind: SectionKind.THREE_HOUSES, threeHouses: { worries: 'x'.repeat(10001), goodThings: 'a', dreams: 'b' } },
      context,
    );
    expect(problems).toEqual([{ field: 'worries', message: 'The house of worries must be 10,000 characters or fewer' }]);
  });

  it('refuses a new action dated in the past, naming it', () => {
    const goals = {
      goals: [
        {
          goal: 'Mia at school every day',
          actions: [{ who: 'Mum', what: 'Morning routine', byWhen: '2026-11-17', status: ActionStatus.NOT_STARTED }],
        },
      ],
    };
    expect(sectionProblems({ kind: SectionKind.GOALS, goals }, context)).toEqual([
      { field: 'goals.0.actions.0.byWhen', message: 'The date must be today or in the future' },
    ]);
  });

  it('keeps an action saved earlier whose date has since passed', () => {
    const action = { who: 'Mum', what: 'Morning routine', byWhen: '2026-11-17', status: ActionStatus.IN_PROGRESS };
    const goals = { goals: [{ goal: 'Mia at school every day', actions: [action] }] };
    expect(sectionProblems({ kind: SectionKind.GOALS, goals }, { ...context, previousActions: [action] })).toEqual([]);
  });

  it('needs at least one goal', () => {
    expect(sectionProblems({ kind: SectionKind.GOALS, goals: { goals: [] } }, context)[0].field).toBe('goals');
  });

  it('refuses a repeated ACE indicator and counts them', () => {
    const ace = { indicators: [AceIndicator.DOMESTIC_ABUSE, AceIndicator.DOMESTIC_ABUSE] };
    expect(sectionProblems({ kind: SectionKind.ACE, ace }, context)[0].field).toBe('indicators');
    expect(aceCount({ indicators: [AceIndicator.DOMESTIC_ABUSE, AceIndicator.PARENTAL_SEPARATION] })).toBe(2);
  });
});

describe('missingSections', () => {
  it('needs the story, Signs of Safety, goals and each child’s three houses, but not ACE', () => {
    const saved = new Set([sectionKey(SectionKind.FAMILY_STORY), sectionKey(SectionKind.THREE_HOUSES, 'mia')]);
    expect(missingSections(['mia', 'oscar'], saved).map((s) => s.key)).toEqual(['SIGNS_OF_SAFETY', 'THREE_HOUSES:oscar', 'GOALS']);
  });
});

describe('consent', () => {
  it('counts only consent that is given and not withdrawn', () => {
    const consents = [
      { agencyIds: ['police', 'health'], givenOn: '2026-10-01', withdrawnOn: '2026-11-01' },
      { agencyIds: ['health', 'cgl'], givenOn: '2026-10-05', withdrawnOn: null },
    ];
    expect(consentedAgencies(consents, '2026-11-18').sort()).toEqual(['cgl', 'health']);
    expect(consentedAgencies(consents, '2026-10-20').sort()).toEqual(['cgl', 'health', 'police']);
  });

  it('needs a competent young person to be confirmed as such', () => {
    expect(
      consentProblems({ givenOn: '2026-11-01', agencyIds: ['health'] }, { isChild: true, competenceConfirmed: false }, '2026-11-18'),
    ).toEqual([{ field: 'competenceConfirmed', message: 'Confirm the young person is competent to consent for themselves' }]);
  });

  it('refuses consent dated in the future or covering no agency', () => {
    expect(
      consentProblems({ givenOn: '2026-11-19', agencyIds: [] }, { isChild: false, competenceConfirmed: false }, '2026-11-18').map(
        (p) => p.field,
      ),
    ).toEqual(['agencyIds', 'givenOn']);
  });
});
