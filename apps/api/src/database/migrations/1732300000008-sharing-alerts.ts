import { MigrationInterface, QueryRunner } from 'typeorm';

// Information-sharing alerts and the record of every share: who shared what with whom, when, and
// on which basis (lead agency, consent, safeguarding reason, or the front door).
export class SharingAlerts1732300000008 implements MigrationInterface {
  name = 'SharingAlerts1732300000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sharing_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid REFERENCES early_help_case(id),
        family_id uuid REFERENCES family(id),
        raised_by uuid NOT NULL REFERENCES app_user(id),
        raised_by_agency uuid NOT NULL REFERENCES agency(id),
        kind varchar(40) NOT NULL,
        summary text NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        safeguarding_reason text,
        raised_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sharing_alert_case_idx ON sharing_alert (case_id)`);
    await q.query(`
      CREATE TABLE sharing_record (
        alert_id uuid NOT NULL REFERENCES sharing_alert(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        basis varchar(20) NOT NULL CHECK (basis IN ('LEAD_AGENCY', 'CONSENT', 'SAFEGUARDING', 'FRONT_DOOR')),
        shared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, agency_id)
      )`);
    await q.query(`CREATE INDEX sharing_record_agency_idx ON sharing_record (agency_id, shared_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sharing_record`);
    await q.query(`DROP TABLE IF EXISTS sharing_alert`);
  }
}
