import { refreshImpactFigures } from '../src/impact/impact-refresh';
import { startTestPortal, TEST_NOW, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();

const URGENT = `mutation($input: UrgentStepUpInput!) { urgentStepUp(input: $input) { id toTeam route } }`;
const ACCEPT_HANDOVER = `mutation($id: ID!) { acceptHandover(handoverId: $id) { acceptedAt } }`;
const ACCEPT_STEP_UP = `mutation($input: AcceptStepUpInput!) { acceptStepUp(input: $input) { caseId level leadAgencyName leadPractitioner { id } } }`;
const STEP_DOWN = `mutation($input: OfferCaseTransferInput!) { offerStepDown(input: $input) { id level leadChange { openTransfer { id toAgencyName } } } }`;
const OFFER = `mutation($input: OfferCaseTransferInput!) { offerCaseTransfer(input: $input) { id } }`;
const OFFERS = `{ caseTransferOffers { id caseReference note } }`;
const ACCEPT_TRANSFER = `mutation($input: AcceptCaseTransferInput!) { acceptCaseTransfer(input: $input) { level leadPractitioner { id } } }`;
const DECLINE_TRANSFER = `mutation($input: DeclineCaseTransferInput!) { declineCaseTransfer(input: $input) }`;
const READ = `query($id: ID!) { case(id: $id) { id level version leadPractitioner { id } chronology { type summary } } }`;
const FROM_SOCIAL_CARE = `mutation($input: StepDownFromSocialCareInput!) {
  recordStepDownFromSocialCare(input: $input) { id level status version leadPractitioner { id } chronology { type summary } }
}`;
const MOVEMENTS = `{ impactFigures(filter: { from: "2026-11", to: "2026-11" }) { levelMovements { month movement cases } } }`;

describe('levels of need both ways', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  const caseRow = async (id: string) =>
    (
      await portal.db.query(`SELECT level, lead_agency_id, lead_practitioner_id, status, version FROM early_help_case WHERE id = $1`, [id])
    )[0] as {
      level: number;
      lead_agency_id: string;
      lead_practitioner_id: string;
      status: string;
      version: number;
    };

  it('a level 2 case stepped up by the urgent route is held at level 3 by a family caseworker, never without a lead', async () => {
    const caseId = portal.ids.cases.brook;
    const school = await portal.signIn('schoolPractitioner');
    const urgent = await school.gql<{ urgentStepUp: { id: string } }>(URGENT, {
      input: { caseId, toTeam: 'FAMILY_CASEWORK', reason: 'Mother disclosed domestic abuse last night; the children are frightened.' },
    });
    expect(code(urgent)).toBe('OK');
    const handoverId = urgent.data!.urgentStepUp.id;

    const frontDoor = await portal.signIn('frontDoor');
    // The old way (accept and close) no longer applies to Family Casework: level 3 is held here.
    expect(code(await frontDoor.gql(ACCEPT_HANDOVER, { id: handoverId }))).toBe('INVALID_STATE');
    // Refusals: a partner may not accept; the lead must be a family caseworker.
    expect(code(await school.gql(ACCEPT_STEP_UP, { input: { handoverId, leadPractitionerId: portal.ids.users.caseworker } }))).toBe(
      'FORBIDDEN',
    );
    const notCaseworker = await frontDoor.gql(ACCEPT_STEP_UP, { input: { handoverId, leadPractitionerId: portal.ids.users.police } });
    expect(fields(notCaseworker)).toEqual(['leadPractitionerId']);
    expect((await caseRow(caseId)).level).toBe(2);

    const accepted = await frontDoor.gql<{ acceptStepUp: { level: number; leadAgencyName: string } }>(ACCEPT_STEP_UP, {
      input: { handoverId, leadPractitionerId: portal.ids.users.caseworker },
    });
    expect(code(accepted)).toBe('OK');
    expect(accepted.data!.acceptStepUp).toMatchObject({ level: 3, leadAgencyName: 'Northfield Council Family Casework Team' });
    expect(await caseRow(caseId)).toMatchObject({
      level: 3,
      lead_agency_id: portal.ids.agencies.casework,
      lead_practitioner_id: portal.ids.users.caseworker,
      status: 'AWAITING_FIRST_CONTACT',
    });
    // A second acceptance finds nothing waiting.
    expect(code(await frontDoor.gql(ACCEPT_STEP_UP, { input: { handoverId, leadPractitionerId: portal.ids.users.caseworker } }))).toBe(
      'NOT_FOUND',
    );

    // The one visibility rule: the caseworker sees it as lead agency; the council's team sees the
    // council's early help at levels 2 and 3; the school that led stays in the family's team as a
    // named professional; a partner with no part in it sees nothing.
    const caseworker = await portal.signIn('caseworker');
    const seen = await caseworker.gql<{ case: { level: number; chronology: { type: string }[] } }>(READ, { id: caseId });
    expect(seen.data!.case.level).toBe(3);
    expect(seen.data!.case.chronology.map((e) => e.type)).toContain('STEPPED_UP_TO_LEVEL_3');
    expect(code(await frontDoor.gql(READ, { id: caseId }))).toBe('OK');
    expect(code(await school.gql(READ, { id: caseId }))).toBe('OK');
    expect(code(await (await portal.signIn('police')).gql(READ, { id: caseId }))).toBe('NOT_FOUND');
  });

  it('a level 3 case steps down to a partner lead only by an offer the partner accepts; a decline leaves it at level 3', async () => {
    const caseId = portal.ids.cases.brook;
    const caseworker = await portal.signIn('caseworker');
    const school = await portal.signIn('schoolPractitioner');
    const { version } = await caseRow(caseId);
    const offer = (overrides: Record<string, unknown> = {}) => ({
      caseId,
      version,
      toAgencyId: portal.ids.agencies.oakwood,
      toPractitionerId: portal.ids.users.schoolPractitioner,
      note: 'Safety plan in place; the school can lead again with Harbour’s support.',
      ...overrides,
    });
    // Refusals: only the caseworker (or their manager) steps down; a level 3 case moves in no other way.
    expect(code(await school.gql(STEP_DOWN, { input: offer() }))).toBe('FORBIDDEN');
    expect(code(await caseworker.gql(OFFER, { input: offer() }))).toBe('INVALID_STATE');
    expect(
      fields(await caseworker.gql(STEP_DOWN, { input: offer({ toAgencyId: portal.ids.agencies.fpt, toPractitionerId: null }) })),
    ).toEqual(['toAgencyId']);
    expect(code(await caseworker.gql(STEP_DOWN, { input: offer({ version: version + 1 }) }))).toBe('CONFLICT');

    const offered = await caseworker.gql<{ offerStepDown: { level: number; leadChange: { openTransfer: { id: string } } } }>(STEP_DOWN, {
      input: offer(),
    });
    expect(code(offered)).toBe('OK');
    const transferId = offered.data!.offerStepDown.leadChange.openTransfer.id;
    const offers = await school.gql<{ caseTransferOffers: { id: string; note: string }[] }>(OFFERS);
    expect(offers.data!.caseTransferOffers.find((o) => o.id === transferId)?.note).toMatch(/^Step down from Family Casework \(level 3\)/);

    expect(code(await school.gql(DECLINE_TRANSFER, { input: { transferId, reason: 'No capacity until January' } }))).toBe('OK');
    expect(await caseRow(caseId)).toMatchObject({ level: 3, lead_practitioner_id: portal.ids.users.caseworker });

    const again = await caseworker.gql<{ offerStepDown: { leadChange: { openTransfer: { id: string } } } }>(STEP_DOWN, {
      input: offer({ version: (await caseRow(caseId)).version }),
    });
    const second = again.data!.offerStepDown.leadChange.openTransfer.id;
    const taken = await school.gql<{ acceptCaseTransfer: { level: number } }>(ACCEPT_TRANSFER, {
      input: { transferId: second, newLeadId: portal.ids.users.schoolPractitioner },
    });
    expect(code(taken)).toBe('OK');
    expect(taken.data!.acceptCaseTransfer.level).toBe(2);
    expect(await caseRow(caseId)).toMatchObject({ level: 2, lead_agency_id: portal.ids.agencies.oakwood });
    // Back at level 2 with the school: the Family Casework Team no longer sees it.
    expect(code(await (await portal.signIn('frontDoor')).gql(READ, { id: caseId }))).toBe('OK');
    expect(code(await caseworker.gql(READ, { id: caseId }))).toBe('NOT_FOUND');
  });

  it('a level 3 case comes to the Forum: the chair sees the caseworker’s item and the case behind it', async () => {
    const caseId = portal.ids.cases.nowak;
    // Held at level 3 by the Family Casework Team, as a step-up leaves it.
    await portal.db.query(`UPDATE early_help_case SET level = 3, lead_agency_id = $2, lead_practitioner_id = $3 WHERE id = $1`, [
      caseId,
      portal.ids.agencies.casework,
      portal.ids.users.caseworker,
    ]);
    await portal.db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Lead practitioner')`, [
      caseId,
      portal.ids.users.caseworker,
    ]);
    const chair = await portal.signIn('fptManager');
    const scheduled = await chair.gql<{ scheduleForumMeetings: { id: string }[] }>(
      `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`,
      // Today's meeting: the chair can start it and decide.
      { input: { firstMeetsOn: '2026-11-18', startsAt: '10:00', place: 'Northfield Family Hub', count: 1, agendaCutoffWorkingDays: 2 } },
    );
    const meetingId = scheduled.data!.scheduleForumMeetings[0].id;
    const caseworker = await portal.signIn('caseworker');
    const added = await caseworker.gql<{ addAgendaItem: { id: string; status: string; version: number } }>(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id status version } }`,
      {
        input: { meetingId, caseId, reason: 'CONSIDERING_STEP_DOWN', summary: 'Safety plan holding; ready to think about a partner lead.' },
      },
    );
    expect(code(added)).toBe('OK');
    const AGENDA = `query($id: ID!) { agenda(meetingId: $id) { items { id case { caseId reference } } } }`;
    const agenda = await chair.gql<{ agenda: { items: { id: string; case: { caseId: string } }[] } }>(AGENDA, { id: meetingId });
    expect(agenda.data!.agenda.items.map((i) => [i.id, i.case.caseId])).toEqual([[added.data!.addAgendaItem.id, caseId]]);
    expect(code(await chair.gql(READ, { id: caseId }))).toBe('OK');
    const accepted = await chair.gql<{ curateAgendaItem: { status: string; version: number } }>(
      `mutation($input: CurateItemInput!) { curateAgendaItem(input: $input) { status version } }`,
      { input: { itemId: added.data!.addAgendaItem.id, version: added.data!.addAgendaItem.version, action: 'ACCEPT' } },
    );
    expect(accepted.data?.curateAgendaItem.status).toBe('ACCEPTED');

    // In session, the chair decides from the level 3 choices: continuing at level 2 or stepping up
    // to level 3 are refused, naming the field; a step down to a partner lead is recorded.
    const [{ version: meetingVersion }] = await portal.db.query('SELECT version FROM forum_meeting WHERE id = $1', [meetingId]);
    const started = await chair.gql(
      `mutation($id: ID!, $version: Int!) { startForumMeeting(meetingId: $id, version: $version) { status } }`,
      {
        id: meetingId,
        version: meetingVersion,
      },
    );
    expect(code(started)).toBe('OK');
    const decide = (decision: string) =>
      chair.gql<{ recordForumDecision: { decision: string; status: string } }>(
        `mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { decision status } }`,
        {
          input: {
            itemId: added.data!.addAgendaItem.id,
            version: accepted.data!.curateAgendaItem.version,
            discussion: 'The Forum agrees Riverside could lead again with the school nurse.',
            decision,
            actions: [],
          },
        },
      );
    for (const wrong of ['CONTINUE_LEVEL_2', 'STEP_UP_LEVEL_3']) expect(fields(await decide(wrong))).toEqual(['decision']);
    const decided = await decide('STEP_DOWN_TO_PARTNER');
    expect(decided.data?.recordForumDecision).toEqual({ decision: 'STEP_DOWN_TO_PARTNER', status: 'DISCUSSED' });
    // The case stays at level 3 with its caseworker until a partner accepts the step down.
    expect(await caseRow(caseId)).toMatchObject({ level: 3, lead_practitioner_id: portal.ids.users.caseworker });
    // A partner with no part in the family sees neither the case nor its item.
    const police = await portal.signIn('police');
    expect(code(await police.gql(READ, { id: caseId }))).toBe('NOT_FOUND');
    const policeAgenda = await police.gql<{ agenda: { items: unknown[] } }>(AGENDA, { id: meetingId });
    expect(policeAgenda.data?.agenda.items ?? []).toEqual([]);
  });

  it('a step-down from children’s social care arrives with its history, held by the front door until a partner accepts', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    const input = {
      addressLine1: '3 Hazel Court',
      town: 'Northfield',
      postcode: 'NF2 8AA',
      members: [
        { firstName: 'Dana', lastName: 'Pike', dateOfBirth: '1992-04-04', role: 'ADULT', relationship: 'Mother' },
        { firstName: 'Ellis', lastName: 'Pike', dateOfBirth: '2024-02-02', role: 'CHILD', relationship: 'Son' },
      ],
      concerns: 'Needs support with routines and health visits after the child in need plan ended.',
      consentGiven: true,
      historySummary: 'Child in need plan for 9 months after neglect concerns; closed with needs reduced.',
      toAgencyId: portal.ids.agencies.health,
      toPractitionerId: portal.ids.users.healthVisitor,
      note: 'Ellis is under two: the health visitor knows the family.',
    };
    expect(code(await (await portal.signIn('police')).gql(FROM_SOCIAL_CARE, { input }))).toBe('FORBIDDEN');
    expect(
      fields(
        await frontDoor.gql(FROM_SOCIAL_CARE, { input: { ...input, toAgencyId: portal.ids.agencies.casework, toPractitionerId: null } }),
      ),
    ).toEqual(['toAgencyId']);
    expect(fields(await frontDoor.gql(FROM_SOCIAL_CARE, { input: { ...input, historySummary: '' } }))).toEqual(['historySummary']);

    const recorded = await frontDoor.gql<{
      recordStepDownFromSocialCare: {
        id: string;
        level: number;
        leadPractitioner: { id: string };
        chronology: { type: string; summary: string }[];
      };
    }>(FROM_SOCIAL_CARE, { input });
    expect(recorded.errors).toBeUndefined();
    const made = recorded.data!.recordStepDownFromSocialCare;
    expect(made).toMatchObject({ level: 2, leadPractitioner: { id: portal.ids.users.frontDoor } });
    expect(made.chronology.find((e) => e.type === 'STEPPED_DOWN_FROM_SOCIAL_CARE')?.summary).toContain('Child in need plan for 9 months');

    const health = await portal.signIn('healthVisitor');
    const offers = await health.gql<{ caseTransferOffers: { id: string; note: string }[] }>(OFFERS);
    const offer = offers.data!.caseTransferOffers[0];
    expect(offer.note).toContain('History: Child in need plan for 9 months');
    expect(code(await health.gql(READ, { id: made.id }))).toBe('NOT_FOUND'); // not until accepted
    const taken = await health.gql(ACCEPT_TRANSFER, { input: { transferId: offer.id, newLeadId: portal.ids.users.healthVisitor } });
    expect(code(taken)).toBe('OK');
    expect(await caseRow(made.id)).toMatchObject({ level: 2, lead_practitioner_id: portal.ids.users.healthVisitor });
  });

  it('counts each movement in the impact figures for the council’s team only', async () => {
    // The counts are read from a view refreshed with the other impact figures (migration 0053).
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    const manager = await portal.signIn('fptManager');
    const figures = await manager.gql<{ impactFigures: { levelMovements: { month: string; movement: string; cases: number }[] } }>(
      MOVEMENTS,
    );
    expect(code(figures)).toBe('OK');
    expect(figures.data!.impactFigures.levelMovements).toEqual([
      { month: '2026-11', movement: 'STEP_DOWN_FROM_LEVEL_3', cases: 1 },
      { month: '2026-11', movement: 'STEP_DOWN_FROM_SOCIAL_CARE', cases: 1 },
      { month: '2026-11', movement: 'STEP_UP_TO_LEVEL_3', cases: 1 },
    ]);
    const school = await portal.signIn('schoolPractitioner');
    const theirs = await school.gql<{ impactFigures: { levelMovements: unknown[] } }>(MOVEMENTS);
    expect(theirs.data?.impactFigures.levelMovements ?? []).toEqual([]);
  });

  it('counts a movement only within the figures’ filters: agency, agency type and locality', async () => {
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    const manager = await portal.signIn('fptManager');
    const within = async (filter: { agencyId?: string; agencyType?: string; localityId?: string }) => {
      const figures = await manager.gql<{ impactFigures: { levelMovements: { movement: string; cases: number }[] } }>(
        `query($filter: ImpactFilterInput!) { impactFigures(filter: $filter) { levelMovements { movement cases } } }`,
        { filter: { from: '2026-11', to: '2026-11', ...filter } },
      );
      expect(code(figures)).toBe('OK');
      return figures.data!.impactFigures.levelMovements;
    };
    const { agencies, localities } = portal.ids;
    // The Brook family (NF1, North): stepped up from Oakwood, which led it at level 2, and stepped
    // down to Oakwood again. The family stepped down from social care (NF2, Central) was offered to
    // the health visiting service.
    const brook = [
      { movement: 'STEP_DOWN_FROM_LEVEL_3', cases: 1 },
      { movement: 'STEP_UP_TO_LEVEL_3', cases: 1 },
    ];
    const fromSocialCare = [{ movement: 'STEP_DOWN_FROM_SOCIAL_CARE', cases: 1 }];
    expect(await within({ agencyId: agencies.oakwood })).toEqual(brook);
    expect(await within({ agencyId: agencies.health })).toEqual(fromSocialCare);
    expect(await within({ agencyId: agencies.police })).toEqual([]);
    expect(await within({ agencyType: 'School' })).toEqual(brook);
    expect(await within({ agencyType: 'Health' })).toEqual(fromSocialCare);
    expect(await within({ localityId: localities.North })).toEqual(brook);
    expect(await within({ localityId: localities.Central })).toEqual(fromSocialCare);
    expect(await within({ localityId: localities.South })).toEqual([]);
    expect(await within({ agencyType: 'School', localityId: localities.Central })).toEqual([]);
  });
});
