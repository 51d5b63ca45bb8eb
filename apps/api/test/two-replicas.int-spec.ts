import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { apiProcessEnv, NODE_ARGS } from './api-process';
import { meetingInSession, openLive } from './live-client';
import { freePort } from './own-redis';
import { session, startTestPortal, TestPortal } from './test-app';

// Two API processes (the compiled API, npm run build:api) on one database and one Redis, as behind
// the compose file's proxy (issue 15, part 3): a session made on one is honoured by the other, a
// decision recorded through one reaches a browser connected to the other within 2 seconds, and
// signing out through one ends the stream held by the other at once.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Replica {
  readonly url: string;
  readonly process: ChildProcess;
  output: string;
}

async function startReplica(portal: TestPortal): Promise<Replica> {
  const port = await freePort();
  const child = spawn('node', NODE_ARGS, {
    env: apiProcessEnv(portal, port, { SHUTDOWN_GRACE_SECONDS: '5' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const replica: Replica = { url: `http://127.0.0.1:${port}`, process: child, output: '' };
  child.stdout?.on('data', (chunk: Buffer) => (replica.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (replica.output += chunk.toString()));
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`${replica.url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return replica;
    if (child.exitCode !== null) break;
    await pause(100);
  }
  throw new Error(`The replica did not become ready: ${replica.output}`);
}

async function stop(replica: Replica | undefined): Promise<void> {
  if (!replica || replica.process.exitCode !== null) return;
  const exited = once(replica.process, 'exit');
  replica.process.kill('SIGTERM');
  await exited;
}

describe('two API replicas on one database and Redis', () => {
  let portal: TestPortal;
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    portal = await startTestPortal();
    [a, b] = await Promise.all([startReplica(portal), startReplica(portal)]);
  });
  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await portal.close();
  });

  it('brings a decision recorded through one replica to a browser connected to the other within 2 seconds', async () => {
    // Signed in once (sessions are rows in PostgreSQL): the cookies work on either replica.
    const chair = session(a.url, (await portal.signIn('fptManager')).cookie);
    const attendee = session(b.url, (await portal.signIn('schoolPractitioner')).cookie);
    const { meetingId, item } = await meetingInSession(portal, chair);

    const stream = await openLive(b.url, attendee.cookie, `?meeting=${meetingId}`);
    expect(stream.status).toBe(200);
    expect((await stream.next('ready')).data).toEqual({ live: true });

    const sent = Date.now();
    const seen = stream.next('meeting', (d) => d.itemId === item.id, 2000);
    const decided = await chair.gql<{ recordForumDecision: { decision: string } }>(
      `mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { decision } }`,
      {
        input: {
          itemId: item.id,
          version: item.version,
          discussion: 'Mentoring to start at school.',
          decision: 'CONTINUE_LEVEL_2',
          actions: [],
        },
      },
    );
    expect(decided.data?.recordForumDecision.decision).toBe('CONTINUE_LEVEL_2');
    const signal = await seen;
    expect(signal.data).toEqual({ meetingId, itemId: item.id, current: false });
    expect(signal.at - sent).toBeLessThan(2000);

    // The browser then reads the item the signal names through replica B and sees the decision,
    // by the visibility rule (as the web client does: use-live-agenda.ts).
    const read = await attendee.gql<{ liveAgendaItem: { item: { id: string; decision: string | null } } }>(
      `query($id: ID!, $itemId: ID) { liveAgendaItem(meetingId: $id, itemId: $itemId) { item { id decision } } }`,
      { id: meetingId, itemId: item.id },
    );
    expect(read.data?.liveAgendaItem.item).toEqual({ id: item.id, decision: 'CONTINUE_LEVEL_2' });
    stream.close();
  });

  it('ends a stream held by one replica at once when its session signs out through the other', async () => {
    const cookie = (await portal.signIn('healthVisitor')).cookie;
    const stream = await openLive(b.url, cookie);
    await stream.next('ready');
    const signedOut = await session(a.url, cookie).gql<{ signOut: boolean }>(`mutation { signOut }`);
    expect(signedOut.data?.signOut).toBe(true);
    await stream.next('ended', () => true, 2000);
    await stream.ended;
    expect((await openLive(b.url, cookie)).status).toBe(401);
  });
});
