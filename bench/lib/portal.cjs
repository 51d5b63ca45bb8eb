// The real portal for benchmarks: the compiled API started in this process (createApp) or as its
// own process (main.js, as `npm run api` does), signing in over GraphQL as a person would, and
// GraphQL requests with a session cookie.
const { spawn } = require('node:child_process');
const { once } = require('node:events');
const net = require('node:net');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const api = path.join(root, 'dist', 'api', 'apps', 'api', 'src');
const { loadConfig } = require(path.join(api, 'config', 'app-config.js'));
const { createApp } = require(path.join(api, 'create-app.js'));
const { DEMO_PASSWORD } = require(path.join(api, 'database', 'seed-data.js'));
const { base32Decode, hotp, timeStep } = require(path.join(api, 'identity', 'mfa', 'totp.js'));

const START_TIMEOUT_MS = 90_000;

async function post(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: (response.headers.get('set-cookie') || '').split(';')[0] };
}

// GraphQL as one signed-in person: resolves to the data, throws on any error.
function graphqlAs(url, cookie) {
  return async (query, variables) => (await post(url, query, variables, cookie)).data;
}

// Asks until the portal answers: after a timed run, work left by clients that gave up may still
// hold it (and, on the code before issue 11, make a request fail as a conflict).
async function onceAnswered(request, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await request();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

// Signs in as a demo user the first time: password, then an authenticator set up on the spot
// (demo users are not enrolled), with the code an app would show now.
async function signInWithAuthenticator(url, email) {
  const password = await post(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { next } }', {
    e: email,
    p: DEMO_PASSWORD,
  });
  const begun = await post(url, 'mutation { beginMfaEnrolment { setupKey } }', {}, password.cookie);
  const code = hotp(base32Decode(begun.data.beginMfaEnrolment.setupKey), timeStep(new Date()));
  const confirmed = await post(
    url,
    'mutation($c: String!) { confirmMfaEnrolment(code: $c) { recoveryCodes } }',
    { c: code },
    password.cookie,
  );
  return confirmed.cookie || password.cookie;
}

// The API inside this process, on a free port.
async function startInProcessPortal(env) {
  const app = await createApp({ config: loadConfig(env) }, false);
  await app.listen(0, '127.0.0.1');
  return { url: (await app.getUrl()).replace('[::1]', '127.0.0.1'), close: () => app.close() };
}

async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The compiled API as its own process; `stop()` ends it by its pid and waits for it to exit.
async function startPortalProcess(env) {
  const child = spawn(process.execPath, ['-r', path.join(root, 'scripts', 'runtime-paths.cjs'), path.join(api, 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last of what it said, for an error if it fails to start or dies.
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = once(child, 'exit');
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(child.pid, 'SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (
    !(await fetch(`${url}/graphql`, { method: 'POST' }).then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`The portal exited: ${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The portal did not answer within ${START_TIMEOUT_MS / 1000} s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid, stop, output: () => output };
}

module.exports = { freePort, graphqlAs, onceAnswered, signInWithAuthenticator, startInProcessPortal, startPortalProcess };
