import { Client } from 'pg';

// The database roles the portal connects as. Their names are fixed because the migrations grant
// to them; their passwords come from the connection URLs a council configures.
//  - eh_app: the API. Owns nothing, is no superuser, cannot bypass row-level security.
//  - eh_worker: the BullMQ worker. Delivers to many agencies, so it reads past row-level
//    security (BYPASSRLS) but owns nothing and re-checks access in code before each delivery.
// Migrations run as a third role, the tables' owner (MIGRATION_DATABASE_URL).
export const APP_ROLE = 'eh_app';
export const WORKER_ROLE = 'eh_worker';

const ATTRIBUTES: Record<string, string> = {
  [APP_ROLE]: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION',
  [WORKER_ROLE]: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS NOREPLICATION',
};

function passwordOf(url: string | undefined): string | null {
  if (!url) return null;
  const password = decodeURIComponent(new URL(url).password);
  return password || null;
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
        const code = (error as { code?: string }).code;
        // 42710 duplicate_object, 23505 unique_violation: another process created it first.
        if (code !== '42710' && code !== '23505') {
          throw new Error(`Database role ${role} is missing and could not be created (${code ?? 'error'}); see docs/security.md`);
        }
      }
    }
    const password = passwords[role];
    if (password) await admin.query(`ALTER ROLE ${role} PASSWORD ${admin.escapeLiteral(password)}`);
  }
}

