import { MigrationInterface, QueryRunner } from 'typeorm';
import { LEVEL_MOVEMENTS, STEP_UP_TO_FAMILY_CASEWORK } from './1732300000037-partner-referrals-levels-and-maintenance-reviews';

// The impact figures' movements between levels follow the dashboard's filters (agency, agency type,
// locality) as the other figures do (issue 13).
// - `case_level_change.agency_id`: the partner agency on the level 2 side of the movement, as the
//   other figures count a case for its partner lead: for a step-up to level 3, the agency that led
//   the case before it; for a step-down from level 3, the agency that accepted it; for a step-down
//   from children's social care, the agency it was offered to. The step-up function records it; a
//   trigger fills it in otherwise from the case's lead agency when the movement is recorded (the
//   accepting agency, for a step-down from level 3). Rows already there take the agency that led
//   the case at level 2 before a step-up where it can be found, otherwise the case's lead agency.
// - `eh_family_locality()`: a family's locality, as the impact figures place it (the front door's
//   choice, otherwise the locality whose postcode districts include the family's).
// - `eh_level_movements(from, to, agency, agency type, locality)`: counts for the council's team
//   only, never a case, now within the filters; a null filter is no filter.
const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';

export class LevelMovementsFollowTheFilters1732300000040 implements MigrationInterface {
  name = 'LevelMovementsFollowTheFilters1732300000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_level_change ADD COLUMN agency_id uuid REFERENCES agency(id)`);
    await q.query(`
      UPDATE case_level_change m SET agency_id = coalesce(
        (SELECT u.agency_id FROM case_professional p JOIN app_user u ON u.id = p.user_id
          WHERE m.movement = 'STEP_UP_TO_LEVEL_3' AND p.case_id = m.case_id AND p.role = 'Lead practitioner before the step up'
          LIMIT 1),
        (SELECT c.lead_agency_id FROM early_help_case c WHERE c.id = m.case_id))`);
    await q.query(`ALTER TABLE case_level_change ALTER COLUMN agency_id SET NOT NULL`);
    await q.query(`CREATE INDEX case_level_change_agency_idx ON case_level_change (agency_id, changed_on)`);
    await q.query(`
      CREATE FUNCTION eh_level_change_agency() RETURNS trigger
        LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        IF NEW.agency_id IS NULL THEN
          SELECT c.lead_agency_id INTO NEW.agency_id FROM early_help_case c WHERE c.id = NEW.case_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_level_change_agency() FROM PUBLIC`);
    await q.query(
      `CREATE TRIGGER case_level_change_agency BEFORE INSERT ON case_level_change FOR EACH ROW EXECUTE FUNCTION eh_level_change_agency()`,
    );
    await q.query(STEP_UP_TO_FAMILY_CASEWORK(true));

    await q.query(`
      CREATE FUNCTION eh_family_locality(p_family uuid) RETURNS uuid
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT coalesce(f.locality_id, (
                 SELECT l.id FROM locality l
                  WHERE upper(left(replace(f.postcode, ' ', ''), greatest(length(replace(f.postcode, ' ', '')) - 3, 0)))
                        = ANY (l.postcode_districts)
                  ORDER BY l.name LIMIT 1))
          FROM family f WHERE f.id = p_family $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_family_locality(uuid) FROM PUBLIC`);

    await q.query(`DROP FUNCTION eh_level_movements(date, date)`);
    await q.query(`
      CREATE FUNCTION eh_level_movements(p_from date, p_to date, p_agency uuid, p_agency_type text, p_locality uuid)
        RETURNS TABLE (month text, movement text, cases integer)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT to_char(m.changed_on, 'YYYY-MM'), m.movement::text, count(*)::integer
          FROM case_level_change m
          JOIN agency a ON a.id = m.agency_id
          JOIN early_help_case c ON c.id = m.case_id
         WHERE eh_actor_is_council_team() AND m.changed_on BETWEEN p_from AND p_to
           AND (p_agency IS NULL OR m.agency_id = p_agency)
           AND (p_agency_type IS NULL OR a.agency_type = p_agency_type)
           AND (p_locality IS NULL OR eh_family_locality(c.family_id) = p_locality)
         GROUP BY 1, 2 ORDER BY 1, 2 $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_level_movements(date, date, uuid, text, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_level_movements(date, date, uuid, text, uuid) TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION eh_level_movements(date, date, uuid, text, uuid)`);
    await q.query(LEVEL_MOVEMENTS);
    await q.query(`REVOKE ALL ON FUNCTION eh_level_movements(date, date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_level_movements(date, date) TO eh_app`);
    await q.query(`DROP FUNCTION eh_family_locality(uuid)`);
    await q.query(`DROP FUNCTION eh_step_up_to_family_casework(uuid, uuid)`);
    await q.query(STEP_UP_TO_FAMILY_CASEWORK(false));
    await q.query(`REVOKE ALL ON FUNCTION eh_step_up_to_family_casework(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_step_up_to_family_casework(uuid, uuid) TO eh_app`);
    await q.query(`DROP TRIGGER case_level_change_agency ON case_level_change`);
    await q.query(`DROP FUNCTION eh_level_change_agency()`);
    await q.query(`ALTER TABLE case_level_change DROP COLUMN agency_id`);
  }
}
