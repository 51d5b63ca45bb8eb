import { InAppNotificationsService } from '../src/notifications/in-app-notifications.service';
import { startTestPortal, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();

const READ = `query($id: ID!) { case(id: $id) { status maintenanceReviews { months dueOn overdue outcome recordedOn note recordedByName } } }`;
const RECORD = `mutation($input: RecordMaintenanceReviewInput!) {
  recordMaintenanceReview(input: $input) { months dueOn overdue outcome recordedOn note recordedByName }
}`;

// The demo council's Byrne family moved into maintenance 27 days before the test clock
// (Wednesday 18 November 2026): reviews at 1, 3, 6 and 12 months from 22 October 2026.
describe('maintenance reviews at 1, 3, 6 and 12 months', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ demoWork: true });
  });
  afterAll(() => portal.close());

  const byrne = () => portal.ids.cases.byrne;

  it('shows the four reviews on the case page, none yet recorded', async () => {
    const harbour = await portal.signIn('harbour');
    const read = await harbour.gql<{ case: { status: string; maintenanceReviews: { months: number; dueOn: string; overdue: boolean }[] } }>(
      READ,
      { id: byrne() },
    );
    expect(read.data!.case.status).toBe('MAINTENANCE');
    expect(read.data!.case.maintenanceReviews.map((r) => [r.months, r.dueOn, r.overdue])).toEqual([
      [1, '2026-11-22', false],
      [3, '2027-01-22', false],
      [6, '2027-04-22', false],
      [12, '2027-10-22', false],
    ]);
  });

  it('refuses what the rule does not allow, and writes nothing', async () => {
    const harbour = await portal.signIn('harbour');
    const input = { caseId: byrne(), dueOn: '2026-11-22', outcome: 'HELD', recordedOn: '2026-11-18', note: 'Held early at school' };
    expect(fields(await harbour.gql(RECORD, { input: { ...input, dueOn: '2026-11-23' } }))).toEqual(['dueOn']);
    expect(fields(await harbour.gql(RECORD, { input: { ...input, outcome: 'MISSED' } }))).toEqual(['outcome']);
    expect(fields(await harbour.gql(RECORD, { input: { ...input, recordedOn: '2026-11-19' } }))).toEqual(['recordedOn']);
    expect(fields(await harbour.gql(RECORD, { input: { ...input, note: ' ' } }))).toEqual(['note']);
    // Someone who cannot see the case is told it is not there; the FPT oversees but does not record.
    expect(code(await (await portal.signIn('cgl')).gql(RECORD, { input }))).toBe('NOT_FOUND');
    expect(code(await (await portal.signIn('fptManager')).gql(RECORD, { input }))).toBe('FORBIDDEN');
    // A case that is not in maintenance has no maintenance reviews to record.
    const school = await portal.signIn('schoolPractitioner');
    expect(code(await school.gql(RECORD, { input: { ...input, caseId: portal.ids.cases.brook } }))).toBe('INVALID_STATE');
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM maintenance_review`);
    expect(n).toBe(0);
  });

  it('records a review as held once, with its line in the chronology', async () => {
    const harbour = await portal.signIn('harbour');
    const input = {
      caseId: byrne(),
      dueOn: '2026-11-22',
      outcome: 'HELD',
      recordedOn: '2026-11-18',
      note: 'Safety plan holding; school attendance 96%',
    };
    const held = await harbour.gql<{ recordMaintenanceReview: Record<string, unknown> }>(RECORD, { input });
    expect(code(held)).toBe('OK');
    expect(held.data!.recordMaintenanceReview).toEqual({
      months: 1,
      dueOn: '2026-11-22',
      overdue: false,
      outcome: 'HELD',
      recordedOn: '2026-11-18',
      note: 'Safety plan holding; school attendance 96%',
      recordedByName: 'Chris Evans',
    });
    expect(code(await harbour.gql(RECORD, { input: { ...input, note: 'Recorded twice' } }))).toBe('CONFLICT');
    const [event] = await portal.db.query(
      `SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'MAINTENANCE_REVIEW_RECORDED'`,
      [byrne()],
    );
    expect(event.summary).toBe('Maintenance review at 1 month held on 2026-11-18');
  });

  it('reminds of a review overdue and unrecorded (lead and FPT managers), once, and not of one recorded', async () => {
    const worker = new InAppNotificationsService(portal.workerDb);
    const kinds = async () =>
      (
        await portal.db.query(
          `SELECT user_id, kind FROM notification WHERE entity_id = $1 AND kind LIKE 'MAINTENANCE_REVIEW%' ORDER BY kind, user_id`,
          [byrne()],
        )
      ).map((r: { user_id: string; kind: string }) => `${r.kind}:${r.user_id}`);
    // After the 1-month date: recorded as held, so nothing.
    await worker.dailyReminders('2026-11-25');
    expect(await kinds()).toEqual([]);
    // After the 3-month date with nothing recorded: overdue, to the lead and the FPT manager.
    await worker.dailyReminders('2027-01-26');
    await worker.dailyReminders('2027-01-27');
    expect((await kinds()).sort()).toEqual(
      [`MAINTENANCE_REVIEW_OVERDUE:${portal.ids.users.harbour}`, `MAINTENANCE_REVIEW_OVERDUE:${portal.ids.users.fptManager}`].sort(),
    );
  });
});
