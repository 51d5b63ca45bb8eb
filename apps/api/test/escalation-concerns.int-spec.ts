import { meetingDayComes, Session, startTestPortal, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

const FIELDS = 'id status urgency version response forumMeetsOn forumDecision caseReference raisedByName';
const RAISE = `mutation($input: RaiseEscalationConcernInput!) { raiseEscalationConcern(input: $input) { ${FIELDS} } }`;
const MINE = `{ myEscalationConcerns { ${FIELDS} } }`;
const WAITING = `{ escalationConcernsAwaitingChair { ${FIELDS} } }`;
const PLACE = `mutation($input: PlaceConcernOnAgendaInput!) { placeConcernOnAgenda(input: $input) { ${FIELDS} } }`;
const URGENT = `mutation($input: TakeConcernUrgentRouteInput!) { takeConcernUrgentRoute(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: AnswerConcernInput!) { answerEscalationConcern(input: $input) { ${FIELDS} } }`;
const ADD = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id status } }`;
const CONTRIBUTE = `mutation($input: ForumContributionInput!) { sendForumContribution(input: $input) { id contributions { authorName body } } }`;
const AGENDA = `query($id: ID!) { agenda(meetingId: $id) { items { id addedByName canContribute contributions { authorName body } } } }`;

interface Concern {
  id: string;
  status: string;
  version: number;
  response: string | null;
  forumMeetsOn: string | null;
  forumDecision: string | null;
}

// Escalation concerns from any partner who sees the case (issue 13, part 4), and written
// contributions before a Forum meeting (part 5). The test clock stands at Wednesday 18 November 2026.
describe('escalation concerns', () => {
  let portal: TestPortal;
  let chair: Session;
  let sam: Session; // leads Brook (Oakwood)
  let hv: Session; // health visitor: Brook's family consented to share with health
  let alex: Session; // police: named on Hartley, cannot see Brook
  let brook: string;
  let next: { id: string; meetsOn: string }; // 19 November: its agenda closed on the 17th
  let later: { id: string; meetsOn: string }; // 3 December: open for items
  const concerns: Record<string, Concern> = {};

  type Told = { recipientIds: string[]; caseId: string };
  const outbox = async (kind: string): Promise<Told[]> =>
    (await portal.db.query(`SELECT payload FROM job_outbox WHERE payload->>'kind' = $1 ORDER BY id`, [kind])).map(
      (r: { payload: { recipientIds: string[]; caseId: string } }) => r.payload,
    );
  const raise = (who: Session, caseId: string, urgency: string, worry = 'Attendance has fallen to 60% and Mum is not answering.') =>
    who.gql<{ raiseEscalationConcern: Concern }>(RAISE, { input: { caseId, worry, tried: 'Two home visits and a letter.', urgency } });
  const itemOf = async (concernId: string) =>
    (
      await portal.db.query(
        `SELECT i.id, i.status, i.version, i.meeting_id, i.added_by FROM escalation_concern e JOIN agenda_item i ON i.id = e.agenda_item_id WHERE e.id = $1`,
        [concernId],
      )
    )[0];
  const meetingVersion = async (id: string) => (await portal.db.query('SELECT version FROM forum_meeting WHERE id = $1', [id]))[0].version;

  beforeAll(async () => {
    portal = await startTestPortal();
    chair = await portal.signIn('fptManager');
    sam = await portal.signIn('schoolPractitioner');
    hv = await portal.signIn('healthVisitor');
    alex = await portal.signIn('police');
    brook = portal.ids.cases.brook;
    const [{ id: giver }] = await portal.db.query(
      'SELECT p.id FROM person p JOIN early_help_case c ON c.family_id = p.family_id WHERE c.id = $1 ORDER BY p.id LIMIT 1',
      [brook],
    );
    await portal.db.query(
      `INSERT INTO consent (case_id, given_by_person_id, given_on, recorded_by, agency_ids) VALUES ($1, $2, '2026-11-10', $3, ARRAY[$4]::uuid[])`,
      [brook, giver, portal.ids.users.schoolPractitioner, portal.ids.agencies.health],
    );
    const scheduled = await chair.gql<{ scheduleForumMeetings: { id: string; meetsOn: string }[] }>(
      `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id meetsOn } }`,
      { input: { firstMeetsOn: '2026-11-19', startsAt: '14:00', place: 'Northfield Family Hub', count: 2, agendaCutoffWorkingDays: 2 } },
    );
    [next, later] = scheduled.data!.scheduleForumMeetings;
  });
  afterAll(() => portal.close());

  it('lets a partner the family consented to share with raise a concern, telling the FPT manager and chair at once', async () => {
    const raised = await raise(hv, brook, 'NEXT_FORUM');
    expect(code(raised)).toBe('OK');
    concerns.hv = raised.data!.raiseEscalationConcern;
    expect(concerns.hv).toMatchObject({ status: 'RAISED', urgency: 'NEXT_FORUM', raisedByName: expect.any(String), forumMeetsOn: null });
    const [told] = await outbox('ESCALATION_CONCERN_RAISED');
    expect(told).toMatchObject({ caseId: brook, recipientIds: [portal.ids.users.fptManager] });
    const mine = await hv.gql<{ myEscalationConcerns: Concern[] }>(MINE);
    expect(mine.data!.myEscalationConcerns.map((c) => c.id)).toEqual([concerns.hv.id]);
    const [event] = await portal.db.query(
      `SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'ESCALATION_CONCERN_RAISED'`,
      [brook],
    );
    expect(event.summary).toBe('Escalation concern raised for the Forum chair (can wait for the next Forum)');
  });

  it('refuses someone who cannot see the case (not found), the council team (forbidden) and empty fields, writing nothing', async () => {
    const before = (await portal.db.query('SELECT count(*)::int AS n FROM escalation_concern'))[0].n;
    expect(code(await raise(alex, brook, 'WITHIN_DAYS'))).toBe('NOT_FOUND');
    expect(code(await raise(chair, brook, 'WITHIN_DAYS'))).toBe('FORBIDDEN');
    expect(code(await raise(await portal.signIn('frontDoor'), brook, 'WITHIN_DAYS'))).toBe('FORBIDDEN');
    const empty = (await sam.gql(RAISE, { input: { caseId: brook, worry: ' ', tried: '', urgency: 'NEXT_FORUM' } })) as Result;
    expect(empty.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['worry', 'tried']);
    expect((await portal.db.query('SELECT count(*)::int AS n FROM escalation_concern'))[0].n).toBe(before);
    // Nor can they read one: the police's list holds only their own, and the chair's list is the chair's.
    expect((await alex.gql<{ myEscalationConcerns: Concern[] }>(MINE)).data!.myEscalationConcerns).toEqual([]);
    expect(code(await sam.gql(WAITING))).toBe('FORBIDDEN');
    const waiting = await chair.gql<{ escalationConcernsAwaitingChair: Concern[] }>(WAITING);
    expect(waiting.data!.escalationConcernsAwaitingChair.map((c) => c.id)).toEqual([concerns.hv.id]);
  });

  it('places a concern that can wait on the first agenda still open, and an urgent one past the cut-off, telling the raiser', async () => {
    const proposed = async () =>
      (
        await chair.gql<{ escalationConcernsAwaitingChair: { id: string; proposedMeetingId: string | null }[] }>(
          '{ escalationConcernsAwaitingChair { id proposedMeetingId } }',
        )
      ).data!.escalationConcernsAwaitingChair;
    // The chair's screen offers first the meeting the urgency allows: next week's agenda closed on the 17th.
    expect(await proposed()).toEqual([{ id: concerns.hv.id, proposedMeetingId: later.id }]);
    const placed = await chair.gql<{ placeConcernOnAgenda: Concern }>(PLACE, {
      input: { concernId: concerns.hv.id, version: concerns.hv.version },
    });
    expect(placed.data!.placeConcernOnAgenda).toMatchObject({ status: 'ON_AGENDA', forumMeetsOn: later.meetsOn });
    expect(await itemOf(concerns.hv.id)).toMatchObject({
      status: 'ACCEPTED',
      meeting_id: later.id,
      added_by: portal.ids.users.healthVisitor,
    });
    expect((await outbox('ESCALATION_CONCERN_ANSWERED'))[0].recipientIds).toEqual([portal.ids.users.healthVisitor]);
    // Deciding twice, or on a stale version, is refused.
    expect(code(await chair.gql(ANSWER, { input: { concernId: concerns.hv.id, version: concerns.hv.version + 1, response: 'x' } }))).toBe(
      'INVALID_STATE',
    );

    concerns.sam = (await raise(sam, brook, 'WITHIN_DAYS')).data!.raiseEscalationConcern;
    expect(await proposed()).toEqual([{ id: concerns.sam.id, proposedMeetingId: next.id }]);
    expect(code(await chair.gql(PLACE, { input: { concernId: concerns.sam.id, version: concerns.sam.version + 1 } }))).toBe('CONFLICT');
    const urgent = await chair.gql<{ placeConcernOnAgenda: Concern }>(PLACE, {
      input: { concernId: concerns.sam.id, version: concerns.sam.version },
    });
    expect(urgent.data!.placeConcernOnAgenda).toMatchObject({ status: 'ON_AGENDA', forumMeetsOn: next.meetsOn });
    expect(await itemOf(concerns.sam.id)).toMatchObject({ status: 'ACCEPTED', meeting_id: next.id });
  });

  it('places a concern on the meeting the chair picks rather than the one its urgency proposes', async () => {
    const raised = (await raise(alex, portal.ids.cases.hartley, 'WITHIN_DAYS', 'Neighbours report shouting most nights.')).data!
      .raiseEscalationConcern;
    const missing = await chair.gql(PLACE, {
      input: { concernId: raised.id, version: raised.version, meetingId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(code(missing)).toBe('NOT_FOUND');
    const picked = await chair.gql<{ placeConcernOnAgenda: Concern }>(PLACE, {
      input: { concernId: raised.id, version: raised.version, meetingId: later.id },
    });
    expect(picked.data!.placeConcernOnAgenda).toMatchObject({ status: 'ON_AGENDA', forumMeetsOn: later.meetsOn });
    expect(await itemOf(raised.id)).toMatchObject({ status: 'ACCEPTED', meeting_id: later.id });
  });

  it('takes the urgent safeguarding route, telling the front door and the FPT manager', async () => {
    const hartley = portal.ids.cases.hartley;
    const raised = (await raise(alex, hartley, 'SAFEGUARDING_TODAY', 'Dad was arrested at the home last night.')).data!
      .raiseEscalationConcern;
    const r = await chair.gql<{ takeConcernUrgentRoute: Concern }>(URGENT, {
      input: { concernId: raised.id, version: raised.version, toTeam: 'CHILDRENS_SOCIAL_CARE', reason: 'Police report of harm at home' },
    });
    expect(r.data!.takeConcernUrgentRoute.status).toBe('URGENT_ROUTE');
    const [handover] = await portal.db.query(`SELECT route, to_team FROM handover WHERE case_id = $1 AND accepted_at IS NULL`, [hartley]);
    expect(handover).toEqual({ route: 'URGENT_SAFEGUARDING', to_team: 'CHILDRENS_SOCIAL_CARE' });
    const [stepUp] = await outbox('URGENT_STEP_UP');
    expect(stepUp.recipientIds.sort()).toEqual([portal.ids.users.frontDoor, portal.ids.users.fptManager].sort());
    const answered = await outbox('ESCALATION_CONCERN_ANSWERED');
    expect(answered.map((a) => a.recipientIds)).toContainEqual([portal.ids.users.police]);
  });

  it('answers a concern in writing, which the raiser reads on their list', async () => {
    const raised = (await raise(hv, brook, 'NEXT_FORUM', 'Baby’s weight has dropped again.')).data!.raiseEscalationConcern;
    expect(code(await chair.gql(ANSWER, { input: { concernId: raised.id, version: raised.version, response: ' ' } }))).toBe(
      'BAD_USER_INPUT',
    );
    const response = 'The lead will ask the GP for a joint visit this week; bring it back if weight drops again.';
    await chair.gql(ANSWER, { input: { concernId: raised.id, version: raised.version, response } });
    const mine = await hv.gql<{ myEscalationConcerns: Concern[] }>(MINE);
    expect(mine.data!.myEscalationConcerns.find((c) => c.id === raised.id)).toMatchObject({ status: 'ANSWERED', response });
  });

  it('lets the chair add an item for a case they do not lead; a partner outside the team still cannot', async () => {
    const input = { meetingId: later.id, caseId: portal.ids.cases.nowak, reason: 'SEEKING_ADVICE', summary: 'The chair brings Nowak.' };
    const added = await chair.gql<{ addAgendaItem: { status: string } }>(ADD, { input });
    expect(added.data!.addAgendaItem.status).toBe('ACCEPTED');
    expect(code(await hv.gql(ADD, { input: { ...input, caseId: brook } }))).toBe('FORBIDDEN');
  });

  it('tells whoever raised an item that the chair deferred or declined it', async () => {
    const added = await sam.gql<{ addAgendaItem: { id: string; status: string } }>(ADD, {
      input: { meetingId: later.id, caseId: brook, reason: 'SEEKING_ADVICE', summary: 'Advice on attendance.' },
    });
    expect(added.data!.addAgendaItem.status).toBe('PROPOSED');
    const declined = await chair.gql(`mutation($input: CurateItemInput!) { curateAgendaItem(input: $input) { status } }`, {
      input: { itemId: added.data!.addAgendaItem.id, version: 1, action: 'DECLINE', note: 'Already on this agenda by a concern.' },
    });
    expect(code(declined)).toBe('OK');
    const [told] = await outbox('AGENDA_ITEM_DECLINED');
    expect(told).toEqual(expect.objectContaining({ caseId: brook, recipientIds: [portal.ids.users.schoolPractitioner] }));
  });

  it('takes written contributions before the meeting from the lead and the raiser, shown to the chair beside the item', async () => {
    const item = await itemOf(concerns.hv.id);
    const blank = (await hv.gql(CONTRIBUTE, { input: { itemId: item.id, body: ' ' } })) as Result;
    expect(blank.errors![0].extensions!.fields).toEqual([{ field: 'body', message: 'Write what you want the Forum to know' }]);
    expect(code(await hv.gql(CONTRIBUTE, { input: { itemId: item.id, body: 'I cannot attend: weights attached to the record.' } }))).toBe(
      'OK',
    );
    expect(
      code(await sam.gql(CONTRIBUTE, { input: { itemId: item.id, body: 'School will attend; attendance figures are current.' } })),
    ).toBe('OK');
    expect(code(await alex.gql(CONTRIBUTE, { input: { itemId: item.id, body: 'Police view' } }))).toBe('NOT_FOUND');
    expect(code(await (await portal.signIn('frontDoor')).gql(CONTRIBUTE, { input: { itemId: item.id, body: 'Front door' } }))).toBe(
      'FORBIDDEN',
    );
    type Agenda = { agenda: { items: { id: string; canContribute: boolean; contributions: { body: string }[] }[] } };
    const seen = await chair.gql<Agenda>(AGENDA, { id: later.id });
    expect(seen.data!.agenda.items.find((i) => i.id === item.id)!.contributions.map((c) => c.body)).toEqual([
      'I cannot attend: weights attached to the record.',
      'School will attend; attendance figures are current.',
    ]);
    const own = await sam.gql<Agenda>(AGENDA, { id: later.id });
    expect(own.data!.agenda.items.find((i) => i.id === item.id)).toMatchObject({
      canContribute: true,
      contributions: [{ body: 'School will attend; attendance figures are current.' }],
    });
  });

  it('shows the raiser the Forum’s decision once the minutes are published, and takes no contribution after the meeting', async () => {
    const item = await itemOf(concerns.sam.id);
    const start = `mutation($id: ID!, $version: Int!) { startForumMeeting(meetingId: $id, version: $version) { status } }`;
    await meetingDayComes(portal, next.id);
    await chair.gql(start, { id: next.id, version: await meetingVersion(next.id) });
    expect(code(await sam.gql(CONTRIBUTE, { input: { itemId: item.id, body: 'Too late' } }))).toBe('INVALID_STATE');
    const decided = await chair.gql(`mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { status } }`, {
      input: { itemId: item.id, version: item.version, discussion: 'Attendance plan agreed.', decision: 'CONTINUE_LEVEL_2', actions: [] },
    });
    expect(code(decided)).toBe('OK');
    const decisionSeen = async () =>
      (await sam.gql<{ myEscalationConcerns: Concern[] }>(MINE)).data!.myEscalationConcerns.find((c) => c.id === concerns.sam.id)!
        .forumDecision;
    expect(await decisionSeen()).toBeNull(); // the minutes are still the chair's draft
    await chair.gql(`mutation($input: AttendanceInput!) { recordAttendance(input: $input) { meeting { id } } }`, {
      input: { meetingId: next.id, agencyId: portal.ids.agencies.oakwood, attendees: ['Sam Carter'] },
    });
    await chair.gql(`mutation($id: ID!, $version: Int!) { closeForumMeeting(meetingId: $id, version: $version) { status } }`, {
      id: next.id,
      version: await meetingVersion(next.id),
    });
    const signed = await chair.gql(`mutation($id: ID!, $version: Int!) { signOffMinutes(meetingId: $id, version: $version) { status } }`, {
      id: next.id,
      version: await meetingVersion(next.id),
    });
    expect(code(signed)).toBe('OK');
    expect(await decisionSeen()).toBe('CONTINUE_LEVEL_2');
    expect(code(await sam.gql(CONTRIBUTE, { input: { itemId: item.id, body: 'After the meeting' } }))).toBe('INVALID_STATE');
  });

  it('follows a deferred item to the next meeting, telling its raiser', async () => {
    await chair.gql(`mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`, {
      input: { firstMeetsOn: '2026-12-17', startsAt: '14:00', place: 'Northfield Family Hub', count: 1, agendaCutoffWorkingDays: 2 },
    });
    const item = await itemOf(concerns.hv.id);
    const deferred = await chair.gql(`mutation($input: CurateItemInput!) { curateAgendaItem(input: $input) { status } }`, {
      input: { itemId: item.id, version: item.version, action: 'DEFER', note: 'The GP report is due next fortnight.' },
    });
    expect(code(deferred)).toBe('OK');
    const told = await outbox('AGENDA_ITEM_DEFERRED');
    expect(told.map((t) => t.recipientIds)).toContainEqual([portal.ids.users.healthVisitor]);
    const mine = await hv.gql<{ myEscalationConcerns: Concern[] }>(MINE);
    expect(mine.data!.myEscalationConcerns.find((c) => c.id === concerns.hv.id)).toMatchObject({
      status: 'ON_AGENDA',
      forumMeetsOn: '2026-12-17',
    });
    expect((await itemOf(concerns.hv.id)).id).not.toBe(item.id);
  });

  it('takes no concern on a closed case: the front door is the way then', async () => {
    const nowak = portal.ids.cases.nowak;
    await portal.db.query(
      `UPDATE early_help_case SET status = 'CLOSED', closed_on = '2026-11-17', closure_outcome = 'NEEDS_MET' WHERE id = $1`,
      [nowak],
    );
    const refused = (await raise(await portal.signIn('cgl'), nowak, 'WITHIN_DAYS')) as Result;
    expect(code(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0].message).toBe('The case is closed. Contact the front door directly.');
  });

  it('hides the concern from its raiser once the family withdraws consent to share with their agency', async () => {
    await portal.db.query(`UPDATE consent SET withdrawn_on = '2026-11-18', withdrawn_by = $2 WHERE case_id = $1`, [
      brook,
      portal.ids.users.schoolPractitioner,
    ]);
    expect((await hv.gql<{ myEscalationConcerns: Concern[] }>(MINE)).data!.myEscalationConcerns).toEqual([]);
    expect(code(await raise(hv, brook, 'NEXT_FORUM'))).toBe('NOT_FOUND');
  });
});
