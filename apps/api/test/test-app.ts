import { randomBytes } from 'node:crypto';
import { INestApplication, LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Redis } from 'ioredis';
import { Clock } from '../src/common/clock';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { createDataSource } from '../src/database/data-source';
import { dropDatabase, migrate } from '../src/database/migrate';
import { APP_ROLE, WORKER_ROLE } from '../src/database/roles';
import { SeededIds, seedDemoData } from '../src/database/seed';
import { DEMO_PASSWORD, DEMO_USERS, DemoUserKey } from '../src/database/seed-data';
import { base32Decode, hotp, timeStep } from '../src/identity/mfa/totp';
import { createSeededDatabase } from './template-database';
import { TEST_NOW, TEST_TODAY } from './test-clock';

export { TEST_NOW, TEST_TODAY };

// A meeting can only be started on its day, and the test clock stands still: the meeting's day
// comes by bringing the meeting to today.
export async function meetingDayComes(portal: TestPortal, meetingId: string): Promise<void> {
  await portal.db.query('UPDATE forum_meeting SET meets_on = $1 WHERE id = $2', [TEST_TODAY, meetingId]);
}

export interface GraphqlResult<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestPortal {
  readonly url: string;
  readonly app: INestApplication;
  readonly db: DataSource;
  // The worker's own connection (eh_worker): run a worker's job on it, as the worker does.
  readonly workerDb: DataSource;
  readonly ids: SeededIds;
  readonly config: AppConfig;
  // Signs in fully: password, then the second factor (setting up the authenticator the first time).
  signIn(user: DemoUserKey): Promise<Session>;
  // The setup key each user's authenticator was given in this portal, once signed in.
  setupKeyOf(user: DemoUserKey): string | undefined;
  close(): Promise<void>;
}

// What the person's authenticator app shows for a setup key, `steps` 30-second steps from `at`.
export function authenticatorCode(setupKey: string, at: Date = TEST_NOW, steps = 0): string {
  return hotp(base32Decode(setupKey), timeStep(at) + steps);
}

export function cookieOf(setCookie: string | null): string {
  if (!setCookie) throw new Error('No session cookie was set');
  return setCookie.split(';')[0];
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { next } }';

// The password step alone: the session it opens waits for the second factor.
export async function signInWithPassword(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ next: string; session: Session; cookie: string }> {
  const { result, setCookie } = await post<{ signIn: { next: string } }>(url, { query: SIGN_IN, variables: { e: email, p: password } });
  if (result.errors || !result.data) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  const cookie = cookieOf(setCookie);
  return { next: result.data.signIn.next, session: session(url, cookie), cookie };
}

export interface Session {
  // The session's cookie, for a test that sends its own requests.
  readonly cookie: string | undefined;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
}

export async function post<T>(
  url: string,
  body: unknown,
  cookie?: string,
): Promise<{ result: GraphqlResult<T>; setCookie: string | null; status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { result: (await response.json()) as GraphqlResult<T>, setCookie: response.headers.get('set-cookie'), status: response.status };
}

// One GraphQL request as a client sees it: its status, Retry-After, error codes and data, its raw
// body, and how long it took; it gives up after `timeoutMs` rather than hang the test.
export interface TimedAnswer<T> {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly codes: string[];
  readonly data: T | null;
  readonly body: string;
  readonly ms: number;
}

export async function timedRequest<T>(url: string, cookie: string, query: string, timeoutMs = 30_000): Promise<TimedAnswer<T>> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  const parsed = JSON.parse(body) as GraphqlResult<T>;
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (parsed.errors ?? []).map((e) => String(e.extensions?.code)),
    data: parsed.data ?? null,
    body,
    ms: Date.now() - started,
  };
}

export function session(url: string, cookie: string | undefined): Session {
  return {
    cookie,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      return (await post<T>(url, { query, variables }, cookie)).result;
    },
  };
}

// A whole portal on its own database and Redis prefix, seeded with the synthetic council.
// `databasePort`: where the API reaches PostgreSQL (a proxy in front of it, to count statements).
// `databaseServerPort`: a PostgreSQL server of the test's own, for everything (default the shared
// one). `settings`: further configuration, as environment variables. `demoWork`: the demonstration
// system's work in progress too, as the seed command loads it.
export async function startTestPortal(
  options: {
    demoWork?: boolean;
    production?: boolean;
    redisUrl?: string;
    webDistDir?: string;
    databasePort?: number;
    databaseServerPort?: number;
    settings?: Readonly<Record<string, string>>;
    // The application's logger (default: errors only, as text).
    logger?: LoggerService;
    // The portal's clock (default: TEST_NOW, standing still); sign-ins use its time for the code.
    clock?: Clock;
  } = {},
): Promise<TestPortal> {
  const suffix = randomBytes(5).toString('hex');
  const serverPort = options.databaseServerPort ?? 5432;
  // The harness migrates, seeds and inspects as the owner; the API connects as eh_app, under
  // row-level security, exactly as in production.
  const databaseUrl = `postgres://postgres@127.0.0.1:${serverPort}/eh_test_${suffix}`;
  const redisPrefix = `eh-test-${suffix}`;
  const work = options.demoWork ?? false;
  let ids: SeededIds | null;
  let db: DataSource;
  if (options.databaseServerPort === undefined) {
    // The shared server: a copy of this run's seeded template (template-database.ts).
    ids = await createSeededDatabase(`eh_test_${suffix}`, { work });
    db = await createDataSource(databaseUrl).initialize();
  } else {
    // A server of the test's own has no templates: migrate and seed it here.
    await migrate(databaseUrl);
    db = await createDataSource(databaseUrl).initialize();
    ids = await seedDemoData(db, TEST_NOW, { work });
  }
  if (!ids) throw new Error('Test database was not empty');
  const config: AppConfig = loadConfig({
    NODE_ENV: options.production ? 'production' : 'test',
    DATABASE_URL: `postgres://${APP_ROLE}@127.0.0.1:${options.databasePort ?? serverPort}/eh_test_${suffix}`,
    WORKER_DATABASE_URL: `postgres://${WORKER_ROLE}@127.0.0.1:${serverPort}/eh_test_${suffix}`,
    MIGRATION_DATABASE_URL: databaseUrl,
    REDIS_URL: options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    REDIS_PREFIX: redisPrefix,
    PORT: '0',
    // Production refuses to start without its own key; any 32 bytes do for a test.
    ...(options.production ? { MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64') } : {}),
    WEB_DIST_DIR: options.webDistDir,
    ...options.settings,
  });
  const clock = options.clock ?? { now: () => TEST_NOW };
  const app = await createApp({ config, clock }, options.logger ?? ['error']);
  await app.listen(0, '127.0.0.1');
  const workerDb = await createDataSource(config.workerDatabaseUrl).initialize();
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const setupKeys = new Map<DemoUserKey, string>();

  return {
    url,
    app,
    db,
    workerDb,
    ids,
    config,
    setupKeyOf: (user) => setupKeys.get(user),
    async signIn(user) {
      const email = DEMO_USERS.find((u) => u.key === user)?.email;
      if (!email) throw new Error(`No demo user ${user}`);
      const { next, cookie } = await signInWithPassword(url, email);
      let step: { result: GraphqlResult<unknown>; setCookie: string | null };
      if (next === 'SET_UP_AUTHENTICATOR') {
        const begun = await post<{ beginMfaEnrolment: { setupKey: string } }>(
          url,
          { query: 'mutation { beginMfaEnrolment { setupKey } }' },
          cookie,
        );
        const setupKey = begun.result.data?.beginMfaEnrolment.setupKey;
        if (!setupKey) throw new Error(`Enrolment failed for ${user}: ${JSON.stringify(begun.result.errors)}`);
        setupKeys.set(user, setupKey);
        step = await post(
          url,
          {
            query: 'mutation($c: String!) { confirmMfaEnrolment(code: $c) { recoveryCodes } }',
            variables: { c: authenticatorCode(setupKey, clock.now()) },
          },
          cookie,
        );
      } else {
        const setupKey = setupKeys.get(user);
        if (!setupKey) throw new Error(`${user} has an authenticator this harness did not set up`);
        // The test clock stands still, so every sign-in falls in the same 30-second step, which the
        // portal rightly refuses to accept twice; a real app would show the next step's code.
        await db.query('UPDATE user_mfa SET last_used_step = NULL WHERE user_id = $1', [ids.users[user]]);
        step = await post(
          url,
          { query: 'mutation($c: String!) { verifyMfaCode(code: $c) { id } }', variables: { c: authenticatorCode(setupKey, clock.now()) } },
          cookie,
        );
      }
      if (step.result.errors) throw new Error(`Second factor failed for ${user}: ${JSON.stringify(step.result.errors)}`);
      return session(url, cookieOf(step.setCookie));
    },
    async close() {
      await app.close();
      await workerDb.destroy();
      await db.destroy();
      await dropDatabase(databaseUrl);
      const redis = new Redis(config.redisUrl);
      const keys = await redis.keys(`${redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}

// Sign-in and second-factor attempts: five failures are free, then each further attempt waits
// 1 s, 2 s, 4 s ... (identity/sign-in-throttle.service.ts). How many a patient person, one after
// another, could have checked within `elapsedMs`: a burst must never be checked more than that.
// On a busy machine a burst can take longer than the first lock's second to reach Redis.
export const FREE_CHECKS = 5;
export function checksPatienceAllows(elapsedMs: number): number {
  return FREE_CHECKS + Math.floor(Math.log2(elapsedMs / 1000 + 1));
}
