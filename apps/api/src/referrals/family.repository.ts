import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { PersonRole } from '@eh/domain';
import { Database } from '../database/kysely';
import { Db } from '../database/db';
import { childSettingsOf } from '../education/child-setting.repository';

const PERSON_COLUMNS = [
  'p.id',
  'p.first_name as firstName',
  'p.last_name as lastName',
  'p.date_of_birth as dateOfBirth',
  'p.role',
  'p.relationship',
] as const;

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

  // People with one of these surnames (lower case) and dates of birth, pairwise, with their
  // family's reference and postcode.
  peopleNamed(people: readonly { lastName: string; dateOfBirth: string }[]) {
    return this.db.kysely
      .selectFrom('person as p')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .select([...PERSON_COLUMNS, 'p.family_id as familyId', 'f.reference', 'f.postcode'])
      .where(
        sql<boolean>`(lower(p.last_name), p.date_of_birth) IN (SELECT * FROM unnest(${people.map((p) => p.lastName)}::text[], ${people.map((p) => p.dateOfBirth)}::date[]))`,
      )
      .$narrowType<{ role: PersonRole }>()
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
    members: readonly { firstName: string; lastName: string; dateOfBirth: string; role: PersonRole; relationship: string }[],
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
        })),
      )
      .execute();
    return ids;
  }
}
