import { MigrationInterface, QueryRunner } from 'typeorm';

// The council's team sees the council's early help at both levels (issue 13): level 2 led by a
// partner and level 3 held by the council's Family Casework Team, so the Forum chair sees a level 3
// case a caseworker brings to the Forum, the front door and FPT managers oversee the cases they
// stepped up, and FPT managers quality-assure the caseworkers' plans. Level 4 stays outside.
// Domain `canViewCase` (isCouncilEarlyHelpLevel) says the same; the property test in
// visibility-rule.int-spec.ts compares the two for every level.
//
// Changed together: the rule (`eh_visible_case_ids`), the early_help_case policy's shortcut for
// the council's team, and alert routing (an alert about a family whose open case is at level 3
// reaches its caseworker's team, as it would a partner lead).

const DEFINER = 'LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp';

const rule = (levels: string) => `
  CREATE OR REPLACE FUNCTION eh_visible_case_ids(p_user uuid, p_agency uuid, p_role text, p_today date)
  RETURNS TABLE (case_id uuid) LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.id FROM early_help_case c
     WHERE eh_is_council_team_role(p_role) AND c.level IN ${levels}
    UNION
    SELECT c.id FROM early_help_case c
     WHERE NOT eh_is_council_team_role(p_role) AND c.lead_agency_id = p_agency
    UNION
    SELECT cp.case_id FROM case_professional cp
     WHERE NOT eh_is_council_team_role(p_role) AND cp.user_id = p_user AND NOT cp.joined_on_consent
    UNION
    SELECT k.case_id FROM consent k
     WHERE NOT eh_is_council_team_role(p_role) AND k.agency_ids @> ARRAY[p_agency]
       AND k.given_on <= p_today AND (k.withdrawn_on IS NULL OR k.withdrawn_on > p_today) $$`;

const casePolicy = (levels: string) => {
  const using = `(eh_actor_is_council_team() AND level IN ${levels}) OR (NOT eh_actor_is_council_team() AND lead_agency_id = eh_actor_agency()) OR id IN (SELECT eh_actor_visible_case_ids())`;
  return `ALTER POLICY early_help_case_by_actor ON early_help_case USING (${using}) WITH CHECK (${using})`;
};

const routing = (levels: string) => `
  CREATE OR REPLACE FUNCTION eh_alert_routing(p_last_name text, p_date_of_birth date, p_today date)
  RETURNS TABLE (family_id uuid, first_name text, case_id uuid, lead_agency_id uuid, consented_agency_ids uuid[]) ${DEFINER} AS $$
    -- Most recently allocated open case first, as the sender's routing takes the first.
    SELECT p.family_id, p.first_name::text, c.id, c.lead_agency_id,
           ARRAY(SELECT DISTINCT a FROM consent k CROSS JOIN unnest(k.agency_ids) a
                  WHERE k.case_id = c.id AND a <> c.lead_agency_id AND eh_case_visible_to(c.id, NULL, a, 'PRACTITIONER', p_today)
                  ORDER BY a)
      FROM person p
      LEFT JOIN LATERAL (
        SELECT c.id, c.lead_agency_id, c.allocated_on FROM early_help_case c
         WHERE c.family_id = p.family_id AND c.level IN ${levels} AND c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')
         ORDER BY c.allocated_on DESC LIMIT 1) c ON true
     WHERE eh_actor_user() IS NOT NULL AND lower(p.last_name) = lower(p_last_name) AND p.date_of_birth = p_date_of_birth
     ORDER BY c.allocated_on DESC NULLS LAST $$`;

const BOTH = '(2, 3)';
const PARTNER_LED_ONLY = '(2)';

export class CouncilTeamSeesFamilyCasework1732300000039 implements MigrationInterface {
  name = 'CouncilTeamSeesFamilyCasework1732300000039';

  async up(q: QueryRunner): Promise<void> {
    await q.query(rule(BOTH));
    await q.query(casePolicy(BOTH));
    await q.query(routing(BOTH));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(routing(PARTNER_LED_ONLY));
    await q.query(casePolicy(PARTNER_LED_ONLY));
    await q.query(rule(PARTNER_LED_ONLY));
  }
}
