import { encompassFigures, encompassFiguresBy, median, EncompassRouteFigureFacts } from './encompass-figures';

const at = (iso: string) => new Date(iso);
const route = (overrides: Partial<EncompassRouteFigureFacts>): EncompassRouteFigureFacts => ({
  notificationId: 'n1',
  month: '2026-11',
  settingName: 'Riverside Academy',
  recordedAt: at('2026-11-20T19:00:00Z'),
  dueAt: at('2026-11-23T08:40:00Z'),
  firstReadAt: null,
  acknowledgedAt: null,
  escalatedToDeputiesAt: null,
  escalatedToCouncilAt: null,
  withCouncilContact: false,
  ...overrides,
});

describe('the Operation Encompass figures', () => {
  it('counts notifications once however many settings they went to', () => {
    expect(
      encompassFigures([route({}), route({ settingName: 'Oakwood Primary School' }), route({ notificationId: 'n2' })]).notifications,
    ).toBe(2);
  });

  it('shares the routes read by the setting before its school day started, leaving out those with the council’s contact', () => {
    const figures = encompassFigures([
      route({ firstReadAt: at('2026-11-23T07:55:00Z') }),
      route({ firstReadAt: at('2026-11-23T08:40:00Z') }), // at the start itself counts
      route({ firstReadAt: at('2026-11-23T09:10:00Z') }),
      route({}),
      route({ withCouncilContact: true, firstReadAt: null }),
    ]);
    expect(figures.readBeforeSchoolDay).toEqual({ numerator: 2, denominator: 4, percent: 50 });
  });

  it('takes the median minutes from recording to acknowledgement, acknowledged routes only', () => {
    const figures = encompassFigures([
      route({ acknowledgedAt: at('2026-11-20T20:00:00Z') }), // 60
      route({ acknowledgedAt: at('2026-11-20T21:00:00Z') }), // 120
      route({ acknowledgedAt: at('2026-11-21T19:00:00Z') }), // 1440
      route({}),
    ]);
    expect(figures.medianMinutesToAcknowledge).toBe(120);
    expect(encompassFigures([route({})]).medianMinutesToAcknowledge).toBeNull();
  });

  it('counts escalations to the deputies and to the council', () => {
    const figures = encompassFigures([
      route({ escalatedToDeputiesAt: at('2026-11-23T08:40:00Z'), escalatedToCouncilAt: at('2026-11-23T09:10:00Z') }),
      route({ escalatedToDeputiesAt: at('2026-11-23T08:40:00Z') }),
      route({}),
    ]);
    expect([figures.escalatedToDeputies, figures.escalatedToCouncil]).toEqual([2, 1]);
  });

  it('groups by setting, by name', () => {
    const groups = encompassFiguresBy(
      [route({ settingName: 'Riverside Academy' }), route({ settingName: 'Oakwood Primary School', notificationId: 'n2' })],
      (r) => r.settingName,
    );
    expect(groups.map((g) => [g.key, g.figures.notifications])).toEqual([
      ['Oakwood Primary School', 1],
      ['Riverside Academy', 1],
    ]);
  });

  it('has a median of the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
