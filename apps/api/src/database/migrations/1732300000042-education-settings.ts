import { MigrationInterface, QueryRunner } from 'typeorm';

// Education settings and a child's setting (issue 14, part 1).
//
// - `education_setting`: the directory of schools, colleges and early-years settings. It holds
//   no personal data about children, so every signed-in user reads it; the Family Partnership
//   Team (the council's own team: FPT managers and front door officers) manages it, in the API
//   and again here (row-level security on writes). A setting in the council may name its partner
//   agency; a setting outside the council has a contact email address instead of users.
//   `school_day_starts_at` (HH:MM, London time) and the closure days are what Operation
//   Encompass (part 2) needs to know when the next school day starts.
// - `education_setting_closure`: the days a setting is closed beyond weekends and bank holidays.
// - `education_setting_staff`: portal users who are a setting's DSL or one of its deputies.
// - `person_education_setting`: a child's settings with their start dates; recording a new one
//   ends the current one (`ended_on`), so the history is kept. At most one current setting per
//   person (a unique index: two people recording at once, one of them is told to reload). Rows
//   follow the person's family (the one visibility rule, through the person's own policy); the
//   person's deletion (retention purge, as the worker) cascades as the table's owner.
// The worker gets nothing yet: part 2 grants what Encompass routing reads.
const TABLES = ['education_setting', 'education_setting_closure', 'education_setting_staff'] as const;

export class EducationSettings1732300000042 implements MigrationInterface {
  name = 'EducationSettings1732300000042';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE education_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL CHECK (btrim(name) <> ''),
        urn varchar(6) NOT NULL UNIQUE CHECK (urn ~ '^[0-9]{6}$'),
        phase varchar(30) NOT NULL
          CHECK (phase IN ('EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION', 'COLLEGE')),
        address_line1 varchar(200) NOT NULL,
        address_line2 varchar(200),
        town varchar(100) NOT NULL,
        postcode varchar(10) NOT NULL,
        school_day_starts_at varchar(5) NOT NULL CHECK (school_day_starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        in_council boolean NOT NULL,
        agency_id uuid REFERENCES agency(id),
        contact_email varchar(254),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (in_council OR (contact_email IS NOT NULL AND agency_id IS NULL)),
        CHECK (NOT in_council OR contact_email IS NULL)
      )`);
    await q.query(`CREATE INDEX education_setting_agency_idx ON education_setting (agency_id)`);
    await q.query(`
      CREATE TABLE education_setting_closure (
        setting_id uuid NOT NULL REFERENCES education_setting(id) ON DELETE CASCADE,
        closed_on date NOT NULL,
        PRIMARY KEY (setting_id, closed_on)
      )`);
    await q.query(`
      CREATE TABLE education_setting_staff (
        setting_id uuid NOT NULL REFERENCES education_setting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        role varchar(12) NOT NULL CHECK (role IN ('DSL', 'DEPUTY_DSL')),
        PRIMARY KEY (setting_id, user_id)
      )`);
    await q.query(`CREATE INDEX education_setting_staff_user_idx ON education_setting_staff (user_id)`);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT TO eh_app USING (true)`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT TO eh_app WITH CHECK (eh_actor_is_council_team())`);
      await q.query(
        `CREATE POLICY ${table}_update ON ${table} FOR UPDATE TO eh_app USING (eh_actor_is_council_team()) WITH CHECK (eh_actor_is_council_team())`,
      );
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE TO eh_app USING (eh_actor_is_council_team())`);
      await q.query(`REVOKE ALL ON ${table} FROM eh_worker`);
    }

    await q.query(`
      CREATE TABLE person_education_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        setting_id uuid NOT NULL REFERENCES education_setting(id),
        started_on date NOT NULL,
        ended_on date,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_education_setting_current ON person_education_setting (person_id) WHERE ended_on IS NULL`);
    await q.query(`CREATE INDEX person_education_setting_person_idx ON person_education_setting (person_id, started_on)`);
    await q.query(`CREATE INDEX person_education_setting_setting_idx ON person_education_setting (setting_id) WHERE ended_on IS NULL`);
    await q.query(`ALTER TABLE person_education_setting ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE person_education_setting FORCE ROW LEVEL SECURITY`);
    // The person's own policy decides: the subquery reads person under the actor's rules.
    await q.query(
      `CREATE POLICY person_education_setting_by_actor ON person_education_setting FOR ALL TO eh_app
         USING (person_id IN (SELECT id FROM person)) WITH CHECK (person_id IN (SELECT id FROM person))`,
    );
    await q.query(`REVOKE ALL ON person_education_setting FROM eh_app, eh_worker`);
    await q.query(`GRANT SELECT, INSERT ON person_education_setting TO eh_app`);
    await q.query(`GRANT UPDATE (ended_on) ON person_education_setting TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_education_setting`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE ${table}`);
  }
}
