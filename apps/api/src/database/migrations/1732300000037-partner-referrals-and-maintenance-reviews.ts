import { MigrationInterface, QueryRunner } from 'typeorm';

// Partners refer, and maintenance reviews recorded (issue 13, parts 9 and 7).
//
// - `referral.made_by_partner`: made in the portal by a partner practitioner (not typed in by the
//   front door); `consent_on`: the date the family agreed to the referral; `safeguarding_basis`:
//   made without the family's consent because of a safeguarding concern (the only ground on which
//   a partner may refer without it; the reason is the existing `consent_note`); `family_words`:
//   the concerns as the family put them, kept apart from the referrer's account.
// - A partner's referral creates the family as the partner described them. The family row must
//   be written before the referral that makes it visible to the partner, so a partner may insert a
//   family row (the id chosen by the API, no RETURNING) that nobody but the council sees until its
//   referral exists; reading, changing and deleting families are unchanged.
// - The worker may read who made a referral (`recorded_by`, `made_by_partner`) to tell them of
//   the decision (MY_REFERRAL_DECIDED).
// - `maintenance_review`: each of the 1, 3, 6 and 12 month reviews of a case in maintenance,
//   recorded as held or missed once. Rows follow the case (the one visibility rule); the worker
//   reads which dates are recorded (ids and dates only) for the daily reminders. The case id
//   cascades on delete: the retention purge deletes a case as the worker, and referential
//   actions run as the table's owner.

export class PartnerReferralsAndMaintenanceReviews1732300000037 implements MigrationInterface {
  name = 'PartnerReferralsAndMaintenanceReviews1732300000037';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        ADD COLUMN made_by_partner boolean NOT NULL DEFAULT false,
        ADD COLUMN consent_on date,
        ADD COLUMN safeguarding_basis boolean NOT NULL DEFAULT false,
        ADD COLUMN family_words text`);
    await q.query(`CREATE INDEX referral_recorded_by_idx ON referral (recorded_by, received_at DESC)`);
    // The worker tells the partner who made a referral of its decision: it reads who made it.
    await q.query(`GRANT SELECT (recorded_by, made_by_partner) ON referral TO eh_worker`);
    await q.query(`CREATE POLICY family_partner_referral ON family FOR INSERT TO eh_app WITH CHECK (eh_actor_agency() IS NOT NULL)`);

    await q.query(`
      CREATE TABLE maintenance_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        due_on date NOT NULL,
        months integer NOT NULL CHECK (months IN (1, 3, 6, 12)),
        outcome varchar(10) NOT NULL CHECK (outcome IN ('HELD', 'MISSED')),
        recorded_on date NOT NULL,
        note text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, due_on)
      )`);
    await q.query(`ALTER TABLE maintenance_review ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE maintenance_review FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY maintenance_review_by_actor ON maintenance_review FOR ALL TO eh_app USING (eh_case_visible(case_id)) WITH CHECK (eh_case_visible(case_id))`,
    );
    await q.query(`REVOKE UPDATE, DELETE ON maintenance_review FROM eh_app`);
    await q.query(`GRANT SELECT, INSERT ON maintenance_review TO eh_app`);
    await q.query(`REVOKE ALL ON maintenance_review FROM eh_worker`);
    await q.query(`GRANT SELECT (case_id, due_on) ON maintenance_review TO eh_worker`);
    await q.query(`CREATE POLICY maintenance_review_worker_read ON maintenance_review FOR SELECT TO eh_worker USING (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE maintenance_review`);
    await q.query(`DROP POLICY family_partner_referral ON family`);
    await q.query(`DROP INDEX referral_recorded_by_idx`);
    await q.query(`REVOKE SELECT (recorded_by, made_by_partner) ON referral FROM eh_worker`);
    await q.query(`
      ALTER TABLE referral DROP COLUMN made_by_partner, DROP COLUMN consent_on, DROP COLUMN safeguarding_basis, DROP COLUMN family_words`);
  }
}
