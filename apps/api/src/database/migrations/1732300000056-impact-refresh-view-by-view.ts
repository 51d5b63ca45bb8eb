import { MigrationInterface, QueryRunner } from 'typeorm';
import { IMPACT_VIEWS_WITH_NEEDS, refreshImpactFunction } from './1732300000052-needs-met-by-heading';

// The impact figures refreshed one view per statement (issue 17's national benchmark). At
// 3,000,000 cases eh_refresh_impact_figures() ran for about eleven minutes as one statement, past
// the worker's ten-minute statement timeout (WORKER_DB_STATEMENT_TIMEOUT_MS), so the figures would
// never have refreshed at that size. Each view's refresh is now its own statement, held to the
// timeout on its own, in the same single transaction (readers still see the old as-at date with the
// old rows until every view is new).
//
// - eh_refresh_impact_view(position) refreshes the view at that position of the list, in the order
//   the views depend on each other, and returns its name; past the end it returns NULL. Only the
//   views' owner may refresh them, so it is SECURITY DEFINER and only the worker may call it.
// - eh_refresh_impact_figures() keeps its name and refreshes every view through it, so the list is
//   written once.
const VIEWS = [...IMPACT_VIEWS_WITH_NEEDS, 'impact_level_movements'];

export class ImpactRefreshViewByView1732300000056 implements MigrationInterface {
  name = 'ImpactRefreshViewByView1732300000056';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION eh_refresh_impact_view(p_position integer) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_view text := (ARRAY[${VIEWS.map((v) => `'${v}'`).join(', ')}]::text[])[p_position];
      BEGIN
        IF v_view IS NULL THEN RETURN NULL; END IF;
        EXECUTE format('REFRESH MATERIALIZED VIEW CONCURRENTLY %I', v_view);
        RETURN v_view;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_refresh_impact_view(integer) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_refresh_impact_view(integer) TO eh_worker`);
    await q.query(`
      CREATE OR REPLACE FUNCTION eh_refresh_impact_figures() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_position integer := 1;
      BEGIN
        WHILE eh_refresh_impact_view(v_position) IS NOT NULL LOOP
          v_position := v_position + 1;
        END LOOP;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(refreshImpactFunction(VIEWS));
    await q.query(`DROP FUNCTION eh_refresh_impact_view(integer)`);
  }
}
