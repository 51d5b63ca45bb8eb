import { Query } from 'pg';
import { CaseStatus } from '@eh/domain';
import { aCase } from './factories';
import { meetingDayComes, Session, startTestPortal, TestPortal } from './test-app';

type Result = { errors?: readonly { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

const ADD = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id status version case { reference } } }`;
const CURATE = `mutation($input: CurateItemInput!) { curateAgendaItem(input: $input) { id status version } }`;
const DECIDE = `mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { id status decision version } }`;
const AGENDA = `query($id: ID!) { agenda(meetingId: $id) { meeting { meetsOn agendaCutoff }
  items { id status version decision case { caseId reference familyName planStatus openActions previousDiscussions { decision } } } } }`;

interface Item {
  id: string;
  status: string;
  version: number;
}

describe('the Early Help Forum', () => {
  let portal: TestPortal;
  let chair: Session;
  let meetings: { id: string; meetsOn: string; agendaCutoff: string }[];
  const items: Record<string, Item> = {};
  beforeAll(async () => {
    portal = await startTestPortal();
    chair = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  const add = async (user: Parameters<TestPortal['signIn']>[0], caseKey: string, meetingId: string) =>
    (await portal.signIn(user)).gql<{ addAgendaItem: Item }>(ADD, {
      input: {
        meetingId,
        caseId: portal.ids.cases[caseKey],
        reason: 'CONSIDERING_ESCALATION',
        summary: `Worries for ${caseKey} are growing.`,
      },
    });
  const caseRow = async (key: string) =>
    (await portal.db.query('SELECT status, closure_outcome FROM early_help_case WHERE id = $1', [portal.ids.cases[key]]))[0];

  it('lets the chair schedule a fortnightly series, and no one else', async () => {
    const input = {
      firstMeetsOn: '2026-11-26',
      startsAt: '14:00',
      place: 'Northfield Family Hub, Room 2',
      count: 3,
      agendaCutoffWorkingDays: 2,
    };
    const scheduled = await chair.gql<{ scheduleForumMeetings: { id: string; meetsOn: string; agendaCutoff: string }[] }>(
      `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id meetsOn agendaCutoff } }`,
      { input },
    );
    meetings = scheduled.data!.scheduleForumMeetings;
    expect(meetings.map((m) => [m.meetsOn, m.agendaCutoff])).toEqual([
      ['2026-11-26', '2026-11-24'],
      ['2026-12-10', '2026-12-08'],
      ['2026-12-24', '2026-12-22'],
    ]);
    const partner = await portal.signIn('schoolPractitioner');
    expect(
      code(await partner.gql(`mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`, { input })),
    ).toBe('FORBIDDEN');
  });

  it('takes items before the cut-off, and holds later ones for the chair', async () => {
    const onTime = await add('schoolPractitioner', 'brook', meetings[0].id);
    expect(onTime.data!.addAgendaItem.status).toBe('PROPOSED');
    items.brook = onTime.data!.addAgendaItem;
    items.hartley = (await add('harbour', 'hartley', meetings[0].id)).data!.addAgendaItem;
    items.nowak = (await add('cgl', 'nowak', meetings[0].id)).data!.addAgendaItem;
    const late = await chair.gql<{ scheduleForumMeetings: { id: string }[] }>(
      `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`,
      { input: { firstMeetsOn: '2026-11-18', startsAt: '10:00', place: 'Online', count: 1, agendaCutoffWorkingDays: 2 } },
    );
    const lateItem = await add('schoolDsl', 'adeyemi', late.data!.scheduleForumMeetings[0].id);
    expect(lateItem.data!.addAgendaItem.status).toBe('AWAITING_CHAIR');
  });

  it('refuses items from people who do not hold the case', async () => {
    expect(code(await add('healthVisitor', 'brook', meetings[0].id))).toBe('NOT_FOUND');
    expect(code(await add('police', 'brook', meetings[0].id))).toBe('NOT_FOUND');
  });

  it('lets the chair accept or decline with a reason', async () => {
    const noReason = await chair.gql(CURATE, { input: { itemId: items.brook.id, version: 1, action: 'DECLINE' } });
    expect(noReason.errors![0].extensions!.fields).toEqual([
      { field: 'note', message: 'Say why, so the practitioner knows what to do next' },
    ]);
    for (const key of ['brook', 'hartley', 'nowak']) {
      const accepted = await chair.gql<{ curateAgendaItem: Item }>(CURATE, {
        input: { itemId: items[key].id, version: 1, action: 'ACCEPT' },
      });
      items[key] = accepted.data!.curateAgendaItem;
      expect(items[key].status).toBe('ACCEPTED');
    }
  });

  it('shows the chair every item and each partner only their own', async () => {
    const all = await chair.gql<{ agenda: { items: { case: { reference: string } }[] } }>(AGENDA, { id: meetings[0].id });
    expect(all.data!.agenda.items).toHaveLength(3);
    const school = await portal.signIn('schoolPractitioner');
    const own = await school.gql<{ agenda: { items: { id: string }[] } }>(AGENDA, { id: meetings[0].id });
    expect(own.data!.agenda.items.map((i) => i.id)).toEqual([items.brook.id]);
  });

  it('refuses a decision until the chair starts the meeting, a start before its day, and a second start', async () => {
    const early = await chair.gql(DECIDE, {
      input: { itemId: items.brook.id, version: items.brook.version, discussion: 'Too soon.', decision: 'CONTINUE_LEVEL_2', actions: [] },
    });
    expect(code(early)).toBe('INVALID_STATE');
    expect(early.errors![0].message).toBe('The meeting has not started: start the meeting before recording decisions');
    expect((await portal.db.query('SELECT status FROM agenda_item WHERE id = $1', [items.brook.id]))[0].status).toBe('ACCEPTED');
    const START = `mutation($id: ID!, $version: Int!) { startForumMeeting(meetingId: $id, version: $version) { status version } }`;
    const [{ version }] = await portal.db.query('SELECT version FROM forum_meeting WHERE id = $1', [meetings[0].id]);
    expect(code(await (await portal.signIn('schoolPractitioner')).gql(START, { id: meetings[0].id, version }))).toBe('FORBIDDEN');
    const canStart = async () =>
      (
        await chair.gql<{ agenda: { meeting: { canStart: boolean } } }>(
          `query($id: ID!) { agenda(meetingId: $id) { meeting { canStart } } }`,
          {
            id: meetings[0].id,
          },
        )
      ).data!.agenda.meeting.canStart;
    // 26 November is next week (the test day is 18 November): not yet, and the refusal names the day.
    expect(await canStart()).toBe(false);
    const beforeTheDay = await chair.gql(START, { id: meetings[0].id, version });
    expect(code(beforeTheDay)).toBe('INVALID_STATE');
    expect(beforeTheDay.errors![0].extensions!.fields).toEqual([
      { field: 'meetsOn', message: 'The meeting is on 26 November 2026: it can be started on that day, not before' },
    ]);
    expect((await portal.db.query('SELECT status, version FROM forum_meeting WHERE id = $1', [meetings[0].id]))[0]).toEqual({
      status: 'SCHEDULED',
      version,
    });
    await meetingDayComes(portal, meetings[0].id);
    expect(await canStart()).toBe(true);
    const started = await chair.gql<{ startForumMeeting: { status: string } }>(START, { id: meetings[0].id, version });
    expect(started.data!.startForumMeeting.status).toBe('IN_SESSION');
    expect(code(await chair.gql(START, { id: meetings[0].id, version }))).toBe('INVALID_STATE'); // no longer scheduled
  });

  it('makes each decision take effect on its case', async () => {
    const decide = (key: string, decision: string, actions: unknown[] = []) =>
      chair.gql<{ recordForumDecision: Item & { decision: string } }>(DECIDE, {
        input: { itemId: items[key].id, version: items[key].version, discussion: `Discussed ${key}.`, decision, actions },
      });
    expect((await decide('brook', 'STEP_DOWN_UNIVERSAL')).data!.recordForumDecision.status).toBe('DISCUSSED');
    expect(await caseRow('brook')).toEqual({ status: 'CLOSED', closure_outcome: 'STEPPED_DOWN_TO_UNIVERSAL' });

    await decide('hartley', 'STEP_UP_LEVEL_4');
    expect((await caseRow('hartley')).status).toBe('AWAITING_FIRST_CONTACT'); // open until the receiving team accepts
    const handovers = await chair.gql<{ openHandovers: { id: string; route: string; toTeam: string; caseReference: string }[] }>(
      '{ openHandovers { id route toTeam caseReference } }',
    );
    expect(handovers.data!.openHandovers).toEqual([expect.objectContaining({ route: 'FORUM', toTeam: 'CHILDRENS_SOCIAL_CARE' })]);
    const accepted = await (
      await portal.signIn('frontDoor')
    ).gql<{ acceptHandover: { acceptedAt: string } }>('mutation($id: ID!) { acceptHandover(handoverId: $id) { acceptedAt } }', {
      id: handovers.data!.openHandovers[0].id,
    });
    expect(accepted.data!.acceptHandover.acceptedAt).toEqual(expect.any(String));
    expect(await caseRow('hartley')).toEqual({ status: 'CLOSED', closure_outcome: 'STEPPED_UP_TO_LEVEL_4' });

    const deferred = await decide('nowak', 'DEFER', [
      { ownerId: portal.ids.users.cgl, description: 'Ask the GP for an update', dueOn: '2026-12-01' },
    ]);
    expect(deferred.data!.recordForumDecision.decision).toBe('DEFER');
    const next = await chair.gql<{
      agenda: { items: { status: string; case: { reference: string; previousDiscussions: { decision: string }[] } }[] };
    }>(AGENDA, { id: meetings[1].id });
    expect(next.data!.agenda.items).toEqual([
      expect.objectContaining({ status: 'ACCEPTED', case: expect.objectContaining({ previousDiscussions: [{ decision: 'DEFER' }] }) }),
    ]);
  });

  it('keeps the minutes as the chair’s draft until signed off, with attendance recorded', async () => {
    const MINUTES = `query($id: ID!) { minutes(meetingId: $id) { meeting { minutesSignedOffAt } items { decision discussion case { familyName } } } }`;
    const SIGN_OFF = `mutation($id: ID!, $version: Int!) { signOffMinutes(meetingId: $id, version: $version) { status version minutesSignedOffAt } }`;
    const school = await portal.signIn('schoolPractitioner');
    const draft = await school.gql<{ minutes: { meeting: { minutesSignedOffAt: string | null }; items: unknown[] } }>(MINUTES, {
      id: meetings[0].id,
    });
    expect(draft.data!.minutes).toEqual({ meeting: { minutesSignedOffAt: null }, items: [] });
    // While the meeting sits, whoever may see the case follows the record as the chair makes it
    // (the live meeting, issue 15); the minutes themselves wait for the sign-off.
    const decisionsOnAgenda = async () =>
      (await school.gql<{ agenda: { items: { decision: string | null }[] } }>(AGENDA, { id: meetings[0].id })).data!.agenda.items.map(
        (i) => i.decision,
      );
    expect(await decisionsOnAgenda()).toEqual(['STEP_DOWN_UNIVERSAL']);
    const chairDraft = await chair.gql<{ minutes: { items: { decision: string }[] } }>(MINUTES, { id: meetings[0].id });
    expect(chairDraft.data!.minutes.items.map((i) => i.decision).sort()).toEqual(['DEFER', 'STEP_DOWN_UNIVERSAL', 'STEP_UP_LEVEL_4']);

    const version = async () =>
      (
        await chair.gql<{ agenda: { meeting: { version: number } } }>(
          `query($id: ID!) { agenda(meetingId: $id) { meeting { version } } }`,
          { id: meetings[0].id },
        )
      ).data!.agenda.meeting.version;
    const inSession = await chair.gql(SIGN_OFF, { id: meetings[0].id, version: await version() });
    expect(code(inSession)).toBe('INVALID_STATE');
    expect(inSession.errors![0].message).toBe('Close the meeting before publishing its minutes');
    const CLOSE = `mutation($id: ID!, $version: Int!) { closeForumMeeting(meetingId: $id, version: $version) { status } }`;
    const refused = await chair.gql(CLOSE, { id: meetings[0].id, version: await version() });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual([
      { field: 'attendance', message: 'Record who attended before closing the meeting' },
    ]);
    expect((await portal.db.query('SELECT status FROM forum_meeting WHERE id = $1', [meetings[0].id]))[0].status).toBe('IN_SESSION');

    expect(code(await school.gql(SIGN_OFF, { id: meetings[0].id, version: await version() }))).toBe('FORBIDDEN');
    await chair.gql(`mutation($input: AttendanceInput!) { recordAttendance(input: $input) { meeting { id } } }`, {
      input: { meetingId: meetings[0].id, agencyId: portal.ids.agencies.fpt, attendees: ['Fran Chair', 'Sam Minute'] },
    });
    const stale = (await version()) - 1;
    expect(code(await chair.gql(CLOSE, { id: meetings[0].id, version: stale }))).toBe('CONFLICT');
    const closed = await chair.gql<{ closeForumMeeting: { status: string } }>(CLOSE, { id: meetings[0].id, version: await version() });
    expect(closed.data!.closeForumMeeting.status).toBe('HELD');
    expect(await decisionsOnAgenda()).toEqual([null]); // closed: the record is the chair's draft again until signed off
    const signed = await chair.gql<{ signOffMinutes: { status: string; minutesSignedOffAt: string | null } }>(SIGN_OFF, {
      id: meetings[0].id,
      version: await version(),
    });
    expect(signed.data!.signOffMinutes).toEqual(
      expect.objectContaining({ status: 'MINUTES_PUBLISHED', minutesSignedOffAt: expect.any(String) }),
    );
    // One message per discussed case; the school's case tells its lead.
    const [told] = await portal.db.query(
      `SELECT payload FROM job_outbox WHERE payload->>'kind' = 'MINUTES_PUBLISHED' AND payload->>'caseId' = $1`,
      [portal.ids.cases.brook],
    );
    expect(told.payload.recipientIds).toEqual(expect.arrayContaining([portal.ids.users.schoolPractitioner]));
    expect(code(await chair.gql(SIGN_OFF, { id: meetings[0].id, version: await version() }))).toBe('INVALID_STATE');
    const published = await school.gql<{ minutes: { items: { decision: string; discussion: string }[] } }>(MINUTES, { id: meetings[0].id });
    expect(published.data!.minutes.items).toEqual([
      { decision: 'STEP_DOWN_UNIVERSAL', discussion: 'Discussed brook.', case: { familyName: 'Brook family' } },
    ]);
  });

  it('shows each agency the minutes of the items it may see, and nothing else', async () => {
    const minutes = async (user: Parameters<TestPortal['signIn']>[0]) => {
      const result = await (
        await portal.signIn(user)
      ).gql<{ minutes: { items: { case: { reference: string; familyName: string } }[] } }>(
        `query($id: ID!) { minutes(meetingId: $id) { items { case { reference familyName } } } }`,
        { id: meetings[0].id },
      );
      return result.data!.minutes.items.map((i) => i.case.familyName).sort();
    };
    expect(await minutes('fptManager')).toEqual(['Brook family', 'Hartley family', 'Nowak family']);
    expect(await minutes('schoolPractitioner')).toEqual(['Brook family']);
    expect(await minutes('police')).toEqual(['Hartley family']); // named professional on Hartley
    expect(await minutes('healthVisitor')).toEqual([]);
  });

  it('tracks actions to completion for their owner', async () => {
    const cgl = await portal.signIn('cgl');
    const mine = await cgl.gql<{ myActions: { id: string; overdue: boolean; doneOn: string | null }[] }>(
      '{ myActions { id overdue doneOn } }',
    );
    expect(mine.data!.myActions).toEqual([expect.objectContaining({ overdue: false, doneOn: null })]);
    const done = await cgl.gql<{ completeForumAction: { doneOn: string } }>(
      'mutation($id: ID!) { completeForumAction(actionId: $id) { doneOn } }',
      {
        id: mine.data!.myActions[0].id,
      },
    );
    expect(done.data!.completeForumAction.doneOn).toBe('2026-11-18');
    const other = await (
      await portal.signIn('harbour')
    ).gql('mutation($id: ID!) { completeForumAction(actionId: $id) { doneOn } }', {
      id: mine.data!.myActions[0].id,
    });
    expect(code(other)).toBe('NOT_FOUND');
  });

  it('lets the chair move a meeting and give items an order and a time slot', async () => {
    const moved = await chair.gql<{ moveForumMeeting: { meetsOn: string; agendaCutoff: string } }>(
      `mutation($input: MoveMeetingInput!) { moveForumMeeting(input: $input) { meetsOn agendaCutoff } }`,
      { input: { meetingId: meetings[2].id, version: 1, meetsOn: '2026-12-29', startsAt: '10:00', place: 'Online' } },
    );
    expect(moved.data!.moveForumMeeting).toEqual({ meetsOn: '2026-12-29', agendaCutoff: '2026-12-23' });
    const stale = await chair.gql(`mutation($input: MoveMeetingInput!) { moveForumMeeting(input: $input) { id } }`, {
      input: { meetingId: meetings[2].id, version: 1, meetsOn: '2026-12-30', startsAt: '10:00', place: 'Online' },
    });
    expect(code(stale)).toBe('CONFLICT');
    const agenda = await chair.gql<{ agenda: { items: { id: string; version: number }[] } }>(AGENDA, { id: meetings[1].id });
    const carried = agenda.data!.agenda.items[0];
    const placed = await chair.gql<{ curateAgendaItem: { id: string } }>(CURATE, {
      input: { itemId: carried.id, version: carried.version, action: 'ACCEPT', position: 1, slot: '14:20' },
    });
    expect(placed.errors).toBeUndefined();
    const [row] = await portal.db.query('SELECT position, slot FROM agenda_item WHERE id = $1', [carried.id]);
    expect(row).toEqual({ position: 1, slot: '14:20' });
  });

  it('keeps the escalation gate: no step up outside the Forum except the urgent route, with a reason', async () => {
    const jo = await portal.signIn('schoolDsl');
    const id = portal.ids.cases.adeyemi;
    await jo.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: id, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-17' },
    });
    const closing = await jo.gql(`mutation($input: CloseCaseInput!) { closeCase(input: $input) { status } }`, {
      input: { caseId: id, version: 2, outcome: 'STEPPED_UP_TO_LEVEL_4', maintenance: false },
    });
    expect(closing.errors![0].extensions!.fields![0].field).toBe('outcome');
    const noReason = await jo.gql(`mutation($input: UrgentStepUpInput!) { urgentStepUp(input: $input) { id } }`, {
      input: { caseId: id, toTeam: 'CHILDRENS_SOCIAL_CARE', reason: ' ' },
    });
    expect(noReason.errors![0].extensions!.fields).toEqual([{ field: 'reason', message: 'Say what the urgent safeguarding concern is' }]);
    const urgent = await jo.gql<{ urgentStepUp: { route: string; requestedByName: string } }>(
      `mutation($input: UrgentStepUpInput!) { urgentStepUp(input: $input) { route requestedByName } }`,
      { input: { caseId: id, toTeam: 'CHILDRENS_SOCIAL_CARE', reason: 'Tobi disclosed harm at school today' } },
    );
    expect(urgent.data!.urgentStepUp).toEqual({ route: 'URGENT_SAFEGUARDING', requestedByName: 'Jo Patel' });
    const frontDoor = await (await portal.signIn('frontDoor')).gql<{ openHandovers: { route: string }[] }>('{ openHandovers { route } }');
    expect(frontDoor.data!.openHandovers.map((h) => h.route)).toContain('URGENT_SAFEGUARDING');
  });

  it('reads an agenda in the same number of statements for 5 items as for 40', async () => {
    const [[meeting5], [meeting40]] = await Promise.all(
      ['2027-01-07', '2027-01-21'].map((d) =>
        portal.db.query(`INSERT INTO forum_meeting (meets_on, starts_at, place, created_by) VALUES ($1, '14:00', 'Hub', $2) RETURNING id`, [
          d,
          portal.ids.users.fptManager,
        ]),
      ),
    );
    await addSyntheticItems(portal, meeting5.id, 5);
    await addSyntheticItems(portal, meeting40.id, 40);
    // Counted where pg sends each query to the server, which TypeORM's and Kysely's both pass.
    const countStatements = async (meetingId: string) => {
      const sent = jest.spyOn(Query.prototype, 'submit');
      const result = await chair.gql<{ agenda: { items: unknown[] } }>(AGENDA, { id: meetingId });
      const count = sent.mock.calls.length;
      sent.mockRestore();
      return { items: result.data!.agenda.items.length, count };
    };
    const five = await countStatements(meeting5.id);
    const forty = await countStatements(meeting40.id);
    expect([five.items, forty.items]).toEqual([5, 40]);
    expect(five.count).toBeGreaterThan(0);
    expect(forty.count).toBe(five.count);
  });
});

// Distinct families and cases, so that per-case lookups would show up in the count.
async function addSyntheticItems(portal: TestPortal, meetingId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const made = await aCase(portal, { status: CaseStatus.OPEN, allocatedOn: '2026-11-01', firstContactOn: '2026-11-03' });
    await portal.db.query(
      `INSERT INTO agenda_item (meeting_id, case_id, added_by, reason, summary, status, position)
       VALUES ($1, $2, $3, 'SEEKING_ADVICE', 'Synthetic', 'ACCEPTED', $4)`,
      [meetingId, made.id, portal.ids.users.schoolPractitioner, i],
    );
  }
}

describe('the Forum calendar feed', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('serves the meeting dates to the holder of a personal link, and to no one else', async () => {
    const chair = await portal.signIn('fptManager');
    await chair.gql(`mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`, {
      input: { firstMeetsOn: '2026-11-26', startsAt: '14:00', place: 'Northfield Family Hub', count: 2, agendaCutoffWorkingDays: 2 },
    });
    const school = await portal.signIn('schoolPractitioner');
    const link = (await school.gql<{ forumCalendarLink: string }>('mutation { forumCalendarLink }')).data!.forumCalendarLink;
    const feed = await fetch(`${portal.url}${link}`);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await feed.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).toContain('DTSTART;TZID=Europe/London:20261210T140000');

    expect((await fetch(`${portal.url}/calendar/forum.ics?token=not-a-real-token-at-all`)).status).toBe(404);
    const replaced = (await school.gql<{ forumCalendarLink: string }>('mutation { forumCalendarLink }')).data!.forumCalendarLink;
    expect(replaced).not.toBe(link);
    expect((await fetch(`${portal.url}${link}`)).status).toBe(404);
  });
});
