// Live updates across two replicas (issue 15): the compiled API started twice on one database and
// one Redis, 200 browsers' live streams (GET /events, following one Forum meeting) spread over the
// two, and the chair recording the meeting through the first replica: moving to an item, then
// recording its decision, item after item. For each change: how long until each stream heard the
// signal, and until each had read again through its own replica what the web client reads on that
// signal, as p50 / p95 / max over the clients; then over every change. Printed beside the polling
// the channel replaces (the inbox's 15 s timer: a change waits on average half a period) and the
// load average. The streams share two sessions (the chair's and a practitioner's), as tabs would;
// each is its own connection and stream.
//
// What a client reads again (`--read`): `item` (the web client since the signal names the item:
// live-agenda.ts) reads, through liveAgendaItem, the one item a change names with where the
// meeting stands, or on the chair's move to an item where the meeting stands alone; `agenda` (the
// web client before) reads the whole agenda. Both are the web client's own documents
// (apps/web/src/forum/live-operations.ts). `--agenda-items`: a longer agenda.
//   npm run bench:live [-- --clients 200 --cases 500 --jitter-ms 250 --read item|agenda --agenda-items 4]
const http = require('node:http');
const { numberArg, runMain } = require('./lib/cli.cjs');
const { createCouncil } = require('./lib/council.cjs');
const { loadAverage } = require('./lib/load-run.cjs');
const { freePort, graphqlAs, signInWithAuthenticator, startPortalProcess } = require('./lib/portal.cjs');
const { webDocuments } = require('./lib/web-documents.cjs');

const POLL_SECONDS = 15;
// The chair's own look at the meeting, to drive it (not timed).
const AGENDA = 'query($id: ID!) { agenda(meetingId: $id) { currentItemId items { id decision } } }';
const documents = webDocuments();
const LIVE_AGENDA = String(documents.liveAgenda).replace(/\s+/g, ' ').trim();
const LIVE_AGENDA_ITEM = String(documents.liveAgendaItem).replace(/\s+/g, ' ').trim();
const TAKE = 'mutation($input: TakeAgendaItemInput!) { takeAgendaItem(input: $input) { meeting { version } } }';
const DECIDE = 'mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { id } }';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (value) => `${Math.round(value)} ms`;
const spread = (values) => `p50 ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(Math.max(...values))}`;

// One browser tab: its stream, and on each meeting signal a read again (after the web client's
// random spread, use-live.ts) of what the signal names (`read` 'item') or of the whole agenda
// ('agenda'), answered 503 now and then when a replica is saturated (asked again after its
// Retry-After, as the web client's request() does).
function openClient(url, cookie, meetingId, jitterMs, read, stats) {
  return new Promise((resolve, reject) => {
    const client = { heard: new Map(), read: new Map(), refusals: 0 };
    const gql = (query, variables) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
    const readAgain = async (change, signal) => {
      await pause(Math.random() * jitterMs);
      // As live-agenda.ts: where the meeting stands alone when it moved to another item; the item
      // the signal names when it changed; the whole agenda for anything else.
      const [query, variables] =
        read === 'item' && (signal.current || signal.itemId)
          ? [LIVE_AGENDA_ITEM, { meetingId, itemId: signal.current ? null : signal.itemId }]
          : [LIVE_AGENDA, { meetingId }];
      for (;;) {
        const response = await gql(query, variables);
        if (response.status === 503) {
          client.refusals += 1;
          stats.refusals += 1;
          await pause(Number(response.headers.get('retry-after') ?? '2') * 1000);
          continue;
        }
        const body = await response.json();
        // An item this viewer may not see changed: nothing on their page did.
        if (query === LIVE_AGENDA_ITEM && body.errors?.[0]?.extensions?.code === 'NOT_FOUND') {
          stats.notFound += 1;
          break;
        }
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        break;
      }
      client.read.set(change, Date.now());
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
          const signal = JSON.parse(block.slice(block.indexOf('data: ') + 6));
          readAgain(change, signal).catch((error) => stats.errors.push(error));
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
  const agendaItems = numberArg(argv, '--agenda-items', 4);
  const readMode = argv.includes('--read') ? argv[argv.indexOf('--read') + 1] : 'item';
  if (readMode !== 'item' && readMode !== 'agenda') throw new Error('--read is item or agenda');
  const reRead = readMode === 'item' ? 'one item read again' : 'agenda read again';
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
    // A longer agenda (`--agenda-items`): more open synthetic cases accepted onto it, in reference
    // order (the practitioner is named on the first few of them).
    if (agendaItems > council.agendaItems) {
      await owner.query(
        `INSERT INTO agenda_item (meeting_id, case_id, added_by, reason, summary, status, position)
         SELECT $1, c.id, c.lead_practitioner_id, 'CONSIDERING_ESCALATION', 'Worries are growing.', 'ACCEPTED', $3 + row_number() OVER (ORDER BY c.reference)
           FROM early_help_case c
          WHERE c.reference LIKE 'BC-%' AND c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN')
            AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.case_id = c.id)
          ORDER BY c.reference LIMIT $2`,
        [council.meetingId, agendaItems - council.agendaItems, council.agendaItems],
      );
    }
    await owner.end();

    // What one read of the whole agenda, of one item, and of where the meeting stands costs alone
    // (the web client's documents), as the chair and as the practitioner, on this machine now: 20
    // of each, in turn, on both replicas; with the size of the answer.
    const firstItem = (await graphqlAs(a.url, chairCookie)(AGENDA, { id: council.meetingId })).agenda.items[0].id;
    const reads = {
      agenda: [LIVE_AGENDA, { meetingId: council.meetingId }],
      item: [LIVE_AGENDA_ITEM, { meetingId: council.meetingId, itemId: firstItem }],
      meeting: [LIVE_AGENDA_ITEM, { meetingId: council.meetingId, itemId: null }],
    };
    const aloneTimes = { agenda: [], item: [], meeting: [] };
    const aloneBytes = { agenda: [], item: [], meeting: [] };
    for (let i = 0; i < 60; i++) {
      const kind = Object.keys(reads)[i % 3];
      const [query, variables] = reads[kind];
      const started = Date.now();
      const response = await fetch(`${(i % 2 ? b : a).url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: i % 6 < 3 ? chairCookie : practitionerCookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.text();
      aloneTimes[kind].push(Date.now() - started);
      aloneBytes[kind].push(body.length);
    }
    const alone = aloneTimes[readMode];
    const bytes = (kind) => `answer ${Math.round(aloneBytes[kind].reduce((x, y) => x + y) / aloneBytes[kind].length)} bytes on average`;
    console.log(
      `one agenda read alone (20, both replicas):             ${spread(aloneTimes.agenda)}; ${bytes('agenda')}; ${loadAverage()}`,
    );
    console.log(`one item read alone (20, both replicas):               ${spread(aloneTimes.item)}; ${bytes('item')}`);
    console.log(`where the meeting stands, alone (20, both replicas):   ${spread(aloneTimes.meeting)}; ${bytes('meeting')}`);

    const stats = { current: null, refusals: 0, notFound: 0, errors: [] };
    // The items each session's page shows (the chair's all of them, the practitioner's those on
    // cases they may see).
    const shownTo = async (cookie) =>
      new Set((await graphqlAs(a.url, cookie)(AGENDA, { id: council.meetingId })).agenda.items.map((i) => i.id));
    const shown = new Map([
      [chairCookie, await shownTo(chairCookie)],
      [practitionerCookie, await shownTo(practitionerCookie)],
    ]);
    for (let i = 0; i < clients; i++) {
      const replica = replicas[i % 2];
      const cookie = i % 4 < 2 ? chairCookie : practitionerCookie;
      streams.push(await openClient(replica.url, cookie, council.meetingId, jitterMs, readMode, stats));
    }
    console.log(
      `${clients} live streams open (${clients / 2} on each replica; pids ${a.pid}, ${b.pid}), following a meeting of ${shown.get(chairCookie).size} items (the practitioner may see ${shown.get(practitionerCookie).size}); on a signal each reads ${readMode === 'item' ? 'what it names (the one item, or on a move where the meeting stands)' : 'the whole agenda'}, spread over ${jitterMs} ms; ${loadAverage()}`,
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
      const refusedBefore = stats.refusals;
      const sent = Date.now();
      await send();
      const answered = Date.now() - sent;
      await until(() => streams.every((s) => s.read.has(change)), `every client read change ${change} again`);
      const heard = streams.map((s) => s.heard.get(change) - sent);
      const read = streams.map((s) => s.read.get(change) - sent);
      allHeard.push(...heard);
      allRead.push(...read);
      console.log(
        `${label} (the chair's answer ${ms(answered)}): signal heard ${spread(heard)}; ${reRead} ${spread(read)}; refused 503 ${stats.refusals - refusedBefore}; ${loadAverage()}`,
      );
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
    console.log(
      `  live channel, ${`${reRead}:`.padEnd(20)} ${spread(allRead)}; reads refused 503 and retried: ${stats.refusals}; items not found (not visible to the viewer): ${stats.notFound}`,
    );
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
