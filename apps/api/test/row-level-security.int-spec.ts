import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '@eh/domain';
import { FAMILY_DATA_TABLES } from '../src/database/migrations/1732300000020-row-level-security';
import { APP_ROLE } from '../src/database/roles';
import { startTestPortal, TestPortal } from './test-app';

// The second wall: PostgreSQL itself refuses another agency's families to the API's role, even
// for SQL the application never meant to send.
describe('row-level security', () => {
  let portal: TestPortal;
  let asApp: Client;

  beforeAll(async () => {
    portal = await startTestPortal();
    asApp = new Client({ connectionString: portal.config.databaseUrl });
    await asApp.connect();
  });

  afterAll(async () => {
    await asApp.end();
    await portal.close();
  });

  // Runs SQL as the API's role with an actor stated the way the API states it.
  async function asActor<T>(actor: { user: string; agency: string; role: Role }, sql: string, params: unknown[] = []): Promise<T[]> {
    await asApp.query('BEGIN');
    try {
      await asApp.query(
        `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', $3, true), set_config('eh.today', '2026-11-18', true)`,
        [actor.user, actor.agency, actor.role],
      );
      return (await asApp.query(sql, params)).rows as T[];
    } finally {
      await asApp.query('ROLLBACK');
    }
  }

  const jo = () => ({ user: portal.ids.users.schoolDsl, agency: portal.ids.agencies.riverside, role: Role.PRACTITIONER });
  const sam = () => ({ user: portal.ids.users.schoolPractitioner, agency: portal.ids.agencies.oakwood, role: Role.PRACTITIONER });

  it('connects the API as eh_app: no superuser, no RLS bypass, owns nothing, member of no role', async () => {
    const [{ current_user: user }] = await portal.app.get(DataSource).query('SELECT current_user');
    expect(user).toBe(APP_ROLE);
    const [role] = await portal.db.query(
      `SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned,
              (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
         FROM pg_roles r WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, owned: 0, memberships: 0 });
  });

  it('has row-level security enabled and forced on every table that holds a family’s data', async () => {
    // Found from the catalogue, not from the migration's own list: any table with a column
    // pointing at a family, person, case, plan, mentoring request or alert holds family data.
    const found: { table_name: string }[] = await portal.db.query(
      `SELECT DISTINCT table_name FROM information_schema.columns
        WHERE table_schema = 'public'
          AND column_name IN ('family_id', 'person_id', 'case_id', 'plan_id', 'alert_id', 'given_by_person_id')
          AND table_name NOT IN ('audit_event')
          AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')`,
    );
    const familyTables = new Set<string>([...FAMILY_DATA_TABLES, ...found.map((r) => r.table_name)]);
    const secured: { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[] = await portal.db.query(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) AND relkind = 'r'`,
      [[...familyTables]],
    );
    expect(secured.map((r) => r.relname).sort()).toEqual([...familyTables].sort());
    for (const table of secured) {
      expect({ table: table.relname, enabled: table.relrowsecurity, forced: table.relforcerowsecurity }).toEqual({ table: table.relname, enabled: true, forced: true });
    }
  });

  it('shows no family data at all when no actor is stated', async () => {
    for (const table of FAMILY_DATA_TABLES) {
      const [{ n }] = (await asApp.query(`SELECT count(*)::int AS n FROM ${table}`)).rows;
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    const [{ n: seededCases }] = await portal.db.query(`SELECT count(*)::int AS n FROM early_help_case`);
    expect(seededCases).toBeGreaterThan(3);
  });

  it('hides another agency’s case and everything about it from raw SQL as the API role', async () => {
    const brook = portal.ids.cases.brook; // led by Oakwood; Riverside has no part in it
    const queries = [
      `SELECT id FROM early_help_case WHERE id = $1`,
      `SELECT case_id FROM case_event WHERE case_id = $1`,
      `SELECT case_id FROM case_professional WHERE case_id = $1`,
      `SELECT p.id FROM person p JOIN early_help_case c ON c.family_id = p.family_id WHERE c.id = $1`,
      `SELECT f.id FROM family f WHERE f.id = (SELECT family_id FROM early_help_case WHERE id = $1)`,
      `SELECT r.id FROM referral r WHERE r.id = (SELECT referral_id FROM early_help_case WHERE id = $1)`,
    ];
    for (const sql of queries) {
      expect(await asActor(jo(), sql, [brook])).toEqual([]);
      expect((await asActor(sam(), sql, [brook])).length).toBeGreaterThan(0);
    }
    // And through the owner's eyes the rows are there: the filter, not absence, hid them.
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM person p JOIN family f ON f.id = p.family_id JOIN early_help_case c ON c.family_id = f.id WHERE c.id = $1`, [brook]);
    expect(n).toBe(3);
  });

  it('refuses writes to another agency’s case from raw SQL: updates touch nothing, inserts fail', async () => {
    const brook = portal.ids.cases.brook;
    const updated = await asActor<{ id: string }>(jo(), `UPDATE early_help_case SET declined_reason = 'x' WHERE id = $1 RETURNING id`, [brook]);
    expect(updated).toEqual([]);
    await expect(
      asActor(jo(), `INSERT INTO case_event (case_id, event_type, summary, actor_id) VALUES ($1, 'NOTE', 'x', $2)`, [brook, jo().user]),
    ).rejects.toThrow(/row-level security/);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM early_help_case WHERE id = $1 AND declined_reason = 'x'`, [brook]);
    expect(n).toBe(0);
  });

  it('keeps a restricted entry’s content from the API role: only its own rule, in the database, can read it', async () => {
    const police = { user: portal.ids.users.police, agency: portal.ids.agencies.police, role: Role.PRACTITIONER };
    const [entry] = await portal.db.query(
      `INSERT INTO restricted_information (case_id, category, content, recorded_by, recorded_by_agency_id)
       VALUES ($1, 'POLICE_INTELLIGENCE', 'Intelligence about a visitor to the home', $2, $3) RETURNING id`,
      [portal.ids.cases.brook, police.user, police.agency],
    );
    // Sam leads the case: sees that the entry exists, not what it says.
    expect(await asActor(sam(), `SELECT category FROM restricted_information WHERE id = $1`, [entry.id])).toEqual([{ category: 'POLICE_INTELLIGENCE' }]);
    await expect(asActor(sam(), `SELECT content FROM restricted_information WHERE id = $1`, [entry.id])).rejects.toThrow(/permission denied/);
    expect(await asActor(sam(), `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: null }]);
    // The council team sees every case, but not this field.
    const fpt = { user: portal.ids.users.fptManager, agency: portal.ids.agencies.fpt, role: Role.FPT_MANAGER };
    expect(await asActor(fpt, `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: null }]);
    // Police recorded it, but cannot see the case: still nothing.
    expect(await asActor(police, `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: null }]);
    await portal.db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Police early help officer')`, [portal.ids.cases.brook, police.user]);
    expect(await asActor(police, `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: 'Intelligence about a visitor to the home' }]);
    await portal.db.query(`DELETE FROM case_professional WHERE case_id = $1 AND user_id = $2`, [portal.ids.cases.brook, police.user]);
  });

  it('keeps the per-case impact facts to the council team, and lets only the worker refresh the figures, only through its function', async () => {
    await expect(asApp.query(`SELECT count(*) FROM impact_case_facts`)).rejects.toThrow(/permission denied/);
    const fpt = { user: portal.ids.users.fptManager, agency: portal.ids.agencies.fpt, role: Role.FPT_MANAGER };
    const [{ n: council }] = await asActor<{ n: number }>(fpt, `SELECT count(*)::int AS n FROM impact_case_facts_for_council`);
    expect(council).toBeGreaterThan(3);
    expect(await asActor(jo(), `SELECT count(*)::int AS n FROM impact_case_facts_for_council`)).toEqual([{ n: 0 }]);
    await expect(asApp.query(`SELECT eh_refresh_impact_figures()`)).rejects.toThrow(/permission denied/);
    const asWorker = new Client({ connectionString: portal.config.workerDatabaseUrl });
    await asWorker.connect();
    try {
      await expect(asWorker.query(`REFRESH MATERIALIZED VIEW impact_monthly`)).rejects.toThrow(/must be owner/);
      await expect(asWorker.query(`SELECT eh_refresh_impact_figures()`)).resolves.toMatchObject({ rowCount: 1 });
    } finally {
      await asWorker.end();
    }
  });

  it('forbids the API role to change the audit trail, the schema or its own privileges', async () => {
    const attempts = [
      `UPDATE audit_event SET action = 'X'`,
      `DELETE FROM audit_event`,
      `TRUNCATE audit_event`,
      `ALTER TABLE early_help_case DISABLE ROW LEVEL SECURITY`,
      `DROP POLICY early_help_case_by_actor ON early_help_case`,
      `DELETE FROM audit_seal`,
      `SELECT * FROM eh_seal_audit(1, 1)`,
      `DELETE FROM migrations`,
      `SET ROLE postgres`,
      `CREATE TABLE smuggled (id int)`,
    ];
    for (const sql of attempts) {
      await expect(asApp.query(sql)).rejects.toThrow(/permission denied|must be owner|must be a member|row-level security/);
    }
  });
});
