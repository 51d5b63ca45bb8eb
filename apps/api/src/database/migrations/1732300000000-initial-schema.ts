import { MigrationInterface, QueryRunner } from 'typeorm';

// The first schema: agencies and users, families and referrals, partner-led cases with their
// chronology, and the append-only audit trail.
export class InitialSchema1732300000000 implements MigrationInterface {
  name = 'InitialSchema1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL UNIQUE,
        agency_type varchar(60) NOT NULL,
        is_council_team boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(200) NOT NULL,
        job_title varchar(200) NOT NULL,
        role varchar(40) NOT NULL CHECK (role IN ('FRONT_DOOR_OFFICER', 'FPT_MANAGER', 'PRACTITIONER')),
        agency_id uuid NOT NULL REFERENCES agency(id),
        password_hash varchar(300) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_agency_idx ON app_user (agency_id)`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE family (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(20) NOT NULL UNIQUE,
        address_line1 varchar(200) NOT NULL,
        address_line2 varchar(200),
        town varchar(100) NOT NULL,
        postcode varchar(10) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE SEQUENCE family_reference_seq START 1001`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family(id),
        first_name varchar(100) NOT NULL,
        last_name varchar(100) NOT NULL,
        date_of_birth date NOT NULL,
        role varchar(10) NOT NULL CHECK (role IN ('CHILD', 'ADULT')),
        relationship varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_family_idx ON person (family_id)`);
    await q.query(`CREATE INDEX person_match_idx ON person (lower(last_name), date_of_birth)`);
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(20) NOT NULL UNIQUE,
        family_id uuid NOT NULL REFERENCES family(id),
        received_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        self_referral boolean NOT NULL,
        referrer_agency_id uuid REFERENCES agency(id),
        referrer_name varchar(200) NOT NULL,
        concerns text NOT NULL,
        consent_given boolean NOT NULL,
        consent_note text,
        status varchar(20) NOT NULL DEFAULT 'AWAITING_TRIAGE' CHECK (status IN ('AWAITING_TRIAGE', 'DECIDED')),
        decision varchar(40),
        decision_reason text,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        lead_agency_id uuid REFERENCES agency(id),
        lead_practitioner_id uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        CHECK (self_referral OR referrer_agency_id IS NOT NULL),
        CHECK ((status = 'DECIDED') = (decision IS NOT NULL))
      )`);
    await q.query(`CREATE SEQUENCE referral_reference_seq START 1001`);
    await q.query(`CREATE INDEX referral_status_idx ON referral (status, received_at)`);
    await q.query(`CREATE INDEX referral_referrer_idx ON referral (referrer_agency_id)`);
    await q.query(`
      CREATE TABLE early_help_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(20) NOT NULL UNIQUE,
        family_id uuid NOT NULL REFERENCES family(id),
        referral_id uuid NOT NULL UNIQUE REFERENCES referral(id),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
        status varchar(30) NOT NULL CHECK (status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'DECLINED', 'CLOSED')),
        lead_agency_id uuid NOT NULL REFERENCES agency(id),
        lead_practitioner_id uuid NOT NULL REFERENCES app_user(id),
        allocated_on date NOT NULL,
        first_contact_due date NOT NULL,
        my_family_plan_due date NOT NULL,
        first_contact_on date,
        declined_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE SEQUENCE case_reference_seq START 1001`);
    await q.query(`CREATE INDEX early_help_case_lead_agency_idx ON early_help_case (lead_agency_id, status)`);
    await q.query(`CREATE INDEX early_help_case_level_idx ON early_help_case (level, status)`);
    await q.query(`
      CREATE TABLE case_professional (
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        role varchar(100) NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, user_id)
      )`);
    await q.query(`CREATE INDEX case_professional_user_idx ON case_professional (user_id)`);
    await q.query(`
      CREATE TABLE case_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        event_type varchar(60) NOT NULL,
        summary text NOT NULL,
        actor_id uuid NOT NULL REFERENCES app_user(id),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_event_case_idx ON case_event (case_id, occurred_at DESC)`);
    // The audit trail records ids and actions only, never the values themselves.
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action varchar(60) NOT NULL,
        entity_type varchar(60) NOT NULL,
        entity_id uuid,
        family_id uuid,
        outcome varchar(10) NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
        request_id varchar(64),
        client_ip varchar(64)
      )`);
    await q.query(`CREATE INDEX audit_event_family_idx ON audit_event (family_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event',
      'case_event',
      'case_professional',
      'early_help_case',
      'referral',
      'person',
      'family',
      'user_session',
      'app_user',
      'agency',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_event_append_only`);
    for (const seq of ['family_reference_seq', 'referral_reference_seq', 'case_reference_seq']) {
      await q.query(`DROP SEQUENCE IF EXISTS ${seq}`);
    }
  }
}
