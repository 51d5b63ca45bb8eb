import { MigrationInterface, QueryRunner } from 'typeorm';

// Operation Encompass in information governance (issue 14).
//
// A subject access export for a child includes the notifications the police made about them. The
// FPT manager (acting as the council's information governance officer) may not read a
// notification through `eh_encompass_readable` (it is the council's only once it is with its
// contact), so the export reads them through `eh_encompass_subject_access`: a definer answered
// only to the FPT manager, for one person, one row per notification that matched them, with its
// children (as the police gave them) and each setting's route and response.
//
// Retention: when the purge deletes a family, a notification none of whose children is still a
// person the portal holds goes too (its children and routes by cascade). The worker may delete a
// notification only then (policy `encompass_notification_worker_purge`); referential actions run
// as the table's owner.
//
// Passed on: for a setting the portal cannot reach (stage WITH_COUNCIL_CONTACT), the council's
// contact (a front door officer) records that they passed it on: who, when and a short note of
// how (telephone to the DSL, secure email). Only a front door officer who may read it, only on
// such a route, only as themselves; the police and every other reader see it.
const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';

export class EncompassInInformationGovernance1732300000051 implements MigrationInterface {
  name = 'EncompassInInformationGovernance1732300000051';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE encompass_route
        ADD COLUMN passed_on_at timestamptz,
        ADD COLUMN passed_on_by uuid REFERENCES app_user(id),
        ADD COLUMN passed_on_note text CHECK (length(btrim(passed_on_note)) BETWEEN 1 AND 1000),
        ADD CONSTRAINT encompass_route_passed_on_whole
          CHECK ((passed_on_at IS NULL) = (passed_on_by IS NULL) AND (passed_on_at IS NULL) = (passed_on_note IS NULL)),
        ADD CONSTRAINT encompass_route_passed_on_by_contact CHECK (passed_on_at IS NULL OR with_council_contact)`);
    await q.query(`GRANT UPDATE (passed_on_at, passed_on_by, passed_on_note) ON encompass_route TO eh_app`);
    await q.query(
      `CREATE POLICY encompass_route_passed_on ON encompass_route FOR UPDATE TO eh_app
         USING (coalesce(current_setting('eh.role', true), '') = 'FRONT_DOOR_OFFICER' AND stage = 'WITH_COUNCIL_CONTACT'
                AND eh_encompass_readable(notification_id))
         WITH CHECK (coalesce(current_setting('eh.role', true), '') = 'FRONT_DOOR_OFFICER' AND stage = 'WITH_COUNCIL_CONTACT'
                     AND passed_on_by = eh_actor_user())`,
    );

    await q.query(`
      CREATE FUNCTION eh_encompass_subject_access(p_person uuid)
        RETURNS TABLE (id uuid, incident_reference text, occurred_at timestamptz, summary text, recorded_by uuid,
                       recorded_by_agency_id uuid, recorded_at timestamptz, children jsonb, routes jsonb)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT n.id, n.incident_reference, n.occurred_at, n.summary, n.recorded_by, n.recorded_by_agency_id, n.recorded_at,
               (SELECT jsonb_agg(jsonb_build_object('personId', c.person_id, 'firstName', c.first_name, 'lastName', c.last_name,
                                                    'dateOfBirth', c.date_of_birth) ORDER BY c.position)
                  FROM encompass_child c WHERE c.notification_id = n.id),
               (SELECT jsonb_agg(jsonb_build_object('settingName', s.name, 'withCouncilContact', r.with_council_contact,
                                                    'stage', r.stage, 'dueAt', r.due_at, 'firstReadAt', r.first_read_at,
                                                    'acknowledgedAt', r.acknowledged_at, 'acknowledgedBy', r.acknowledged_by,
                                                    'response', r.response, 'responseNote', r.response_note,
                                                    'passedOnAt', r.passed_on_at, 'passedOnBy', r.passed_on_by, 'passedOnNote', r.passed_on_note) ORDER BY s.name NULLS LAST)
                  FROM encompass_route r LEFT JOIN education_setting s ON s.id = r.setting_id WHERE r.notification_id = n.id)
          FROM encompass_notification n
         WHERE coalesce(current_setting('eh.role', true), '') = 'FPT_MANAGER'
           AND EXISTS (SELECT 1 FROM encompass_child c WHERE c.notification_id = n.id AND c.person_id = p_person)
         ORDER BY n.occurred_at, n.id $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_encompass_subject_access(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_encompass_subject_access(uuid) TO eh_app`);

    await q.query(`GRANT DELETE ON encompass_notification TO eh_worker`);
    await q.query(
      `CREATE POLICY encompass_notification_worker_purge ON encompass_notification FOR DELETE TO eh_worker
         USING (NOT EXISTS (SELECT 1 FROM encompass_child c WHERE c.notification_id = encompass_notification.id AND c.person_id IS NOT NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY encompass_notification_worker_purge ON encompass_notification`);
    await q.query(`REVOKE DELETE ON encompass_notification FROM eh_worker`);
    await q.query(`DROP POLICY encompass_route_passed_on ON encompass_route`);
    await q.query(`REVOKE UPDATE (passed_on_at, passed_on_by, passed_on_note) ON encompass_route FROM eh_app`);
    await q.query(`ALTER TABLE encompass_route DROP COLUMN passed_on_at, DROP COLUMN passed_on_by, DROP COLUMN passed_on_note`);
    await q.query(`DROP FUNCTION eh_encompass_subject_access(uuid)`);
  }
}
