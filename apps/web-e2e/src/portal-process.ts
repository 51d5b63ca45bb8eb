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
  // The owner's connection to the portal's own database (for a journey's setting, as the seed does).
  readonly databaseUrl: string;
  // Stops the API and the worker and starts them again on the same database and Redis prefix,
  // with `extraEnv` over the first settings (e.g. PORTAL_CLOCK_OFFSET_DAYS to move the calendar).
  restart(extraEnv: Readonly<Record<string, string>>): Promise<void>;
  stop(): Promise<void>;
}

interface Processes {
  readonly api: ChildProcess;
  readonly worker: ChildProcess;
}

// Starts the compiled API and worker and waits until the API answers.
async function launch(env: NodeJS.ProcessEnv, url: string): Promise<Processes> {
  const dist = join(ROOT, 'dist', 'api', 'apps', 'api', 'src');
  const api: ChildProcess = spawn('node', [...RUNTIME, join(dist, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The worker relays the outbox and delivers notifications, as in the start command.
  const worker: ChildProcess = spawn('node', [...RUNTIME, join(dist, 'worker.js')], {
    env,
    stdio: process.env.E2E_WORKER_LOG ? 'inherit' : 'ignore',
  });
  let output = '';
  api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForPortal(url, api, () => output);
  } catch (error) {
    api.kill('SIGKILL');
    worker.kill('SIGKILL');
    throw error;
  }
  return { api, worker };
}

async function halt({ api, worker }: Processes): Promise<void> {
  worker.kill('SIGTERM');
  if (worker.exitCode === null && worker.signalCode === null) await once(worker, 'exit');
  api.kill('SIGTERM');
  if (api.exitCode === null && api.signalCode === null) await once(api, 'exit');
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
  const url = `http://127.0.0.1:${port}`;
  let running: Processes;
  try {
    running = await launch(env, url);
  } catch (error) {
    await dropDatabase(name);
    throw error;
  }
  // Never leave the API or worker running if the test process ends early.
  const killAll = () => {
    running.api.kill('SIGKILL');
    running.worker.kill('SIGKILL');
  };
  process.once('exit', killAll);
  return {
    url,
    databaseUrl: env.MIGRATION_DATABASE_URL,
    async restart(more) {
      await halt(running);
      running = await launch({ ...env, ...more }, url);
    },
    async stop() {
      process.off('exit', killAll);
      await halt(running);
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
