import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 13: one case per family, and one next-review date.
//
// A referral for a family whose case is open can be added to that case (added_to_case_id) rather
// than opening a second one; opening a second case anyway records why (second_case_reason). Such
// a referral is part of its case's record: the retention purge deletes it with the case, so the
// worker may read the link.
//
// A review's next date outside the 4–6 week rule records why (next_review_reason), and the case's
// next review is one SQL function read by every place that shows it (case page, caseload,
// reminders, Forum): the last Team Around the Family review's chosen date, or 6 weeks after the
// My Family Plan's approval before the first review; none unless the case is open. PL/pgSQL so
// its plan is kept for the connection; it runs with the caller's rights (row-level security and
// the worker's column grants apply), so the worker (reminders) may now read when a review was
// recorded: of two reviews held the same day, the later recorded decides.
export class OneCasePerFamilyAndReviewRule1732300000031 implements MigrationInterface {
  name = 'OneCasePerFamilyAndReviewRule1732300000031';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral ADD COLUMN added_to_case_id uuid REFERENCES early_help_case(id)`);
    await q.query(`ALTER TABLE referral ADD COLUMN second_case_reason text`);
    await q.query(`ALTER TABLE referral ADD CONSTRAINT referral_added_when_decided CHECK (added_to_case_id IS NULL OR status = 'DECIDED')`);
    await q.query(`CREATE INDEX referral_added_to_case_idx ON referral (added_to_case_id) WHERE added_to_case_id IS NOT NULL`);
    await q.query(`ALTER TABLE case_review ADD COLUMN next_review_reason text`);
    await q.query(`
      CREATE FUNCTION eh_next_review_on(p_case uuid) RETURNS date LANGUAGE plpgsql STABLE AS $$
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
      END $$`);
    await q.query(`GRANT SELECT (recorded_at) ON case_review TO eh_worker`);
    await q.query(`GRANT SELECT (added_to_case_id) ON referral TO eh_worker`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT (added_to_case_id) ON referral FROM eh_worker`);
    await q.query(`REVOKE SELECT (recorded_at) ON case_review FROM eh_worker`);
    await q.query(`DROP FUNCTION eh_next_review_on(uuid)`);
    await q.query(`ALTER TABLE case_review DROP COLUMN next_review_reason`);
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_added_when_decided`);
    await q.query(`DROP INDEX referral_added_to_case_idx`);
    await q.query(`ALTER TABLE referral DROP COLUMN second_case_reason`);
    await q.query(`ALTER TABLE referral DROP COLUMN added_to_case_id`);
  }
}
