import { openLive } from './live-client';
import { OwnRedis } from './own-redis';
import { startTestPortal, TestPortal } from './test-app';

// The live channel while Redis is away (issue 15, part 1): streams stay open and are told the
// signals have paused (pages poll meanwhile); changes still save; when Redis is back every stream
// is told to read everything again, and signals flow as before. This test kills Redis, so it runs
// its own on a free port and kills only that one, by its pid.
describe('live updates across a Redis outage', () => {
  let redis: OwnRedis;
  let portal: TestPortal;
  beforeAll(async () => {
    redis = await OwnRedis.onFreePort();
    await redis.start();
    portal = await startTestPortal({ redisUrl: redis.url, settings: { LIVE_HEARTBEAT_SECONDS: '1' } });
  });
  afterAll(async () => {
    await portal.close().catch(() => undefined);
    await redis.kill();
  });

  it('keeps streams open while Redis is down, then tells them to read again and signals as before', async () => {
    // Signing in needs Redis (its throttle): done before the outage.
    const person = await portal.signIn('schoolPractitioner');
    const stream = await openLive(portal.url, person.cookie);
    expect((await stream.next('ready')).data).toEqual({ live: true });

    await redis.kill();
    expect((await stream.next('paused')).data).toEqual({ live: false });
    // A tab opened now is signed in (sessions are in PostgreSQL) and told to poll.
    const opened = await openLive(portal.url, person.cookie);
    expect(opened.status).toBe(200);
    expect((await opened.next('ready')).data).toEqual({ live: false });
    // Work goes on: a change saves, its signal is simply lost.
    const marked = await person.gql<{ markNotificationsRead: { unreadCount: number } }>(
      `mutation { markNotificationsRead(id: null) { unreadCount } }`,
    );
    expect(marked.data?.markNotificationsRead.unreadCount).toBe(0);
    const heartbeats = stream.comments.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stream.comments.length).toBeGreaterThan(heartbeats);

    await redis.start();
    await Promise.all([stream.next('resync', () => true, 15_000), opened.next('resync', () => true, 15_000)]);
    const before = stream.events.length;
    await person.gql(`mutation { markNotificationsRead(id: null) { unreadCount } }`);
    await stream.next('inbox', () => true, 5000, before);
    expect(stream.events.map((e) => e.event)).toEqual(['ready', 'paused', 'resync', 'inbox']);
    stream.close();
    opened.close();
  });
});
