import { join } from 'node:path';
import type { TestPortal } from './test-app';

// The compiled API (npm run build:api) as its own process, on a test portal's database and Redis:
// graceful-shutdown.int-spec.ts and two-replicas.int-spec.ts start it so.
export const ROOT = join(__dirname, '..', '..', '..');
export const MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
export const NODE_ARGS = ['-r', join(ROOT, 'scripts', 'runtime-paths.cjs'), MAIN];

export function apiProcessEnv(portal: TestPortal, port: number, settings: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: portal.config.databaseUrl,
    WORKER_DATABASE_URL: portal.config.workerDatabaseUrl,
    MIGRATION_DATABASE_URL: portal.config.migrationDatabaseUrl,
    REDIS_URL: portal.config.redisUrl,
    REDIS_PREFIX: portal.config.redisPrefix,
    PORT: String(port),
    LOG_FORMAT: 'json',
    ...settings,
  };
}
