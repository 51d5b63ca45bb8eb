import { Injectable } from '@nestjs/common';
import {
  DomainError,
  FieldProblem,
  MATCH_REASON_ORDER,
  MatchablePerson,
  normalisePersonIdentifiers,
  NormalisedPersonIdentifiers,
  PersonIdentifiers,
  personMatchReason,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { Db } from '../database/db';
import { SignedInContext } from '../common/request-context';
import { FamilyRepository } from './family.repository';
import { FamilyMatchModel, FamilyModel, PersonModel } from './models/referral.models';

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

const UNIQUE_IDENTIFIERS = [
  { field: 'nhsNumber', label: 'NHS number', index: 'person_nhs_number_key' },
  { field: 'uniquePupilNumber', label: 'unique pupil number', index: 'person_unique_pupil_number_key' },
] as const;

export type UniqueIdentifierField = (typeof UNIQUE_IDENTIFIERS)[number]['field'];

// The identifier field whose unique index a failed write ran into (two people recording the same
// number at once), or null for any other failure.
export function uniqueIdentifierClash(error: unknown): (typeof UNIQUE_IDENTIFIERS)[number] | null {
  const outer = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const cause = outer?.driverError ?? outer;
  if (cause?.code !== '23505') return null;
  return UNIQUE_IDENTIFIERS.find((u) => u.index === cause.constraint) ?? null;
}

// For a write that stores identifiers: a clash on a unique index (someone recorded the same number
// a moment ago) becomes a problem naming the field, as the look before it would have.
export const refuseIdentifierClash =
  (fieldOf: (field: UniqueIdentifierField) => string) =>
  (error: unknown): never => {
    const clash = uniqueIdentifierClash(error);
    if (!clash) throw error;
    throw DomainError.invalid([{ field: fieldOf(clash.field), message: `This ${clash.label} is already recorded for another person` }]);
  };

const bestReason = (match: FamilyMatchModel) => Math.min(...match.matches.map((m) => MATCH_REASON_ORDER.indexOf(m.reason)));

@Injectable()
export class FamilyService {
  constructor(
    private readonly families: FamilyRepository,
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  // The families with their members, in one statement.
  async loadMany(ids: readonly string[]): Promise<Map<string, FamilyModel>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.families.withMembers(unique);
    return new Map(rows.map((family) => [family.id, family]));
  }

  // Possible existing records of the same people, any case: an identifier match first (NHS number,
  // UPN, the council's number), then the same names and date of birth. Families with an
  // identifier match come first, then those with more people matched.
  async possibleMatches(people: readonly MatchablePerson[]): Promise<FamilyMatchModel[]> {
    if (people.length === 0) return [];
    const ids = people.map(normalisePersonIdentifiers);
    const present = (key: keyof NormalisedPersonIdentifiers) => ids.flatMap((i) => (i[key] ? [i[key]] : []));
    const candidates = await this.families.candidatesFor(
      people.map((p) => ({ lastName: p.lastName.trim().toLowerCase(), dateOfBirth: p.dateOfBirth })),
      {
        nhsNumbers: present('nhsNumber'),
        uniquePupilNumbers: present('uniquePupilNumber'),
        councilPersonNumbers: present('councilPersonNumber'),
      },
    );
    const matches = new Map<string, FamilyMatchModel>();
    for (const { familyId, reference, postcode, ...person } of candidates) {
      const reasons = people.flatMap((p) => personMatchReason(p, person) ?? []);
      if (reasons.length === 0) continue;
      const reason = MATCH_REASON_ORDER.find((r) => reasons.includes(r)) ?? reasons[0];
      const match = matches.get(familyId) ?? { familyId, reference, postcode, matchedPeople: [], matches: [] };
      match.matchedPeople.push(person);
      match.matches.push({ person, reason });
      matches.set(familyId, match);
    }
    return [...matches.values()].sort((a, b) => bestReason(a) - bestReason(b) || b.matches.length - a.matches.length);
  }

  // NHS numbers and UPNs already held by someone other than `self(index)`: a problem naming each
  // field. Also two of the people given the same number.
  async identifierClashes(
    people: readonly PersonIdentifiers[],
    fieldOf: (index: number, field: string) => string,
    self: (index: number) => string | null = () => null,
  ): Promise<FieldProblem[]> {
    const ids = people.map(normalisePersonIdentifiers);
    const holders = await this.families.holdersOf(
      ids.flatMap((i) => i.nhsNumber ?? []),
      ids.flatMap((i) => i.uniquePupilNumber ?? []),
    );
    const problems: FieldProblem[] = [];
    ids.forEach((id, index) => {
      for (const { field, label } of UNIQUE_IDENTIFIERS) {
        const value = id[field];
        if (!value) continue;
        const holder = holders.find((h) => h[field] === value && h.id !== self(index));
        const earlier = ids.slice(0, index).some((other) => other[field] === value);
        if (holder) {
          problems.push({
            field: fieldOf(index, field),
            message: `This ${label} is already recorded for a person in family ${holder.reference}`,
          });
        } else if (earlier) {
          problems.push({ field: fieldOf(index, field), message: `This ${label} is given for another person in this referral` });
        }
      }
    });
    return problems;
  }

  // The front door changes a person's identifiers on the family record (conflict-safe, audited).
  async updateIdentifiers(ctx: SignedInContext, personId: string, version: number, given: PersonIdentifiers): Promise<PersonModel> {
    const person = await this.families.person(personId);
    await this.audit.record(ctx, [
      {
        action: AuditAction.UpdatePersonIdentifiers,
        entityType: AuditEntity.Person,
        entityId: personId,
        familyId: person?.familyId ?? null,
        allowed: person !== undefined,
      },
    ]);
    if (!person) throw DomainError.notFound();
    const ids = normalisePersonIdentifiers(given);
    const clashes = await this.identifierClashes(
      [ids],
      (_, field) => field,
      () => personId,
    );
    if (clashes.length > 0) throw DomainError.invalid(clashes);
    const updated = await this.db
      .transaction((_, tx) => this.families.updateIdentifiers(tx, personId, version, ids))
      .catch(refuseIdentifierClash((field) => field));
    if (!updated) throw DomainError.conflict();
    const { familyId: _familyId, ...stored } = (await this.families.person(personId)) ?? person;
    return stored;
  }
}
