import {
  canReadEncompass,
  encompassEscalationDue,
  encompassProblems,
  EncompassStage,
  ENCOMPASS_COUNCIL_AFTER_MINUTES,
} from './operation-encompass';

const now = new Date('2026-11-20T19:00:00Z');
const child = { firstName: 'Ella', lastName: 'Hartley', dateOfBirth: '2013-04-02' };
const valid = {
  incidentReference: 'NF-2026-11-0457',
  occurredAt: new Date('2026-11-20T17:30:00Z'),
  summary: 'Officers attended.',
  children: [child],
};
const fields = (request: Parameters<typeof encompassProblems>[0]) => encompassProblems(request, now).map((p) => p.field);

describe('an Operation Encompass notification’s problems', () => {
  it('accepts a complete notification', () => {
    expect(encompassProblems(valid, now)).toEqual([]);
  });

  it('names each missing or wrong field, children by position', () => {
    expect(
      fields({
        incidentReference: ' ',
        occurredAt: new Date('2026-11-21T00:00:00Z'),
        summary: '',
        children: [child, { firstName: '', lastName: 'Hartley', dateOfBirth: '2013-02-30', nhsNumber: '9434765918' }],
      }),
    ).toEqual(['incidentReference', 'occurredAt', 'summary', 'children.1.firstName', 'children.1.dateOfBirth', 'children.1.nhsNumber']);
  });

  it('needs at least one child, and a real date and time', () => {
    expect(fields({ ...valid, children: [], occurredAt: new Date('not a date') })).toEqual(['occurredAt', 'children']);
  });

  it('limits the summary’s length and the incident reference’s', () => {
    expect(fields({ ...valid, summary: 'x'.repeat(1001), incidentReference: 'R'.repeat(41) })).toEqual(['incidentReference', 'summary']);
  });
});

describe('when an unacknowledged notification escalates', () => {
  const dueAt = new Date('2026-11-23T08:40:00Z');
  const minutes = (n: number) => new Date(dueAt.getTime() + n * 60_000);

  it('waits until the school day starts', () => {
    expect(encompassEscalationDue({ stage: EncompassStage.AWAITING, dueAt }, minutes(-1), true)).toBeNull();
  });

  it('goes to the deputies at the start of the school day, then to the council’s contact', () => {
    expect(encompassEscalationDue({ stage: EncompassStage.AWAITING, dueAt }, dueAt, true)).toBe(EncompassStage.ESCALATED_TO_DEPUTIES);
    const deputies = { stage: EncompassStage.ESCALATED_TO_DEPUTIES, dueAt };
    expect(encompassEscalationDue(deputies, minutes(ENCOMPASS_COUNCIL_AFTER_MINUTES - 1), true)).toBeNull();
    expect(encompassEscalationDue(deputies, minutes(ENCOMPASS_COUNCIL_AFTER_MINUTES), true)).toBe(EncompassStage.ESCALATED_TO_COUNCIL);
  });

  it('goes straight to the council’s contact when the setting has no deputies, or the deputies’ time has passed', () => {
    expect(encompassEscalationDue({ stage: EncompassStage.AWAITING, dueAt }, dueAt, false)).toBe(EncompassStage.ESCALATED_TO_COUNCIL);
    expect(encompassEscalationDue({ stage: EncompassStage.AWAITING, dueAt }, minutes(45), true)).toBe(EncompassStage.ESCALATED_TO_COUNCIL);
  });

  it('never escalates one acknowledged or already with the council', () => {
    for (const stage of [EncompassStage.ACKNOWLEDGED, EncompassStage.ESCALATED_TO_COUNCIL, EncompassStage.WITH_COUNCIL_CONTACT]) {
      expect(encompassEscalationDue({ stage, dueAt }, minutes(600), true)).toBeNull();
    }
  });
});

describe('who reads a notification', () => {
  const facts = { recordedByAgencyId: 'a-police', settingStaffIds: ['u-dsl'], openCaseLeadIds: ['u-lead'], withCouncil: false };
  const reader = (userId: string, agencyId: string, isCouncilContact = false) =>
    canReadEncompass({ userId, agencyId, isCouncilContact }, facts);

  it('lets the recording force, the setting’s DSL and deputies, and the open case’s lead read it', () => {
    expect(reader('u-other-officer', 'a-police')).toBe(true);
    expect(reader('u-dsl', 'a-school')).toBe(true);
    expect(reader('u-lead', 'a-harbour')).toBe(true);
  });

  it('refuses another school, and the council’s contact until it is theirs', () => {
    expect(reader('u-sam', 'a-other-school')).toBe(false);
    expect(reader('u-front-door', 'a-fpt', true)).toBe(false);
    expect(canReadEncompass({ userId: 'u-front-door', agencyId: 'a-fpt', isCouncilContact: true }, { ...facts, withCouncil: true })).toBe(
      true,
    );
  });
});
