// Live updates across two replicas (issue 15): the compiled API started twice on one database and
// one Redis, 200 browsers' live streams (GET /events, following one Forum meeting) spread over the
// two, and the chair recording the meeting through the first replica: moving to an item, then
// recording its decision, item after item. For each change: how long until each stream heard the
// signal, and until each had read the agenda again through its own replica (what a browser does
// on a signal), as p50 / p95 / max over the clients; then over every change. Printed beside the
// polling the channel replaces (the inbox's 15 s timer: a change waits on average half a period)
// and the load average. The streams share two sessions (the chair's and a practitioner's), as tabs
// would; each is its own connection and stream.
//   npm run bench:live [-- --clients 200 --cases 500 --jitter-ms 250]
const http = require('node:http');
const { numberArg, runMain } = require('./lib/cli.cjs');
const { createCouncil } = require('./lib/council.cjs');
const { loadAverage } = require('./lib/load-run.cjs');
const { freePort, graphqlAs, signInWithAuthenticator, startPortalProcess } = require('./lib/portal.cjs');

const POLL_SECONDS = 15;
const AGENDA = 'query LiveAgenda($id: ID!) { agenda(meetingId: $id) { currentItemId items { id decision } } }';
const TAKE = 'mutation($input: TakeAgendaItemInput!) { takeAgendaItem(input: $input) { meeting { version } } }';
const DECIDE = 'mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { id } }';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (value) => `${Math.round(value)} ms`;
const spread = (values) => `p50 ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(Math.max(...values))}`;

// One browser tab: its stream, and on each meeting signal a read of the agenda again (after the
// web client's random spread, use-live.ts), answered 503 now and then when a replica is saturated
// (read again after its Retry-After, as the client's poll would).
function openClient(url, cookie, meetingId, jitterMs, stats) {
  return new Promise((resolve, reject) => {
    const client = { heard: new Map(), read: new Map(), refusals: 0 };
    const gql = (query, variables) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
    const readAgain = async (change) => {
      await pause(Math.random() * jitterMs);
      for (;;) {
        const response = await gql(AGENDA, { id: meetingId });
        if (response.status === 503) {
          client.refusals += 1;
          stats.refusals += 1;
          await pause(Number(response.headers.get('retry-after') ?? '2') * 1000);
          continue;
        }
        const body = await response.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        client.read.set(change, Date.now());
        return;
      }
    };
    const req = http.request(`${url}/events?meeting=${meetingId}`, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`The stream was refused: ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith('event: ready')) resolve(client);
          if (!block.startsWith('event: meeting')) continue;
          const change = stats.current;
          if (change === null || client.heard.has(change)) continue;
          client.heard.set(change, Date.now());
          readAgain(change).catch((error) => stats.errors.push(error));
        }
      });
    });
    req.on('error', reject);
    req.end();
    client.close = () => req.destroy();
  });
}

async function until(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await pause(20);
  }
}

async function main() {
  const argv = process.argv;
  const clients = numberArg(argv, '--clients', 200);
  const jitterMs = argv.includes('--jitter-ms') ? Number(argv[argv.indexOf('--jitter-ms') + 1]) : 250;
  console.log(`before: ${loadAverage()}`);
  const council = await createCouncil({ cases: numberArg(argv, '--cases', 500) });
  const replicas = [];
  const streams = [];
  try {
    for (let i = 0; i < 2; i++) replicas.push(await startPortalProcess(council.portalEnv({ port: await freePort() })));
    const [a, b] = replicas;
    const chairCookie = await signInWithAuthenticator(a.url, council.users.fptManager.email);
    const practitionerCookie = await signInWithAuthenticator(b.url, council.users.practitioner.email);
    // The meeting sits today (set directly: the benchmark is about what follows).
    const { Client } = require('pg');
    const owner = new Client({ connectionString: council.ownerUrl });
    await owner.connect();
    await owner.query(`UPDATE forum_meeting SET status = 'IN_SESSION', started_at = now() WHERE id = $1`, [council.meetingId]);
    await owner.end();

    // What one read of the agenda costs alone, as the chair and as the practitioner, on this machine now.
    const alone = [];
    for (let i = 0; i < 20; i++) {
      const started = Date.now();
      await graphqlAs(i % 2 ? b.url : a.url, i % 4 < 2 ? chairCookie : practitionerCookie)(AGENDA, { id: council.meetingId });
      alone.push(Date.now() - started);
    }
    console.log(`one agenda read alone (20 in turn, both replicas): ${spread(alone)}; ${loadAverage()}`);

    const stats = { current: null, refusals: 0, errors: [] };
    for (let i = 0; i < clients; i++) {
      const replica = replicas[i % 2];
      const cookie = i % 4 < 2 ? chairCookie : practitionerCookie;
      streams.push(await openClient(replica.url, cookie, council.meetingId, jitterMs, stats));
    }
    console.log(
      `${clients} live streams open (${clients / 2} on each replica; pids ${a.pid}, ${b.pid}), following a meeting of ${council.agendaItems} items; clients spread their reads over ${jitterMs} ms; ${loadAverage()}`,
    );

    const chair = graphqlAs(a.url, chairCookie);
    const items = (await chair(AGENDA, { id: council.meetingId })).agenda.items;
    let version = Number(
      (await chair(`query($id: ID!) { agenda(meetingId: $id) { meeting { version } } }`, { id: council.meetingId })).agenda.meeting.version,
    );
    const allHeard = [];
    const allRead = [];
    let change = 0;
    const record = async (label, send) => {
      change += 1;
      stats.current = change;
      const sent = Date.now();
      await send();
      await until(() => streams.every((s) => s.read.has(change)), `every client read change ${change} again`);
      const heard = streams.map((s) => s.heard.get(change) - sent);
      const read = streams.map((s) => s.read.get(change) - sent);
      allHeard.push(...heard);
      allRead.push(...read);
      console.log(`${label}: signal heard ${spread(heard)}; agenda read again ${spread(read)}`);
      // A quiet moment between the chair's changes, as in a meeting.
      await pause(1000);
    };
    for (const item of items) {
      const itemVersion = Number(
        (await chair(`query($id: ID!) { agenda(meetingId: $id) { items { id version } } }`, { id: council.meetingId })).agenda.items.find(
          (i) => i.id === item.id,
        ).version,
      );
      await record(`take item ${items.indexOf(item) + 1}`, async () => {
        version = Number(
          (await chair(TAKE, { input: { meetingId: council.meetingId, version, itemId: item.id } })).takeAgendaItem.meeting.version,
        );
      });
      await record(`decision on item ${items.indexOf(item) + 1}`, () =>
        chair(DECIDE, {
          input: { itemId: item.id, version: itemVersion, discussion: 'Benchmark decision.', decision: 'CONTINUE_LEVEL_2', actions: [] },
        }),
      );
    }
    if (stats.errors.length) throw stats.errors[0];
    const decided = (await chair(AGENDA, { id: council.meetingId })).agenda.items.filter((i) => i.decision !== null).length;
    if (decided !== items.length) throw new Error(`${decided} of ${items.length} items were decided`);

    console.log('');
    console.log(`every change, every client (${allHeard.length} samples):`);
    console.log(`  live channel, signal heard:        ${spread(allHeard)}`);
    console.log(`  live channel, agenda read again:   ${spread(allRead)}; reads refused 503 and retried: ${stats.refusals}`);
    console.log(
      `  polling every ${POLL_SECONDS} s (before):      a change waits for the next poll: mean ${POLL_SECONDS / 2} s, p95 ${(POLL_SECONDS * 0.95).toFixed(2)} s, max ${POLL_SECONDS} s, plus a read (${ms(quantile(alone, 0.5))} alone)`,
    );
    console.log(`after: ${loadAverage()}`);
  } finally {
    for (const stream of streams) stream.close();
    for (const replica of replicas) await replica.stop();
    await council.drop();
  }
}

runMain(main);
