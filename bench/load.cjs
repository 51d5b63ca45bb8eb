// Load benchmark (issue 11): the FPT manager's case list at 10,000 cases, the portal as its own
// process (the compiled API, as `npm run api` starts it), autocannon at 10 and then 50
// connections with a 10 s client timeout. `--busy` keeps another core busy meanwhile with a
// spinning child process, as on a machine shared with other work.
//   npm run bench:load [-- --seconds 30 --busy --cases 10000]
const { spawn } = require('node:child_process');
const { once } = require('node:events');
const { numberArg, runMain } = require('./lib/cli.cjs');
const { createCouncil } = require('./lib/council.cjs');
const { fire, loadAverage, p50, p99, rate } = require('./lib/load-run.cjs');
const { freePort, graphqlAs, onceAnswered, signInWithAuthenticator, startPortalProcess } = require('./lib/portal.cjs');
const { webDocuments } = require('./lib/web-documents.cjs');

const CONNECTIONS = [10, 50];
const CLIENT_TIMEOUT_SECONDS = 10;

// A core's worth of other work; stopped by its pid.
function startSpinner() {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  const exited = once(child, 'exit');
  return async () => {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  };
}

async function main() {
  const argv = process.argv;
  const seconds = numberArg(argv, '--seconds', 30);
  const { caseload } = webDocuments();
  console.log(`before: ${loadAverage()}`);
  const council = await createCouncil({ cases: numberArg(argv, '--cases', 10_000) });
  let portal;
  let stopSpinner;
  try {
    portal = await startPortalProcess(council.portalEnv({ port: await freePort() }));
    const cookie = await signInWithAuthenticator(portal.url, council.users.fptManager.email);
    const gql = graphqlAs(portal.url, cookie);
    const rows = (await gql(caseload)).caseload.length;
    console.log(
      `cases: ${council.total}; the FPT manager's case list: ${rows} rows; portal pid ${portal.pid}${argv.includes('--busy') ? '; the other core kept busy' : ''}`,
    );
    if (argv.includes('--busy')) stopSpinner = startSpinner();
    const request = {
      url: `${portal.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: caseload }),
    };
    const rates = [];
    for (const connections of CONNECTIONS) {
      // Still signed in, and still the same list.
      const now = (await onceAnswered(() => gql(caseload))).caseload.length;
      if (now !== rows) throw new Error(`The case list had ${rows} rows and now has ${now}`);
      const run = await fire(request, { connections, seconds, timeout: CLIENT_TIMEOUT_SECONDS });
      rates.push(run.perSecond);
      console.log(
        `${connections} connections, ${seconds} s, client timeout ${CLIENT_TIMEOUT_SECONDS} s: ${run.answers} answers, ${run.timeouts} timeouts, ` +
          `${run.errors} errors, ${run.non2xx} non-2xx; ${rate(run)}, p50 ${p50(run)}, p99 ${p99(run)}; ${loadAverage()}`,
      );
    }
    console.log(`throughput at ${CONNECTIONS[1]} connections / at ${CONNECTIONS[0]}: ${(rates[1] / rates[0]).toFixed(2)}`);
  } finally {
    if (stopSpinner) await stopSpinner();
    if (portal) await portal.stop();
    await council.drop();
  }
}

runMain(main);
