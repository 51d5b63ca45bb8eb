import { startTestPortal, TestPortal } from './test-app';

type Result = { errors?: readonly { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const FIELDS = 'id status version ageWorkingDays assignedTo { displayName } closingSummary sessions { advice nextSteps recordedByName }';

describe('mentoring and case consultations', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('runs from request to a closing summary the partner can see', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const manager = await portal.signIn('fptManager');
    const priya = await portal.signIn('frontDoor');
    const requested = await sam.gql<{ requestMentoring: { id: string; status: string; version: number } }>(
      `mutation($input: RequestMentoringInput!) { requestMentoring(input: $input) { ${FIELDS} } }`,
      {
        input: {
          caseId: portal.ids.cases.brook,
          topic: 'ENGAGING_THE_FAMILY',
          question: 'Leah cancels every home visit. How else can I reach her?',
        },
      },
    );
    const request = requested.data!.requestMentoring;
    expect(request.status).toBe('REQUESTED');
    // The Family Partnership Team hears of it at once (in-app, and by email by preference).
    const [told] = await portal.db.query(`SELECT payload FROM job_outbox WHERE payload->>'kind' = 'MENTORING_REQUESTED'`);
    expect(told.payload).toMatchObject({ caseId: portal.ids.cases.brook });
    expect([...told.payload.recipientIds].sort()).toEqual([portal.ids.users.frontDoor, portal.ids.users.fptManager].sort());

    const early = await manager.gql(`mutation($input: MentoringSessionInput!) { recordMentoringSession(input: $input) { id } }`, {
      input: { requestId: request.id, heldOn: '2026-11-18', advice: 'x', nextSteps: 'y' },
    });
    expect(code(early)).toBe('INVALID_STATE');

    const notFpt = await manager.gql(`mutation($input: AssignMentoringInput!) { assignMentoring(input: $input) { id } }`, {
      input: { requestId: request.id, version: 1, assigneeId: portal.ids.users.police },
    });
    expect(notFpt.errors?.[0].extensions?.fields).toEqual([
      { field: 'assigneeId', message: 'Choose someone from the Family Partnership Team' },
    ]);

    const assigned = await manager.gql<{ assignMentoring: { status: string; assignedTo: { displayName: string } } }>(
      `mutation($input: AssignMentoringInput!) { assignMentoring(input: $input) { ${FIELDS} } }`,
      { input: { requestId: request.id, version: 1, assigneeId: portal.ids.users.frontDoor } },
    );
    expect(assigned.data!.assignMentoring).toMatchObject({ status: 'ASSIGNED', assignedTo: { displayName: 'Priya Shah' } });

    const dashboard = await manager.gql<{
      mentoringRequests: { id: string; ageWorkingDays: number; assignedTo: { displayName: string } }[];
    }>(`{ mentoringRequests { ${FIELDS} } }`);
    expect(dashboard.data!.mentoringRequests).toEqual([expect.objectContaining({ id: request.id, ageWorkingDays: 0 })]);

    await priya.gql(`mutation($input: MentoringSessionInput!) { recordMentoringSession(input: $input) { id } }`, {
      input: {
        requestId: request.id,
        heldOn: '2026-11-18',
        advice: 'Try meeting at school pick-up.',
        nextSteps: 'Sam to offer a school-gate chat.',
      },
    });
    const closed = await priya.gql<{ closeMentoring: { status: string; version: number } }>(
      `mutation($input: CloseMentoringInput!) { closeMentoring(input: $input) { ${FIELDS} } }`,
      { input: { requestId: request.id, version: 3, summary: 'Agreed informal contact at school; review in a month.' } },
    );
    expect(closed.data!.closeMentoring.status).toBe('CLOSED');

    const seen = await sam.gql<{ mentoringRequests: { closingSummary: string; sessions: { advice: string; recordedByName: string }[] }[] }>(
      `{ mentoringRequests(includeClosed: true) { ${FIELDS} } }`,
    );
    expect(seen.data!.mentoringRequests).toEqual([
      expect.objectContaining({
        closingSummary: 'Agreed informal contact at school; review in a month.',
        sessions: [
          { advice: 'Try meeting at school pick-up.', nextSteps: 'Sam to offer a school-gate chat.', recordedByName: 'Priya Shah' },
        ],
      }),
    ]);
    const other = await (
      await portal.signIn('cgl')
    ).gql<{ mentoringRequests: unknown[] }>(`{ mentoringRequests(includeClosed: true) { id } }`);
    expect(other.data!.mentoringRequests).toEqual([]);
  });

  it('refuses a request from someone who does not work the case, and an empty question', async () => {
    const police = await portal.signIn('police');
    const refused = await police.gql(`mutation($input: RequestMentoringInput!) { requestMentoring(input: $input) { id } }`, {
      input: { caseId: portal.ids.cases.brook, topic: 'OTHER', question: 'x' },
    });
    expect(code(refused)).toBe('NOT_FOUND');
    const harbour = await portal.signIn('harbour');
    const empty = await harbour.gql(`mutation($input: RequestMentoringInput!) { requestMentoring(input: $input) { id } }`, {
      input: { caseId: portal.ids.cases.hartley, topic: 'DOMESTIC_ABUSE', question: '  ' },
    });
    expect(empty.errors?.[0].extensions?.fields).toEqual([{ field: 'question', message: 'Say what you would like help with' }]);
  });
  it('refuses an assignment or closing made from a stale version as a conflict, changing nothing', async () => {
    const harbour = await portal.signIn('harbour');
    const manager = await portal.signIn('fptManager');
    const requested = await harbour.gql<{ requestMentoring: { id: string } }>(
      `mutation($input: RequestMentoringInput!) { requestMentoring(input: $input) { id } }`,
      { input: { caseId: portal.ids.cases.hartley, topic: 'DOMESTIC_ABUSE', question: 'How do I plan a safe visit?' } },
    );
    const id = requested.data!.requestMentoring.id;
    const assign = (version: number, assigneeId: string) =>
      manager.gql(`mutation($input: AssignMentoringInput!) { assignMentoring(input: $input) { id version } }`, {
        input: { requestId: id, version, assigneeId },
      });
    expect(code(await assign(1, portal.ids.users.frontDoor))).toBe('OK');
    expect(code(await assign(1, portal.ids.users.fptManager))).toBe('CONFLICT');
    const close = await manager.gql(`mutation($input: CloseMentoringInput!) { closeMentoring(input: $input) { id } }`, {
      input: { requestId: id, version: 1, summary: 'Closed from an old screen.' },
    });
    expect(code(close)).toBe('CONFLICT');
    const [row] = await portal.db.query('SELECT status, version, assigned_to, closing_summary FROM mentoring_request WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'ASSIGNED', version: 2, assigned_to: portal.ids.users.frontDoor, closing_summary: null });
  });
});
