import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { jobCounts, JobPublisher, JobRegistry, QueueName, startOutboxRelay, startWorkers } from '@eh/notifications';
import { impactJobHandlers } from '../src/impact/impact-jobs';
import { InAppNotificationsService } from '../src/notifications/in-app-notifications.service';
import { PostgresOutboxStore } from '../src/notifications/outbox';
import { eventually, queueConnection } from './delivery';
import { startTestPortal, TestPortal } from './test-app';

// This test stops and starts Redis, so it runs its own on another port and stops only that one.
const PORT = 6390 + Math.floor(Math.random() * 50);
const URL = `redis://127.0.0.1:${PORT}/0`;

async function startRedis(): Promise<ChildProcess> {
  const server = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const probe = new Redis(URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const up = await probe.connect().then(() => probe.ping(), () => null);
    probe.disconnect();
    if (up === 'PONG') return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Test Redis did not start');
}

async function stopRedis(server: ChildProcess): Promise<void> {
  server.kill('SIGKILL');
  if (server.exitCode === null && server.signalCode === null) await once(server, 'exit');
}

describe('the notification outbox across a Redis outage', () => {
  let portal: TestPortal;
  let redis: ChildProcess;
  beforeAll(async () => {
    redis = await startRedis();
    portal = await startTestPortal({ redisUrl: URL });
  });
  afterAll(async () => {
    await portal.close().catch(() => undefined);
    await stopRedis(redis);
  });

  it('delivers every notification exactly once after Redis comes back', async () => {
    const connection = queueConnection(portal, URL);
    const frontDoor = await portal.signIn('frontDoor');
    await stopRedis(redis);

    // Decisions recorded while Redis is down still commit, with their notifications kept.
    const triage = (key: string, decision: string, lead?: { agency: string; user: string }) =>
      frontDoor.gql<{ triageReferral: { id: string } }>(`mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`, {
        input: { referralId: portal.ids.referrals[key], version: 1, decision, reason: 'Decided during the outage.',
          leadAgencyId: lead?.agency, leadPractitionerId: lead?.user },
      });
    expect((await triage('ward', 'NO_FURTHER_ACTION')).errors).toBeUndefined();
    expect((await triage('khan', 'LEVEL_2_PARTNER_LED', { agency: portal.ids.agencies.cgl, user: portal.ids.users.cgl })).errors).toBeUndefined();

    const publisher = new JobPublisher(connection);
    const relay = startOutboxRelay(new PostgresOutboxStore(portal.db), publisher, { intervalMs: 100, batchSize: 10 });
    expect(await relay.flush()).toBe(0);
    const [pending] = await portal.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE relayed_at IS NULL`);
    expect(pending.n).toBe(3);

    redis = await startRedis();
    const workers = startWorkers(connection, JobRegistry.fromHandlers({ ...new InAppNotificationsService(portal.db).handlers(), ...impactJobHandlers(portal.db) }));
    const counts = await eventually(() => jobCounts(connection, QueueName.Notifications), (c) => c.completed >= 3);
    // Relaying the same entries again must not deliver them twice.
    await portal.db.query(`UPDATE job_outbox SET relayed_at = NULL`);
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
