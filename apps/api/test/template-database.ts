import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { createDatabaseFrom, dropDatabase, migrate } from '../src/database/migrate';
import { SeededIds, seedDemoData } from '../src/database/seed';
import { TEST_NOW } from './test-clock';

// The integration tests migrate once per run: jest's globalSetup (global-setup.ts) names this run's
// template databases in EH_TEST_TEMPLATE and builds them; each portal's database is a copy
// (CREATE DATABASE ... TEMPLATE), and globalTeardown drops them. Three templates, each made from
// the one before: migrated (with the roles and their grants); seeded with the synthetic council;
// seeded with the demonstration's work in progress too. The seeded ones carry the ids the seed
// returned in their database comment. A spec run without the global setup (another jest config)
// builds what it needs under a name taken from the database code, and leaves it for the next run.
export const TEMPLATE_ENV = 'EH_TEST_TEMPLATE';
export type TemplateKind = 'migrated' | 'seeded' | 'work';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const DATABASE_CODE = join(__dirname, '..', 'src', 'database');
const SUFFIX: Record<TemplateKind, string> = { migrated: '', seeded: '_s', work: '_w' };
const MADE_FROM: Record<TemplateKind, TemplateKind | null> = { migrated: null, seeded: 'migrated', work: 'migrated' };

const urlOf = (name: string) => `${SERVER}/${name}`;

function codeHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(DATABASE_CODE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files.sort()) hash.update(file).update(readFileSync(join(DATABASE_CODE, file)));
  return hash.digest('hex').slice(0, 12);
}

export function templateBase(): string {
  return process.env[TEMPLATE_ENV] ?? `eh_template_src${codeHash()}`;
}

export function templateName(kind: TemplateKind, base = templateBase()): string {
  return `${base}${SUFFIX[kind]}`;
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: urlOf('postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function exists(admin: Client, name: string): Promise<boolean> {
  return ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
}

// Builds under a temporary name and renames when done, so a template that exists is complete.
async function build(admin: Client, kind: TemplateKind, base: string): Promise<void> {
  const name = templateName(kind, base);
  if (await exists(admin, name)) return;
  const building = `${name}_b`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  const from = MADE_FROM[kind];
  if (from === null) {
    await migrate(urlOf(building));
  } else {
    await build(admin, from, base);
    await createDatabaseFrom(urlOf(building), templateName(from, base));
    const db = await createDataSource(urlOf(building)).initialize();
    try {
      const ids = await seedDemoData(db, TEST_NOW, { work: kind === 'work' });
      if (!ids) throw new Error(`Template ${building} was not empty`);
      await admin.query(`COMMENT ON DATABASE ${building} IS ${admin.escapeLiteral(JSON.stringify(ids))}`);
    } finally {
      await db.destroy();
    }
  }
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
}

// Makes the template when it is missing. Test files running side by side wait for one another
// (an advisory lock) rather than build it twice.
export async function ensureTemplate(kind: TemplateKind, base = templateBase()): Promise<string> {
  const name = templateName(kind, base);
  await withAdmin(async (admin) => {
    if (await exists(admin, name)) return;
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [base]);
    try {
      await build(admin, kind, base);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [base]);
    }
  });
  return name;
}

// A new database `name` on the shared server, copied from the seeded template; the seed's ids.
export async function createSeededDatabase(name: string, options: { work: boolean }): Promise<SeededIds> {
  const template = await ensureTemplate(options.work ? 'work' : 'seeded');
  await createDatabaseFrom(urlOf(name), template);
  return withAdmin(async (admin) => {
    const found = await admin.query<{ ids: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS ids FROM pg_database WHERE datname = $1",
      [template],
    );
    const ids = found.rows[0]?.ids;
    if (!ids) throw new Error(`Template ${template} has no seeded ids`);
    return JSON.parse(ids) as SeededIds;
  });
}

// A new database `name` on the shared server, migrated but empty.
export async function createMigratedDatabase(name: string): Promise<void> {
  await createDatabaseFrom(urlOf(name), await ensureTemplate('migrated'));
}

export async function dropTemplates(base: string): Promise<void> {
  for (const kind of ['work', 'seeded', 'migrated'] as const) {
    await dropDatabase(urlOf(templateName(kind, base)));
    await dropDatabase(urlOf(`${templateName(kind, base)}_b`));
  }
}
