import { MigrationInterface, QueryRunner } from 'typeorm';

// The measures the council papers report (issue 17, part 5), and a caseload that does not grow
// with practitioners. Definitions in libs/domain/src/metrics/measures.ts and docs/metrics.md.
//
// - "Became looked after" is a new closure outcome (BECAME_LOOKED_AFTER). `closure_outcome` is a
//   free varchar checked by the API's enum, so no constraint changes; this note records it.
// - `impact_measures`: counts by month of allocation x counted agency x locality x days from
//   referral to allocation, over every early help case in the portal (levels 2 and 3): previously
//   open to children's social care, stepped down from social care and from Family Casework, later
//   stepped up to level 3 or 4 or looked after, and repeat referrals within 12 months of a previous
//   case's closure. The days are a key, so the median and the distribution over any period and
//   filter come from the summed counts exactly. A case stepped up to level 3 counts for the partner
//   agency that led it before the step-up (as eh_level_movements does); otherwise for its lead
//   agency. Set-based: movements, earlier cases and social-care decisions are aggregated per case
//   or family once and joined (a self-join on the family, not a subquery per case).
// - `impact_measures_by_type`: the same rolled up by agency type and locality for reads without an
//   agency, for each combination of the two filters (`CUBE`; GROUPING bits in `grouped`: type 2,
//   locality 1), so a read without filters sums a few thousand rows, not every type and locality's.
// - `impact_caseload_summary`: for every combination of the three filters (agency, agency type,
//   locality; GROUPING bits in `grouped`), the number of practitioners with open cases, their open
//   cases, and the 25 highest caseloads (JSON). Without an agency the dashboard read every
//   practitioner's rows (50,000 nationally) and sent them all; now it reads one row.
// - `impact_caseload` gets an index on the agency, for the one-agency list.
// - eh_refresh_impact_figures() refreshes the new views after the ones they read.
const OLD_REFRESH = ['impact_case_facts', 'impact_monthly', 'impact_monthly_by_type', 'impact_caseload'];
const NEW_REFRESH = [...OLD_REFRESH, 'impact_caseload_summary', 'impact_measures', 'impact_measures_by_type'];

const refreshFunction = (views: readonly string[]) => `
  CREATE OR REPLACE FUNCTION eh_refresh_impact_figures() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    ${views.map((v) => `REFRESH MATERIALIZED VIEW CONCURRENTLY ${v};`).join('\n    ')}
  END $$`;

export const MEASURE_COUNTS = [
  'cases',
  'previously_social_care',
  'from_social_care',
  'from_family_casework',
  'to_level_3',
  'to_level_4',
  'looked_after',
  'stepped_up_or_looked_after',
  'repeat_referral',
];

// How many of the 25 highest caseloads the summary keeps per combination of filters.
const CASELOAD_LISTED = 25;

export class ImpactMeasures1732300000048 implements MigrationInterface {
  name = 'ImpactMeasures1732300000048';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW impact_measures AS
      WITH params AS (SELECT as_of FROM impact_refresh),
      moves AS (
        SELECT m.case_id,
               bool_or(m.movement = 'STEP_DOWN_FROM_SOCIAL_CARE') AS from_social_care,
               bool_or(m.movement = 'STEP_DOWN_FROM_LEVEL_3') AS from_family_casework,
               bool_or(m.movement = 'STEP_UP_TO_LEVEL_3') AS to_level_3,
               (array_agg(m.agency_id ORDER BY m.changed_on, m.recorded_at) FILTER (WHERE m.movement = 'STEP_UP_TO_LEVEL_3'))[1]
                 AS stepped_up_from
          FROM case_level_change m CROSS JOIN params
         WHERE m.changed_on <= params.as_of
         GROUP BY m.case_id
      ),
      closed AS (
        SELECT c.id, c.family_id,
               CASE WHEN c.status = 'DECLINED' THEN coalesce(c.closed_on, c.first_contact_on) ELSE c.closed_on END AS closed_on,
               CASE WHEN c.status = 'DECLINED' THEN coalesce(c.closure_outcome, 'FAMILY_DECLINED')
                    WHEN c.closed_on IS NOT NULL THEN c.closure_outcome END AS outcome
          FROM early_help_case c
      ),
      social_care AS (
        SELECT family_id, min((decided_at AT TIME ZONE 'Europe/London')::date) AS first_on
          FROM referral WHERE decision = 'LEVEL_4_CHILDRENS_SOCIAL_CARE' AND decided_at IS NOT NULL
         GROUP BY family_id
      ),
      cases AS (
        SELECT c.id AS case_id, c.family_id, (r.received_at AT TIME ZONE 'Europe/London')::date AS referred_on, c.allocated_on,
               k.closed_on, k.outcome, coalesce(mv.stepped_up_from, c.lead_agency_id) AS lead_agency_id,
               coalesce(f.locality_id, (
                 SELECT l.id FROM locality l
                  WHERE upper(left(replace(f.postcode, ' ', ''), greatest(length(replace(f.postcode, ' ', '')) - 3, 0)))
                        = ANY (l.postcode_districts)
                  ORDER BY l.name LIMIT 1)) AS locality_id,
               coalesce(mv.from_social_care, false) AS from_social_care,
               coalesce(mv.from_family_casework, false) AS from_family_casework,
               coalesce(mv.to_level_3, false) AS to_level_3
          FROM early_help_case c
          JOIN closed k ON k.id = c.id
          JOIN referral r ON r.id = c.referral_id
          JOIN family f ON f.id = c.family_id
          LEFT JOIN moves mv ON mv.case_id = c.id
      ),
      earlier AS (
        SELECT c.case_id,
               bool_or(p.outcome IN ('STEPPED_UP_TO_LEVEL_4', 'BECAME_LOOKED_AFTER')) AS social_care_case,
               bool_or(c.referred_on <= p.closed_on + interval '12 months') AS repeat_referral
          FROM cases c JOIN closed p ON p.family_id = c.family_id AND p.id <> c.case_id AND p.closed_on <= c.referred_on
         GROUP BY c.case_id
      ),
      facts AS (
        SELECT cases.*, a.agency_type, greatest(cases.allocated_on - cases.referred_on, 0) AS allocation_days,
               cases.from_social_care OR coalesce(e.social_care_case, false) OR coalesce(s.first_on <= cases.referred_on, false)
                 AS previously_social_care,
               cases.outcome = 'STEPPED_UP_TO_LEVEL_4' AND cases.closed_on <= params.as_of AS to_level_4,
               cases.outcome = 'BECAME_LOOKED_AFTER' AND cases.closed_on <= params.as_of AS looked_after,
               coalesce(e.repeat_referral, false) AS repeat_referral
          FROM cases
          JOIN agency a ON a.id = cases.lead_agency_id
          CROSS JOIN params
          LEFT JOIN earlier e ON e.case_id = cases.case_id
          LEFT JOIN social_care s ON s.family_id = cases.family_id
      )
      SELECT date_trunc('month', allocated_on)::date AS month, lead_agency_id, agency_type, locality_id, allocation_days,
             count(*)::int AS cases,
             count(*) FILTER (WHERE previously_social_care)::int AS previously_social_care,
             count(*) FILTER (WHERE from_social_care)::int AS from_social_care,
             count(*) FILTER (WHERE from_family_casework)::int AS from_family_casework,
             count(*) FILTER (WHERE to_level_3)::int AS to_level_3,
             count(*) FILTER (WHERE to_level_4)::int AS to_level_4,
             count(*) FILTER (WHERE looked_after)::int AS looked_after,
             count(*) FILTER (WHERE to_level_3 OR to_level_4 OR looked_after)::int AS stepped_up_or_looked_after,
             count(*) FILTER (WHERE repeat_referral)::int AS repeat_referral
        FROM facts
       GROUP BY 1, 2, 3, 4, 5
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_measures_key ON impact_measures (month, lead_agency_id, locality_id, allocation_days) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX impact_measures_agency ON impact_measures (lead_agency_id, month)`);
    await q.query(`
      CREATE MATERIALIZED VIEW impact_measures_by_type AS
      SELECT GROUPING(agency_type, locality_id) AS grouped, month, agency_type, locality_id, allocation_days,
             ${MEASURE_COUNTS.map((c) => `sum(${c})::int AS ${c}`).join(', ')}
        FROM impact_measures
       GROUP BY month, allocation_days, CUBE (agency_type, locality_id)
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_measures_by_type_key ON impact_measures_by_type (grouped, month, agency_type, locality_id, allocation_days)
        NULLS NOT DISTINCT`);

    await q.query(`CREATE INDEX impact_caseload_agency ON impact_caseload (lead_agency_id)`);
    await q.query(`
      CREATE MATERIALIZED VIEW impact_caseload_summary AS
      WITH per AS (
        SELECT lead_practitioner_id, lead_practitioner_name, agency_name, lead_agency_id, agency_type, locality_id,
               GROUPING(lead_agency_id, agency_type, locality_id) AS grouped, sum(open_cases)::int AS open_cases
          FROM impact_caseload
         GROUP BY lead_practitioner_id, lead_practitioner_name, agency_name, CUBE (lead_agency_id, agency_type, locality_id)
      )
      SELECT grouped, lead_agency_id, agency_type, locality_id, count(*)::int AS practitioners, sum(open_cases)::int AS open_cases,
             to_jsonb((array_agg(jsonb_build_object('practitionerId', lead_practitioner_id, 'name', lead_practitioner_name,
                                                    'agencyName', agency_name, 'openCases', open_cases)
                                 ORDER BY open_cases DESC, lead_practitioner_name, lead_practitioner_id))[1:${CASELOAD_LISTED}]) AS highest
        FROM per
       GROUP BY grouped, lead_agency_id, agency_type, locality_id
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_caseload_summary_key ON impact_caseload_summary (grouped, lead_agency_id, agency_type, locality_id)
        NULLS NOT DISTINCT`);

    for (const view of ['impact_measures', 'impact_measures_by_type', 'impact_caseload_summary']) {
      await q.query(`REVOKE ALL ON ${view} FROM eh_app, eh_worker`);
      await q.query(`GRANT SELECT ON ${view} TO eh_app`);
    }
    await q.query(refreshFunction(NEW_REFRESH));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(refreshFunction(OLD_REFRESH));
    await q.query(`DROP MATERIALIZED VIEW impact_caseload_summary`);
    await q.query(`DROP INDEX impact_caseload_agency`);
    await q.query(`DROP MATERIALIZED VIEW impact_measures_by_type`);
    await q.query(`DROP MATERIALIZED VIEW impact_measures`);
  }
}
