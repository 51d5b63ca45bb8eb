import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '@eh/domain';
import { FAMILY_DATA_TABLES } from '../src/database/migrations/1732300000020-row-level-security';
import { APP_ROLE, WORKER_ROLE } from '../src/database/roles';
import { startTestPortal, TestPortal } from './test-app';

// The second wall: PostgreSQL itself refuses another agency's families to the API's role, even
// for SQL the application never meant to send.
describe('row-level security', () => {
  let portal: TestPortal;
  let asApp: Client;
  let asWorker: Client;

  beforeAll(async () => {
    portal = await startTestPortal();
    asApp = new Client({ connectionString: portal.config.databaseUrl });
    await asApp.connect();
    asWorker = new Client({ connectionString: portal.config.workerDatabaseUrl });
    await asWorker.connect();
  });

  afterAll(async () => {
    await asWorker.end();
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

  // What a role may do beyond its grants: the portal's roles may do nothing.
  const POWERLESS = { rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, owned: 0, memberships: 0 };
  async function powersOf(role: string): Promise<typeof POWERLESS> {
    const [powers] = await portal.db.query(
      `SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned,
              (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
         FROM pg_roles r WHERE r.rolname = $1`,
      [role],
    );
    return powers;
  }

  const jo = () => ({ user: portal.ids.users.schoolDsl, agency: portal.ids.agencies.riverside, role: Role.PRACTITIONER });
  const sam = () => ({ user: portal.ids.users.schoolPractitioner, agency: portal.ids.agencies.oakwood, role: Role.PRACTITIONER });

  it('connects the API as eh_app: no superuser, no RLS bypass, owns nothing, member of no role', async () => {
    const [{ current_user: user }] = await portal.app.get(DataSource).query('SELECT current_user');
    expect(user).toBe(APP_ROLE);
    expect(await powersOf(APP_ROLE)).toEqual(POWERLESS);
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
      expect({ table: table.relname, enabled: table.relrowsecurity, forced: table.relforcerowsecurity }).toEqual({
        table: table.relname,
        enabled: true,
        forced: true,
      });
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
    const [{ n }] = await portal.db.query(
      `SELECT count(*)::int AS n FROM person p JOIN family f ON f.id = p.family_id JOIN early_help_case c ON c.family_id = f.id WHERE c.id = $1`,
      [brook],
    );
    expect(n).toBe(3);
  });

  it('refuses writes to another agency’s case from raw SQL: updates touch nothing, inserts fail', async () => {
    const brook = portal.ids.cases.brook;
    const updated = await asActor<{ id: string }>(jo(), `UPDATE early_help_case SET declined_reason = 'x' WHERE id = $1 RETURNING id`, [
      brook,
    ]);
    expect(updated).toEqual([]);
    await expect(
      asActor(jo(), `INSERT INTO case_event (case_id, event_type, summary, actor_id) VALUES ($1, 'NOTE', 'x', $2)`, [brook, jo().user]),
    ).rejects.toThrow(/row-level security/);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM early_help_case WHERE id = $1 AND declined_reason = 'x'`, [
      brook,
    ]);
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
    expect(await asActor(sam(), `SELECT category FROM restricted_information WHERE id = $1`, [entry.id])).toEqual([
      { category: 'POLICE_INTELLIGENCE' },
    ]);
    await expect(asActor(sam(), `SELECT content FROM restricted_information WHERE id = $1`, [entry.id])).rejects.toThrow(
      /permission denied/,
    );
    expect(await asActor(sam(), `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: null }]);
    // The council team sees every case, but not this field.
    const fpt = { user: portal.ids.users.fptManager, agency: portal.ids.agencies.fpt, role: Role.FPT_MANAGER };
    expect(await asActor(fpt, `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: null }]);
    // Police recorded it, but cannot see the case: still nothing.
    expect(await asActor(police, `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([{ content: null }]);
    await portal.db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Police early help officer')`, [
      portal.ids.cases.brook,
      police.user,
    ]);
    expect(await asActor(police, `SELECT eh_restricted_content($1) AS content`, [entry.id])).toEqual([
      { content: 'Intelligence about a visitor to the home' },
    ]);
    await portal.db.query(`DELETE FROM case_professional WHERE case_id = $1 AND user_id = $2`, [portal.ids.cases.brook, police.user]);
  });

  it('keeps the per-case impact facts to the council team, and lets only the worker refresh the figures, only through its function', async () => {
    await expect(asApp.query(`SELECT count(*) FROM impact_case_facts`)).rejects.toThrow(/permission denied/);
    const fpt = { user: portal.ids.users.fptManager, agency: portal.ids.agencies.fpt, role: Role.FPT_MANAGER };
    const [{ n: council }] = await asActor<{ n: number }>(fpt, `SELECT count(*)::int AS n FROM impact_case_facts_for_council`);
    expect(council).toBeGreaterThan(3);
    expect(await asActor(jo(), `SELECT count(*)::int AS n FROM impact_case_facts_for_council`)).toEqual([{ n: 0 }]);
    await expect(asApp.query(`SELECT eh_refresh_impact_figures()`)).rejects.toThrow(/permission denied/);
    await expect(asWorker.query(`REFRESH MATERIALIZED VIEW impact_monthly`)).rejects.toThrow(/must be owner/);
    await expect(asWorker.query(`SELECT eh_refresh_impact_figures()`)).resolves.toMatchObject({ rowCount: 1 });
    await expect(asApp.query(`SELECT eh_refresh_impact_view(1)`)).rejects.toThrow(/permission denied/);
    await expect(asWorker.query(`SELECT eh_refresh_impact_view(1) AS view`)).resolves.toMatchObject({
      rows: [{ view: 'impact_case_facts' }],
    });
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

  // The worker runs background jobs for the whole council, so it states no actor: the wall for it
  // is what it may touch at all. It gets exactly what its jobs read and write (notifications and
  // their email, reminders and the digest, the retention purge, the impact refresh, audit sealing,
  // the outbox relay), column by column, through its own row-level security policies, never by
  // bypassing them.
  describe('the worker’s role', () => {
    // Everything eh_worker may do, table by table. Anything not named here it may not do at all.
    // The outbox's own table is left to the outbox's design (ids and job names only).
    const WORKER_MAY: Record<string, { select?: string[]; insert?: string[]; update?: string[]; delete?: true }> = {
      agenda_item: { select: ['case_id', 'id'], delete: true },
      app_user: { select: ['active', 'agency_id', 'email', 'id', 'role'] },
      audit_event: {
        insert: [
          'action',
          'actor_id',
          'client_ip',
          'entity_id',
          'entity_ids',
          'entity_type',
          'family_id',
          'family_ids',
          'outcome',
          'request_id',
          'seq',
        ],
      },
      case_event: { select: ['case_id'], delete: true },
      // The next-review view (it runs with the worker's own rights on the tables beneath it).
      case_next_review: { select: ['case_id', 'next_review_on'] },
      case_professional: { select: ['case_id'], delete: true },
      // Re-referrals after closure, found by the sustainment check (migration 0046).
      case_rereferral: { select: ['case_id', 'referral_id'], insert: ['case_id', 'found_on', 'received_on', 'referral_id'] },
      case_review: { select: ['case_id', 'held_on', 'kind', 'next_review_on', 'recorded_at'], delete: true },
      child_drawing: { select: ['case_id'], delete: true },
      consent: { select: ['case_id'], delete: true },
      early_help_case: {
        select: [
          'closed_on',
          'family_id',
          'first_contact_due',
          'first_contact_on',
          'id',
          'lead_practitioner_id',
          'level',
          'maintenance_started_on',
          'my_family_plan_due',
          'reference',
          'referral_id',
          'status',
        ],
        update: ['version'], // to lock the row; its policy refuses any change
        delete: true,
      },
      // Operation Encompass (migration 0044): delivery, the contact address's email and the escalation sweep.
      education_setting: { select: ['contact_email', 'id', 'in_council', 'name'] },
      education_setting_staff: { select: ['role', 'setting_id', 'user_id'] },
      encompass_child: { select: ['case_id', 'family_id', 'notification_id', 'person_id', 'setting_id'] },
      // The purge deletes a notification none of whose children is still held (migration 0051).
      encompass_notification: { select: ['council_agency_id', 'id', 'recorded_at', 'recorded_by', 'recorded_by_agency_id'], delete: true },
      encompass_route: {
        select: [
          'acknowledged_at',
          'contact_emailed_at',
          'due_at',
          'escalated_to_council_at',
          'escalated_to_deputies_at',
          'id',
          'notification_id',
          'passed_on_at',
          'setting_id',
          'stage',
          'version',
          'with_council_contact',
        ],
        update: ['contact_emailed_at', 'escalated_to_council_at', 'escalated_to_deputies_at', 'stage', 'version'],
      },
      family: { select: ['id'], update: ['version'], delete: true },
      forum_action: { select: ['case_id', 'done_on', 'due_on', 'id', 'item_id', 'owner_id'], delete: true },
      handover: { select: ['case_id'], delete: true },
      impact_refresh: { update: ['as_of', 'refreshed_at'] },
      legal_hold: { select: ['case_id', 'family_id', 'lifted_at', 'person_id'], delete: true },
      // Which maintenance reviews are recorded, for the daily reminders (migration 0037).
      maintenance_review: { select: ['case_id', 'due_on'] },
      mentoring_request: { select: ['case_id', 'id'], delete: true },
      mentoring_session: { select: ['request_id'], delete: true },
      my_family_plan: { select: ['approved_at', 'case_id', 'id', 'status'], delete: true },
      notification: {
        select: [
          'created_at',
          'email_claimed_until',
          'emailed_at',
          'entity_id',
          'entity_type',
          'event_key',
          'id',
          'kind',
          'read_at',
          'user_id',
        ],
        insert: ['entity_id', 'entity_type', 'event_key', 'kind', 'user_id'],
        update: ['email_claimed_until', 'emailed_at'],
        delete: true,
      },
      notification_preference: { select: ['channel', 'kind', 'user_id'] },
      person: { select: ['date_of_birth', 'family_id', 'id', 'role'], delete: true },
      // Which closed cases have coded needs (ids only), for the sustainment check (migration 0046).
      plan_need: { select: ['case_id', 'id'] },
      plan_qa_comment: { select: ['plan_id'], delete: true },
      plan_section: { select: ['plan_id'], delete: true },
      plan_section_version: { select: ['plan_id'], delete: true },
      purge_log: { insert: ['due_on', 'entity_id', 'entity_type', 'period', 'purged_at', 'record_type', 'rows_deleted', 'rule', 'run_id'] },
      referral: {
        select: [
          'added_to_case_id',
          'decided_at',
          'decision',
          'family_id',
          'id',
          'made_by_partner',
          'previous_case_id',
          'received_at',
          'recorded_by',
          'reference',
          'referrer_agency_id',
          'status',
        ],
        update: ['previous_case_id'],
        delete: true,
      },
      retention_policy: { select: ['period', 'record_type', 'rule'], update: ['version'] },
      // Only an Operation Encompass escalation's share with the council (its policy refuses any other row).
      share_decision: {
        insert: [
          'case_id',
          'decided_at',
          'decided_by',
          'decided_by_agency_id',
          'decision',
          'family_id',
          'id',
          'lawful_basis',
          'person_id',
          'reason',
          'reason_text',
          'shared_with_agency_id',
          'shared_with_other',
          'source',
          'source_id',
          'what_shared',
        ],
      },
      sharing_alert: { select: ['case_id', 'family_id', 'id'], delete: true },
      sharing_record: { select: ['agency_id', 'alert_id', 'basis'], delete: true },
      // The sustainment check: the worker writes the row when it asks the former lead (migration 0046).
      sustainment_check: { select: ['case_id'], insert: ['asked_on', 'case_id', 'due_on', 'lead_practitioner_id'] },
      user_session: { select: ['expires_at', 'id', 'revoked_at'], delete: true },
    };
    const LEFT_TO_THE_OUTBOX = ['job_outbox', 'job_outbox_id_seq'];

    async function inWorkerTransaction<T>(work: () => Promise<T>): Promise<T> {
      await asWorker.query('BEGIN');
      try {
        return await work();
      } finally {
        await asWorker.query('ROLLBACK');
      }
    }

    it('connects the worker as eh_worker: no superuser, no RLS bypass, owns nothing, member of no role', async () => {
      const [{ user }] = (await asWorker.query('SELECT current_user AS user')).rows;
      expect(user).toBe(WORKER_ROLE);
      expect(await powersOf(WORKER_ROLE)).toEqual(POWERLESS);
    });

    it('gives the worker exactly the tables, columns and sequences its jobs use, read from the catalogue', async () => {
      const granted: { table: string; select: string[]; insert: string[]; update: string[]; delete: boolean; other: boolean }[] =
        await portal.db.query(
          `SELECT c.relname AS table,
                ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        AND has_column_privilege($1, c.oid, a.attnum, 'SELECT') ORDER BY a.attname) AS select,
                ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        AND has_column_privilege($1, c.oid, a.attnum, 'INSERT') ORDER BY a.attname) AS insert,
                ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        AND has_column_privilege($1, c.oid, a.attnum, 'UPDATE') ORDER BY a.attname) AS update,
                has_table_privilege($1, c.oid, 'DELETE') AS delete,
                has_table_privilege($1, c.oid, 'TRUNCATE, REFERENCES, TRIGGER') AS other
           FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          ORDER BY c.relname`,
          [WORKER_ROLE],
        );
      const actual: Record<string, unknown> = {};
      for (const t of granted) {
        if (LEFT_TO_THE_OUTBOX.includes(t.table)) continue;
        const may = {
          ...(t.select.length ? { select: t.select } : {}),
          ...(t.insert.length ? { insert: t.insert } : {}),
          ...(t.update.length ? { update: t.update } : {}),
          ...(t.delete ? { delete: true } : {}),
          ...(t.other ? { other: true } : {}),
        };
        if (Object.keys(may).length) actual[t.table] = may;
      }
      expect(actual).toEqual(WORKER_MAY);
      // Tables it may not touch at all, the family's and the people's most sensitive first.
      for (const table of [
        'restricted_information',
        'user_mfa',
        'mfa_recovery_code',
        'calendar_feed_token',
        'forum_meeting',
        'agency',
        'impact_case_facts',
        'audit_seal',
      ]) {
        expect({ table, granted: table in actual }).toEqual({ table, granted: false });
      }
      const sequences: { name: string }[] = await portal.db.query(
        `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S'
            AND CASE WHEN relkind = 'S' THEN has_sequence_privilege($1, oid, 'USAGE, SELECT, UPDATE') END ORDER BY relname`,
        [WORKER_ROLE],
      );
      expect(sequences.map((s) => s.name).filter((s) => !LEFT_TO_THE_OUTBOX.includes(s))).toEqual([
        'audit_event_id_seq',
        'notification_id_seq',
        'purge_log_id_seq',
      ]);
    });

    it('refuses the worker a restricted entry’s content, and even whether one exists, whoever it claims to be', async () => {
      const police = { user: portal.ids.users.police, agency: portal.ids.agencies.police };
      const [entry] = await portal.db.query(
        `INSERT INTO restricted_information (case_id, category, content, recorded_by, recorded_by_agency_id)
         VALUES ($1, 'POLICE_INTELLIGENCE', 'A visitor to the home', $2, $3) RETURNING id`,
        [portal.ids.cases.nowak, police.user, police.agency],
      );
      await expect(asWorker.query(`SELECT content FROM restricted_information`)).rejects.toThrow(/permission denied/);
      await expect(asWorker.query(`SELECT count(content) FROM restricted_information`)).rejects.toThrow(/permission denied/);
      await expect(
        asWorker.query(`SELECT count(*) FROM restricted_information WHERE case_id = $1`, [portal.ids.cases.nowak]),
      ).rejects.toThrow(/permission denied/);
      // Stating the recording officer as the actor, as the API does, opens nothing to the worker.
      await expect(
        inWorkerTransaction(async () => {
          await asWorker.query(
            `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', 'PRACTITIONER', true), set_config('eh.today', '2026-11-18', true)`,
            [police.user, police.agency],
          );
          return (await asWorker.query(`SELECT eh_restricted_content($1) AS content`, [entry.id])).rows;
        }),
      ).rejects.toThrow(/permission denied/);
      await portal.db.query(`DELETE FROM restricted_information WHERE id = $1`, [entry.id]);
    });

    it('refuses the worker the family’s details, notes and plans that no job of its needs', async () => {
      const refused = [
        `SELECT first_name, last_name FROM person`,
        `SELECT relationship FROM person`,
        `SELECT address_line1, postcode FROM family`,
        `SELECT concerns, referrer_name FROM referral`,
        `SELECT declined_reason, closure_reason, crisis_card FROM early_help_case`,
        `SELECT lead_agency_id FROM early_help_case`,
        `SELECT summary FROM case_event`,
        `SELECT content FROM plan_section`,
        `SELECT content FROM plan_section_version`,
        `SELECT comment FROM plan_qa_comment`,
        `SELECT family_view, child_views FROM case_review`,
        `SELECT bytes FROM child_drawing`,
        `SELECT agency_ids, given_by_person_id FROM consent`,
        `SELECT user_id FROM case_professional`,
        `SELECT summary, safeguarding_reason FROM sharing_alert`,
        `SELECT reason FROM legal_hold`,
        `SELECT question, closing_summary FROM mentoring_request`,
        `SELECT advice FROM mentoring_session`,
        `SELECT description FROM forum_action`,
        `SELECT discussion, decision FROM agenda_item`,
        `SELECT reason FROM handover`,
        `SELECT display_name, password_hash FROM app_user`,
        `SELECT token_hash FROM user_session`,
        `SELECT secret_sealed FROM user_mfa`,
        `SELECT * FROM impact_case_facts`,
        `SELECT * FROM audit_event`,
      ];
      for (const sql of refused) {
        await expect(asWorker.query(sql).then(() => `${sql} was answered`)).rejects.toThrow(/permission denied/);
      }
      // Nor may it write what it reads: a case's dates, a person's date of birth.
      await expect(asWorker.query(`UPDATE early_help_case SET status = 'OPEN'`)).rejects.toThrow(/permission denied/);
      await expect(asWorker.query(`UPDATE person SET date_of_birth = '2000-01-01'`)).rejects.toThrow(/permission denied/);
      await expect(
        asWorker.query(`INSERT INTO case_event (case_id, event_type, summary) VALUES ($1, 'NOTE', 'x')`, [portal.ids.cases.brook]),
      ).rejects.toThrow(/permission denied/);
    });

    it('still reads what its jobs need, under its own row-level security policies, and locks without changing', async () => {
      // No actor stated: the worker's own policies, not the API's, decide what it sees.
      const [{ n: cases }] = (await asWorker.query(`SELECT count(id)::int AS n FROM early_help_case`)).rows;
      const [{ n: owned }] = await portal.db.query(`SELECT count(*)::int AS n FROM early_help_case`);
      expect(cases).toBe(owned);
      const [{ n: children }] = (await asWorker.query(`SELECT count(date_of_birth)::int AS n FROM person WHERE role = 'CHILD'`)).rows;
      expect(children).toBeGreaterThan(3);
      const brook = portal.ids.cases.brook;
      await inWorkerTransaction(async () => {
        // The purge locks the family and the case it deletes, but may not change either.
        expect((await asWorker.query(`SELECT id FROM early_help_case WHERE id = $1 FOR UPDATE`, [brook])).rows).toEqual([{ id: brook }]);
        await asWorker.query('SAVEPOINT change');
        await expect(asWorker.query(`UPDATE early_help_case SET version = 99 WHERE id = $1`, [brook])).rejects.toThrow(
          /row-level security/,
        );
        await asWorker.query('ROLLBACK TO SAVEPOINT change');
        // The one change it may make to a referral is to forget a purged case.
        await expect(asWorker.query(`UPDATE referral SET previous_case_id = $1 WHERE id IS NOT NULL`, [brook])).rejects.toThrow(
          /row-level security/,
        );
      });
    });

    it('deletes a case’s restricted entries only through its function, by case id, and tells who may hear of a case only through another', async () => {
      const police = { user: portal.ids.users.police, agency: portal.ids.agencies.police };
      const hartley = portal.ids.cases.hartley;
      await portal.db.query(
        `INSERT INTO restricted_information (case_id, category, content, recorded_by, recorded_by_agency_id)
         VALUES ($1, 'POLICE_INTELLIGENCE', 'One', $2, $3), ($1, 'HEALTH_NOTE', 'Two', $2, $3)`,
        [hartley, police.user, police.agency],
      );
      await expect(asApp.query(`SELECT eh_purge_restricted_information($1)`, [hartley])).rejects.toThrow(/permission denied/);
      // Hartley's case is open: its entries go only with the case, once it has ended.
      await expect(asWorker.query(`SELECT eh_purge_restricted_information($1)`, [hartley])).rejects.toThrow(/only with its ended case/);
      const [{ status }] = await portal.db.query(`SELECT status FROM early_help_case WHERE id = $1`, [hartley]);
      await portal.db.query(`UPDATE early_help_case SET status = 'CLOSED' WHERE id = $1`, [hartley]);
      const purged = await inWorkerTransaction(async () => {
        const [{ n }] = (await asWorker.query(`SELECT eh_purge_restricted_information($1) AS n`, [hartley])).rows;
        return n;
      }).finally(() => portal.db.query(`UPDATE early_help_case SET status = $2 WHERE id = $1`, [hartley, status]));
      expect(purged).toBe(2);
      const [{ n: kept }] = await portal.db.query(`SELECT count(*)::int AS n FROM restricted_information WHERE case_id = $1`, [hartley]);
      expect(kept).toBe(2); // rolled back with the worker's transaction
      await portal.db.query(`DELETE FROM restricted_information WHERE case_id = $1`, [hartley]);

      // Who of these may hear about Brook's case today: the lead practitioner, not Jo at Riverside.
      const { schoolPractitioner, schoolDsl } = portal.ids.users;
      const heard = (
        await asWorker.query(`SELECT id FROM eh_case_recipients($1, $2, '2026-11-18')`, [
          portal.ids.cases.brook,
          [schoolPractitioner, schoolDsl],
        ])
      ).rows;
      expect(heard).toEqual([{ id: schoolPractitioner }]);
      await expect(
        asApp.query(`SELECT id FROM eh_case_recipients($1, $2, '2026-11-18')`, [portal.ids.cases.brook, [schoolDsl]]),
      ).rejects.toThrow(/permission denied/);
    });
  });
});
