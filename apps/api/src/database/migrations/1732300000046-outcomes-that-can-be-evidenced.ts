import { MigrationInterface, QueryRunner } from 'typeorm';

// Outcomes that can be evidenced (issue 17, parts 1–4).
//
// - `outcome_heading`: the council's outcome framework, the ten national headline outcomes to
//   start with. It holds no personal data, so every signed-in user reads it; the council's team
//   writes it (the API narrows this to the FPT manager). A heading a need is coded against can be
//   retired (`retired_at`) but never deleted: the need's foreign key refuses it.
// - `plan_need`: each need identified in a family's My Family Plan, coded against a heading, with
//   the evidence of the need (text and the agency it came from) and, once the case has closed, its
//   outcome on the progress scale with the evidence. `plan_need_member`: the family members it
//   concerns. `need_progress`: progress on a need at a Team Around the Family review, once per
//   need and review, never changed (a correction is a later review).
// - `sustainment_check`: the former lead is asked, a set time after closure, whether progress
//   held; the worker writes the row when it asks (so a restarted worker asks nobody twice) and the
//   API marks it confirmed. `need_sustainment`: the answer per need (held or not, the source and
//   the evidence). `case_rereferral`: referrals for the family received after the case closed,
//   found by the worker (ids and dates only).
// - Rows follow the case (the one visibility rule, eh_case_visible). The worker reads ids, dates
//   and statuses only: which closed cases have coded needs, who led them, when referrals for
//   their families arrived; it never reads a need's words or evidence.
// - Every case-bound row cascades on delete (the retention purge deletes a case as the worker;
//   referential actions run as the tables' owner).
// The national headline outcomes as they stood when this migration was written (libs/domain's
// NATIONAL_OUTCOME_HEADINGS names the same keys; a migration never changes with later code).
const NATIONAL_HEADINGS: readonly (readonly [string, string])[] = [
  ['EDUCATION', 'Getting a good education'],
  ['EARLY_YEARS', 'Good early years development'],
  ['HEALTH', 'Improved mental and physical health'],
  ['SUBSTANCE_USE', 'Promoting recovery and reducing harm from substance use'],
  ['FAMILY_RELATIONSHIPS', 'Improved family relationships'],
  ['SAFE_FROM_ABUSE_AND_EXPLOITATION', 'Children safe from abuse and exploitation'],
  ['CRIME', 'Crime prevention and tackling crime'],
  ['DOMESTIC_ABUSE', 'Safe from domestic abuse'],
  ['HOUSING', 'Secure housing'],
  ['FINANCIAL_STABILITY', 'Financial stability'],
];
const VISIBLE = 'eh_case_visible(case_id)';
const NEED_VISIBLE = 'need_id IN (SELECT id FROM plan_need)';
const PROGRESS = `('WORSE', 'NO_CHANGE', 'SOME_PROGRESS', 'SIGNIFICANT_PROGRESS')`;
const SOURCES = `('SCHOOL_ATTENDANCE', 'POLICE', 'HEALTH', 'CHILDRENS_SOCIAL_CARE', 'HOUSING', 'FAMILY', 'OTHER')`;

async function secure(q: QueryRunner, table: string, using: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await q.query(`CREATE POLICY ${table}_by_actor ON ${table} FOR ALL TO eh_app USING (${using}) WITH CHECK (${using})`);
  await q.query(`REVOKE ALL ON ${table} FROM eh_app, eh_worker`);
}

export class OutcomesThatCanBeEvidenced1732300000046 implements MigrationInterface {
  name = 'OutcomesThatCanBeEvidenced1732300000046';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outcome_heading (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(40) NOT NULL UNIQUE CHECK (key ~ '^[A-Z0-9_]+$'),
        name varchar(120) NOT NULL CHECK (btrim(name) <> ''),
        position integer NOT NULL,
        retired_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX outcome_heading_name_idx ON outcome_heading (lower(btrim(name)))`);
    for (const [index, [key, name]] of NATIONAL_HEADINGS.entries()) {
      await q.query(`INSERT INTO outcome_heading (key, name, position) VALUES ($1, $2, $3)`, [key, name, index + 1]);
    }
    await q.query(`ALTER TABLE outcome_heading ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE outcome_heading FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY outcome_heading_read ON outcome_heading FOR SELECT TO eh_app USING (true)`);
    await q.query(`CREATE POLICY outcome_heading_insert ON outcome_heading FOR INSERT TO eh_app WITH CHECK (eh_actor_is_council_team())`);
    await q.query(
      `CREATE POLICY outcome_heading_update ON outcome_heading FOR UPDATE TO eh_app USING (eh_actor_is_council_team()) WITH CHECK (eh_actor_is_council_team())`,
    );
    await q.query(`REVOKE ALL ON outcome_heading FROM eh_app, eh_worker`);
    await q.query(`GRANT SELECT, INSERT ON outcome_heading TO eh_app`);
    await q.query(`GRANT UPDATE (name, retired_at, version, updated_by, updated_at) ON outcome_heading TO eh_app`);

    await q.query(`
      CREATE TABLE plan_need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        heading_id uuid NOT NULL REFERENCES outcome_heading(id) ON DELETE RESTRICT,
        description text NOT NULL CHECK (btrim(description) <> ''),
        evidence text NOT NULL CHECK (btrim(evidence) <> ''),
        evidence_agency_id uuid NOT NULL REFERENCES agency(id),
        identified_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        outcome varchar(30) CHECK (outcome IN ${PROGRESS}),
        outcome_evidence text,
        outcome_recorded_by uuid REFERENCES app_user(id),
        outcome_recorded_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK ((outcome IS NULL) = (outcome_evidence IS NULL))
      )`);
    await q.query(`CREATE INDEX plan_need_case_idx ON plan_need (case_id)`);
    await q.query(`CREATE INDEX plan_need_heading_idx ON plan_need (heading_id)`);
    await secure(q, 'plan_need', VISIBLE);
    await q.query(`GRANT SELECT, INSERT, DELETE ON plan_need TO eh_app`);
    await q.query(
      `GRANT UPDATE (heading_id, description, evidence, evidence_agency_id, identified_on, outcome, outcome_evidence,
                     outcome_recorded_by, outcome_recorded_at, version) ON plan_need TO eh_app`,
    );

    await q.query(`
      CREATE TABLE plan_need_member (
        need_id uuid NOT NULL REFERENCES plan_need(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (need_id, person_id)
      )`);
    await q.query(`CREATE INDEX plan_need_member_person_idx ON plan_need_member (person_id)`);
    await secure(q, 'plan_need_member', NEED_VISIBLE);
    await q.query(`GRANT SELECT, INSERT, DELETE ON plan_need_member TO eh_app`);

    await q.query(`
      CREATE TABLE need_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES plan_need(id) ON DELETE CASCADE,
        review_id uuid NOT NULL REFERENCES case_review(id) ON DELETE CASCADE,
        progress varchar(30) NOT NULL CHECK (progress IN ${PROGRESS}),
        evidence text NOT NULL CHECK (btrim(evidence) <> ''),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (need_id, review_id)
      )`);
    await q.query(`CREATE INDEX need_progress_review_idx ON need_progress (review_id)`);
    await secure(q, 'need_progress', NEED_VISIBLE);
    await q.query(`GRANT SELECT, INSERT ON need_progress TO eh_app`);

    await q.query(`
      CREATE TABLE sustainment_check (
        case_id uuid PRIMARY KEY REFERENCES early_help_case(id) ON DELETE CASCADE,
        due_on date NOT NULL,
        lead_practitioner_id uuid NOT NULL REFERENCES app_user(id),
        asked_on date NOT NULL,
        confirmed_on date,
        confirmed_by uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        CHECK ((confirmed_on IS NULL) = (confirmed_by IS NULL))
      )`);
    await q.query(`CREATE INDEX sustainment_check_lead_idx ON sustainment_check (lead_practitioner_id) WHERE confirmed_on IS NULL`);
    await secure(q, 'sustainment_check', VISIBLE);
    await q.query(`GRANT SELECT ON sustainment_check TO eh_app`);
    await q.query(`GRANT UPDATE (confirmed_on, confirmed_by, version) ON sustainment_check TO eh_app`);
    await q.query(`GRANT SELECT (case_id), INSERT (case_id, due_on, lead_practitioner_id, asked_on) ON sustainment_check TO eh_worker`);
    await q.query(`CREATE POLICY sustainment_check_worker_read ON sustainment_check FOR SELECT TO eh_worker USING (true)`);
    await q.query(`CREATE POLICY sustainment_check_worker_insert ON sustainment_check FOR INSERT TO eh_worker WITH CHECK (true)`);

    await q.query(`
      CREATE TABLE need_sustainment (
        need_id uuid PRIMARY KEY REFERENCES plan_need(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        held boolean NOT NULL,
        source varchar(30) NOT NULL CHECK (source IN ${SOURCES}),
        evidence text NOT NULL CHECK (btrim(evidence) <> ''),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX need_sustainment_case_idx ON need_sustainment (case_id)`);
    await secure(q, 'need_sustainment', VISIBLE);
    await q.query(`GRANT SELECT, INSERT ON need_sustainment TO eh_app`);

    await q.query(`
      CREATE TABLE case_rereferral (
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        received_on date NOT NULL,
        found_on date NOT NULL,
        PRIMARY KEY (case_id, referral_id)
      )`);
    await q.query(`CREATE INDEX case_rereferral_referral_idx ON case_rereferral (referral_id)`);
    await secure(q, 'case_rereferral', VISIBLE);
    await q.query(`GRANT SELECT ON case_rereferral TO eh_app`);
    await q.query(
      `GRANT SELECT (case_id, referral_id), INSERT (case_id, referral_id, received_on, found_on) ON case_rereferral TO eh_worker`,
    );
    await q.query(`CREATE POLICY case_rereferral_worker_read ON case_rereferral FOR SELECT TO eh_worker USING (true)`);
    await q.query(`CREATE POLICY case_rereferral_worker_insert ON case_rereferral FOR INSERT TO eh_worker WITH CHECK (true)`);

    // The worker finds which closed cases have coded needs (ids only), and when referrals arrived.
    await q.query(`GRANT SELECT (id, case_id) ON plan_need TO eh_worker`);
    await q.query(`CREATE POLICY plan_need_worker_read ON plan_need FOR SELECT TO eh_worker USING (true)`);
    await q.query(`GRANT SELECT (received_at) ON referral TO eh_worker`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT (received_at) ON referral FROM eh_worker`);
    for (const table of ['case_rereferral', 'need_sustainment', 'sustainment_check', 'need_progress', 'plan_need_member', 'plan_need']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP TABLE outcome_heading`);
  }
}
