import { MigrationInterface, QueryRunner } from 'typeorm';

// Identifiers on each person (issue 14, part 4): NHS number, unique pupil number (UPN), the
// council's own person number and, nullable until regulations name it, the consistent child
// identifier. The API validates their check digits (libs/domain identifiers) and stores them
// normalised; the checks here hold the shape, so nothing written around the API can break it.
// An NHS number or UPN belongs to one person in the council: partial unique indexes (a person
// without one is not held to it). `version` lets two people changing a person's identifiers at
// once find out (the conflict pattern of plans and cases). The worker is granted none of these
// columns: notifications and emails never carry them.
export class PersonIdentifiers1732300000041 implements MigrationInterface {
  name = 'PersonIdentifiers1732300000041';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE person
        ADD COLUMN nhs_number text CHECK (nhs_number ~ '^[0-9]{10}$'),
        ADD COLUMN unique_pupil_number text CHECK (unique_pupil_number ~ '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'),
        ADD COLUMN council_person_number text CHECK (council_person_number ~ '^[A-Z0-9][A-Z0-9/-]{0,19}$'),
        ADD COLUMN consistent_child_identifier text CHECK (length(consistent_child_identifier) BETWEEN 1 AND 64),
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE UNIQUE INDEX person_nhs_number_key ON person (nhs_number) WHERE nhs_number IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX person_unique_pupil_number_key ON person (unique_pupil_number) WHERE unique_pupil_number IS NOT NULL`,
    );
    // The duplicate check looks people up by the council's number too.
    await q.query(
      `CREATE INDEX person_council_person_number_idx ON person (council_person_number) WHERE council_person_number IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX person_council_person_number_idx`);
    await q.query(`DROP INDEX person_unique_pupil_number_key`);
    await q.query(`DROP INDEX person_nhs_number_key`);
    await q.query(`
      ALTER TABLE person
        DROP COLUMN version,
        DROP COLUMN consistent_child_identifier,
        DROP COLUMN council_person_number,
        DROP COLUMN unique_pupil_number,
        DROP COLUMN nhs_number`);
  }
}
