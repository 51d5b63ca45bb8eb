import { Injectable } from '@nestjs/common';
import { Expression } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

function settingsOfPeople(db: Database) {
  return db
    .selectFrom('person_education_setting as ps')
    .innerJoin('education_setting as s', 's.id', 'ps.setting_id')
    .select([
      'ps.id',
      'ps.person_id as personId',
      'ps.setting_id as settingId',
      's.name as settingName',
      's.urn',
      'ps.started_on as startedOn',
      'ps.ended_on as endedOn',
    ]);
}

// A person's settings, newest first, as a sub-select of any query that holds the person's id: a
// family's members carry them in the family's one statement.
export function childSettingsOf(db: Database, personId: Expression<string>) {
  return jsonArrayFrom(
    settingsOfPeople(db).where('ps.person_id', '=', personId).orderBy('ps.started_on', 'desc').orderBy('ps.recorded_at', 'desc'),
  );
}

// A child's education settings over time (migration 1732300000042). Rows follow the person's
// family under the one visibility rule (row-level security through the person's own policy).
@Injectable()
export class ChildSettingRepository {
  constructor(private readonly db: Db) {}

  // Each person's settings, newest first.
  ofPeople(personIds: readonly string[]) {
    return settingsOfPeople(this.db.kysely)
      .where('ps.person_id', 'in', [...personIds])
      .orderBy('ps.person_id')
      .orderBy('ps.started_on', 'desc')
      .orderBy('ps.recorded_at', 'desc')
      .execute();
  }

  // The person (as the actor may see them) with their family and current setting.
  person(tx: Database, personId: string) {
    return tx
      .selectFrom('person as p')
      .leftJoin('person_education_setting as ps', (join) => join.onRef('ps.person_id', '=', 'p.id').on('ps.ended_on', 'is', null))
      .select([
        'p.id',
        'p.family_id as familyId',
        'p.role',
        'ps.id as currentId',
        'ps.started_on as currentStartedOn',
        'ps.setting_id as currentSettingId',
      ])
      .where('p.id', '=', personId)
      .executeTakeFirst();
  }

  async settingExists(settingId: string): Promise<boolean> {
    return (await this.db.kysely.selectFrom('education_setting').select('id').where('id', '=', settingId).executeTakeFirst()) !== undefined;
  }

  // Ends the current setting (if it is still the one the caller read) and records the new one.
  // False when someone else changed the child's setting in between.
  async record(
    tx: Database,
    entry: { personId: string; settingId: string; startedOn: string; recordedBy: string; replacing: string | null },
  ): Promise<boolean> {
    if (entry.replacing) {
      const ended = await tx
        .updateTable('person_education_setting')
        .set({ ended_on: entry.startedOn })
        .where('id', '=', entry.replacing)
        .where('ended_on', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!ended) return false;
    }
    const added = await tx
      .insertInto('person_education_setting')
      .values({ person_id: entry.personId, setting_id: entry.settingId, started_on: entry.startedOn, recorded_by: entry.recordedBy })
      .onConflict((oc) => oc.column('person_id').where('ended_on', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    return added !== undefined;
  }
}
