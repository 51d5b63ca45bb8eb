import { MigrationInterface, QueryRunner } from 'typeorm';

// Information governance: each council's retention schedule, legal holds that stop the purge,
// and a log of what the purge removed. The log holds kinds, ids, rules and dates only, never a
// name or any other detail of the people in the record.
export class InformationGovernance1732300000013 implements MigrationInterface {
  name = 'InformationGovernance1732300000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_policy (
        record_type varchar(40) PRIMARY KEY,
        rule varchar(40) NOT NULL CHECK (rule IN ('UNTIL_YOUNGEST_CHILD_AGE', 'YEARS_AFTER_END', 'DAYS_AFTER_END')),
        period integer NOT NULL CHECK (period > 0),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The defaults every council starts with (DEFAULT_RETENTION_POLICIES in libs/domain; a test
    // checks they agree). Written out here so this migration never changes meaning.
    await q.query(`
      INSERT INTO retention_policy (record_type, rule, period) VALUES
        ('CLOSED_CASE', 'UNTIL_YOUNGEST_CHILD_AGE', 25),
        ('NFA_REFERRAL', 'YEARS_AFTER_END', 2),
        ('REFERRAL_PASSED_ON', 'UNTIL_YOUNGEST_CHILD_AGE', 25),
        ('SESSION', 'DAYS_AFTER_END', 90),
        ('NOTIFICATION', 'DAYS_AFTER_END', 365)`);
    // A hold names one case, one family or one person. An active hold stops the purge; lifted
    // holds are deleted with the records they named (their reasons are free text).
    await q.query(`
      CREATE TABLE legal_hold (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid REFERENCES early_help_case(id),
        family_id uuid REFERENCES family(id),
        person_id uuid REFERENCES person(id),
        reason text NOT NULL,
        placed_by uuid NOT NULL REFERENCES app_user(id),
        placed_at timestamptz NOT NULL DEFAULT now(),
        lifted_by uuid REFERENCES app_user(id),
        lifted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK (num_nonnulls(case_id, family_id, person_id) = 1),
        CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
      )`);
    await q.query(`CREATE INDEX legal_hold_case_idx ON legal_hold (case_id) WHERE lifted_at IS NULL`);
    await q.query(`CREATE INDEX legal_hold_family_idx ON legal_hold (family_id) WHERE lifted_at IS NULL`);
    await q.query(`CREATE INDEX legal_hold_person_idx ON legal_hold (person_id) WHERE lifted_at IS NULL`);
    await q.query(`
      CREATE TABLE purge_log (
        id bigserial PRIMARY KEY,
        run_id uuid NOT NULL,
        purged_at timestamptz NOT NULL DEFAULT now(),
        record_type varchar(40) NOT NULL,
        entity_type varchar(40) NOT NULL,
        entity_id varchar(64) NOT NULL,
        rule varchar(40) NOT NULL,
        period integer NOT NULL,
        due_on date NOT NULL,
        rows_deleted jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX purge_log_entity_idx ON purge_log (entity_type, entity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['purge_log', 'legal_hold', 'retention_policy']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
