import { MigrationInterface, QueryRunner } from 'typeorm';

// Children's drawings for the three houses, kept in the database with the case so that they are
// only ever served through the same access rule as the case (never from a public path).
export class ChildDrawings1732300000003 implements MigrationInterface {
  name = 'ChildDrawings1732300000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_drawing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id),
        person_id uuid NOT NULL REFERENCES person(id),
        content_type varchar(40) NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 2097152),
        sha256 char(64) NOT NULL,
        bytes bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX child_drawing_case_idx ON child_drawing (case_id, person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS child_drawing`);
  }
}
