import { MigrationInterface, QueryRunner } from 'typeorm';

// A case's next review (migration 1732300000031's rule, unchanged) as a view, so that a list joins
// it as part of its own plan instead of calling a function once for each of its rows: the FPT
// manager's case list of 900 rows made 2,700 separate look-ups, and ran at 22 a second against
// 53 without the column (39 with the view; pgbench, eh_app, 10,000 cases). The view is the one
// definition: eh_next_review_on, for one case, now reads it. It runs with the caller's rights
// (security_invoker), so row-level security and the worker's column grants apply as before.
const BODY_BEFORE = `
      BEGIN
        RETURN (
          SELECT coalesce(
            (SELECT coalesce(r.next_review_on, r.held_on + 42) FROM case_review r
              WHERE r.case_id = c.id AND r.kind = 'TEAM_AROUND_FAMILY'
              ORDER BY r.held_on DESC, r.recorded_at DESC LIMIT 1),
            (SELECT eh_london_date(p.approved_at) + 42 FROM my_family_plan p WHERE p.case_id = c.id AND p.approved_at IS NOT NULL)
          )
          FROM early_help_case c WHERE c.id = p_case AND c.status = 'OPEN'
        );
      END`;

export class NextReviewAsAView1732300000034 implements MigrationInterface {
  name = 'NextReviewAsAView1732300000034';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW case_next_review WITH (security_invoker = true) AS
        SELECT c.id AS case_id,
               coalesce(
                 (SELECT coalesce(r.next_review_on, r.held_on + 42) FROM case_review r
                   WHERE r.case_id = c.id AND r.kind = 'TEAM_AROUND_FAMILY'
                   ORDER BY r.held_on DESC, r.recorded_at DESC LIMIT 1),
                 (SELECT eh_london_date(p.approved_at) + 42 FROM my_family_plan p WHERE p.case_id = c.id AND p.approved_at IS NOT NULL)
               ) AS next_review_on
          FROM early_help_case c
         WHERE c.status = 'OPEN'`);
    await q.query(`GRANT SELECT ON case_next_review TO eh_app, eh_worker`);
    await q.query(`CREATE OR REPLACE FUNCTION eh_next_review_on(p_case uuid) RETURNS date LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (SELECT n.next_review_on FROM case_next_review n WHERE n.case_id = p_case);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION eh_next_review_on(p_case uuid) RETURNS date LANGUAGE plpgsql STABLE AS $$${BODY_BEFORE} $$`);
    await q.query(`DROP VIEW case_next_review`);
  }
}
