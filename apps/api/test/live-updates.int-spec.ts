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

const LIVE_ITEM = `query($meetingId: ID!, $itemId: ID) {
  liveAgendaItem(meetingId: $meetingId, itemId: $itemId) {
    meeting { id status }
    item { id decision discussion actions { description } contributions { id } case { caseId } }
    currentItemId
    currentItemHidden
  }
}`;

type LiveItem = {
  liveAgendaItem: {
    meeting: { id: string; status: string };
    item: { id: string; decision: string | null } | null;
    currentItemId: string | null;
    currentItemHidden: boolean;
  };
};

async function lastAuditId(portal: TestPortal): Promise<number> {
  const [{ max }] = await portal.db.query('SELECT coalesce(max(id), 0)::int AS max FROM audit_event');
  return max as number;
}

// The audit rows written since `start` by the people in these tests (sign-ins write their own).
function auditSince(portal: TestPortal, start: number): Promise<unknown[]> {
  return portal.db.query(
    `SELECT actor_id, action, entity_type, entity_id, entity_ids, family_ids, outcome FROM audit_event
      WHERE id > $1 AND action NOT IN ('SIGN_IN', 'SIGN_OUT') ORDER BY id`,
    [start],
  );
}

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
    expect((await attendee.next('meeting', (d) => d.itemId === item.id)).data).toEqual({ meetingId, itemId: item.id, current: true });
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
    // A change to the item, not a move: `current` false.
    expect((await attendee.next('meeting', (d) => d.itemId === item.id, 5000, heardSoFar)).data).toEqual({
      meetingId,
      itemId: item.id,
      current: false,
    });
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

  it('reads one item of the meeting and where the meeting stands, for whoever may see the agenda item, audited like the agenda', async () => {
    const chair = await portal.signIn('fptManager');
    const { meetingId, meetingVersion, item } = await meetingInSession(portal, chair);
    const school = await portal.signIn('schoolPractitioner');
    const police = await portal.signIn('police');
    const brook = portal.ids.cases.brook;
    const [{ family_id: brookFamily }] = await portal.db.query('SELECT family_id FROM early_help_case WHERE id = $1', [brook]);
    const [{ id: otherMeeting }] = await portal.db.query('SELECT id FROM forum_meeting WHERE id <> $1 LIMIT 1', [meetingId]);
    await chair.gql(TAKE, { input: { meetingId, version: meetingVersion, itemId: item.id } });
    const decided = await chair.gql(DECIDE, {
      input: {
        itemId: item.id,
        version: item.version,
        discussion: 'Mentoring to start at school.',
        decision: 'CONTINUE_LEVEL_2',
        actions: [{ ownerId: portal.ids.users.schoolPractitioner, description: 'Arrange a mentor', dueOn: '2026-12-02' }],
      },
    });
    expect(decided.errors).toBeUndefined();

    // An attendee who may see the case: the item as the agenda shows it, and where the meeting is.
    let start = await lastAuditId(portal);
    const read = await school.gql<LiveItem>(LIVE_ITEM, { meetingId, itemId: item.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.liveAgendaItem).toEqual({
      meeting: { id: meetingId, status: 'IN_SESSION' },
      item: {
        id: item.id,
        decision: 'CONTINUE_LEVEL_2',
        discussion: 'Mentoring to start at school.',
        actions: [{ description: 'Arrange a mentor' }],
        contributions: [],
        case: { caseId: brook },
      },
      currentItemId: item.id,
      currentItemHidden: false,
    });
    // The same item through the whole agenda: the one read gives what the agenda read gives.
    const agenda = await school.gql<Agenda>(AGENDA, { id: meetingId });
    expect(agenda.data!.agenda.items).toEqual([
      {
        id: item.id,
        decision: 'CONTINUE_LEVEL_2',
        discussion: 'Mentoring to start at school.',
        actions: [{ description: 'Arrange a mentor' }],
      },
    ]);
    const [itemRead, agendaRead] = await auditSince(portal, start);
    expect(itemRead).toEqual({
      actor_id: portal.ids.users.schoolPractitioner,
      action: 'READ_AGENDA',
      entity_type: 'CASE',
      entity_id: null,
      entity_ids: [brook],
      family_ids: [brookFamily],
      outcome: 'ALLOWED',
    });
    expect(agendaRead).toEqual(itemRead);

    // Between items: the meeting's state alone, with no item and so no case read.
    start = await lastAuditId(portal);
    const stands = await school.gql<LiveItem>(LIVE_ITEM, { meetingId, itemId: null });
    expect(stands.data!.liveAgendaItem).toEqual({
      meeting: { id: meetingId, status: 'IN_SESSION' },
      item: null,
      currentItemId: item.id,
      currentItemHidden: false,
    });
    expect(await auditSince(portal, start)).toEqual([]);

    // Someone who may not see the case: refused as not found, and the refusal audited; asked for
    // no item, they learn only that the meeting is on one they may not see.
    start = await lastAuditId(portal);
    const refused = await police.gql<LiveItem>(LIVE_ITEM, { meetingId, itemId: item.id });
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await auditSince(portal, start)).toEqual([
      {
        actor_id: portal.ids.users.police,
        action: 'READ_AGENDA',
        entity_type: 'AGENDA_ITEM',
        entity_id: item.id,
        entity_ids: null,
        family_ids: null,
        outcome: 'DENIED',
      },
    ]);
    const hidden = await police.gql<LiveItem>(LIVE_ITEM, { meetingId, itemId: null });
    expect(hidden.data!.liveAgendaItem).toEqual({
      meeting: { id: meetingId, status: 'IN_SESSION' },
      item: null,
      currentItemId: null,
      currentItemHidden: true,
    });

    // Not on this meeting's agenda, or no such item: not found either; an id that is not one is
    // a named input error.
    const elsewhere = await school.gql<LiveItem>(LIVE_ITEM, { meetingId: otherMeeting, itemId: item.id });
    expect(elsewhere.errors![0].extensions!.code).toBe('NOT_FOUND');
    const none = await school.gql<LiveItem>(LIVE_ITEM, { meetingId, itemId: randomUUID() });
    expect(none.errors![0].extensions!.code).toBe('NOT_FOUND');
    const bad = await school.gql<LiveItem>(LIVE_ITEM, { meetingId, itemId: 'not-an-id' });
    expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'itemId', message: 'itemId is not a valid id' }]);
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
    expect(watcher.events.filter((e) => e.event === 'meeting').map((e) => e.data)).toEqual([{ meetingId, itemId: null, current: true }]);
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
