// Case-list benchmark (issue 11): the portal's `caseload` over GraphQL, as the web client asks for
// it, against a bare node `http` + `pg` endpoint returning the same rows for the same person, in
// one process, alternating, 10 connections (autocannon), for the FPT manager at 10,000 cases and
// for a practitioner with a handful. Also the round trips per request (what the API sends to
// PostgreSQL, counted by a proxy) for the case list, the case page and the Forum agenda, and
// an empty GraphQL request against the bare endpoint's same answer (what no request can beat).
//   npm run bench:case-list [-- --seconds 10 --rounds 3 --cases 10000]
const { numberArg, runMain } = require('./lib/cli.cjs');
const { createCouncil } = require('./lib/council.cjs');
const { startBareCaseload } = require('./lib/bare-caseload.cjs');
const { combine, failures, fire, loadAverage, p95, rate } = require('./lib/load-run.cjs');
const { startWireCounter } = require('./lib/pg-wire-counter.cjs');
const { graphqlAs, onceAnswered, signInWithAuthenticator, startInProcessPortal } = require('./lib/portal.cjs');
const { webDocuments } = require('./lib/web-documents.cjs');

const CONNECTIONS = 10;
const SAMPLES = 5;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

// What one request costs in round trips and statements: the median of a few, after a first one
// that warms the connections.
async function roundTrips(counter, request) {
  await request();
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    await settle();
    counter.reset();
    await request();
    await settle();
    samples.push(counter.counts());
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(SAMPLES / 2)];
  return { roundTrips: median('roundTrips'), statements: median('statements') };
}

// Signs both people in (once each: their authenticators are set up on the way) on a portal whose
// database connection runs through the counter, and counts what each page costs. The sessions
// are the database's, so the cookies serve the timed portal too.
async function measureRoundTrips(council, docs) {
  const counter = await startWireCounter();
  const portal = await startInProcessPortal(council.portalEnv({ databasePort: counter.port }));
  try {
    const cookies = {};
    for (const [key, user] of Object.entries(council.users)) cookies[key] = await signInWithAuthenticator(portal.url, user.email);
    const gql = graphqlAs(portal.url, cookies.fptManager);
    const trips = {
      caseload: await roundTrips(counter, () => gql(docs.caseload)),
      casePage: await roundTrips(counter, () => gql(docs.casePage, { id: council.casePageId })),
      agenda: await roundTrips(counter, () => gql(docs.agenda, { meetingId: council.meetingId })),
    };
    return { trips, cookies };
  } finally {
    await portal.close();
    await counter.close();
  }
}

// The two sides must answer with the same cases, in the same order, before they are timed.
async function sameRows(gql, caseload, bareUrl) {
  const portalIds = (await gql(caseload)).caseload.map((c) => c.id);
  const bareIds = (await (await fetch(bareUrl)).json()).data.caseload.map((c) => c.id);
  if (portalIds.join() !== bareIds.join())
    throw new Error(`The portal listed ${portalIds.length} cases and the bare endpoint ${bareIds.length}, not the same`);
  return portalIds.length;
}

async function compare(label, { portalRequest, bareRequest, rows }, { rounds, seconds }) {
  const portalRuns = [];
  const bareRuns = [];
  for (let round = 1; round <= rounds; round++) {
    // Alternate which side goes first, so neither always meets a warmer or busier machine.
    const order = round % 2 ? ['portal', 'bare'] : ['bare', 'portal'];
    for (const side of order) {
      const run = await fire(side === 'portal' ? portalRequest : bareRequest, { connections: CONNECTIONS, seconds });
      (side === 'portal' ? portalRuns : bareRuns).push(run);
    }
    const [p, b] = [portalRuns.at(-1), bareRuns.at(-1)];
    console.log(
      `  ${label}, round ${round}: portal ${rate(p)}, p95 ${p95(p)}${failures(p)} | bare ${rate(b)}, p95 ${p95(b)}${failures(b)} | ratio ${(p.perSecond / b.perSecond).toFixed(3)}`,
    );
  }
  const [portal, bare] = [combine(portalRuns), combine(bareRuns)];
  console.log(
    `${label} (${rows} rows, ${CONNECTIONS} connections, ${rounds} x ${seconds} s each): portal ${rate(portal)}, p95 ${p95(portal)}${failures(portal)} | ` +
      `bare ${rate(bare)}, p95 ${p95(bare)}${failures(bare)} | ratio portal/bare ${(portal.perSecond / bare.perSecond).toFixed(3)}`,
  );
}

async function main() {
  const argv = process.argv;
  const options = { seconds: numberArg(argv, '--seconds', 10), rounds: numberArg(argv, '--rounds', 3) };
  const docs = webDocuments();
  console.log(`before: ${loadAverage()}`);
  const council = await createCouncil({ cases: numberArg(argv, '--cases', 10_000) });
  let portal;
  let bare;
  try {
    const { trips, cookies } = await measureRoundTrips(council, docs);
    portal = await startInProcessPortal(council.portalEnv());
    bare = await startBareCaseload(council.ownerUrl, Object.values(council.users), CONNECTIONS);
    console.log(`cases: ${council.total}`);
    console.log(
      `round trips per request (statements): caseload ${trips.caseload.roundTrips} (${trips.caseload.statements}) | ` +
        `case page ${trips.casePage.roundTrips} (${trips.casePage.statements}) | ` +
        `Forum agenda, ${council.agendaItems} items ${trips.agenda.roundTrips} (${trips.agenda.statements})`,
    );
    console.log(`case page statements: ${trips.casePage.statements}`);
    for (const [label, key] of [
      ['FPT manager', 'fptManager'],
      ['practitioner', 'practitioner'],
    ]) {
      const cookie = cookies[key];
      const bareUrl = bare.urlFor(council.users[key]);
      const gql = graphqlAs(portal.url, cookie);
      const rows = await sameRows(gql, docs.caseload, bareUrl);
      const portalRequest = {
        url: `${portal.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: docs.caseload }),
      };
      await compare(label, { portalRequest, bareRequest: { url: bareUrl }, rows }, options);
      // Still signed in, and still the same rows on both sides.
      await onceAnswered(() => sameRows(gql, docs.caseload, bareUrl));
    }
    // What no GraphQL request of this API can beat: one without a session that reads nothing (it
    // still opens and commits its transaction), against the bare endpoint answering the same JSON.
    const typename = JSON.stringify({ query: '{ __typename }' });
    await compare(
      'empty request, no session',
      {
        portalRequest: { url: `${portal.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: typename },
        bareRequest: { url: bare.typenameUrl },
        rows: 0,
      },
      options,
    );
    console.log(`after: ${loadAverage()}`);
  } finally {
    if (bare) await bare.close();
    if (portal) await portal.close();
    await council.drop();
  }
}

runMain(main);
