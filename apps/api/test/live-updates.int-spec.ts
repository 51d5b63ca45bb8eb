import { CaseUpdateKind, JobName } from '@eh/notifications';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LiveSignalPublisher } from '../src/live/live-signals';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { meetingInSession, openLive } from './live-client';
import { signInWithPassword, startTestPortal, TEST_NOW, TestPortal } from './test-app';

const DECIDE = `mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { id version decision } }`;
const TAKE = `mutation($input: TakeAgendaItemInput!) { takeAgendaItem(input: $input) { currentItemId meeting { version } } }`;
const AGENDA = `query($id: ID!) { agenda(meetingId: $id) { currentItemId currentItemHidden items { id decision discussion actions { description } } } }`;

type Agenda = {
  agenda: {
    currentItemId: string | null;
    currentItemHidden: boolean;
    items: { id: string; decision: string | null; discussion: string | null; actions: { description: string }[] }[];
  };
};

// The live channel on one API (issue 15, part 1): GET /events signed in by the session cookie,
// signals after commit only, sessions that end lose their stream, heartbeats. The channel across
// two API processes is two-replicas.int-spec.ts.
describe('live updates', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ settings: { LIVE_HEARTBEAT_SECONDS: '1', LIVE_SESSION_CHECK_SECONDS: '1' } });
  });
  afterAll(() => portal.close());

  it('opens a stream only for a signed-in session, never for one still waiting for its second factor', async () => {
    const anonymous = await openLive(portal.url, undefined);
    expect(anonymous.status).toBe(401);
    const pending = await signInWithPassword(portal.url, 'sfp@oakwood.example.org');
    const half = await openLive(portal.url, pending.cookie);
    expect(half.status).toBe(401);
    const school = await portal.signIn('schoolPractitioner');
    const badMeeting = await openLive(portal.url, school.cookie, '?meeting=not-an-id');
    expect(badMeeting.status).toBe(400);
    const live = await openLive(portal.url, school.cookie);
    expect(live.status).toBe(200);
    expect(live.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(live.headers['content-encoding']).toBeUndefined();
    expect(live.headers['x-accel-buffering']).toBe('no');
    expect((await live.next('ready')).data).toEqual({ live: true });
    // Heartbeats keep proxies from cutting an idle stream (every second in this test).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(live.comments).toContain('keep-alive');
    live.close();
  });

  it('follows a meeting: the chair’s next item and decision reach an attendee, who reads them through the agenda', async () => {
    const chair = await portal.signIn('fptManager');
    const { meetingId, meetingVersion, item } = await meetingInSession(portal, chair);
    const school = await portal.signIn('schoolPractitioner');
    const police = await portal.signIn('police');
    const attendee = await openLive(portal.url, school.cookie, `?meeting=${meetingId}`);
    const outsider = await openLive(portal.url, police.cookie, `?meeting=${meetingId}`);
    const elsewhere = await openLive(portal.url, school.cookie);
    await Promise.all([attendee.next('ready'), outsider.next('ready'), elsewhere.next('ready')]);

    const taken = await chair.gql<{ takeAgendaItem: { currentItemId: string } }>(TAKE, {
      input: { meetingId, version: meetingVersion, itemId: item.id },
    });
    expect(taken.data!.takeAgendaItem.currentItemId).toBe(item.id);
    expect((await attendee.next('meeting', (d) => d.itemId === item.id)).data).toEqual({ meetingId, itemId: item.id });
    const followed = await school.gql<Agenda>(AGENDA, { id: meetingId });
    expect(followed.data!.agenda.currentItemId).toBe(item.id);
    // The police officer gets the signal (they follow the meeting) but reads no item of a case they
    // may not see: only that the meeting is on one.
    await outsider.next('meeting', (d) => d.itemId === item.id);
    const hidden = await police.gql<Agenda>(AGENDA, { id: meetingId });
    expect(hidden.data!.agenda).toEqual({ currentItemId: null, currentItemHidden: true, items: [] });

    const heardSoFar = attendee.events.length;
    const decided = await chair.gql(DECIDE, {
      input: {
        itemId: item.id,
        version: item.version,
        discussion: 'School to offer a mentor; review at the next meeting.',
        decision: 'CONTINUE_LEVEL_2',
        actions: [{ ownerId: portal.ids.users.schoolPractitioner, description: 'Arrange a mentor', dueOn: '2026-12-02' }],
      },
    });
    expect(decided.errors).toBeUndefined();
    await attendee.next('meeting', (d) => d.itemId === item.id, 5000, heardSoFar);
    // In session, an attendee who may see the case follows the record as it is made.
    const record = await school.gql<Agenda>(AGENDA, { id: meetingId });
    expect(record.data!.agenda.items).toEqual([
      {
        id: item.id,
        decision: 'CONTINUE_LEVEL_2',
        discussion: 'School to offer a mentor; review at the next meeting.',
        actions: [{ description: 'Arrange a mentor' }],
      },
    ]);
    // A stream not following the meeting heard none of it: the next thing it hears is its inbox.
    await school.gql(`mutation { markNotificationsRead(id: null) { unreadCount } }`);
    await elsewhere.next('inbox');
    expect(elsewhere.events.map((e) => e.event)).toEqual(['ready', 'inbox']);
    for (const c of [attendee, outsider, elsewhere]) c.close();
  });

  it('signals nothing for a change that was refused and rolled back', async () => {
    const chair = await portal.signIn('fptManager');
    const { meetingId, meetingVersion, item } = await meetingInSession(portal, chair);
    const watcher = await openLive(portal.url, chair.cookie, `?meeting=${meetingId}`);
    await watcher.next('ready');
    const stale = await chair.gql(TAKE, { input: { meetingId, version: meetingVersion - 1, itemId: item.id } });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const notAnItem = await chair.gql(TAKE, { input: { meetingId, version: meetingVersion, itemId: randomUUID() } });
    expect(notAnItem.errors![0].extensions!.fields).toEqual([{ field: 'itemId', message: 'Choose an item on this meeting’s agenda' }]);
    // Then one that commits: the first meeting signal the watcher hears is this one, for no item.
    await chair.gql(TAKE, { input: { meetingId, version: meetingVersion, itemId: null } });
    await watcher.next('meeting');
    expect(watcher.events.filter((e) => e.event === 'meeting').map((e) => e.data)).toEqual([{ meetingId, itemId: null }]);
    const [{ current_item_id, version }] = await portal.db.query('SELECT current_item_id, version FROM forum_meeting WHERE id = $1', [
      meetingId,
    ]);
    expect([current_item_id, version]).toEqual([null, meetingVersion + 1]);
    watcher.close();
  });

  it('tells a person’s open pages when the worker writes them a notification', async () => {
    const lead = await portal.signIn('schoolPractitioner');
    const other = await portal.signIn('healthVisitor');
    const leadLive = await openLive(portal.url, lead.cookie);
    const otherLive = await openLive(portal.url, other.cookie);
    await Promise.all([leadLive.next('ready'), otherLive.next('ready')]);
    const redis = new Redis(portal.config.redisUrl);
    try {
      const handlers = workerJobHandlers(
        portal.workerDb,
        null,
        { now: () => TEST_NOW },
        new LiveSignalPublisher(redis, portal.config.redisPrefix),
      );
      await handlers[JobName.CaseUpdate]({
        eventId: randomUUID(),
        kind: CaseUpdateKind.FORUM_DECISION,
        caseId: portal.ids.cases.brook,
        recipientIds: [portal.ids.users.schoolPractitioner],
      });
      await leadLive.next('inbox');
      const inbox = await lead.gql<{ inbox: { unreadCount: number } }>(`{ inbox { unreadCount } }`);
      expect(inbox.data!.inbox.unreadCount).toBeGreaterThan(0);
      // The health visitor got nothing: the next thing their stream hears is their own inbox.
      await other.gql(`mutation { markNotificationsRead(id: null) { unreadCount } }`);
      await otherLive.next('inbox');
      expect(otherLive.events.map((e) => e.event)).toEqual(['ready', 'inbox']);
    } finally {
      await redis.quit();
      leadLive.close();
      otherLive.close();
    }
  });

  it('ends the stream at once when its session signs out, and leaves the person’s other sessions open', async () => {
    const first = await portal.signIn('cgl');
    const second = await portal.signIn('cgl');
    const leaving = await openLive(portal.url, first.cookie);
    const staying = await openLive(portal.url, second.cookie);
    await Promise.all([leaving.next('ready'), staying.next('ready')]);
    await first.gql(`mutation { signOut }`);
    await leaving.next('ended', () => true, 2000);
    await leaving.ended;
    expect(staying.events.map((e) => e.event)).toEqual(['ready']);
    expect((await openLive(portal.url, first.cookie)).status).toBe(401);
    staying.close();
  });

  it('ends the streams of a session revoked, gone idle or moved to another agency at the next check', async () => {
    const revoked = await portal.signIn('harbour');
    const idle = await portal.signIn('police');
    const moved = await portal.signIn('healthVisitor');
    const streams = await Promise.all([revoked, idle, moved].map((s) => openLive(portal.url, s.cookie)));
    await Promise.all(streams.map((s) => s.next('ready')));
    const users = portal.ids.users;
    await portal.db.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [users.harbour]);
    await portal.db.query(`UPDATE user_session SET last_seen_at = now() - interval '2 hours' WHERE user_id = $1`, [users.police]);
    await portal.db.query(`UPDATE app_user SET agency_id = $2 WHERE id = $1`, [users.healthVisitor, portal.ids.agencies.voluntary]);
    // The check runs every second here (LIVE_SESSION_CHECK_SECONDS).
    await Promise.all(streams.map((s) => s.next('ended', () => true, 4000)));
  });

  it('does not keep a session alive by its open stream', async () => {
    const person = await portal.signIn('caseworker');
    const live = await openLive(portal.url, person.cookie);
    await live.next('ready');
    await portal.db.query(`UPDATE user_session SET last_seen_at = now() - interval '5 minutes' WHERE user_id = $1`, [
      portal.ids.users.caseworker,
    ]);
    // Several checks and heartbeats later the session's last use is unchanged.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const [{ idle }] = await portal.db.query(
      `SELECT extract(epoch FROM now() - last_seen_at) >= 290 AS idle FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`,
      [portal.ids.users.caseworker],
    );
    expect(idle).toBe(true);
    expect(live.events.map((e) => e.event)).toEqual(['ready']);
    live.close();
  });
});
