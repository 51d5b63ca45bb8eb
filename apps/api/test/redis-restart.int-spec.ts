import { CaseUpdateKind, jobCounts, QueueName, SmtpEmailChannel } from '@eh/notifications';
import { createKysely } from '../src/database/kysely';
import { WORKER_SCHEDULES } from '../src/notifications/notification-delivery';
import { Outbox } from '../src/notifications/outbox';
import { eventually, queueConnection, startDelivery } from './delivery';
import { MailSink, startMailSink } from './mail-sink';
import { OwnRedis } from './own-redis';
import { startTestPortal, TestPortal } from './test-app';

// Redis killed with kill -9 in the middle of a burst and restarted empty (no persistence, as a
// Redis without AOF comes back): every in-app notification and every email still arrives, once,
// and the daily schedules come back by themselves. This test kills Redis, so it runs its own on
// a free port and kills only that one, by its pid.

const EVENTS = 40;
const RECIPIENTS = 30;
const EMAIL_NOW = 15;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('notifications across a Redis that is killed and comes back empty', () => {
  let redis: OwnRedis;
  let portal: TestPortal;
  let sink: MailSink;
  let channel: SmtpEmailChannel;
  beforeAll(async () => {
    redis = await OwnRedis.onFreePort();
    await redis.start();
    [portal, sink] = await Promise.all([startTestPortal({ redisUrl: redis.url }), startMailSink({ delayMs: 20 })]);
    channel = new SmtpEmailChannel(`smtp://127.0.0.1:${sink.port}`, 'Early Help portal <no-reply@example.org>');
  });
  afterAll(async () => {
    channel.close();
    await sink.close();
    await portal.close().catch(() => undefined);
    await redis.kill();
  });

  it('delivers every in-app notification and every email exactly once, and the schedules come back', async () => {
    const connection = queueConnection(portal, redis.url);
    // Recipients in the agency that leads the Brook family's case; some want email at once.
    const people = await portal.db.query<{ id: string; email: string }[]>(
      `INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash)
       SELECT 'burst' || g || '@oakwood.example.org', 'Burst ' || g, 'Teacher', 'PRACTITIONER', $1, 'x' FROM generate_series(1, $2) g RETURNING id, email`,
      [portal.ids.agencies.oakwood, RECIPIENTS],
    );
    const emailed = people.slice(0, EMAIL_NOW);
    await portal.db.query(
      `INSERT INTO notification_preference (user_id, kind, channel) SELECT unnest($1::uuid[]), 'FORUM_DECISION', 'EMAIL_NOW'`,
      [emailed.map((p) => p.id)],
    );

    // The worker process's delivery, relaying again after 1 s what is not done and checking the
    // schedules every half second (the defaults are a minute each).
    const worker = startDelivery(portal, {
      redisUrl: redis.url,
      email: { channel, portalUrl: 'https://portal.example.org', serviceName: 'Early Help Partnership Portal' },
      relayIntervalMs: 50,
      relayBatchSize: 100,
      resendAfterMs: 1000,
      scheduleCheckMs: 500,
      schedules: WORKER_SCHEDULES,
    });
    await worker.scheduled;
    const outbox = new Outbox();
    const kysely = createKysely(portal.db);

    // A burst of Forum decisions as the API records them, one outbox row each; Redis is killed
    // with kill -9 at two random moments while they are relayed and delivered, and comes back
    // empty a moment later.
    const kills = [100 + Math.random() * 600, 900 + Math.random() * 900].map(Math.round);
    const started = Date.now();
    const outages = (async () => {
      for (const at of kills) {
        await pause(at - (Date.now() - started));
        await redis.kill();
        await pause(100 + Math.random() * 400);
        await redis.start();
      }
    })();
    for (let i = 0; i < EVENTS; i++) {
      await outbox.caseUpdate(
        kysely,
        CaseUpdateKind.FORUM_DECISION,
        portal.ids.cases.brook,
        people.map((p) => p.id),
      );
      await pause(10);
    }
    await outages;
    const restartedAt = Date.now();

    const count = async () => {
      const [row] = await portal.db.query<{ n: number; emailed: number }[]>(
        `SELECT count(*)::int AS n, count(emailed_at)::int AS emailed FROM notification WHERE kind = 'FORUM_DECISION'`,
      );
      return { ...row, mail: sink.mail.length };
    };
    const expected = { n: EVENTS * RECIPIENTS, emailed: EVENTS * EMAIL_NOW, mail: EVENTS * EMAIL_NOW };
    const healed = await eventually(count, (c) => c.n >= expected.n && c.emailed >= expected.emailed && c.mail >= expected.mail, 300);
    // Anything that would arrive twice has had time to.
    await pause(1500);
    const settled = await count();
    const delayed = {
      notifications: (await jobCounts(connection, QueueName.Notifications)).delayed,
      figures: (await jobCounts(connection, QueueName.Figures)).delayed,
    };
    await worker.stop();

    const context = `kills at ${kills.join(' and ')} ms; healed ${Date.now() - restartedAt} ms after the last restart`;
    expect({ context, healed, settled }).toEqual({ context, healed: expected, settled: expected });
    const perPerson = new Map<string, number>();
    for (const m of sink.mail) perPerson.set(m.to, (perPerson.get(m.to) ?? 0) + 1);
    expect(Object.fromEntries(perPerson)).toEqual(Object.fromEntries(emailed.map((p) => [p.email, EVENTS])));
    // The daily reminders, digest, purge and sustainment checks, the Operation Encompass sweep, and the
    // impact refresh, are scheduled again.
    expect(delayed).toEqual({ notifications: 5, figures: 1 });
  }, 120_000);
});
