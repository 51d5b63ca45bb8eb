import { Injectable } from '@nestjs/common';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { SafeguardingRole } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

export interface SettingRow {
  name: string;
  urn: string;
  phase: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  schoolDayStartsAt: string;
  inCouncil: boolean;
  agencyId: string | null;
  contactEmail: string | null;
}

const columns = (s: SettingRow, updatedBy: string) => ({
  name: s.name,
  urn: s.urn,
  phase: s.phase,
  address_line1: s.addressLine1,
  address_line2: s.addressLine2,
  town: s.town,
  postcode: s.postcode,
  school_day_starts_at: s.schoolDayStartsAt,
  in_council: s.inCouncil,
  agency_id: s.agencyId,
  contact_email: s.contactEmail,
  updated_by: updatedBy,
});

// The directory of education settings (migration 1732300000042), its closure days and the
// portal users who are each setting's DSL or deputies. Everyone reads it; the council's team writes.
@Injectable()
export class EducationSettingRepository {
  constructor(private readonly db: Db) {}

  private settings() {
    const db = this.db.kysely;
    return db
      .selectFrom('education_setting as s')
      .leftJoin('agency as a', 'a.id', 's.agency_id')
      .select((eb) => [
        's.id',
        's.name',
        's.urn',
        's.phase',
        's.address_line1 as addressLine1',
        's.address_line2 as addressLine2',
        's.town',
        's.postcode',
        's.school_day_starts_at as schoolDayStartsAt',
        's.in_council as inCouncil',
        's.agency_id as agencyId',
        'a.name as agencyName',
        's.contact_email as contactEmail',
        's.version',
        jsonArrayFrom(
          db
            .selectFrom('education_setting_closure as c')
            .select('c.closed_on as day')
            .where('c.setting_id', '=', eb.ref('s.id'))
            .orderBy('c.closed_on'),
        ).as('closures'),
        jsonArrayFrom(
          db
            .selectFrom('education_setting_staff as st')
            .innerJoin('app_user as u', 'u.id', 'st.user_id')
            .select(['st.user_id as userId', 'u.display_name as displayName', 'u.job_title as jobTitle', 'st.role'])
            .where('st.setting_id', '=', eb.ref('s.id'))
            .orderBy('st.role')
            .orderBy('u.display_name')
            .$narrowType<{ role: SafeguardingRole }>(),
        ).as('safeguardingLeads'),
      ]);
  }

  all() {
    return this.settings().orderBy('s.name').orderBy('s.urn').execute();
  }

  byId(id: string) {
    return this.settings().where('s.id', '=', id).executeTakeFirst();
  }

  // Whether another setting already has this URN.
  async urnTaken(urn: string, exceptId: string | null): Promise<boolean> {
    let query = this.db.kysely.selectFrom('education_setting').select('id').where('urn', '=', urn);
    if (exceptId) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async agencyExists(agencyId: string): Promise<boolean> {
    return (await this.db.kysely.selectFrom('agency').select('id').where('id', '=', agencyId).executeTakeFirst()) !== undefined;
  }

  // Active portal users of an agency among these ids.
  async activeUsersOfAgency(agencyId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db.kysely
      .selectFrom('app_user')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('active', '=', true)
      .where('id', 'in', [...userIds])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  // The new setting's id, or undefined when its URN is taken (someone else got there first).
  async add(tx: Database, setting: SettingRow, updatedBy: string): Promise<string | undefined> {
    const added = await tx
      .insertInto('education_setting')
      .values(columns(setting, updatedBy))
      .onConflict((oc) => oc.column('urn').doNothing())
      .returning('id')
      .executeTakeFirst();
    return added?.id;
  }

  // False when the setting has changed since the version the editor saw.
  async update(tx: Database, id: string, expectedVersion: number, setting: SettingRow, updatedBy: string): Promise<boolean> {
    const updated = await tx
      .updateTable('education_setting')
      .set((eb) => ({ ...columns(setting, updatedBy), version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
    return updated !== undefined;
  }

  async replaceClosures(tx: Database, settingId: string, days: readonly string[]): Promise<void> {
    await tx.deleteFrom('education_setting_closure').where('setting_id', '=', settingId).execute();
    if (days.length === 0) return;
    await tx
      .insertInto('education_setting_closure')
      .values(days.map((day) => ({ setting_id: settingId, closed_on: day })))
      .execute();
  }

  async replaceStaff(tx: Database, settingId: string, leads: readonly { userId: string; role: SafeguardingRole }[]): Promise<void> {
    await tx.deleteFrom('education_setting_staff').where('setting_id', '=', settingId).execute();
    if (leads.length === 0) return;
    await tx
      .insertInto('education_setting_staff')
      .values(leads.map((l) => ({ setting_id: settingId, user_id: l.userId, role: l.role })))
      .execute();
  }
}

export type SettingRecord = NonNullable<Awaited<ReturnType<EducationSettingRepository['byId']>>>;
