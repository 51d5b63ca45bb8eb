import { EmailChannel, EmailMessage, JobOutcome, SmtpEmailChannel } from '@eh/notifications';
import { InAppNotificationsService } from '../src/notifications/in-app-notifications.service';
import { eventually, startDelivery } from './delivery';
import { MailSink, startMailSink } from './mail-sink';
import { startTestPortal, TestPortal } from './test-app';

describe('email notifications', () => {
  let portal: TestPortal;
  let sink: MailSink;
  let channel: SmtpEmailChannel;
  let service: InAppNotificationsService;
  beforeAll(async () => {
    [portal, sink] = await Promise.all([startTestPortal(), startMailSink()]);
    channel = new SmtpEmailChannel(`smtp://127.0.0.1:${sink.port}`, 'Early Help portal <no-reply@example.org>');
    service = new InAppNotificationsService(portal.workerDb, {
      channel,
      portalUrl: 'https://portal.example.org',
      serviceName: 'Early Help Partnership Portal',
    });
  });
  afterAll(async () => {
    channel.close();
    await sink.close();
    await portal.close();
  });

  it('emails at once those who asked for it, without any family details', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const set = await sam.gql<{ setNotificationPreference: { kind: string; channel: string }[] }>(
      'mutation { setNotificationPreference(kind: "CASE_ALLOCATED", channel: EMAIL_NOW) { kind channel } }',
    );
    expect(set.data!.setNotificationPreference).toContainEqual({ kind: 'CASE_ALLOCATED', channel: 'EMAIL_NOW' });
    await service.caseAllocated({ caseId: portal.ids.cases.brook, leadPractitionerId: portal.ids.users.schoolPractitioner });
    await service.caseAllocated({ caseId: portal.ids.cases.brook, leadPractitionerId: portal.ids.users.schoolPractitioner }); // a retry
    // The email goes through the outbox, written with the notification: one entry, sent once.
    const entries = await portal.db.query<{ job_name: string }[]>(`SELECT job_name FROM job_outbox`);
    expect(entries).toEqual([{ job_name: 'email.send' }]);
    const delivery = startDelivery(portal, {
      email: { channel, portalUrl: 'https://portal.example.org', serviceName: 'Early Help Partnership Portal' },
    });
    const done = await eventually(
      () => portal.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM job_outbox WHERE completed_at IS NOT NULL`),
      (rows) => rows[0].n === 1,
    );
    await delivery.stop();
    expect(done).toEqual([{ n: 1 }]);
    expect(sink.mail.map((m) => m.to)).toEqual(['sfp@oakwood.example.org']);
    const raw = sink.mail[0].raw;
    expect(raw).toContain('https://portal.example.org/inbox');
    for (const personal of ['Brook', 'Mia', 'Leah', 'Alder Close', 'NF1']) expect(raw).not.toContain(personal);
  });

  it('sends an email once when two runs of its job overlap, and again after a failed send', async () => {
    const [row] = await portal.db.query<{ id: string }[]>(
      `INSERT INTO notification (user_id, kind, entity_type, entity_id, event_key) VALUES ($1, 'PLAN_APPROVED', 'CASE', $2, 'twice') RETURNING id`,
      [portal.ids.users.schoolPractitioner, portal.ids.cases.brook],
    );
    const before = sink.mail.length;
    // Two runs of one email job side by side (the first still going when Redis lost its job, and
    // the relay's re-send): the second waits for the first instead of sending again.
    const outcomes = await Promise.all([
      service.sendEmails({ notificationIds: [row.id] }),
      service.sendEmails({ notificationIds: [row.id] }),
    ]);
    expect(outcomes.sort()).toEqual([JobOutcome.Done, JobOutcome.Skipped]);
    expect(sink.mail.slice(before).map((m) => m.to)).toEqual(['sfp@oakwood.example.org']);

    // A send that fails gives its claim back, so the job's retry sends it.
    const [other] = await portal.db.query<{ id: string }[]>(
      `INSERT INTO notification (user_id, kind, entity_type, entity_id, event_key) VALUES ($1, 'PLAN_APPROVED', 'CASE', $2, 'retry') RETURNING id`,
      [portal.ids.users.schoolPractitioner, portal.ids.cases.brook],
    );
    let refuse = true;
    const flaky: EmailChannel = {
      send: (message: EmailMessage) => (refuse ? Promise.reject(new Error('421 try again later')) : channel.send(message)),
      close: () => undefined,
    };
    const flakyService = new InAppNotificationsService(portal.db, {
      channel: flaky,
      portalUrl: 'https://portal.example.org',
      serviceName: 'Early Help Partnership Portal',
    });
    await expect(flakyService.sendEmails({ notificationIds: [other.id] })).rejects.toThrow('421 try again later');
    refuse = false;
    expect(await flakyService.sendEmails({ notificationIds: [other.id] })).toBe(JobOutcome.Done);
    expect(sink.mail.slice(before).map((m) => m.to)).toEqual(['sfp@oakwood.example.org', 'sfp@oakwood.example.org']);
  });

  it('respects in-app only, the default', async () => {
    const before = sink.mail.length;
    await service.caseAllocated({ caseId: portal.ids.cases.nowak, leadPractitionerId: portal.ids.users.cgl });
    expect(sink.mail.length).toBe(before);
    const [row] = await portal.db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [portal.ids.users.cgl]);
    expect(row.n).toBe(1);
  });

  it('gathers a daily digest of what arrived, once', async () => {
    const health = await portal.signIn('healthVisitor');
    await health.gql('mutation { setNotificationPreference(kind: "REFERRAL_DECIDED", channel: DAILY_DIGEST) { kind } }');
    for (const key of ['nowak', 'price']) {
      await portal.db.query(
        `INSERT INTO notification (user_id, kind, entity_type, entity_id) VALUES ($1, 'REFERRAL_DECIDED', 'REFERRAL', $2)`,
        [portal.ids.users.healthVisitor, portal.ids.referrals[key]],
      );
    }
    const before = sink.mail.length;
    await service.dailyDigest();
    await service.dailyDigest();
    const digests = sink.mail.slice(before);
    expect(digests.map((m) => m.to)).toEqual(['health.visitor@health.example.org']);
    expect(digests[0].raw).toContain('- referral decided: 2');
  });
});

describe('deadline reminders', () => {
  let portal: TestPortal;
  let service: InAppNotificationsService;
  beforeAll(async () => {
    portal = await startTestPortal();
    service = new InAppNotificationsService(portal.workerDb);
  });
  afterAll(() => portal.close());

  const notes = () =>
    portal.db.query<{ user_id: string; kind: string; entity_id: string }[]>(
      `SELECT user_id, kind, entity_id FROM notification ORDER BY kind, user_id`,
    );

  it('reminds the lead of an overdue first contact, escalates to the FPT manager, and sends each once', async () => {
    // Seeded on 18 Nov 2026: Nowak's first contact was due long ago; Brook's on 17 Nov.
    await service.dailyReminders('2026-11-18');
    await service.dailyReminders('2026-11-18');
    const overdue = (await notes()).filter((n) => n.kind === 'FIRST_CONTACT_OVERDUE' && n.entity_id === portal.ids.cases.brook);
    expect(overdue.map((n) => n.user_id).sort()).toEqual([portal.ids.users.fptManager, portal.ids.users.schoolPractitioner].sort());
  });

  it('reminds before a deadline, and stops once the thing is done', async () => {
    // Hartley was allocated on 16 Nov: first contact is due on 19 Nov, so on 18 Nov it is due soon.
    const hartley = () => notes().then((all) => all.filter((n) => n.entity_id === portal.ids.cases.hartley).map((n) => n.kind));
    expect(await hartley()).toContain('FIRST_CONTACT_DUE_SOON');
    await portal.db.query(`UPDATE early_help_case SET status = 'OPEN', first_contact_on = '2026-11-18' WHERE id = $1`, [
      portal.ids.cases.hartley,
    ]);
    await service.dailyReminders('2026-11-25');
    expect(await hartley()).not.toContain('FIRST_CONTACT_OVERDUE');
    // Nowak's first contact is still awaited, so the same run does chase it.
    const nowak = (await notes()).filter((n) => n.entity_id === portal.ids.cases.nowak).map((n) => n.kind);
    expect(nowak).toContain('FIRST_CONTACT_OVERDUE');
  });
});
