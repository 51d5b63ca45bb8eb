import { Client } from 'pg';

// The database roles the portal connects as. Their names are fixed because the migrations grant
// to them; their passwords come from the connection URLs a council configures.
//  - eh_app: the API. Owns nothing, is no superuser, cannot bypass row-level security.
//  - eh_worker: the BullMQ worker. Owns nothing, is no superuser and cannot bypass row-level
//    security either: its own policies and column grants let it reach exactly what its jobs use
//    (migration 1732300000029), and it re-checks each recipient's access before delivery.
// Migrations run as a third role, the tables' owner (MIGRATION_DATABASE_URL).
export const APP_ROLE = 'eh_app';
export const WORKER_ROLE = 'eh_worker';

const ATTRIBUTES: Record<string, string> = {
  [APP_ROLE]: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION',
  [WORKER_ROLE]: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION',
};

function passwordOf(url: string | undefined): string | null {
  if (!url) return null;
  const password = decodeURIComponent(new URL(url).password);
  return password || null;
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

// A role made before it lost a power (the worker bypassed row-level security until issue 12) is
// brought in line; only a superuser may change these attributes. Concurrent callers may race to
// change the same role: what counts is that it holds afterwards.
async function withoutPowers(admin: Client, role: string): Promise<void> {
  const powers = () =>
    admin.query<{ powerful: boolean }>('SELECT rolsuper OR rolbypassrls AS powerful FROM pg_roles WHERE rolname = $1', [role]);
  if (!(await powers()).rows[0]?.powerful) return;
  try {
    await admin.query(`ALTER ROLE ${role} NOSUPERUSER NOBYPASSRLS`);
  } catch (error) {
    if ((await powers()).rows[0]?.powerful) {
      throw new Error(
        `Database role ${role} may bypass row-level security and could not be changed (${errorCode(error) ?? 'error'}); see docs/security.md`,
      );
    }
  }
}

// Creates the two roles when they are missing (needs a superuser or CREATEROLE, as on a
// development machine); a council's DBA may create them beforehand instead. Concurrent callers
// (parallel test files) may race to create the same role: losing the race is fine.
export async function ensureDatabaseRoles(admin: Client, urls: { app?: string; worker?: string } = {}): Promise<void> {
  const passwords: Record<string, string | null> = { [APP_ROLE]: passwordOf(urls.app), [WORKER_ROLE]: passwordOf(urls.worker) };
  for (const role of [APP_ROLE, WORKER_ROLE]) {
    const found = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (found.rowCount === 0) {
      try {
        await admin.query(`CREATE ROLE ${role} ${ATTRIBUTES[role]}`);
      } catch (error) {
        const code = errorCode(error);
        // 42710 duplicate_object, 23505 unique_violation: another process created it first.
        if (code !== '42710' && code !== '23505') {
          throw new Error(`Database role ${role} is missing and could not be created (${code ?? 'error'}); see docs/security.md`);
        }
      }
    }
    await withoutPowers(admin, role);
    const password = passwords[role];
    if (password) await admin.query(`ALTER ROLE ${role} PASSWORD ${admin.escapeLiteral(password)}`);
  }
}
