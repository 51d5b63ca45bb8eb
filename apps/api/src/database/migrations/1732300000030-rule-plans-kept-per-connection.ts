import { MigrationInterface, QueryRunner } from 'typeorm';

// Row-level security's look-ups of the one rule, with their plans kept for the connection.
//
// The policies call SECURITY DEFINER functions (eh_actor_visible_case_ids and the others below)
// that apply eh_visible_case_ids for the acting user. Written in SQL, such a function is never
// inlined (SECURITY DEFINER and SET forbid it), so PostgreSQL parses and plans its body again in
// every statement that calls it: about 1 ms for the rule's four-branch UNION, and a practitioner's
// case list paid it twice (the case policy and the person policy), more than the list itself.
// The same bodies in PL/pgSQL keep their plans for the connection's life. Their queries take the
// actor from the transaction's settings (eh_actor_user() and the rest, evaluated when they run),
// not as constants, so one kept plan is right for every actor; the council team's branch and the
// partners' branches are switched by one-time filters at run time.
//
// The families of the visible cases are found by id (an index look-up of each visible case), not
// by a semi-join that a kept plan would make a scan of every case.
//
// What each function answers is unchanged: the rule's property test and the row-level-security
// tests read the same rows before and after.

const DEFINER = 'STABLE SECURITY DEFINER SET search_path = public, pg_temp';
const ACTOR_RULE = 'eh_visible_case_ids(eh_actor_user(), eh_actor_agency(), eh_actor_role(), eh_actor_today())';

type Body = { signature: string; returns: string; plpgsql: string; sql: string };

const FUNCTIONS: Body[] = [
  {
    signature: 'eh_actor_visible_case_ids()',
    returns: 'SETOF uuid',
    plpgsql: `RETURN QUERY SELECT v.case_id FROM ${ACTOR_RULE} v;`,
    sql: `SELECT v.case_id FROM ${ACTOR_RULE} v`,
  },
  {
    signature: 'eh_actor_visible_family_ids()',
    returns: 'SETOF uuid',
    plpgsql: 'RETURN QUERY SELECT c.family_id FROM early_help_case c WHERE c.id = ANY (ARRAY(SELECT eh_actor_visible_case_ids()));',
    sql: `SELECT c.family_id FROM early_help_case c WHERE c.id IN (SELECT v.case_id FROM ${ACTOR_RULE} v)`,
  },
  {
    signature: 'eh_case_visible(p_case uuid)',
    returns: 'boolean',
    plpgsql: `RETURN EXISTS (SELECT 1 FROM ${ACTOR_RULE} v WHERE v.case_id = p_case);`,
    sql: `SELECT EXISTS (SELECT 1 FROM ${ACTOR_RULE} v WHERE v.case_id = p_case)`,
  },
  {
    signature: 'eh_family_visible(p_family uuid)',
    returns: 'boolean',
    plpgsql: `RETURN eh_actor_is_council_team()
            OR EXISTS (SELECT 1 FROM referral r WHERE r.family_id = p_family AND eh_referral_visible(r.id))
            OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.family_id = p_family AND eh_case_visible(c.id))
            OR EXISTS (SELECT 1 FROM sharing_alert a WHERE a.family_id = p_family AND eh_alert_visible(a.id));`,
    sql: `SELECT eh_actor_is_council_team()
            OR EXISTS (SELECT 1 FROM referral r WHERE r.family_id = p_family AND eh_referral_visible(r.id))
            OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.family_id = p_family AND eh_case_visible(c.id))
            OR EXISTS (SELECT 1 FROM sharing_alert a WHERE a.family_id = p_family AND eh_alert_visible(a.id))`,
  },
  {
    signature: 'eh_referral_visible(p_referral uuid)',
    returns: 'boolean',
    plpgsql: `RETURN eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM referral r
           WHERE r.id = p_referral AND eh_actor_agency() IS NOT NULL
             AND (r.referrer_agency_id = eh_actor_agency() OR r.lead_agency_id = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.referral_id = r.id AND eh_case_visible(c.id))));`,
    sql: `SELECT eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM referral r
           WHERE r.id = p_referral AND eh_actor_agency() IS NOT NULL
             AND (r.referrer_agency_id = eh_actor_agency() OR r.lead_agency_id = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM early_help_case c WHERE c.referral_id = r.id AND eh_case_visible(c.id))))`,
  },
  {
    signature: 'eh_alert_visible(p_alert uuid)',
    returns: 'boolean',
    plpgsql: `RETURN eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM sharing_alert a
           WHERE a.id = p_alert AND eh_actor_agency() IS NOT NULL
             AND (a.raised_by_agency = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM sharing_record s WHERE s.alert_id = a.id AND s.agency_id = eh_actor_agency())
                  OR (a.case_id IS NOT NULL AND eh_case_visible(a.case_id))));`,
    sql: `SELECT eh_actor_is_council_team() OR EXISTS (
          SELECT 1 FROM sharing_alert a
           WHERE a.id = p_alert AND eh_actor_agency() IS NOT NULL
             AND (a.raised_by_agency = eh_actor_agency()
                  OR EXISTS (SELECT 1 FROM sharing_record s WHERE s.alert_id = a.id AND s.agency_id = eh_actor_agency())
                  OR (a.case_id IS NOT NULL AND eh_case_visible(a.case_id))))`,
  },
  {
    signature: 'eh_plan_visible(p_plan uuid)',
    returns: 'boolean',
    plpgsql: 'RETURN coalesce((SELECT eh_case_visible(p.case_id) FROM my_family_plan p WHERE p.id = p_plan), false);',
    sql: 'SELECT coalesce((SELECT eh_case_visible(p.case_id) FROM my_family_plan p WHERE p.id = p_plan), false)',
  },
  {
    signature: 'eh_mentoring_visible(p_request uuid)',
    returns: 'boolean',
    plpgsql: 'RETURN coalesce((SELECT eh_case_visible(m.case_id) FROM mentoring_request m WHERE m.id = p_request), false);',
    sql: 'SELECT coalesce((SELECT eh_case_visible(m.case_id) FROM mentoring_request m WHERE m.id = p_request), false)',
  },
];

// CREATE OR REPLACE keeps each function's owner and grants (PostgreSQL allows a new language).
export class RulePlansKeptPerConnection1732300000030 implements MigrationInterface {
  name = 'RulePlansKeptPerConnection1732300000030';

  async up(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) {
      await q.query(
        `CREATE OR REPLACE FUNCTION ${f.signature} RETURNS ${f.returns} LANGUAGE plpgsql ${DEFINER} AS $$ BEGIN ${f.plpgsql} END $$`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of FUNCTIONS) {
      await q.query(`CREATE OR REPLACE FUNCTION ${f.signature} RETURNS ${f.returns} LANGUAGE sql ${DEFINER} AS $$ ${f.sql} $$`);
    }
  }
}
