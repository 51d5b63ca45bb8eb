import { MigrationInterface, QueryRunner } from 'typeorm';

// Restricted information on a case (issue 6): content more sensitive than the case itself, read
// only by the recording agency and the people it names. Also the two things that make moving or
// removing a person take effect at once: a version on app_user for conflict detection, and the
// agency each session was started in, checked on every request.
export class RestrictedInformation1732300000015 implements MigrationInterface {
  name = 'RestrictedInformation1732300000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE restricted_information (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        category varchar(40) NOT NULL CHECK (category IN ('VICTIM_ADDRESS', 'POLICE_INTELLIGENCE', 'HEALTH_NOTE')),
        content text NOT NULL CHECK (length(content) BETWEEN 1 AND 5000),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_by_agency_id uuid NOT NULL REFERENCES agency(id),
        shared_with_user_ids uuid[] NOT NULL DEFAULT '{}',
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX restricted_information_case_idx ON restricted_information (case_id, recorded_at DESC)`);

    await q.query(`ALTER TABLE app_user ADD COLUMN version integer NOT NULL DEFAULT 1`);

    // A session belongs to the agency its user was in when it started. The per-request check
    // compares it with the user's current agency, so a move ends the session even if something
    // other than the user-administration service changed the agency. The trigger fills it in, so
    // every way of starting a session gets it.
    await q.query(`ALTER TABLE user_session ADD COLUMN agency_id uuid REFERENCES agency(id)`);
    await q.query(`UPDATE user_session s SET agency_id = u.agency_id FROM app_user u WHERE u.id = s.user_id`);
    await q.query(`ALTER TABLE user_session ALTER COLUMN agency_id SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION user_session_agency() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT agency_id INTO NEW.agency_id FROM app_user WHERE id = NEW.user_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER user_session_agency BEFORE INSERT ON user_session FOR EACH ROW EXECUTE FUNCTION user_session_agency()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS user_session_agency ON user_session`);
    await q.query(`DROP FUNCTION IF EXISTS user_session_agency`);
    await q.query(`ALTER TABLE user_session DROP COLUMN IF EXISTS agency_id`);
    await q.query(`ALTER TABLE app_user DROP COLUMN IF EXISTS version`);
    await q.query(`DROP TABLE IF EXISTS restricted_information`);
  }
}
