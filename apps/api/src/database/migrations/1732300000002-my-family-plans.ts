import { MigrationInterface, QueryRunner } from 'typeorm';

// My Family Plans with versioned sections and quality assurance, consent to share, reviews,
// closing a case well (outcome, Crisis Card, maintenance) and re-referral links.
export class MyFamilyPlans1732300000002 implements MigrationInterface {
  name = 'MyFamilyPlans1732300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE early_help_case DROP CONSTRAINT early_help_case_status_check`);
    await q.query(`
      ALTER TABLE early_help_case
        ADD CONSTRAINT early_help_case_status_check
          CHECK (status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'DECLINED', 'MAINTENANCE', 'CLOSED')),
        ADD COLUMN closed_on date,
        ADD COLUMN closure_outcome varchar(40),
        ADD COLUMN closure_reason text,
        ADD COLUMN crisis_card jsonb,
        ADD COLUMN maintenance_started_on date`);
    await q.query(`ALTER TABLE referral ADD COLUMN previous_case_id uuid REFERENCES early_help_case(id)`);
    await q.query(`
      CREATE TABLE my_family_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES early_help_case(id),
        status varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACTIVE')),
        version integer NOT NULL DEFAULT 1,
        started_at timestamptz NOT NULL DEFAULT now(),
        started_by uuid NOT NULL REFERENCES app_user(id),
        submitted_at timestamptz,
        approved_at timestamptz,
        approved_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`
      CREATE TABLE plan_section (
        plan_id uuid NOT NULL REFERENCES my_family_plan(id),
        section_key varchar(80) NOT NULL,
        kind varchar(30) NOT NULL,
        person_id uuid REFERENCES person(id),
        content jsonb NOT NULL,
        version integer NOT NULL,
        saved_by uuid NOT NULL REFERENCES app_user(id),
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, section_key)
      )`);
    // Every save of every section is kept, so any earlier version can be read back.
    await q.query(`
      CREATE TABLE plan_section_version (
        plan_id uuid NOT NULL REFERENCES my_family_plan(id),
        section_key varchar(80) NOT NULL,
        version integer NOT NULL,
        content jsonb NOT NULL,
        saved_by uuid NOT NULL REFERENCES app_user(id),
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, section_key, version)
      )`);
    await q.query(`
      CREATE TABLE plan_qa_comment (
        id bigserial PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES my_family_plan(id),
        section_key varchar(80),
        comment text NOT NULL,
        made_by uuid NOT NULL REFERENCES app_user(id),
        made_at timestamptz NOT NULL DEFAULT now(),
        submission integer NOT NULL
      )`);
    await q.query(`CREATE INDEX plan_qa_comment_plan_idx ON plan_qa_comment (plan_id)`);
    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        given_by_person_id uuid NOT NULL REFERENCES person(id),
        competence_confirmed boolean NOT NULL DEFAULT false,
        agency_ids uuid[] NOT NULL,
        given_on date NOT NULL,
        withdrawn_on date,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_by uuid REFERENCES app_user(id)
      )`);
    await q.query(`CREATE INDEX consent_case_idx ON consent (case_id)`);
    await q.query(`CREATE INDEX consent_agencies_idx ON consent USING gin (agency_ids)`);
    await q.query(`
      CREATE TABLE case_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        held_on date NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('TEAM_AROUND_FAMILY', 'MAINTENANCE')),
        attendees text NOT NULL,
        goal_progress text NOT NULL,
        family_view text NOT NULL,
        child_views jsonb NOT NULL,
        next_review_on date,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_review_case_idx ON case_review (case_id, held_on DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_review', 'consent', 'plan_qa_comment', 'plan_section_version', 'plan_section', 'my_family_plan']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE referral DROP COLUMN previous_case_id`);
    await q.query(`
      ALTER TABLE early_help_case DROP COLUMN closed_on, DROP COLUMN closure_outcome, DROP COLUMN closure_reason,
        DROP COLUMN crisis_card, DROP COLUMN maintenance_started_on`);
  }
}
