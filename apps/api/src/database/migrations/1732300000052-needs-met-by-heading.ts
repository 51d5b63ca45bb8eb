import { MigrationInterface, QueryRunner } from 'typeorm';

// "Needs met by heading" (issue 17, part 5's last measure). Definition in
// libs/domain/src/metrics/needs-met.ts and docs/metrics.md.
//
// - `impact_needs_met`: counts of the needs coded against the outcome framework (plan_need) in the
//   cases closed in a month, by month of closure x heading, for every combination of the three
//   filters (agency, agency type, locality: `CUBE`, with the GROUPING bits in `grouped`: agency 4,
//   type 2, locality 1, as impact_caseload_summary), so any read sums at most months x headings
//   rows (the key leads with the filters, so one agency's rows are found without reading every
//   agency's). Per need: met (closed with significant progress), sustainment checked (met, and the
//   former lead's check confirmed by the as-at date) and sustained (checked and held). The case counts for
//   the same agency as in impact_measures (a case stepped up to Family Casework, for the partner
//   agency that led it before the step-up) and the family's locality; closure as everywhere (a
//   decline closes the case on its date).
// - eh_refresh_impact_figures() refreshes it with the others.
const BEFORE = [
  'impact_case_facts',
  'impact_monthly',
  'impact_monthly_by_type',
  'impact_caseload',
  'impact_caseload_summary',
  'impact_measures',
  'impact_measures_by_type',
];
const AFTER = [...BEFORE, 'impact_needs_met'];

export const refreshImpactFunction = (views: readonly string[]) => `
  CREATE OR REPLACE FUNCTION eh_refresh_impact_figures() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    ${views.map((v) => `REFRESH MATERIALIZED VIEW CONCURRENTLY ${v};`).join('\n    ')}
  END $$`;
export const IMPACT_VIEWS_WITH_NEEDS = AFTER;

export class NeedsMetByHeading1732300000052 implements MigrationInterface {
  name = 'NeedsMetByHeading1732300000052';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW impact_needs_met AS
      WITH params AS (SELECT as_of FROM impact_refresh),
      stepped_up AS (
        SELECT DISTINCT ON (m.case_id) m.case_id, m.agency_id
          FROM case_level_change m CROSS JOIN params
         WHERE m.movement = 'STEP_UP_TO_LEVEL_3' AND m.changed_on <= params.as_of
         ORDER BY m.case_id, m.changed_on, m.recorded_at
      ),
      closed AS (
        SELECT c.id, c.family_id, coalesce(s.agency_id, c.lead_agency_id) AS lead_agency_id,
               CASE WHEN c.status = 'DECLINED' THEN coalesce(c.closed_on, c.first_contact_on) ELSE c.closed_on END AS closed_on
          FROM early_help_case c
          LEFT JOIN stepped_up s ON s.case_id = c.id
      ),
      needs AS (
        SELECT date_trunc('month', k.closed_on)::date AS month, n.heading_id, k.lead_agency_id, a.agency_type,
               coalesce(f.locality_id, (
                 SELECT l.id FROM locality l
                  WHERE upper(left(replace(f.postcode, ' ', ''), greatest(length(replace(f.postcode, ' ', '')) - 3, 0)))
                        = ANY (l.postcode_districts)
                  ORDER BY l.name LIMIT 1)) AS locality_id,
               n.outcome = 'SIGNIFICANT_PROGRESS' AS met,
               n.outcome = 'SIGNIFICANT_PROGRESS' AND s.held IS NOT NULL AND coalesce(sc.confirmed_on <= params.as_of, false) AS checked,
               n.outcome = 'SIGNIFICANT_PROGRESS' AND coalesce(s.held, false) AND coalesce(sc.confirmed_on <= params.as_of, false)
                 AS sustained
          FROM plan_need n
          JOIN closed k ON k.id = n.case_id
          JOIN family f ON f.id = k.family_id
          JOIN agency a ON a.id = k.lead_agency_id
          CROSS JOIN params
          LEFT JOIN need_sustainment s ON s.need_id = n.id
          LEFT JOIN sustainment_check sc ON sc.case_id = n.case_id
         WHERE k.closed_on <= params.as_of
      )
      SELECT GROUPING(lead_agency_id, agency_type, locality_id) AS grouped, month, heading_id, lead_agency_id, agency_type, locality_id,
             count(*)::int AS needs,
             count(*) FILTER (WHERE met)::int AS met,
             count(*) FILTER (WHERE checked)::int AS checked,
             count(*) FILTER (WHERE sustained)::int AS sustained
        FROM needs
       GROUP BY month, heading_id, CUBE (lead_agency_id, agency_type, locality_id)
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_needs_met_key ON impact_needs_met (grouped, lead_agency_id, agency_type, locality_id, month, heading_id)
        NULLS NOT DISTINCT`);
    await q.query(`REVOKE ALL ON impact_needs_met FROM eh_app, eh_worker`);
    await q.query(`GRANT SELECT ON impact_needs_met TO eh_app`);
    await q.query(refreshImpactFunction(AFTER));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(refreshImpactFunction(BEFORE));
    await q.query(`DROP MATERIALIZED VIEW impact_needs_met`);
  }
}
