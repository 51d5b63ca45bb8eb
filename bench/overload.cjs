// Overload benchmark (issue 12): the FPT manager's case list at 10,000 cases, the portal as its
// own process with its shipped limits (or `--in-flight N`), autocannon at 50 and then 200
// connections with a 10 s client timeout. Prints answers (2xx), refusals (503; their Retry-After
// and code are asserted by apps/api/test/overload.int-spec.ts),
// timeouts, other errors, p99 of the answers and of the refusals, and the case-list audit rows the
// portal wrote against the answers it delivered (rows beyond the answers are work done for
// clients that had given up).
//   npm run bench:overload [-- --seconds 20 --cases 10000 --in-flight 40]
const { Client } = require('pg');
const { numberArg, runMain } = require('./lib/cli.cjs');
const { createCouncil } = require('./lib/council.cjs');
const { fire, loadAverage, p50, p99, rate } = require('./lib/load-run.cjs');
const { freePort, graphqlAs, onceAnswered, signInWithAuthenticator, startPortalProcess } = require('./lib/portal.cjs');
const { webDocuments } = require('./lib/web-documents.cjs');

const CONNECTIONS = [50, 200];
const CLIENT_TIMEOUT_SECONDS = 10;

function percentile(sorted, p) {
  if (sorted.length === 0) return 'none';
  return `${Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)])} ms`;
}

async function main() {
  const argv = process.argv;
  const seconds = numberArg(argv, '--seconds', 20);
  const inFlight = argv.includes('--in-flight') ? String(numberArg(argv, '--in-flight', 40)) : undefined;
  const { caseload } = webDocuments();
  console.log(`before: ${loadAverage()}`);
  const council = await createCouncil({ cases: numberArg(argv, '--cases', 10_000) });
  const owner = new Client({ connectionString: council.ownerUrl });
  let portal;
  try {
    await owner.connect();
    portal = await startPortalProcess({
      ...council.portalEnv({ port: await freePort() }),
      ...(inFlight ? { MAX_REQUESTS_IN_FLIGHT: inFlight } : {}),
    });
    const cookie = await signInWithAuthenticator(portal.url, council.users.fptManager.email);
    const gql = graphqlAs(portal.url, cookie);
    const rows = (await gql(caseload)).caseload.length;
    console.log(
      `cases: ${council.total}; the FPT manager's case list: ${rows} rows; portal pid ${portal.pid}; in flight at most ${inFlight ?? 'the default'}`,
    );
    const request = {
      url: `${portal.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: caseload }),
    };
    const audited = async () => (await owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'LIST_CASELOAD'`)).rows[0].n;
    for (const connections of CONNECTIONS) {
      const now = (await onceAnswered(() => gql(caseload))).caseload.length;
      if (now !== rows) throw new Error(`The case list had ${rows} rows and now has ${now}`);
      const auditedBefore = await audited();
      const refusals = [];
      let otherStatus = 0;
      const run = await fire(request, {
        connections,
        seconds,
        timeout: CLIENT_TIMEOUT_SECONDS,
        onResponse: (status, responseTime) => {
          if (status === 503) refusals.push(responseTime);
          else if (status < 200 || status >= 300) otherStatus += 1;
        },
      });
      // Requests the portal was still working on when the run ended finish first.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const auditedRun = (await audited()) - auditedBefore;
      refusals.sort((a, b) => a - b);
      console.log(
        `${connections} connections, ${seconds} s, client timeout ${CLIENT_TIMEOUT_SECONDS} s: ${run.answers} answers, ${refusals.length} refusals (503), ` +
          `${run.timeouts} timeouts, ${run.errors} errors, ${otherStatus} other non-2xx; ${rate(run)}, answers p50 ${p50(run)}, p99 ${p99(run)}; refusals p99 ${percentile(refusals, 0.99)}; ` +
          `case-list audit rows ${auditedRun} for ${run.answers} answers; ${loadAverage()}`,
      );
    }
  } finally {
    if (portal) await portal.stop();
    await owner.end().catch(() => undefined);
    await council.drop();
  }
}

runMain(main);
