import { jobCounts, JobPublisher, JobRegistry, QueueName, startOutboxRelay, startWorkers } from '@eh/notifications';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { PostgresOutboxStore } from '../src/notifications/outbox';
import { eventually, queueConnection } from './delivery';
import { OwnRedis } from './own-redis';
import { startTestPortal, TestPortal } from './test-app';

// This test stops and starts Redis, so it runs its own on another port and stops only that one.
describe('the notification outbox across a Redis outage', () => {
  let portal: TestPortal;
  let redis: OwnRedis;
  beforeAll(async () => {
    redis = await OwnRedis.onFreePort();
    await redis.start();
    portal = await startTestPortal({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await portal.close().catch(() => undefined);
    await redis.kill();
  });

  it('delivers every notification exactly once after Redis comes back', async () => {
    const connection = queueConnection(portal, redis.url);
    const frontDoor = await portal.signIn('frontDoor');
    await redis.kill();

    // Decisions recorded while Redis is down still commit, with their notifications kept.
    const triage = (key: string, decision: string, lead?: { agency: string; user: string }) =>
      frontDoor.gql<{ triageReferral: { id: string } }>(`mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`, {
        input: {
          referralId: portal.ids.referrals[key],
          version: 1,
          decision,
          reason: 'Decided during the outage.',
          leadAgencyId: lead?.agency,
          leadPractitionerId: lead?.user,
        },
      });
    expect((await triage('ward', 'NO_FURTHER_ACTION')).errors).toBeUndefined();
    expect(
      (await triage('khan', 'LEVEL_2_PARTNER_LED', { agency: portal.ids.agencies.cgl, user: portal.ids.users.cgl })).errors,
    ).toBeUndefined();

    const publisher = new JobPublisher(connection);
    const store = new PostgresOutboxStore(portal.db);
    const relay = startOutboxRelay(store, publisher, { intervalMs: 100, batchSize: 10, resendAfterMs: 60_000 });
    expect(await relay.flush()).toBe(0);
    const [pending] = await portal.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE relayed_at IS NULL`);
    expect(pending.n).toBe(3);

    await redis.start();
    const workers = startWorkers(connection, JobRegistry.fromHandlers(workerJobHandlers(portal.db)), { outbox: store });
    const counts = await eventually(
      () => jobCounts(connection, QueueName.Notifications),
      (c) => c.completed >= 3,
    );
    const [open] = await portal.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE completed_at IS NULL`);
    expect(open.n).toBe(0);
    // Relaying the same entries again must not deliver them twice: BullMQ ignores a job id it holds.
    await portal.db.query(`UPDATE job_outbox SET relayed_at = NULL, completed_at = NULL`);
    await relay.flush();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await jobCounts(connection, QueueName.Notifications);
    await relay.stop();
    await publisher.close();
    await workers.close();

    expect(counts).toMatchObject({ completed: 3, failed: 0 });
    expect(after).toMatchObject({ completed: 3, failed: 0, waiting: 0 });
    const notifications = await portal.db.query(`SELECT kind, user_id FROM notification ORDER BY kind`);
    expect(notifications).toEqual([{ kind: 'CASE_ALLOCATED', user_id: portal.ids.users.cgl }]);
  });
});
