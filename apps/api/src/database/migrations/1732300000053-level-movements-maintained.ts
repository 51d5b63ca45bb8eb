import { MigrationInterface, QueryRunner } from 'typeorm';
import { IMPACT_VIEWS_WITH_NEEDS, refreshImpactFunction } from './1732300000052-needs-met-by-heading';

// The movements between levels counted in a maintained view, refreshed with the other impact
// views, instead of live on every request (issue 17: the whole impactFigures answer within 50 ms
// at national scale). eh_level_movements() (migration 0040) counted case_level_change live and
// placed each movement's family by calling eh_family_locality() once per row; at 300,000 cases
// that one field cost most of a second.
//
// - `impact_level_movements`: by month of the movement x movement, for every combination of the
//   three filters (`CUBE` over the movement's agency, its type and the family's locality; GROUPING
//   bits in `grouped`: agency 4, type 2, locality 1, as impact_caseload_summary). The agency is the
//   partner agency on the movement's level 2 side (case_level_change.agency_id) and the locality
//   the family's, as eh_level_movements() counts them; the locality is written inline (the lookup
//   of eh_family_locality()) so the refresh joins once instead of calling a function per row.
// - `impact_level_movements_for_council`: the counts answer the council's team only, as the live
//   function did; the API reads this view and not the materialized one.
// - eh_level_movements() stays, unchanged, as the live definition the tests and the benchmark
//   compare the view with; the API no longer calls it.
// - eh_refresh_impact_figures() refreshes the new view with the others.
const AFTER = [...IMPACT_VIEWS_WITH_NEEDS, 'impact_level_movements'];

export class LevelMovementsMaintained1732300000053 implements MigrationInterface {
  name = 'LevelMovementsMaintained1732300000053';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW impact_level_movements AS
      WITH moves AS (
        SELECT date_trunc('month', m.changed_on)::date AS month, m.movement::text AS movement, m.agency_id AS lead_agency_id,
               a.agency_type,
               coalesce(f.locality_id, (
                 SELECT l.id FROM locality l
                  WHERE upper(left(replace(f.postcode, ' ', ''), greatest(length(replace(f.postcode, ' ', '')) - 3, 0)))
                        = ANY (l.postcode_districts)
                  ORDER BY l.name LIMIT 1)) AS locality_id
          FROM case_level_change m
          JOIN agency a ON a.id = m.agency_id
          JOIN early_help_case c ON c.id = m.case_id
          JOIN family f ON f.id = c.family_id
      )
      SELECT GROUPING(lead_agency_id, agency_type, locality_id) AS grouped, month, movement, lead_agency_id, agency_type, locality_id,
             count(*)::int AS cases
        FROM moves
       GROUP BY month, movement, CUBE (lead_agency_id, agency_type, locality_id)
      WITH DATA`);
    await q.query(`
      CREATE UNIQUE INDEX impact_level_movements_key
        ON impact_level_movements (grouped, lead_agency_id, agency_type, locality_id, month, movement) NULLS NOT DISTINCT`);
    await q.query(`REVOKE ALL ON impact_level_movements FROM eh_app, eh_worker`);
    await q.query(`
      CREATE VIEW impact_level_movements_for_council WITH (security_barrier) AS
      SELECT * FROM impact_level_movements WHERE eh_actor_is_council_team()`);
    await q.query(`REVOKE ALL ON impact_level_movements_for_council FROM eh_app, eh_worker`);
    await q.query(`GRANT SELECT ON impact_level_movements_for_council TO eh_app`);
    await q.query(refreshImpactFunction(AFTER));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(refreshImpactFunction(IMPACT_VIEWS_WITH_NEEDS));
    await q.query(`DROP VIEW impact_level_movements_for_council`);
    await q.query(`DROP MATERIALIZED VIEW impact_level_movements`);
  }
}
