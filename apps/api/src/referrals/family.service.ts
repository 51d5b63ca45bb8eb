import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '../database/db';
import { personMatchKey } from '@eh/domain';
import { FamilyRow, PersonRow } from '../database/entities';
import { FamilyMatchModel, FamilyModel, PersonModel } from './models/referral.models';

function toPerson(row: PersonRow): PersonModel {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    role: row.role,
    relationship: row.relationship,
  };
}

// How a family is named in lists: by the surname most of its members share.
export function familyName(members: readonly { lastName: string }[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.lastName, (counts.get(m.lastName) ?? 0) + 1);
  const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['Unnamed'];
  return `${name} family`;
}

@Injectable()
export class FamilyService {
  constructor(private readonly db: Db) {}

  async loadMany(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Map<string, FamilyModel>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const [families, people] = await Promise.all([
      manager.getRepository(FamilyRow).findBy({ id: In(unique) }),
      manager.getRepository(PersonRow).find({
        where: { familyId: In(unique) },
        order: { role: 'ASC', dateOfBirth: 'ASC' },
      }),
    ]);
    const membersOf = new Map<string, PersonRow[]>();
    for (const person of people) {
      const members = membersOf.get(person.familyId);
      if (members) members.push(person);
      else membersOf.set(person.familyId, [person]);
    }
    return new Map(
      families.map((f) => [
        f.id,
        {
          id: f.id,
          reference: f.reference,
          addressLine1: f.addressLine1,
          addressLine2: f.addressLine2,
          town: f.town,
          postcode: f.postcode,
          members: (membersOf.get(f.id) ?? []).map(toPerson),
        },
      ]),
    );
  }

  // Possible existing records of the same people: same name and date of birth, any case.
  async possibleMatches(
    people: readonly { firstName: string; lastName: string; dateOfBirth: string }[],
  ): Promise<FamilyMatchModel[]> {
    if (people.length === 0) return [];
    const wanted = new Set(people.map(personMatchKey));
    const candidates = await this.db
      .getRepository(PersonRow)
      .createQueryBuilder('p')
      .where('(lower(p.last_name), p.date_of_birth) IN (SELECT * FROM unnest(:lastNames::text[], :dobs::date[]))', {
        lastNames: people.map((p) => p.lastName.trim().toLowerCase()),
        dobs: people.map((p) => p.dateOfBirth),
      })
      .getMany();
    const matched = candidates.filter((p) => wanted.has(personMatchKey(p)));
    const families = await this.db.getRepository(FamilyRow).findBy({ id: In([...new Set(matched.map((p) => p.familyId))]) });
    return families
      .map((f) => ({
        familyId: f.id,
        reference: f.reference,
        postcode: f.postcode,
        matchedPeople: matched.filter((p) => p.familyId === f.id).map(toPerson),
      }))
      .sort((a, b) => b.matchedPeople.length - a.matchedPeople.length);
  }
}
