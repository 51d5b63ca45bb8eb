import { Client } from 'pg';
import { createDataSource } from './data-source';
import { ensureDatabaseRoles } from './roles';

async function withServer(databaseUrl: string, work: (admin: Client, name: string) => Promise<void>): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('Database name may contain only a-z, 0-9 and _');
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await work(admin, name);
  } finally {
    await admin.end();
  }
}

// Creates the database when it is missing (a fresh machine).
export function ensureDatabase(databaseUrl: string): Promise<void> {
  return withServer(databaseUrl, async (admin, name) => {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  });
}

// Creates the database as a copy of `template` (its schema, grants, row-level security and rows):
// the tests migrate once per run and copy (apps/api/test/template-database.ts). The template must
// have no open connections while it is copied.
export function createDatabaseFrom(databaseUrl: string, template: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(template)) throw new Error('Template name may contain only a-z, 0-9 and _');
  return withServer(databaseUrl, async (admin, name) => {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  });
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return withServer(databaseUrl, async (admin, name) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

// Runs as the owner role (MIGRATION_DATABASE_URL). The API's and worker's roles must exist
// before the grants in the migrations; their passwords are taken from their URLs when given.
export async function migrate(databaseUrl: string, roleUrls: { app?: string; worker?: string } = {}): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  await withServer(databaseUrl, (admin) => ensureDatabaseRoles(admin, roleUrls));
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
