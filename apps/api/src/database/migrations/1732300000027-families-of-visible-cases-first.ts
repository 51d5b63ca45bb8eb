import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp';

// Families and their people were checked one row at a time by eh_family_visible, a function
// PostgreSQL cannot inline: on a practitioner's caseload every member of every listed family
// ran the whole rule again (about two thirds of the statement's time). The families of the
// cases the actor may see today are now worked out once per statement, as a set, and tested
// first; the row-by-row function remains for families seen only through a referral or an alert.
// A family of a visible case is visible by eh_family_visible already: the rows read are the same.
export class FamiliesOfVisibleCasesFirst1732300000027 implements MigrationInterface {
  name = 'FamiliesOfVisibleCasesFirst1732300000027';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION eh_actor_visible_family_ids() RETURNS SETOF uuid ${DEFINER} AS $$
        SELECT c.family_id FROM early_help_case c
         WHERE c.id IN (SELECT v.case_id FROM eh_visible_case_ids(eh_actor_user(), eh_actor_agency(), eh_actor_role(), eh_actor_today()) v) $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_actor_visible_family_ids() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_actor_visible_family_ids() TO eh_app`);
    await q.query(
      `ALTER POLICY person_by_actor ON person USING (eh_actor_is_council_team() OR family_id IN (SELECT eh_actor_visible_family_ids()) OR eh_family_visible(family_id))`,
    );
    await q.query(
      `ALTER POLICY family_by_actor ON family USING (eh_actor_is_council_team() OR id IN (SELECT eh_actor_visible_family_ids()) OR eh_family_visible(id))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER POLICY person_by_actor ON person USING (eh_actor_is_council_team() OR eh_family_visible(family_id))`);
    await q.query(`ALTER POLICY family_by_actor ON family USING (eh_actor_is_council_team() OR eh_family_visible(id))`);
    await q.query(`DROP FUNCTION eh_actor_visible_family_ids()`);
  }
}
