import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { PersonRole } from '@eh/domain';
import { Database } from '../database/kysely';
import { Db } from '../database/db';
import { childSettingsOf } from '../education/child-setting.repository';

export const PERSON_COLUMNS = [
  'p.id',
  'p.first_name as firstName',
  'p.last_name as lastName',
  'p.date_of_birth as dateOfBirth',
  'p.role',
  'p.relationship',
  'p.nhs_number as nhsNumber',
  'p.unique_pupil_number as uniquePupilNumber',
  'p.council_person_number as councilPersonNumber',
  'p.consistent_child_identifier as consistentChildIdentifier',
  'p.version',
] as const;

export interface StoredIdentifiers {
  readonly nhsNumber: string | null;
  readonly uniquePupilNumber: string | null;
  readonly councilPersonNumber: string | null;
  readonly consistentChildIdentifier: string | null;
}

const identifierColumns = (ids: StoredIdentifiers) => ({
  nhs_number: ids.nhsNumber,
  unique_pupil_number: ids.uniquePupilNumber,
  council_person_number: ids.councilPersonNumber,
  consistent_child_identifier: ids.consistentChildIdentifier,
});

// A family with every member (adults first, then by date of birth), as a sub-select any query
// can join on the family's id: one statement however many families and members.
export function familiesWithMembers(db: Database) {
  return db.selectFrom('family as f').select((eb) => [
    'f.id',
    'f.reference',
    'f.address_line1 as addressLine1',
    'f.address_line2 as addressLine2',
    'f.town',
    'f.postcode',
    jsonArrayFrom(
      db
        .selectFrom('person as p')
        .select((person) => [...PERSON_COLUMNS, childSettingsOf(db, person.ref('p.id')).as('educationSettings')])
        .where('p.family_id', '=', eb.ref('f.id'))
        .orderBy('p.role')
        .orderBy('p.date_of_birth')
        .orderBy('p.id')
        .$narrowType<{ role: PersonRole }>(),
    ).as('members'),
  ]);
}

// Families and their members. Writes take the transaction's typed handle.
// A new family's reference (EH-…), from its sequence; the seed takes the same.
export const nextFamilyReference = () => sql<string>`'EH-' || nextval('family_reference_seq')`;

@Injectable()
export class FamilyRepository {
  constructor(private readonly db: Db) {}

  withMembers(ids: readonly string[]) {
    return familiesWithMembers(this.db.kysely)
      .where('f.id', 'in', [...ids])
      .execute();
  }

  // People who may be those described: one of their identifiers, or one of these surnames (lower
  // case) and dates of birth pairwise; with their family's reference and postcode.
  candidatesFor(
    people: readonly { lastName: string; dateOfBirth: string }[],
    identifiers: { nhsNumbers: readonly string[]; uniquePupilNumbers: readonly string[]; councilPersonNumbers: readonly string[] },
  ) {
    return this.db.kysely
      .selectFrom('person as p')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .select([...PERSON_COLUMNS, 'p.family_id as familyId', 'f.reference', 'f.postcode'])
      .where((eb) =>
        eb.or([
          sql<boolean>`(lower(p.last_name), p.date_of_birth) IN (SELECT * FROM unnest(${people.map((p) => p.lastName)}::text[], ${people.map((p) => p.dateOfBirth)}::date[]))`,
          eb('p.nhs_number', '=', eb.fn.any(eb.val([...identifiers.nhsNumbers]))),
          eb('p.unique_pupil_number', '=', eb.fn.any(eb.val([...identifiers.uniquePupilNumbers]))),
          eb('p.council_person_number', '=', eb.fn.any(eb.val([...identifiers.councilPersonNumbers]))),
        ]),
      )
      .$narrowType<{ role: PersonRole }>()
      .execute();
  }

  // Whoever already holds one of these NHS numbers or UPNs (each belongs to one person).
  holdersOf(nhsNumbers: readonly string[], uniquePupilNumbers: readonly string[]) {
    return this.db.kysely
      .selectFrom('person as p')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .select(['p.id', 'p.nhs_number as nhsNumber', 'p.unique_pupil_number as uniquePupilNumber', 'f.reference'])
      .where((eb) =>
        eb.or([
          eb('p.nhs_number', '=', eb.fn.any(eb.val([...nhsNumbers]))),
          eb('p.unique_pupil_number', '=', eb.fn.any(eb.val([...uniquePupilNumbers]))),
        ]),
      )
      .execute();
  }

  person(id: string) {
    return this.db.kysely
      .selectFrom('person as p')
      .select([...PERSON_COLUMNS, 'p.family_id as familyId'])
      .where('p.id', '=', id)
      .$narrowType<{ role: PersonRole }>()
      .executeTakeFirst();
  }

  // Replaces a person's identifiers if nobody has changed them since `version`; false otherwise.
  async updateIdentifiers(tx: Database, personId: string, version: number, ids: StoredIdentifiers): Promise<boolean> {
    const result = await tx
      .updateTable('person')
      .set((eb) => ({ ...identifierColumns(ids), version: eb('version', '+', 1) }))
      .where('id', '=', personId)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  // A known person named again in a referral: identifiers they lack are filled in, none replaced.
  async fillIdentifiers(tx: Database, personId: string, ids: StoredIdentifiers): Promise<void> {
    await tx
      .updateTable('person')
      .set((eb) => ({
        nhs_number: eb.fn.coalesce('nhs_number', eb.val(ids.nhsNumber)),
        unique_pupil_number: eb.fn.coalesce('unique_pupil_number', eb.val(ids.uniquePupilNumber)),
        council_person_number: eb.fn.coalesce('council_person_number', eb.val(ids.councilPersonNumber)),
        consistent_child_identifier: eb.fn.coalesce('consistent_child_identifier', eb.val(ids.consistentChildIdentifier)),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', personId)
      .execute();
  }

  // The id is chosen here and nothing is read back: a partner's referral writes the family before
  // the referral that lets the partner see it (migration 1732300000037).
  async add(tx: Database, address: { addressLine1: string; addressLine2: string | null; town: string; postcode: string }): Promise<string> {
    const id = randomUUID();
    await tx
      .insertInto('family')
      .values({
        id,
        reference: nextFamilyReference(),
        address_line1: address.addressLine1,
        address_line2: address.addressLine2,
        town: address.town,
        postcode: address.postcode,
      })
      .execute();
    return id;
  }

  async addMembers(
    tx: Database,
    familyId: string,
    members: readonly ({
      firstName: string;
      lastName: string;
      dateOfBirth: string;
      role: PersonRole;
      relationship: string;
    } & Partial<StoredIdentifiers>)[],
  ): Promise<string[]> {
    if (members.length === 0) return [];
    const ids = members.map(() => randomUUID());
    await tx
      .insertInto('person')
      .values(
        members.map((m, index) => ({
          id: ids[index],
          family_id: familyId,
          first_name: m.firstName,
          last_name: m.lastName,
          date_of_birth: m.dateOfBirth,
          role: m.role,
          relationship: m.relationship,
          ...identifierColumns({
            nhsNumber: m.nhsNumber ?? null,
            uniquePupilNumber: m.uniquePupilNumber ?? null,
            councilPersonNumber: m.councilPersonNumber ?? null,
            consistentChildIdentifier: m.consistentChildIdentifier ?? null,
          }),
        })),
      )
      .execute();
    return ids;
  }
}
