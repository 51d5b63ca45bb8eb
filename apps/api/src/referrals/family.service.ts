import { Injectable } from '@nestjs/common';
import { personMatchKey } from '@eh/domain';
import { FamilyRepository } from './family.repository';
import { FamilyMatchModel, FamilyModel } from './models/referral.models';

// How a family is named in lists: by the surname most of its members share, the first in
// alphabetical order on a tie (as the case list works it out in SQL: case.repository.ts).
export function familyName(members: readonly { lastName: string }[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.lastName, (counts.get(m.lastName) ?? 0) + 1);
  const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0] ?? [null];
  return familyNamed(name);
}

export function familyNamed(surname: string | null): string {
  return `${surname ?? 'Unnamed'} family`;
}

@Injectable()
export class FamilyService {
  constructor(private readonly families: FamilyRepository) {}

  // The families with their members, in one statement.
  async loadMany(ids: readonly string[]): Promise<Map<string, FamilyModel>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.families.withMembers(unique);
    return new Map(rows.map((family) => [family.id, family]));
  }

  // Possible existing records of the same people: same name and date of birth, any case.
  async possibleMatches(people: readonly { firstName: string; lastName: string; dateOfBirth: string }[]): Promise<FamilyMatchModel[]> {
    if (people.length === 0) return [];
    const wanted = new Set(people.map(personMatchKey));
    const candidates = await this.families.peopleNamed(
      people.map((p) => ({ lastName: p.lastName.trim().toLowerCase(), dateOfBirth: p.dateOfBirth })),
    );
    const matches = new Map<string, FamilyMatchModel>();
    for (const { familyId, reference, postcode, ...person } of candidates.filter((p) => wanted.has(personMatchKey(p)))) {
      const match = matches.get(familyId) ?? { familyId, reference, postcode, matchedPeople: [] };
      match.matchedPeople.push(person);
      matches.set(familyId, match);
    }
    return [...matches.values()].sort((a, b) => b.matchedPeople.length - a.matchedPeople.length);
  }
}
