import { MigrationInterface, QueryRunner } from 'typeorm';

// "Who may see this case today" in SQL, once, built from the domain rule (canViewCase in
// libs/domain/src/access/access-policy.ts, with consentedAgencies for "current consent"):
//
// - the council's own team (front door officers, FPT managers) sees every partner-led (level 2)
//   case and no other;
// - anyone else sees a case when their agency leads it, they are a named professional on it, or
//   their agency is named in a consent to share that is current on the given London date
//   (given_on <= today, and not withdrawn or withdrawn after today).
//
// eh_visible_case_ids(user, agency, role, today) is that rule as a set of case ids. It is a plain
// SQL set function (not SECURITY DEFINER, no SET clause, not STRICT), so PostgreSQL inlines it
// into the calling query: a list joins it as a hash semi-join, and a `case_id = X` condition is
// pushed into each branch of the UNION and answered from indexes. Everything else derives from it:
//
// - eh_case_visible_to(case, user, agency, role, today): one case, for one person (the case page,
//   the worker's check at delivery, the Forum's recipients, alert routing);
// - eh_case_visible(case): the same for the acting user of this transaction, for row-level
//   security. The second wall now applies the same rule as the first instead of a coarser copy
//   (migration 0020 let the council's team see every case, whatever its level).
//
// Called under row-level security (as eh_app), the functions read only the rows the caller may
// see; a caller asking about itself, or about a case it may see in full, gets the exact answer.
// The worker (BYPASSRLS) and the SECURITY DEFINER functions see every row.

const COUNCIL_ROLES = `'FRONT_DOOR_OFFICER', 'FPT_MANAGER'`;
const DEFINER = 'LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp';

// Case data: a row is visible exactly when its case's row is (the early_help_case policy below
// is the rule). The sub-query is itself filtered by that policy, so nothing here copies the rule.
const CASE_ROWS = (table: string) => `EXISTS (SELECT 1 FROM early_help_case c WHERE c.id = ${table}.case_id)`;
const PLAN_ROWS = (table: string) => `EXISTS (SELECT 1 FROM my_family_plan p WHERE p.id = ${table}.plan_id)`;

const EXACT_POLICIES: Record<string, string> = {
  // Both shortcuts are implied by the rule (council team: level 2; anyone else: their agency
  // leads it) and decide most rows of a list from the row itself. The rest is looked up in the
  // actor's visible set, computed once per statement (a hashed sub-plan), not once per row:
  // a per-row call re-plans the rule's query each time (about 1 ms; 10 s for a 10,000-case scan).
  early_help_case:
    '(eh_actor_is_council_team() AND level = 2) OR (NOT eh_actor_is_council_team() AND lead_agency_id = eh_actor_agency()) OR id IN (SELECT eh_actor_visible_case_ids())',
  case_professional: CASE_ROWS('case_professional'),
  case_event: CASE_ROWS('case_event'),
  my_family_plan: CASE_ROWS('my_family_plan'),
  consent: CASE_ROWS('consent'),
  case_review: CASE_ROWS('case_review'),
  child_drawing: CASE_ROWS('child_drawing'),
  agenda_item: CASE_ROWS('agenda_item'),
  forum_action: `${CASE_ROWS('forum_action')} OR owner_id = eh_actor_user()`,
  handover: CASE_ROWS('handover'),
  mentoring_request: CASE_ROWS('mentoring_request'),
  restricted_information: CASE_ROWS('restricted_information'),
  plan_section: PLAN_ROWS('plan_section'),
  plan_section_version: PLAN_ROWS('plan_section_version'),
  plan_qa_comment: PLAN_ROWS('plan_qa_comment'),
  mentoring_session: 'EXISTS (SELECT 1 FROM mentoring_request m WHERE m.id = mentoring_session.request_id)',
};

// What migration 0020 had, for down().
const COARSE_POLICIES: Record<string, string> = {
  early_help_case: 'eh_actor_is_council_team() OR lead_agency_id = eh_actor_agency() OR eh_case_visible(id)',
  forum_action: 'eh_actor_is_council_team() OR eh_case_visible(case_id) OR owner_id = eh_actor_user()',
  plan_section: 'eh_actor_is_council_team() OR eh_plan_visible(plan_id)',
  plan_section_version: 'eh_actor_is_council_team() OR eh_plan_visible(plan_id)',
  plan_qa_comment: 'eh_actor_is_council_team() OR eh_plan_visible(plan_id)',
  mentoring_session: 'eh_actor_is_council_team() OR eh_mentoring_visible(request_id)',
};
const coarsePolicy = (table: string) => COARSE_POLICIES[table] ?? 'eh_actor_is_council_team() OR eh_case_visible(case_id)';

const ROUTING_COLUMNS = 'family_id uuid, first_name text, case_id uuid, lead_agency_id uuid';
const ROUTING_MATCH = `
          FROM person p
          LEFT JOIN LATERAL (
            SELECT c.id, c.lead_agency_id, c.allocated_on FROM early_help_case c
             WHERE c.family_id = p.family_id AND c.level = 2 AND c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')
             ORDER BY c.allocated_on DESC LIMIT 1) c ON true
         WHERE eh_actor_user() IS NOT NULL AND lower(p.last_name) = lower(p_last_name) AND p.date_of_birth = p_date_of_birth
         ORDER BY c.allocated_on DESC NULLS LAST`;

export class OneVisibilityRule1732300000023 implements MigrationInterface {
  name = 'OneVisibilityRule1732300000023';

  async up(q: QueryRunner): Promise<void> {
    // The council's team, as isFamilyPartnershipTeam says; the acting user's test now uses it.
    await q.query(`
      CREATE FUNCTION eh_is_council_team_role(p_role text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(p_role, '') IN (${COUNCIL_ROLES}) $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_actor_is_council_team() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT eh_is_council_team_role(current_setting('eh.role', true)) $$`);
    await q.query(
      `CREATE FUNCTION eh_actor_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('eh.role', true), '') $$`,
    );

    // The portal's "today" is the date in London (londonToday in libs/domain), never the
    // server's or UTC date: between midnight and 1 am in British Summer Time they differ.
    await q.query(`
      CREATE FUNCTION eh_london_date(p_at timestamptz) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT (p_at AT TIME ZONE 'Europe/London')::date $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_actor_today() RETURNS date LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('eh.today', true), '')::date, eh_london_date(now())) $$`);

    // The rule. UNION, so each case appears once.
    await q.query(`
      CREATE FUNCTION eh_visible_case_ids(p_user uuid, p_agency uuid, p_role text, p_today date)
      RETURNS TABLE (case_id uuid) LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT c.id FROM early_help_case c
         WHERE eh_is_council_team_role(p_role) AND c.level = 2
        UNION
        SELECT c.id FROM early_help_case c
         WHERE NOT eh_is_council_team_role(p_role) AND c.lead_agency_id = p_agency
        UNION
        SELECT cp.case_id FROM case_professional cp
         WHERE NOT eh_is_council_team_role(p_role) AND cp.user_id = p_user
        UNION
        SELECT k.case_id FROM consent k
         WHERE NOT eh_is_council_team_role(p_role) AND k.agency_ids @> ARRAY[p_agency]
           AND k.given_on <= p_today AND (k.withdrawn_on IS NULL OR k.withdrawn_on > p_today) $$`);
    // PostgreSQL never inlines a scalar SQL function whose body holds a sub-query, so this one
    // is called (its plan kept for the statement); lists should join eh_visible_case_ids instead.
    await q.query(`
      CREATE FUNCTION eh_case_visible_to(p_case uuid, p_user uuid, p_agency uuid, p_role text, p_today date)
      RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT EXISTS (SELECT 1 FROM eh_visible_case_ids(p_user, p_agency, p_role, p_today) v WHERE v.case_id = p_case) $$`);
    // Row-level security's tests, for the acting user: the same rule, nothing coarser. The set
    // (for the early_help_case policy) and one case (for alerts, referrals, families and
    // restricted content). eh_case_visible spells out eh_case_visible_to's one line rather than
    // calling it: a nested non-inlined SQL function would be planned again on every call.
    await q.query(`
      CREATE FUNCTION eh_actor_visible_case_ids() RETURNS SETOF uuid ${DEFINER} AS $$
        SELECT v.case_id FROM eh_visible_case_ids(eh_actor_user(), eh_actor_agency(), eh_actor_role(), eh_actor_today()) v $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_case_visible(p_case uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT EXISTS (SELECT 1 FROM eh_visible_case_ids(eh_actor_user(), eh_actor_agency(), eh_actor_role(), eh_actor_today()) v
                        WHERE v.case_id = p_case) $$`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION eh_visible_case_ids(uuid, uuid, text, date), eh_case_visible_to(uuid, uuid, uuid, text, date) TO eh_app, eh_worker`,
    );

    for (const [table, using] of Object.entries(EXACT_POLICIES)) {
      await q.query(`DROP POLICY ${table}_by_actor ON ${table}`);
      await q.query(`CREATE POLICY ${table}_by_actor ON ${table} FOR ALL TO eh_app USING (${using}) WITH CHECK (${using})`);
    }

    // Alert routing tells the lead agency and the agencies that may see the case today through
    // the family's consent, decided by the rule on the sender's London date (not by the sender's
    // copy of the consent rule, and never by the database's UTC date).
    await q.query(`DROP FUNCTION eh_alert_routing(text, date)`);
    await q.query(`
      CREATE FUNCTION eh_alert_routing(p_last_name text, p_date_of_birth date, p_today date)
      RETURNS TABLE (${ROUTING_COLUMNS}, consented_agency_ids uuid[]) ${DEFINER} AS $$
        -- Most recently allocated open case first, as the sender's routing takes the first.
        SELECT p.family_id, p.first_name::text, c.id, c.lead_agency_id,
               ARRAY(SELECT DISTINCT a FROM consent k CROSS JOIN unnest(k.agency_ids) a
                      WHERE k.case_id = c.id AND a <> c.lead_agency_id AND eh_case_visible_to(c.id, NULL, a, 'PRACTITIONER', p_today)
                      ORDER BY a)
        ${ROUTING_MATCH} $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_alert_routing(text, date, date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_alert_routing(text, date, date) TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION eh_alert_routing(text, date, date)`);
    await q.query(`
      CREATE FUNCTION eh_alert_routing(p_last_name text, p_date_of_birth date)
      RETURNS TABLE (${ROUTING_COLUMNS}, consents jsonb) ${DEFINER} AS $$
        SELECT p.family_id, p.first_name::text, c.id, c.lead_agency_id,
               (SELECT coalesce(jsonb_agg(jsonb_build_object('agencyIds', k.agency_ids, 'givenOn', k.given_on, 'withdrawnOn', k.withdrawn_on)), '[]')
                  FROM consent k WHERE k.case_id = c.id)
        ${ROUTING_MATCH} $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_alert_routing(text, date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_alert_routing(text, date) TO eh_app`);
    for (const table of Object.keys(EXACT_POLICIES)) {
      const using = coarsePolicy(table);
      await q.query(`DROP POLICY ${table}_by_actor ON ${table}`);
      await q.query(`CREATE POLICY ${table}_by_actor ON ${table} FOR ALL TO eh_app USING (${using}) WITH CHECK (${using})`);
    }
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_case_visible(p_case uuid) RETURNS boolean ${DEFINER} AS $$
        SELECT eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM early_help_case c
           WHERE c.id = p_case AND eh_actor_agency() IS NOT NULL
             AND (c.lead_agency_id = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM case_professional cp WHERE cp.case_id = c.id AND cp.user_id = eh_actor_user())
                  OR EXISTS (SELECT 1 FROM consent k
                              WHERE k.case_id = c.id AND eh_actor_agency() = ANY (k.agency_ids)
                                AND k.given_on <= eh_actor_today()
                                AND (k.withdrawn_on IS NULL OR k.withdrawn_on > eh_actor_today())))) $$`);
    await q.query(`DROP FUNCTION eh_actor_visible_case_ids()`);
    await q.query(`DROP FUNCTION eh_case_visible_to(uuid, uuid, uuid, text, date)`);
    await q.query(`DROP FUNCTION eh_visible_case_ids(uuid, uuid, text, date)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_actor_today() RETURNS date LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('eh.today', true), '')::date, current_date) $$`);
    await q.query(`DROP FUNCTION eh_london_date(timestamptz)`);
    await q.query(`DROP FUNCTION eh_actor_role()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_actor_is_council_team() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(current_setting('eh.role', true), '') IN (${COUNCIL_ROLES}) $$`);
    await q.query(`DROP FUNCTION eh_is_council_team_role(text)`);
  }
}
