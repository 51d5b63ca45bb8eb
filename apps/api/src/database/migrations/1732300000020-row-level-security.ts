import { MigrationInterface, QueryRunner } from 'typeorm';

// The second wall. The application policy decides who sees a case; PostgreSQL repeats the
// decision for every table that holds a family's data, so a bug in the API (a missing filter,
// an injected query) still cannot reach another agency's families.
//
// The API connects as eh_app (see database/roles.ts): it owns no table, is no superuser and
// cannot bypass row-level security. Each transaction carries the acting user, agency, role and
// the portal's "today" as transaction-local settings (SET LOCAL via set_config(..., true)); with
// none set, every family-data table is empty. The rule is deliberately coarser than the
// application's: the council's own team (front door, FPT manager) sees every family; a partner
// sees a case when its agency leads it, its person is a named professional, or the family's
// consent names its agency today.
//
// The visibility functions are SECURITY DEFINER so that their own look-ups are not filtered
// again (which would recurse); they run as the migration role, which owns the tables and may
// bypass row-level security (a superuser on a development machine; BYPASSRLS in a council).

export const FAMILY_DATA_TABLES = [
  'family',
  'person',
  'referral',
  'early_help_case',
  'case_professional',
  'case_event',
  'my_family_plan',
  'plan_section',
  'plan_section_version',
  'plan_qa_comment',
  'consent',
  'case_review',
  'child_drawing',
  'agenda_item',
  'forum_action',
  'handover',
  'mentoring_request',
  'mentoring_session',
  'sharing_alert',
  'sharing_record',
  'notification',
  'restricted_information',
  'legal_hold',
] as const;

const CASE_ROWS = 'eh_case_visible(case_id)';

// USING (which rows can be read, changed or deleted) and WITH CHECK (which rows may be written).
// Where a row's own columns decide, they are tested first: a row just inserted is not yet
// visible to the look-up functions, and INSERT ... RETURNING must still read it back.
const POLICIES: Record<(typeof FAMILY_DATA_TABLES)[number], { using: string; check?: string }> = {
  family: { using: 'eh_family_visible(id)', check: 'eh_actor_is_council_team() OR eh_family_visible(id)' },
  person: { using: 'eh_family_visible(family_id)' },
  referral: {
    using:
      'eh_actor_is_council_team() OR referrer_agency_id = eh_actor_agency() OR lead_agency_id = eh_actor_agency() OR eh_referral_visible(id)',
  },
  early_help_case: { using: 'eh_actor_is_council_team() OR lead_agency_id = eh_actor_agency() OR eh_case_visible(id)' },
  case_professional: { using: CASE_ROWS },
  case_event: { using: CASE_ROWS },
  my_family_plan: { using: CASE_ROWS },
  plan_section: { using: 'eh_plan_visible(plan_id)' },
  plan_section_version: { using: 'eh_plan_visible(plan_id)' },
  plan_qa_comment: { using: 'eh_plan_visible(plan_id)' },
  consent: { using: CASE_ROWS },
  case_review: { using: CASE_ROWS },
  child_drawing: { using: CASE_ROWS },
  agenda_item: { using: CASE_ROWS },
  forum_action: { using: `${CASE_ROWS} OR owner_id = eh_actor_user()` },
  handover: { using: CASE_ROWS },
  mentoring_request: { using: CASE_ROWS },
  mentoring_session: { using: 'eh_mentoring_visible(request_id)' },
  sharing_alert: { using: 'eh_actor_is_council_team() OR raised_by_agency = eh_actor_agency() OR eh_alert_visible(id)' },
  sharing_record: { using: 'agency_id = eh_actor_agency() OR eh_alert_visible(alert_id)', check: 'eh_alert_visible(alert_id)' },
  notification: { using: 'user_id = eh_actor_user()' },
  restricted_information: { using: CASE_ROWS },
  // Holds name families and say why; only the council's team manages them.
  legal_hold: { using: 'eh_actor_is_council_team()' },
};

const DEFINER = 'LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp';

export class RowLevelSecurity1732300000020 implements MigrationInterface {
  name = 'RowLevelSecurity1732300000020';

  async up(q: QueryRunner): Promise<void> {
    // Privileges: the API and worker read and write data; neither may change the schema, the
    // migrations record, or any audit row.
    await q.query(`GRANT USAGE ON SCHEMA public TO eh_app, eh_worker`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO eh_app, eh_worker`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO eh_app, eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO eh_app, eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO eh_app, eh_worker`);
    await q.query(`REVOKE ALL ON migrations FROM eh_app, eh_worker`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM eh_app, eh_worker`);
    await q.query(`REVOKE ALL ON audit_chain_head FROM eh_app, eh_worker`);
    // The chain trigger keeps the head row itself, so writers need no right to it.
    await q.query(`ALTER FUNCTION audit_event_chain() SECURITY DEFINER SET search_path = public, pg_temp`);

    await q.query(
      `CREATE FUNCTION eh_actor_user() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('eh.user_id', true), '')::uuid $$`,
    );
    await q.query(
      `CREATE FUNCTION eh_actor_agency() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('eh.agency_id', true), '')::uuid $$`,
    );
    await q.query(`
      CREATE FUNCTION eh_actor_is_council_team() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(current_setting('eh.role', true), '') IN ('FRONT_DOOR_OFFICER', 'FPT_MANAGER') $$`);
    await q.query(`
      CREATE FUNCTION eh_actor_today() RETURNS date LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('eh.today', true), '')::date, current_date) $$`);
    await q.query(`
      CREATE FUNCTION eh_case_visible(p_case uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM early_help_case c
           WHERE c.id = p_case AND eh_actor_agency() IS NOT NULL
             AND (c.lead_agency_id = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM case_professional cp WHERE cp.case_id = c.id AND cp.user_id = eh_actor_user())
                  OR EXISTS (SELECT 1 FROM consent k
                              WHERE k.case_id = c.id AND eh_actor_agency() = ANY (k.agency_ids)
                                AND k.given_on <= eh_actor_today()
                                AND (k.withdrawn_on IS NULL OR k.withdrawn_on > eh_actor_today())))) $$`);
    await q.query(`
      CREATE FUNCTION eh_referral_visible(p_referral uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM referral r
           WHERE r.id = p_referral AND eh_actor_agency() IS NOT NULL
             AND (r.referrer_agency_id = eh_actor_agency() OR r.lead_agency_id = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.referral_id = r.id AND eh_case_visible(c.id)))) $$`);
    await q.query(`
      CREATE FUNCTION eh_alert_visible(p_alert uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM sharing_alert a
           WHERE a.id = p_alert AND eh_actor_agency() IS NOT NULL
             AND (a.raised_by_agency = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM sharing_record s WHERE s.alert_id = a.id AND s.agency_id = eh_actor_agency())
                  OR (a.case_id IS NOT NULL AND eh_case_visible(a.case_id)))) $$`);
    await q.query(`
      CREATE FUNCTION eh_family_visible(p_family uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT eh_actor_is_council_team()
            OR EXISTS (SELECT 1 FROM referral r WHERE r.family_id = p_family AND eh_referral_visible(r.id))
            OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.family_id = p_family AND eh_case_visible(c.id))
            OR EXISTS (SELECT 1 FROM sharing_alert a WHERE a.family_id = p_family AND eh_alert_visible(a.id)) $$`);
    await q.query(`
      CREATE FUNCTION eh_plan_visible(p_plan uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT coalesce((SELECT eh_case_visible(p.case_id) FROM my_family_plan p WHERE p.id = p_plan), false) $$`);
    await q.query(`
      CREATE FUNCTION eh_mentoring_visible(p_request uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT coalesce((SELECT eh_case_visible(m.case_id) FROM mentoring_request m WHERE m.id = p_request), false) $$`);

    // The one narrow door through the wall: routing an information-sharing alert must find the
    // family's open partner-led case (its lead and consents) whoever raises it, without the
    // sender being able to read that case. It returns routing facts only, never names.
    await q.query(`
      CREATE FUNCTION eh_alert_routing(p_last_name text, p_date_of_birth date)
      RETURNS TABLE (family_id uuid, first_name text, case_id uuid, lead_agency_id uuid, consents jsonb) ${DEFINER} AS $$
        -- Most recently allocated open case first, as the sender's routing takes the first.
        SELECT p.family_id, p.first_name::text, c.id, c.lead_agency_id,
               (SELECT coalesce(jsonb_agg(jsonb_build_object('agencyIds', k.agency_ids, 'givenOn', k.given_on, 'withdrawnOn', k.withdrawn_on)), '[]')
                  FROM consent k WHERE k.case_id = c.id)
          FROM person p
          LEFT JOIN LATERAL (
            SELECT c.id, c.lead_agency_id, c.allocated_on FROM early_help_case c
             WHERE c.family_id = p.family_id AND c.level = 2 AND c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')
             ORDER BY c.allocated_on DESC LIMIT 1) c ON true
         WHERE eh_actor_user() IS NOT NULL AND lower(p.last_name) = lower(p_last_name) AND p.date_of_birth = p_date_of_birth
         ORDER BY c.allocated_on DESC NULLS LAST $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_alert_routing(text, date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_alert_routing(text, date) TO eh_app`);

    for (const table of FAMILY_DATA_TABLES) {
      const { using, check } = POLICIES[table];
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      // The council team's test comes first and short-circuits: no per-row function call for them.
      const rule = (expression: string) =>
        expression.startsWith('eh_actor_is_council_team()') ? expression : `eh_actor_is_council_team() OR ${expression}`;
      const forTable = table === 'notification' ? (e: string) => e : rule;
      await q.query(
        `CREATE POLICY ${table}_by_actor ON ${table} FOR ALL TO eh_app USING (${forTable(using)}) WITH CHECK (${forTable(check ?? using)})`,
      );
    }
    // Restricted information: anyone who may see the case sees that an entry exists; its content
    // is not readable by the API's role at all, only through a function that applies the
    // field's own rule (the recording agency, and the people it shared the entry with).
    await q.query(`REVOKE SELECT ON restricted_information FROM eh_app`);
    await q.query(
      `GRANT SELECT (id, case_id, category, recorded_by, recorded_by_agency_id, shared_with_user_ids, recorded_at, version) ON restricted_information TO eh_app`,
    );
    await q.query(`
      CREATE FUNCTION eh_restricted_content(p_entry uuid) RETURNS text ${DEFINER} AS $$
        SELECT r.content FROM restricted_information r
         WHERE r.id = p_entry AND eh_case_visible(r.case_id)
           AND (r.recorded_by_agency_id = eh_actor_agency() OR eh_actor_user() = ANY (r.shared_with_user_ids)) $$`);

    // The impact figures are materialized views, which row-level security does not reach. The
    // monthly counts hold no family; the per-case facts do (case references and dates), so the
    // API reads them only through a view that shows them to the council's team alone (the
    // drifting list). Only the views' owner may refresh them: the worker does so through one
    // function, and may do nothing else with them.
    await q.query(`REVOKE ALL ON impact_case_facts FROM eh_app, eh_worker`);
    await q.query(
      `CREATE VIEW impact_case_facts_for_council WITH (security_barrier) AS SELECT * FROM impact_case_facts WHERE eh_actor_is_council_team()`,
    );
    await q.query(`GRANT SELECT ON impact_case_facts_for_council TO eh_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON impact_case_facts_for_council FROM eh_app, eh_worker`);
    await q.query(`
      CREATE FUNCTION eh_refresh_impact_figures() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        REFRESH MATERIALIZED VIEW CONCURRENTLY impact_case_facts;
        REFRESH MATERIALIZED VIEW CONCURRENTLY impact_monthly;
        REFRESH MATERIALIZED VIEW CONCURRENTLY impact_monthly_by_type;
        REFRESH MATERIALIZED VIEW CONCURRENTLY impact_caseload;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_refresh_impact_figures() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_refresh_impact_figures() TO eh_worker`);

    // Whoever raises an alert about a family notes it in the chronology of the family's case,
    // which they may not otherwise read or write.
    await q.query(`
      CREATE POLICY case_event_alert_note ON case_event FOR INSERT TO eh_app
      WITH CHECK (event_type = 'SHARING_ALERT' AND actor_id = eh_actor_user())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS case_event_alert_note ON case_event`);
    await q.query(`DROP FUNCTION IF EXISTS eh_alert_routing(text, date)`);
    await q.query(`DROP FUNCTION IF EXISTS eh_restricted_content(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS eh_refresh_impact_figures()`);
    await q.query(`DROP VIEW IF EXISTS impact_case_facts_for_council`);
    for (const table of FAMILY_DATA_TABLES) {
      await q.query(`DROP POLICY IF EXISTS ${table}_by_actor ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    for (const fn of [
      'eh_mentoring_visible',
      'eh_plan_visible',
      'eh_family_visible',
      'eh_alert_visible',
      'eh_referral_visible',
      'eh_case_visible',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}(uuid)`);
    }
    for (const fn of ['eh_actor_today', 'eh_actor_is_council_team', 'eh_actor_agency', 'eh_actor_user']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
    await q.query(`ALTER FUNCTION audit_event_chain() SECURITY INVOKER`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM eh_app, eh_worker`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM eh_app, eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM eh_app, eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM eh_app, eh_worker`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM eh_app, eh_worker`);
  }
}
