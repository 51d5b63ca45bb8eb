import { JobOutcome, SmtpEmailChannel } from '@eh/notifications';
import { EncompassDelivery } from '../src/encompass/encompass-delivery';
import { WORKER_SCHEDULES } from '../src/notifications/notification-delivery';
import { MailSink, startMailSink } from './mail-sink';
import { Session, startTestPortal, TEST_NOW, TestPortal } from './test-app';
import { DemoUserKey } from '../src/database/seed-data';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

const ROUTE = 'id settingName withCouncilContact dueAt stage acknowledgedAt response version canAcknowledge';
const RECORD = `mutation($input: RecordEncompassNotificationInput!) { recordEncompassNotification(input: $input) {
  id incidentReference summary childCount routes { ${ROUTE} } children { firstName lastName settingName } } }`;
const NOTIFICATION = `{ id summary recordedByName children { firstName lastName dateOfBirth } routes { ${ROUTE} } }`;
const READ = `query($id: ID!) { encompassNotification(id: $id) ${NOTIFICATION} }`;
const OPEN = `mutation($id: ID!) { openEncompassNotification(id: $id) ${NOTIFICATION} }`;
const LIST = `{ encompassNotifications { id incidentReference childCount routes { settingName stage dueAt } } }`;
const ACK = `mutation($input: AcknowledgeEncompassInput!) { acknowledgeEncompassNotification(input: $input) { id routes { ${ROUTE} acknowledgedByName responseNote } } }`;
const EXPORT = `mutation($id: ID!) { subjectAccessExport(personId: $id) { json } }`;
const PASSED = 'passedOnAt passedOnByName passedOnNote canPassOn version';
const PASSED_READ = `query($id: ID!) { encompassNotification(id: $id) { id routes { id ${PASSED} } } }`;
const PASS_ON = `mutation($input: PassOnEncompassInput!) { passOnEncompassNotification(input: $input) { id routes { id ${PASSED} } } }`;
const FIGURES = `{ impactFigures(filter: { from: "2026-11", to: "2026-11" }) { encompass {
  total { notifications escalatedToDeputies escalatedToCouncil medianMinutesToAcknowledge readBeforeSchoolDay { numerator denominator } }
  bySetting { key figures { notifications } } } } }`;

interface Route {
  id: string;
  settingName: string | null;
  withCouncilContact: boolean;
  dueAt: string;
  stage: string;
  version: number;
  canAcknowledge: boolean;
}
interface Recorded {
  id: string;
  routes: Route[];
}

const ELLA = { firstName: 'Ella', lastName: 'Hartley', dateOfBirth: '2014-04-08' };
const SUMMARY = 'Officers attended a report of shouting at the home; the children were present.';

// Operation Encompass (issue 14, part 2) on real PostgreSQL and Redis: when a notification is
// due, who hears of it and who may read it, its escalation, the contact address of a setting
// outside the council, the ledger and the audit trail.
describe('Operation Encompass notifications', () => {
  let now = TEST_NOW;
  const clock = { now: () => now };
  let portal: TestPortal;
  let sink: MailSink;
  let channel: SmtpEmailChannel;

  beforeAll(async () => {
    [portal, sink] = await Promise.all([startTestPortal({ clock }), startMailSink()]);
    channel = new SmtpEmailChannel(`smtp://127.0.0.1:${sink.port}`, 'Portal <no-reply@example.org>');
  });
  afterAll(async () => {
    channel.close();
    await sink.close();
    await portal.close();
  });
  afterEach(() => {
    now = TEST_NOW;
  });

  // Sessions follow the portal's clock: sign in once the clock stands where the test wants it.
  const at = async (iso: string, ...users: DemoUserKey[]): Promise<Session[]> => {
    now = new Date(iso);
    const sessions: Session[] = [];
    for (const user of users) sessions.push(await portal.signIn(user));
    return sessions;
  };
  const delivery = (email = false) =>
    new EncompassDelivery(
      portal.workerDb,
      email ? { channel, portalUrl: 'https://portal.example.org', serviceName: 'Early Help Partnership Portal' } : null,
      clock,
    );
  // What the worker's relay would hand the escalation jobs the sweep wrote to the outbox (each
  // handled as often as it is given: telling someone twice writes one notification).
  const tellEscalations = async () => {
    const entries = await portal.db.query(`SELECT payload FROM job_outbox WHERE job_name = 'encompass.escalated' ORDER BY id`);
    for (const { payload } of entries) await delivery().escalated(payload);
  };
  const child = async (firstName: string) => {
    const [row] = await portal.db.query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              nhs_number AS "nhsNumber" FROM person WHERE first_name = $1`,
      [firstName],
    );
    return row as { id: string; firstName: string; lastName: string; dateOfBirth: string; nhsNumber: string };
  };
  const record = async (police: Session, children: readonly Record<string, unknown>[], reference = 'NF-2026-0457'): Promise<Recorded> => {
    const result = (await police.gql(RECORD, {
      input: { incidentReference: reference, occurredAt: new Date(now.getTime() - 3600_000).toISOString(), summary: SUMMARY, children },
    })) as Result;
    expect([code(result), result.errors]).toEqual(['OK', undefined]);
    return result.data!.recordEncompassNotification as Recorded;
  };
  const told = async (notificationId: string) =>
    (
      await portal.db.query(
        `SELECT u.email, n.kind FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE n.entity_type = 'ENCOMPASS' AND n.entity_id = $1 ORDER BY n.kind, u.email`,
        [notificationId],
      )
    ).map((r: { email: string; kind: string }) => `${r.kind} ${r.email}`);
  const reads = async (notificationId: string) =>
    (
      await portal.db.query(
        `SELECT u.email, a.outcome FROM audit_event a JOIN app_user u ON u.id = a.actor_id
          WHERE a.action = 'READ_ENCOMPASS_NOTIFICATION' AND a.entity_id = $1 ORDER BY a.seq`,
        [notificationId],
      )
    ).map((r: { email: string; outcome: string }) => `${r.email} ${r.outcome}`);

  it('takes one recorded on a Friday evening to before Monday’s school day, and tells the DSL and the open case’s lead, no one else', async () => {
    // Friday 20 November 2026, 19:00 GMT; Riverside's day starts at 08:40.
    const [police] = await at('2026-11-20T19:00:00Z', 'police');
    const recorded = await record(police, [ELLA]);
    expect(recorded.routes).toEqual([
      expect.objectContaining({
        settingName: 'Riverside Academy',
        dueAt: '2026-11-23T08:40:00.000Z',
        stage: 'AWAITING',
        withCouncilContact: false,
      }),
    ]);
    // Matched to the known child by name and date of birth (the officer is not told).
    const [stored] = await portal.db.query(`SELECT person_id, match_reason, case_id FROM encompass_child WHERE notification_id = $1`, [
      recorded.id,
    ]);
    expect(stored).toEqual({
      person_id: (await child('Ella')).id,
      match_reason: 'NAME_AND_DATE_OF_BIRTH',
      case_id: portal.ids.cases.hartley,
    });
    expect(await portal.db.query(`SELECT job_name, payload FROM job_outbox WHERE job_name = 'encompass.recorded'`)).toContainEqual({
      job_name: 'encompass.recorded',
      payload: { notificationId: recorded.id },
    });
    expect(await delivery().recorded({ notificationId: recorded.id })).toBe(JobOutcome.Done);
    await delivery().recorded({ notificationId: recorded.id }); // a retry writes nothing again
    expect(await told(recorded.id)).toEqual([
      'ENCOMPASS_CASE_LEAD worker@harbour.example.org',
      'ENCOMPASS_NOTIFICATION dsl@riverside.example.org',
    ]);
  });

  it('takes one recorded before a bank holiday to the next school day, matching the child by NHS number first', async () => {
    // Thursday 24 December 2026, evening: Christmas Day, the weekend and Boxing Day's substitute
    // Monday 28 follow, so Riverside's next school day is Tuesday 29 December.
    const jack = await child('Jack');
    const [police] = await at('2026-12-24T20:00:00Z', 'police');
    const recorded = await record(police, [
      { firstName: 'Jackson', lastName: 'Warde', dateOfBirth: '2012-01-01', nhsNumber: jack.nhsNumber },
    ]);
    expect(recorded.routes.map((r) => [r.settingName, r.dueAt])).toEqual([['Riverside Academy', '2026-12-29T08:40:00.000Z']]);
    const [stored] = await portal.db.query(`SELECT person_id, match_reason FROM encompass_child WHERE notification_id = $1`, [recorded.id]);
    expect(stored).toEqual({ person_id: jack.id, match_reason: 'NHS_NUMBER' });
  });

  it('escalates an unacknowledged one at the setting’s start time to the deputies, then to the council’s contact (state in PostgreSQL)', async () => {
    const mia = await child('Mia');
    const oakwood = portal.ids.settings.oakwood;
    await portal.db.query(`INSERT INTO education_setting_staff (setting_id, user_id, role) VALUES ($1, $2, 'DEPUTY_DSL')`, [
      oakwood,
      portal.ids.users.schoolDsl,
    ]);
    try {
      const [police] = await at('2026-11-20T19:00:00Z', 'police');
      const recorded = await record(police, [{ ...mia, id: undefined, nhsNumber: undefined }]);
      expect(recorded.routes.map((r) => [r.settingName, r.dueAt])).toEqual([['Oakwood Primary School', '2026-11-23T08:45:00.000Z']]);
      const stage = async () =>
        (await portal.db.query(`SELECT stage FROM encompass_route WHERE notification_id = $1`, [recorded.id]))[0].stage as string;
      // Each sweep is a worker of its own: what is due is read from PostgreSQL, nothing held in memory.
      now = new Date('2026-11-23T08:44:00Z');
      await delivery().sweep();
      expect(await stage()).toBe('AWAITING');
      now = new Date('2026-11-23T08:45:00Z');
      expect(await delivery().sweep()).toBe(JobOutcome.Done);
      expect(await stage()).toBe('ESCALATED_TO_DEPUTIES');
      await tellEscalations();
      expect(await told(recorded.id)).toEqual(['ENCOMPASS_ESCALATED dsl@riverside.example.org']);
      // The council's contact cannot read it yet.
      const [frontDoor] = await at('2026-11-23T09:00:00Z', 'frontDoor');
      expect(code((await frontDoor.gql(READ, { id: recorded.id })) as Result)).toBe('NOT_FOUND');
      now = new Date('2026-11-23T09:15:00Z');
      expect(await delivery().sweep()).toBe(JobOutcome.Done);
      expect(await stage()).toBe('ESCALATED_TO_COUNCIL');
      await tellEscalations();
      await tellEscalations(); // the relay may hand a job over twice: nobody is told twice
      expect(await told(recorded.id)).toEqual([
        'ENCOMPASS_ESCALATED dsl@riverside.example.org',
        'ENCOMPASS_ESCALATED frontdoor@northfield.example.org',
      ]);
      expect(await delivery().sweep()).toBe(JobOutcome.Skipped); // nothing more to move
      // The escalation's share with the council is in the ledger, decided by the recording officer.
      const shares = await portal.db.query(
        `SELECT g.name, d.decided_by FROM share_decision d JOIN agency g ON g.id = d.shared_with_agency_id
          WHERE d.source_id = $1 AND d.what_shared LIKE '%escalated%'`,
        [recorded.id],
      );
      expect(shares).toEqual([{ name: 'Northfield Council Family Partnership Team', decided_by: portal.ids.users.police }]);
      const [frontDoorLater] = await at('2026-11-23T09:20:00Z', 'frontDoor');
      expect(code((await frontDoorLater.gql(READ, { id: recorded.id })) as Result)).toBe('OK');
    } finally {
      await portal.db.query(`DELETE FROM education_setting_staff WHERE setting_id = $1 AND user_id = $2`, [
        oakwood,
        portal.ids.users.schoolDsl,
      ]);
    }
  });

  it('runs the escalation sweep on the worker’s schedule every minute', () => {
    expect(WORKER_SCHEDULES).toContainEqual({ job: 'encompass.escalations', payload: { trigger: 'schedule' }, pattern: '* * * * *' });
  });

  it('sends a setting outside the council an email at its contact address with no details, and tells the council’s contact', async () => {
    const imran = await child('Imran');
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(
      police,
      [{ firstName: imran.firstName, lastName: imran.lastName, dateOfBirth: imran.dateOfBirth }],
      'NF-2026-0999',
    );
    expect(recorded.routes).toEqual([
      expect.objectContaining({
        settingName: 'Hillside Church of England Primary School',
        withCouncilContact: true,
        stage: 'WITH_COUNCIL_CONTACT',
      }),
    ]);
    const before = sink.mail.length;
    await delivery(true).recorded({ notificationId: recorded.id });
    await delivery(true).recorded({ notificationId: recorded.id }); // a retry: no second email
    const mail = sink.mail.slice(before).filter((m) => m.to === 'safeguarding@hillside.example.org');
    expect(mail).toHaveLength(1);
    expect(mail[0].raw).toContain('Operation Encompass');
    for (const detail of ['Imran', 'Khan', imran.dateOfBirth, 'NF-2026-0999', 'shouting', 'https://portal.example.org']) {
      expect(mail[0].raw).not.toContain(detail);
    }
    expect(await told(recorded.id)).toEqual(['ENCOMPASS_FOR_COUNCIL_CONTACT frontdoor@northfield.example.org']);
    const [frontDoor] = await at('2026-11-18T21:05:00Z', 'frontDoor');
    const read = (await frontDoor.gql(READ, { id: recorded.id })) as Result;
    expect((read.data!.encompassNotification as { summary: string }).summary).toBe(SUMMARY);
  });

  it('lets the council’s contact mark one for a setting outside the council passed on (how, against its version, audited); the police see it', async () => {
    const imran = await child('Imran');
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(
      police,
      [{ firstName: imran.firstName, lastName: imran.lastName, dateOfBirth: imran.dateOfBirth }],
      'NF-2026-0801',
    );
    const [route] = recorded.routes;
    expect(route.stage).toBe('WITH_COUNCIL_CONTACT');
    const [frontDoor, manager] = await at('2026-11-18T21:05:00Z', 'frontDoor', 'fptManager');
    const read = (await frontDoor.gql(PASSED_READ, { id: recorded.id })) as Result;
    expect((read.data!.encompassNotification as { routes: { canPassOn: boolean }[] }).routes[0].canPassOn).toBe(true);
    const input = { routeId: route.id, version: route.version, note: 'Telephoned the DSL, Mrs Shah, at 08:05.' };
    // A blank note names the field; a stale version is a conflict; neither writes anything.
    const blank = (await frontDoor.gql(PASS_ON, { input: { ...input, note: '   ' } })) as Result;
    expect([code(blank), fields(blank)]).toEqual(['BAD_USER_INPUT', ['note']]);
    expect(code((await frontDoor.gql(PASS_ON, { input: { ...input, version: route.version + 1 } })) as Result)).toBe('CONFLICT');
    // Only the contact: the FPT manager (council team, not the front door) and the police cannot.
    expect(code((await manager.gql(PASS_ON, { input })) as Result)).toBe('NOT_FOUND');
    expect(code((await police.gql(PASS_ON, { input })) as Result)).toBe('NOT_FOUND');
    const passed = async () =>
      (await portal.db.query(`SELECT passed_on_at, version FROM encompass_route WHERE id = $1`, [route.id]))[0] as {
        passed_on_at: Date | null;
        version: number;
      };
    expect(await passed()).toEqual({ passed_on_at: null, version: route.version });

    now = new Date('2026-11-19T08:10:00Z');
    const done = (await frontDoor.gql(PASS_ON, { input })) as Result;
    expect([code(done), done.errors]).toEqual(['OK', undefined]);
    const [{ display_name: contactName }] = await portal.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [
      portal.ids.users.frontDoor,
    ]);
    const after = (done.data!.passOnEncompassNotification as { routes: Record<string, unknown>[] }).routes[0];
    expect(after).toMatchObject({
      passedOnAt: '2026-11-19T08:10:00.000Z',
      passedOnByName: contactName,
      passedOnNote: input.note,
      canPassOn: false,
      version: route.version + 1,
    });
    // Twice: refused, the first stands.
    expect(code((await frontDoor.gql(PASS_ON, { input: { ...input, version: route.version + 1 } })) as Result)).toBe('INVALID_STATE');
    // The police see it on their notification.
    const theirs = (await police.gql(PASSED_READ, { id: recorded.id })) as Result;
    expect((theirs.data!.encompassNotification as { routes: Record<string, unknown>[] }).routes[0]).toMatchObject({
      passedOnAt: '2026-11-19T08:10:00.000Z',
      passedOnByName: contactName,
      passedOnNote: input.note,
      canPassOn: false,
    });
    const audited = await portal.db.query(
      `SELECT actor_id, outcome FROM audit_event WHERE action = 'PASS_ON_ENCOMPASS_NOTIFICATION' AND entity_id = $1 ORDER BY seq`,
      [recorded.id],
    );
    expect(audited.map((a: { actor_id: string; outcome: string }) => [a.actor_id, a.outcome])).toEqual([
      [portal.ids.users.fptManager, 'DENIED'],
      [portal.ids.users.police, 'DENIED'],
      [portal.ids.users.frontDoor, 'ALLOWED'],
    ]);
  });

  it('does not let the council’s contact pass on one that went to a setting in the portal', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [ELLA], 'NF-2026-0802');
    const [frontDoor] = await at('2026-11-18T21:05:00Z', 'frontDoor');
    const [route] = recorded.routes;
    const refused = (await frontDoor.gql(PASS_ON, { input: { routeId: route.id, version: route.version, note: 'Telephoned.' } })) as Result;
    expect(code(refused)).toBe('NOT_FOUND');
    const [{ passed_on_at: passedOnAt }] = await portal.db.query(`SELECT passed_on_at FROM encompass_route WHERE id = $1`, [route.id]);
    expect(passedOnAt).toBeNull();
  });

  it('shows a school with no part in the child nothing, and refuses it by id (audited)', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [ELLA]);
    const [sam, health] = await at('2026-11-18T21:10:00Z', 'schoolPractitioner', 'healthVisitor');
    for (const outsider of [sam, health]) {
      const list = (await outsider.gql(LIST)) as Result;
      expect((list.data!.encompassNotifications as { id: string }[]).map((n) => n.id)).not.toContain(recorded.id);
      const read = (await outsider.gql(READ, { id: recorded.id })) as Result;
      expect([code(read), read.data]).toEqual(['NOT_FOUND', null]);
      const ack = (await outsider.gql(ACK, {
        input: { routeId: recorded.routes[0].id, version: 1, response: 'SILENT_SUPPORT' },
      })) as Result;
      expect(code(ack)).toBe('NOT_FOUND');
    }
    // The officer's own answer on recording is a read too.
    expect(await reads(recorded.id)).toEqual([
      'early.help@police.example.org ALLOWED',
      'sfp@oakwood.example.org DENIED',
      'health.visitor@health.example.org DENIED',
    ]);
    // Row-level security says the same to the API's role with Sam as the actor.
    const rows = await portal.db.transaction(async (m) => {
      await m.query(`SET LOCAL ROLE eh_app`);
      await m.query(
        `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', 'PRACTITIONER', true)`,
        [portal.ids.users.schoolPractitioner, portal.ids.agencies.oakwood],
      );
      const counts = await m.query(
        `SELECT (SELECT count(*) FROM encompass_notification WHERE id = $1)::int AS n, (SELECT count(*) FROM encompass_child WHERE notification_id = $1)::int AS c,
                (SELECT count(*) FROM encompass_route WHERE notification_id = $1)::int AS r`,
        [recorded.id],
      );
      return counts;
    });
    expect(rows).toEqual([{ n: 0, c: 0, r: 0 }]);
  });

  it('lets the DSL read it (audited, first read kept), acknowledge it once with the school’s response, and the police see its status', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [ELLA]);
    const [jo] = await at('2026-11-19T07:30:00Z', 'schoolDsl');
    const read = (await jo.gql(OPEN, { id: recorded.id })) as Result;
    expect(read.errors).toBeUndefined();
    const notification = read.data!.openEncompassNotification as { summary: string; children: unknown[]; routes: Route[] };
    expect(notification.summary).toBe(SUMMARY);
    expect(notification.children).toEqual([ELLA]);
    expect(notification.routes[0].canAcknowledge).toBe(true);
    const firstRead = async () =>
      (
        await portal.db.query(`SELECT first_read_at FROM encompass_route WHERE notification_id = $1`, [recorded.id])
      )[0].first_read_at.toISOString();
    expect(await firstRead()).toBe('2026-11-19T07:30:00.000Z');
    // Reading it again later keeps the first read.
    now = new Date('2026-11-19T07:40:00Z');
    expect(code((await jo.gql(OPEN, { id: recorded.id })) as Result)).toBe('OK');
    expect(await firstRead()).toBe('2026-11-19T07:30:00.000Z');
    const input = {
      routeId: notification.routes[0].id,
      version: notification.routes[0].version,
      response: 'CONSIDER_EARLY_HELP',
      note: 'Talk to mum.',
    };
    const ack = (await jo.gql(ACK, { input })) as Result;
    expect(code(ack)).toBe('OK');
    const acknowledged = (ack.data!.acknowledgeEncompassNotification as { routes: (Route & { acknowledgedByName: string })[] }).routes[0];
    expect([acknowledged.stage, acknowledged.acknowledgedByName, acknowledged.canAcknowledge]).toEqual(['ACKNOWLEDGED', 'Jo Patel', false]);
    // The same acknowledgement again (a second tab): refused, the first stands.
    expect(code((await jo.gql(ACK, { input: { ...input, response: 'SILENT_SUPPORT' } })) as Result)).toBe('INVALID_STATE');
    const [policeLater] = await at('2026-11-19T08:00:00Z', 'police');
    const list = (await policeLater.gql(LIST)) as Result;
    const mine = (list.data!.encompassNotifications as { id: string; routes: { stage: string }[] }[]).find((n) => n.id === recorded.id);
    expect(mine!.routes.map((r) => r.stage)).toEqual(['ACKNOWLEDGED']);
    expect(await reads(recorded.id)).toEqual([
      'early.help@police.example.org ALLOWED',
      'dsl@riverside.example.org ALLOWED',
      'dsl@riverside.example.org ALLOWED',
      'dsl@riverside.example.org ALLOWED',
    ]);
    const [listed] = await portal.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LIST_ENCOMPASS_NOTIFICATIONS' AND actor_id = $1 AND $2 = ANY (entity_ids)`,
      [portal.ids.users.police, recorded.id],
    );
    expect(listed.n).toBe(1);
  });

  it('refuses an acknowledgement made on an out-of-date version', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [ELLA]);
    await portal.db.query(`UPDATE encompass_route SET version = version + 1 WHERE notification_id = $1`, [recorded.id]);
    const [jo] = await at('2026-11-19T07:30:00Z', 'schoolDsl');
    const ack = (await jo.gql(ACK, { input: { routeId: recorded.routes[0].id, version: 1, response: 'SILENT_SUPPORT' } })) as Result;
    expect(code(ack)).toBe('CONFLICT');
  });

  it('writes the ledger in the same transaction as the share: one row per child and recipient, and a rollback leaves neither', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [ELLA]);
    const shares = await portal.db.query(
      `SELECT g.name, d.lawful_basis, d.decision, d.person_id, d.case_id FROM share_decision d JOIN agency g ON g.id = d.shared_with_agency_id
        WHERE d.source = 'OPERATION_ENCOMPASS' AND d.source_id = $1 ORDER BY g.name`,
      [recorded.id],
    );
    const ella = (await child('Ella')).id;
    const hartley = portal.ids.cases.hartley;
    expect(shares).toEqual([
      { name: 'Harbour', lawful_basis: 'OPERATION_ENCOMPASS', decision: 'SHARE', person_id: ella, case_id: hartley },
      { name: 'Riverside Academy', lawful_basis: 'OPERATION_ENCOMPASS', decision: 'SHARE', person_id: ella, case_id: hartley },
    ]);
    const count = async () =>
      (
        await portal.db.query(
          `SELECT (SELECT count(*) FROM encompass_notification)::int AS n, (SELECT count(*) FROM share_decision WHERE source = 'OPERATION_ENCOMPASS')::int AS l,
                  (SELECT count(*) FROM job_outbox WHERE job_name = 'encompass.recorded')::int AS o`,
        )
      )[0];
    const before = await count();
    await portal.db.query(`CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure at commit'; END $$`);
    await portal.db.query(`CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON encompass_route
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`);
    try {
      const failed = (await police.gql(RECORD, {
        input: { incidentReference: 'NF-ROLLBACK', occurredAt: '2026-11-18T19:00:00Z', summary: SUMMARY, children: [ELLA] },
      })) as Result;
      expect(code(failed)).not.toBe('OK');
    } finally {
      await portal.db.query(`DROP TRIGGER test_fail_at_commit ON encompass_route`);
      await portal.db.query(`DROP FUNCTION test_fail_at_commit()`);
    }
    expect(await count()).toEqual(before);
  });

  it('lets only a police officer record, and names each bad field with nothing written', async () => {
    const [sam, police] = await at('2026-11-18T21:00:00Z', 'schoolPractitioner', 'police');
    const input = { incidentReference: 'NF-1', occurredAt: '2026-11-18T19:00:00Z', summary: SUMMARY, children: [ELLA] };
    expect(code((await sam.gql(RECORD, { input })) as Result)).toBe('FORBIDDEN');
    const before = (await portal.db.query(`SELECT count(*)::int AS n FROM encompass_notification`))[0].n;
    // The shape of each field is checked at the door, then the rules that need the clock and the directory.
    const badNhs = (await police.gql(RECORD, { input: { ...input, children: [{ ...ELLA, nhsNumber: '9434765918' }] } })) as Result;
    expect([code(badNhs), fields(badNhs)]).toEqual(['BAD_USER_INPUT', ['children.0.nhsNumber']]);
    const bad = (await police.gql(RECORD, {
      input: {
        incidentReference: ' ',
        occurredAt: '2026-11-19T19:00:00Z',
        summary: SUMMARY,
        children: [{ ...ELLA, settingId: '00000000-0000-4000-8000-000000000000' }],
      },
    })) as Result;
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(fields(bad)).toEqual(['incidentReference', 'occurredAt', 'children.0.settingId']);
    expect((await portal.db.query(`SELECT count(*)::int AS n FROM encompass_notification`))[0].n).toBe(before);
  });

  it('routes a child the portal does not know to the school the officer named', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [
      { firstName: 'Noor', lastName: 'Bassi', dateOfBirth: '2016-03-03', settingId: portal.ids.settings.oakwood },
    ]);
    expect(recorded.routes.map((r) => [r.settingName, r.stage])).toEqual([['Oakwood Primary School', 'AWAITING']]);
    const [stored] = await portal.db.query(`SELECT person_id, family_id FROM encompass_child WHERE notification_id = $1`, [recorded.id]);
    expect(stored).toEqual({ person_id: null, family_id: null });
  });

  it('gives the FPT manager the figures: per setting, read before the school day, time to acknowledge, escalations; partners none', async () => {
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const recorded = await record(police, [ELLA]);
    const [jo] = await at('2026-11-19T07:30:00Z', 'schoolDsl');
    await jo.gql(OPEN, { id: recorded.id });
    await jo.gql(ACK, { input: { routeId: recorded.routes[0].id, version: recorded.routes[0].version, response: 'SILENT_SUPPORT' } });
    const [manager, sam] = await at('2026-11-19T09:00:00Z', 'fptManager', 'schoolPractitioner');
    const figures = (await manager.gql(FIGURES)) as Result;
    expect(code(figures)).toBe('OK');
    const encompass = (figures.data!.impactFigures as { encompass: { total: Record<string, unknown>; bySetting: { key: string }[] } })
      .encompass;
    const [expected] = await portal.db.query(
      `SELECT count(DISTINCT n.id)::int AS notifications,
              count(*) FILTER (WHERE NOT r.with_council_contact)::int AS denominator,
              count(*) FILTER (WHERE NOT r.with_council_contact AND r.first_read_at <= r.due_at)::int AS numerator
         FROM encompass_route r JOIN encompass_notification n ON n.id = r.notification_id
        WHERE n.recorded_at < '2026-12-01T00:00:00Z'`,
    );
    expect(encompass.total).toEqual(
      expect.objectContaining({
        notifications: expected.notifications,
        readBeforeSchoolDay: { numerator: expected.numerator, denominator: expected.denominator },
      }),
    );
    expect(expected.numerator).toBeGreaterThan(0);
    expect(encompass.bySetting.map((s) => s.key)).toContain('Riverside Academy');
    const partner = (await sam.gql(FIGURES)) as Result;
    expect((partner.data!.impactFigures as { encompass: { total: { notifications: number } } }).encompass.total.notifications).toBe(0);
  });
  it('gives a child’s subject access export the notifications about them (status and response by setting), another child’s none', async () => {
    const mia = await child('Mia');
    const [police] = await at('2026-11-18T21:00:00Z', 'police');
    const sibling = { firstName: 'Rosie', lastName: 'Hartley', dateOfBirth: '2019-02-03' };
    const recorded = await record(police, [ELLA, sibling], 'NF-2026-0701');
    await record(police, [{ ...mia, id: undefined, nhsNumber: undefined }], 'NF-2026-0702');
    const [jo] = await at('2026-11-19T07:30:00Z', 'schoolDsl');
    const ella = recorded.routes.find((r) => r.settingName === 'Riverside Academy')!;
    const ack = (await jo.gql(ACK, {
      input: { routeId: ella.id, version: ella.version, response: 'CONSIDER_EARLY_HELP', note: 'Pastoral lead to check in daily.' },
    })) as Result;
    expect(code(ack)).toBe('OK');
    const [manager] = await at('2026-11-19T09:00:00Z', 'fptManager');
    const exportFor = async (personId: string) => {
      const result = (await manager.gql(EXPORT, { id: personId })) as Result;
      expect(code(result)).toBe('OK');
      const { json } = result.data!.subjectAccessExport as { json: string };
      const report = JSON.parse(json) as {
        sections: {
          title: string;
          items: { heading: string; fields: { label: string; value: { text: string; redact?: string }[] }[] }[];
        }[];
      };
      return report.sections.find((section) => section.title === 'Operation Encompass notifications')!.items;
    };
    const value = (fields: { label: string; value: { text: string }[] }[], label: string) =>
      fields
        .find((field) => field.label === label)
        ?.value.map((v) => v.text)
        .join('');

    const items = await exportFor((await child('Ella')).id);
    const mine = items.find((item) => item.heading === 'Incident NF-2026-0701')!;
    expect(items.map((item) => item.heading)).not.toContain('Incident NF-2026-0702');
    expect(value(mine.fields, 'Summary')).toBe(SUMMARY);
    expect(value(mine.fields, 'When it happened')).toBe('2026-11-18 20:00 UTC');
    expect(value(mine.fields, 'Recorded by')).toMatch(/^Northfield Police Early Help Team: /);
    expect(value(mine.fields, 'Riverside Academy: status')).toBe('Acknowledged');
    expect(value(mine.fields, 'Riverside Academy: the school’s response')).toBe('Consider early help');
    expect(value(mine.fields, 'Riverside Academy: note')).toBe('Pastoral lead to check in daily.');
    // The child the export is about is plain; the other child the police named is marked.
    const children = mine.fields.filter((field) => field.label === 'Child').map((field) => field.value);
    expect(children).toEqual([
      [{ text: 'Ella Hartley (born 2014-04-08)' }],
      [{ text: 'Rosie Hartley (born 2019-02-03)', redact: 'About another child' }],
    ]);
    // Mia's export has hers, not Ella's.
    const hers = await exportFor(mia.id);
    expect(hers.map((item) => item.heading)).toContain('Incident NF-2026-0702');
    expect(hers.map((item) => item.heading)).not.toContain('Incident NF-2026-0701');
  });
});
