import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Redis } from 'ioredis';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { createDataSource } from '../src/database/data-source';
import { dropDatabase, migrate } from '../src/database/migrate';
import { SeededIds, seedDemoData } from '../src/database/seed';
import { DEMO_PASSWORD, DEMO_USERS, DemoUserKey } from '../src/database/seed-data';

// Test days are fixed so deadlines and overdue marks are predictable.
export const TEST_NOW = new Date('2026-11-18T10:00:00Z');

export interface GraphqlResult<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestPortal {
  readonly url: string;
  readonly app: INestApplication;
  readonly db: DataSource;
  readonly ids: SeededIds;
  readonly config: AppConfig;
  signIn(user: DemoUserKey): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
}

export async function post<T>(url: string, body: unknown, cookie?: string): Promise<{ result: GraphqlResult<T>; setCookie: string | null; status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { result: (await response.json()) as GraphqlResult<T>, setCookie: response.headers.get('set-cookie'), status: response.status };
}

export function session(url: string, cookie: string | undefined): Session {
  return {
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      return (await post<T>(url, { query, variables }, cookie)).result;
    },
  };
}

// A whole portal on its own database and Redis prefix, seeded with the synthetic council.
export async function startTestPortal(options: { production?: boolean; redisUrl?: string; webDistDir?: string } = {}): Promise<TestPortal> {
  const suffix = randomBytes(5).toString('hex');
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/eh_test_${suffix}`;
  const redisPrefix = `eh-test-${suffix}`;
  await migrate(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  const ids = await seedDemoData(db, TEST_NOW);
  if (!ids) throw new Error('Test database was not empty');
  const config: AppConfig = loadConfig({
    NODE_ENV: options.production ? 'production' : 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    REDIS_PREFIX: redisPrefix,
    PORT: '0',
    WEB_DIST_DIR: options.webDistDir,
  });
  const app = await createApp({ config, clock: { now: () => TEST_NOW } }, ['error']);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    url,
    app,
    db,
    ids,
    config,
    async signIn(user) {
      const email = DEMO_USERS.find((u) => u.key === user)?.email;
      const { result, setCookie } = await post(url, {
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: email, p: DEMO_PASSWORD },
      });
      if (result.errors || !setCookie) throw new Error(`Sign-in failed for ${user}: ${JSON.stringify(result.errors)}`);
      return session(url, setCookie.split(';')[0]);
    },
    async close() {
      await app.close();
      await db.destroy();
      await dropDatabase(databaseUrl);
      const redis = new Redis(config.redisUrl);
      const keys = await redis.keys(`${redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}
