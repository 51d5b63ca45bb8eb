import { Injectable } from '@nestjs/common';
import { Expression } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { Role } from '@eh/domain';
import { Database } from '../database/kysely';
import { Db } from '../database/db';

// An agency, or a person as a practitioner (name and job title), as a JSON sub-select of any
// query that holds the id: null when the id is.
export function agencyOf(db: Database, id: Expression<string | null>) {
  return jsonObjectFrom(db.selectFrom('agency as a').select(['a.id', 'a.name', 'a.agency_type as agencyType']).where('a.id', '=', id));
}

export function practitionerOf(db: Database, userId: Expression<string | null>) {
  return jsonObjectFrom(
    db.selectFrom('app_user as u').select(['u.id', 'u.display_name as displayName', 'u.job_title as jobTitle']).where('u.id', '=', userId),
  );
}

// Agencies and the people in them, as other features name them: never a password hash. The
// writes of a person's account live with the account (user administration, sign-in).
@Injectable()
export class DirectoryRepository {
  constructor(private readonly db: Db) {}

  private agencyColumns() {
    return this.db.kysely
      .selectFrom('agency as a')
      .select(['a.id', 'a.name', 'a.agency_type as agencyType', 'a.is_council_team as isCouncilTeam']);
  }

  private userColumns() {
    return this.db.kysely
      .selectFrom('app_user as u')
      .select(['u.id', 'u.display_name as displayName', 'u.job_title as jobTitle', 'u.role', 'u.agency_id as agencyId', 'u.active'])
      .$narrowType<{ role: Role }>();
  }

  // An active person with their email and agency, as they see themselves.
  viewer(userId: string) {
    return this.db.kysely
      .selectFrom('app_user as u')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .select([
        'u.id',
        'u.display_name as displayName',
        'u.email',
        'u.role',
        'u.job_title as jobTitle',
        'a.id as agencyId',
        'a.name as agencyName',
        'a.agency_type as agencyType',
      ])
      .where('u.id', '=', userId)
      .where('u.active', '=', true)
      .$narrowType<{ role: Role }>()
      .executeTakeFirst();
  }

  agencies() {
    return this.agencyColumns().orderBy('a.name').execute();
  }

  // The new agency, or undefined when one of that name already exists.
  addAgency(name: string, agencyType: string) {
    return this.db.kysely
      .insertInto('agency')
      .values({ name, agency_type: agencyType })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning(['id', 'name', 'agency_type as agencyType'])
      .executeTakeFirst();
  }

  agenciesById(ids: readonly string[]) {
    return this.agencyColumns()
      .where('a.id', 'in', [...ids])
      .execute();
  }

  usersById(ids: readonly string[]) {
    return this.userColumns()
      .where('u.id', 'in', [...ids])
      .execute();
  }

  // Active people with one of these roles, optionally of one agency, by name.
  activeWithRole(roles: readonly Role[], agencyId: string | null) {
    let query = this.userColumns()
      .where('u.role', 'in', [...roles])
      .where('u.active', '=', true);
    if (agencyId !== null) query = query.where('u.agency_id', '=', agencyId);
    return query.orderBy('u.display_name').execute();
  }
}

export type AgencyRecord = Awaited<ReturnType<DirectoryRepository['agenciesById']>>[number];
export type UserRecord = Awaited<ReturnType<DirectoryRepository['usersById']>>[number];
