import { MigrationInterface, QueryRunner } from 'typeorm';

// The impact dashboard (issue 7): the council's localities, and the maintained aggregates the
// dashboard reads instead of scanning every case per request.
//
// - `locality`: areas the council sets, each with the postcode districts it covers. A family's
//   locality is `family.locality_id` when the front door has set one, otherwise the locality
//   whose districts include the family's postcode district.
// - `impact_refresh`: the date the figures are computed "as at" and when they were refreshed.
//   The refresh job writes it, then refreshes the views below, which read it.
// - `impact_case_facts`: one row per partner-led case with the dates the metric definitions in
//   libs/domain need (see docs/metrics.md for each column's source).
// - `impact_monthly`: counts by month x lead agency x locality, summed by the dashboard, and
//   `impact_monthly_by_type`, the same rolled up by agency type for reads without an agency.
// - `impact_caseload`: open cases per lead practitioner on the as-at date.
// Every view has a unique index so `REFRESH MATERIALIZED VIEW CONCURRENTLY` never blocks reads.
export class ImpactDashboard1732300000014 implements MigrationInterface {
  name = 'ImpactDashboard1732300000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE locality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL UNIQUE,
        postcode_districts varchar(4)[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE family ADD COLUMN locality_id uuid REFERENCES locality(id)`);
    await q.query(`CREATE INDEX family_locality_idx ON family (locality_id)`);
    await q.query(`
      CREATE TABLE impact_refresh (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        as_of date NOT NULL,
        refreshed_at timestamptz NOT NULL
      )`);
    await q.query(`INSERT INTO impact_refresh (as_of, refreshed_at) VALUES ((now() AT TIME ZONE 'Europe/London')::date, now())`);
    // Re-referrals are looked up per family and date.
    await q.query(`CREATE INDEX referral_family_idx ON referral (family_id, received_at)`);
    // Set-based: children, chronology and plans are aggregated once and joined, so a refresh
    // grows with the number of rows rather than cases x rows.
    await q.query(`
      CREATE MATERIALIZED VIEW impact_case_facts AS
      WITH params AS (SELECT as_of FROM impact_refresh),
      children AS (SELECT family_id, count(*)::int AS n FROM person WHERE role = 'CHILD' GROUP BY family_id),
      chronology AS (
        SELECT case_id, max((occurred_at AT TIME ZONE 'Europe/London')::date) AS last_on,
               min((occurred_at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE event_type = 'PLAN_SUBMITTED') AS first_plan_on
          FROM case_event GROUP BY case_id
      ),
      cases AS (
        SELECT c.id AS case_id, c.reference AS case_reference, c.family_id, c.referral_id,
               c.lead_agency_id, a.name AS agency_name, a.agency_type,
               coalesce(f.locality_id, (
                 SELECT l.id FROM locality l
                  WHERE upper(left(replace(f.postcode, ' ', ''), greatest(length(replace(f.postcode, ' ', '')) - 3, 0)))
                        = ANY (l.postcode_districts)
                  ORDER BY l.name LIMIT 1)) AS locality_id,
               c.lead_practitioner_id, u.display_name AS lead_practitioner_name,
               c.allocated_on,
               coalesce(ch.n, 0) AS children,
               c.first_contact_due, c.first_contact_on,
               c.declined_reason IS NOT NULL AS declined,
               c.my_family_plan_due AS plan_due,
               least((pl.submitted_at AT TIME ZONE 'Europe/London')::date, ev.first_plan_on) AS plan_submitted_on,
               CASE WHEN c.status = 'DECLINED' THEN coalesce(c.closed_on, c.first_contact_on) ELSE c.closed_on END AS closed_on,
               CASE WHEN c.status = 'DECLINED' THEN coalesce(c.closure_outcome, 'FAMILY_DECLINED')
                    WHEN c.closed_on IS NOT NULL THEN c.closure_outcome END AS outcome,
               CASE WHEN c.closure_outcome = 'STEPPED_UP_TO_LEVEL_4' THEN c.closed_on END AS stepped_up_to_level_4_on,
               CASE WHEN r.self_referral THEN 'SELF'
                    WHEN lower(ra.agency_type) ~ '(school|college|academy|nursery|education|early years)' THEN 'EDUCATION'
                    WHEN lower(ra.agency_type) ~ 'police' THEN 'POLICE'
                    WHEN lower(ra.agency_type) ~ '(health|nhs|hospital|midwif)' THEN 'HEALTH'
                    ELSE 'OTHER' END AS referral_source,
               coalesce(ev.last_on, c.allocated_on) AS last_activity_on
          FROM early_help_case c
          JOIN agency a ON a.id = c.lead_agency_id
          JOIN app_user u ON u.id = c.lead_practitioner_id
          JOIN family f ON f.id = c.family_id
          JOIN referral r ON r.id = c.referral_id
          LEFT JOIN agency ra ON ra.id = r.referrer_agency_id
          LEFT JOIN children ch ON ch.family_id = c.family_id
          LEFT JOIN chronology ev ON ev.case_id = c.id
          LEFT JOIN my_family_plan pl ON pl.case_id = c.id
         WHERE c.level = 2
      )
      SELECT cases.*,
             (SELECT min((n.received_at AT TIME ZONE 'Europe/London')::date) FROM referral n
               WHERE n.family_id = cases.family_id AND n.id <> cases.referral_id
                 AND (n.received_at AT TIME ZONE 'Europe/London')::date >= cases.closed_on) AS re_referred_on,
             cases.allocated_on <= params.as_of AND (cases.closed_on IS NULL OR cases.closed_on > params.as_of)
               AND cases.last_activity_on < params.as_of - 56 AS drifting
        FROM cases CROSS JOIN params
      WITH DATA`);
    await q.query(`CREATE UNIQUE INDEX impact_case_facts_case ON impact_case_facts (case_id)`);
    await q.query(`CREATE INDEX impact_case_facts_drifting ON impact_case_facts (last_activity_on) WHERE drifting`);

    // Each case counts in the month it was allocated, the month it closed and the month it was
    // stepped up; the as-at date decides which deadlines and 12-month windows have passed.
    await q.query(`
      CREATE MATERIALIZED VIEW impact_monthly AS
      WITH params AS (SELECT as_of FROM impact_refresh),
      f AS (SELECT impact_case_facts.*, params.as_of FROM impact_case_facts CROSS JOIN params),
      events AS (
        SELECT date_trunc('month', allocated_on)::date AS month, lead_agency_id, agency_type, locality_id,
               1 AS allocated, children AS allocated_children,
               (referral_source = 'EDUCATION')::int AS from_education, (referral_source = 'POLICE')::int AS from_police,
               (referral_source = 'HEALTH')::int AS from_health, (referral_source = 'SELF')::int AS from_self,
               (referral_source = 'OTHER')::int AS from_other,
               declined::int AS declined,
               (first_contact_due < as_of)::int AS contact_due,
               (first_contact_due < as_of AND first_contact_on IS NOT NULL AND first_contact_on <= first_contact_due)::int AS contact_on_time,
               (NOT declined AND plan_due < as_of)::int AS plan_due,
               (NOT declined AND plan_due < as_of AND plan_submitted_on IS NOT NULL AND plan_submitted_on <= plan_due)::int AS plan_on_time,
               (allocated_on + interval '12 months' <= as_of)::int AS level4_eligible,
               (allocated_on + interval '12 months' <= as_of
                 AND (stepped_up_to_level_4_on IS NULL OR stepped_up_to_level_4_on > allocated_on + interval '12 months'))::int AS level4_not_reached,
               0 AS closed, 0 AS closed_children, 0 AS closed_needs_met, 0 AS closed_days,
               0 AS rereferral_eligible, 0 AS not_rereferred, 0 AS escalations
          FROM f
        UNION ALL
        SELECT date_trunc('month', closed_on)::date, lead_agency_id, agency_type, locality_id,
               0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               1, children, (outcome = 'NEEDS_MET')::int, closed_on - allocated_on,
               (closed_on + interval '12 months' <= as_of)::int,
               (closed_on + interval '12 months' <= as_of
                 AND (re_referred_on IS NULL OR re_referred_on > closed_on + interval '12 months'))::int,
               0
          FROM f WHERE closed_on IS NOT NULL
        UNION ALL
        SELECT date_trunc('month', stepped_up_to_level_4_on)::date, lead_agency_id, agency_type, locality_id,
               0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
          FROM f WHERE stepped_up_to_level_4_on IS NOT NULL
      )
      SELECT month, lead_agency_id, agency_type, locality_id,
             sum(allocated)::int AS allocated, sum(allocated_children)::int AS allocated_children,
             sum(from_education)::int AS from_education, sum(from_police)::int AS from_police, sum(from_health)::int AS from_health,
             sum(from_self)::int AS from_self, sum(from_other)::int AS from_other, sum(declined)::int AS declined,
             sum(contact_due)::int AS contact_due, sum(contact_on_time)::int AS contact_on_time,
             sum(plan_due)::int AS plan_due, sum(plan_on_time)::int AS plan_on_time,
             sum(level4_eligible)::int AS level4_eligible, sum(level4_not_reached)::int AS level4_not_reached,
             sum(closed)::int AS closed, sum(closed_children)::int AS closed_children, sum(closed_needs_met)::int AS closed_needs_met,
             sum(closed_days)::bigint AS closed_days, sum(rereferral_eligible)::int AS rereferral_eligible,
             sum(not_rereferred)::int AS not_rereferred, sum(escalations)::int AS escalations
        FROM events
       GROUP BY month, lead_agency_id, agency_type, locality_id
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_monthly_key ON impact_monthly (month, lead_agency_id, locality_id) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX impact_monthly_agency ON impact_monthly (lead_agency_id, month)`);
    // Without an agency filter the dashboard reads this roll-up: a few rows per month however
    // many agencies there are.
    await q.query(`
      CREATE MATERIALIZED VIEW impact_monthly_by_type AS
      SELECT month, agency_type, locality_id,
             sum(allocated)::int AS allocated,
             sum(allocated_children)::int AS allocated_children,
             sum(from_education)::int AS from_education,
             sum(from_police)::int AS from_police,
             sum(from_health)::int AS from_health,
             sum(from_self)::int AS from_self,
             sum(from_other)::int AS from_other,
             sum(declined)::int AS declined,
             sum(contact_due)::int AS contact_due,
             sum(contact_on_time)::int AS contact_on_time,
             sum(plan_due)::int AS plan_due,
             sum(plan_on_time)::int AS plan_on_time,
             sum(level4_eligible)::int AS level4_eligible,
             sum(level4_not_reached)::int AS level4_not_reached,
             sum(closed)::int AS closed,
             sum(closed_children)::int AS closed_children,
             sum(closed_needs_met)::int AS closed_needs_met,
             sum(closed_days)::bigint AS closed_days,
             sum(rereferral_eligible)::int AS rereferral_eligible,
             sum(not_rereferred)::int AS not_rereferred,
             sum(escalations)::int AS escalations
        FROM impact_monthly
       GROUP BY month, agency_type, locality_id
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_monthly_by_type_key ON impact_monthly_by_type (month, agency_type, locality_id) NULLS NOT DISTINCT`);

    await q.query(`
      CREATE MATERIALIZED VIEW impact_caseload AS
      SELECT f.lead_practitioner_id, f.lead_practitioner_name, f.lead_agency_id, f.agency_name, f.agency_type, f.locality_id,
             count(*)::int AS open_cases
        FROM impact_case_facts f CROSS JOIN impact_refresh p
       WHERE f.allocated_on <= p.as_of AND (f.closed_on IS NULL OR f.closed_on > p.as_of)
       GROUP BY f.lead_practitioner_id, f.lead_practitioner_name, f.lead_agency_id, f.agency_name, f.agency_type, f.locality_id
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_caseload_key ON impact_caseload (lead_practitioner_id, lead_agency_id, locality_id) NULLS NOT DISTINCT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP MATERIALIZED VIEW IF EXISTS impact_caseload`);
    await q.query(`DROP MATERIALIZED VIEW IF EXISTS impact_monthly_by_type`);
    await q.query(`DROP MATERIALIZED VIEW IF EXISTS impact_monthly`);
    await q.query(`DROP MATERIALIZED VIEW IF EXISTS impact_case_facts`);
    await q.query(`DROP TABLE IF EXISTS impact_refresh`);
    await q.query(`DROP INDEX IF EXISTS referral_family_idx`);
    await q.query(`ALTER TABLE family DROP COLUMN IF EXISTS locality_id`);
    await q.query(`DROP TABLE IF EXISTS locality`);
  }
}
