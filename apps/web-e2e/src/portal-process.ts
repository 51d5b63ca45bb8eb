import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Browser, chromium } from 'playwright-core';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const RUNTIME = ['-r', join(ROOT, 'scripts', 'runtime-paths.cjs')];

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

export interface RunningPortal {
  readonly url: string;
  stop(): Promise<void>;
}

// Migrates and seeds a fresh database with the real CLIs, then starts the compiled API serving
// the built web client, exactly as the start command does. `extraEnv` adds settings (e.g. COUNCIL_TERMS).
export async function startPortalProcess(extraEnv: Readonly<Record<string, string>> = {}): Promise<RunningPortal> {
  const name = `eh_e2e_${randomBytes(5).toString('hex')}`;
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `postgres://eh_app@127.0.0.1:5432/${name}`,
    WORKER_DATABASE_URL: `postgres://eh_worker@127.0.0.1:5432/${name}`,
    MIGRATION_DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${name}`,
    REDIS_PREFIX: name,
    PORT: String(port),
    WEB_DIST_DIR: join(ROOT, 'apps', 'web', 'dist'),
    // The journeys start from the bare demo council, without the demonstration's work in progress.
    DEMO_WORK: 'false',
    ...extraEnv,
  };
  const dist = join(ROOT, 'dist', 'api', 'apps', 'api', 'src');
  await run('node', [...RUNTIME, join(dist, 'database', 'migrate.cli.js')], { env });
  await run('node', [...RUNTIME, join(dist, 'database', 'seed.cli.js')], { env });
  const api: ChildProcess = spawn('node', [...RUNTIME, join(dist, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The worker relays the outbox and delivers notifications, as in the start command.
  const worker: ChildProcess = spawn('node', [...RUNTIME, join(dist, 'worker.js')], { env, stdio: 'ignore' });
  // Never leave the API or worker running if the test process ends early.
  const killApi = () => {
    api.kill('SIGKILL');
    worker.kill('SIGKILL');
  };
  process.once('exit', killApi);
  let output = '';
  api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPortal(url, api, () => output);
  } catch (error) {
    killApi();
    process.off('exit', killApi);
    await dropDatabase(name);
    throw error;
  }
  return {
    url,
    async stop() {
      process.off('exit', killApi);
      worker.kill('SIGTERM');
      if (worker.exitCode === null && worker.signalCode === null) await once(worker, 'exit');
      api.kill('SIGTERM');
      if (api.exitCode === null) await once(api, 'exit');
      await dropDatabase(name);
    },
  };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

// A busy machine can take a while to start Node, so the wait is long; but a portal that never
// answers, or answers its first page with anything but the page, is an error here, with the
// API's own output, never a missing label half a minute later.
const START_UP_MS = 90_000;

async function waitForPortal(url: string, api: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_UP_MS;
  for (;;) {
    const live = await fetch(`${url}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (live) break;
    if (api.exitCode !== null || api.signalCode !== null)
      throw new Error(`The API exited (${api.exitCode ?? api.signalCode}) before it answered:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`The portal did not answer within ${START_UP_MS / 1000} seconds:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The API answers: the web client's page must be there too (a wrong WEB_DIST_DIR, or a page the
  // server refuses to send, would otherwise look like a journey's missing label).
  const page = await fetch(`${url}/`);
  const body = await page.text();
  if (page.status !== 200 || !body.includes('<div id="root">'))
    throw new Error(`The portal answers ${url}/ with ${page.status} and not the web client's page (${body.slice(0, 200)}):\n${output()}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

// One portal process and one Chromium for a spec file, started before its tests and stopped after.
const JOURNEY_TIMEOUT_MS = 120_000;

export function portalAndBrowser(extraEnv: Readonly<Record<string, string>> = {}): {
  readonly portal: () => RunningPortal;
  readonly browser: () => Browser;
} {
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;
  jest.setTimeout(JOURNEY_TIMEOUT_MS);
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortalProcess(extraEnv), launchChromium()]);
  }, JOURNEY_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  }, JOURNEY_TIMEOUT_MS);
  const required = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The portal has not started');
    return value;
  };
  return { portal: () => required(portal), browser: () => required(browser) };
}
