import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { EncompassResponse, EncompassStage } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

export interface NewEncompassChild {
  readonly id: string;
  readonly position: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly nhsNumber: string | null;
  readonly uniquePupilNumber: string | null;
  readonly councilPersonNumber: string | null;
  readonly personId: string | null;
  readonly matchReason: string | null;
  readonly familyId: string | null;
  readonly caseId: string | null;
  readonly settingId: string | null;
}

export interface NewEncompassRoute {
  readonly id: string;
  readonly settingId: string | null;
  readonly withCouncilContact: boolean;
  readonly dueAt: Date;
  readonly stage: EncompassStage;
}

// Operation Encompass notifications (migration 1732300000044), read under their own rule
// (eh_encompass_readable): a row this returns is one the actor may read.
@Injectable()
export class EncompassRepository {
  constructor(private readonly db: Db) {}

  async agencyType(agencyId: string): Promise<string | null> {
    const row = await this.db.kysely.selectFrom('agency').select('agency_type').where('id', '=', agencyId).executeTakeFirst();
    return row?.agency_type ?? null;
  }

  // Known people who may be the children described (eh_encompass_candidates: police officers only).
  candidates(people: readonly { lastName: string; dateOfBirth: string }[], ids: { nhs: string[]; upn: string[]; cpn: string[] }) {
    return this.db.kysely
      .selectFrom(
        sql<{
          person_id: string;
          family_id: string;
          first_name: string;
          last_name: string;
          date_of_birth: string;
          nhs_number: string | null;
          unique_pupil_number: string | null;
          council_person_number: string | null;
          setting_id: string | null;
          case_id: string | null;
          lead_agency_id: string | null;
        }>`eh_encompass_candidates(${people.map((p) => p.lastName.trim().toLowerCase())}::text[], ${people.map((p) => p.dateOfBirth)}::date[], ${ids.nhs}::text[], ${ids.upn}::text[], ${ids.cpn}::text[])`.as(
          'c',
        ),
      )
      .selectAll()
      .execute();
  }

  // The settings with what routing needs: calendar, whether in the council, agency and staff count.
  settings(ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    const db = this.db.kysely;
    return db
      .selectFrom('education_setting as s')
      .select((eb) => [
        's.id',
        's.name',
        's.in_council as inCouncil',
        's.agency_id as agencyId',
        's.school_day_starts_at as schoolDayStartsAt',
        jsonArrayFrom(
          db.selectFrom('education_setting_closure as c').select('c.closed_on as day').where('c.setting_id', '=', eb.ref('s.id')),
        ).as('closures'),
        eb
          .selectFrom('education_setting_staff as st')
          .innerJoin('app_user as u', 'u.id', 'st.user_id')
          .select((x) => x.fn.countAll<string>().as('n'))
          .where('st.setting_id', '=', eb.ref('s.id'))
          .where('u.active', '=', true)
          .as('staff'),
      ])
      .where('s.id', 'in', [...ids])
      .execute();
  }

  async record(
    tx: Database,
    notification: {
      id: string;
      incidentReference: string;
      occurredAt: Date;
      summary: string;
      recordedBy: string;
      recordedByAgencyId: string;
      recordedAt: Date;
      councilAgencyId: string;
    },
    children: readonly NewEncompassChild[],
    routes: readonly NewEncompassRoute[],
  ): Promise<void> {
    await tx
      .insertInto('encompass_notification')
      .values({
        id: notification.id,
        incident_reference: notification.incidentReference,
        occurred_at: notification.occurredAt,
        summary: notification.summary,
        recorded_by: notification.recordedBy,
        recorded_by_agency_id: notification.recordedByAgencyId,
        recorded_at: notification.recordedAt,
        council_agency_id: notification.councilAgencyId,
      })
      .execute();
    await tx
      .insertInto('encompass_child')
      .values(
        children.map((c) => ({
          id: c.id,
          notification_id: notification.id,
          position: c.position,
          first_name: c.firstName,
          last_name: c.lastName,
          date_of_birth: c.dateOfBirth,
          nhs_number: c.nhsNumber,
          unique_pupil_number: c.uniquePupilNumber,
          council_person_number: c.councilPersonNumber,
          person_id: c.personId,
          match_reason: c.matchReason,
          family_id: c.familyId,
          case_id: c.caseId,
          setting_id: c.settingId,
        })),
      )
      .execute();
    await tx
      .insertInto('encompass_route')
      .values(
        routes.map((r) => ({
          id: r.id,
          notification_id: notification.id,
          setting_id: r.settingId,
          with_council_contact: r.withCouncilContact,
          due_at: r.dueAt,
          stage: r.stage,
        })),
      )
      .execute();
  }

  private routes(db: Database, userId: string) {
    return db
      .selectFrom('encompass_route as r')
      .leftJoin('education_setting as s', 's.id', 'r.setting_id')
      .leftJoin('app_user as a', 'a.id', 'r.acknowledged_by')
      .leftJoin('app_user as p', 'p.id', 'r.passed_on_by')
      .select((eb) => [
        'r.id',
        'r.notification_id as notificationId',
        'r.setting_id as settingId',
        's.name as settingName',
        'r.with_council_contact as withCouncilContact',
        'r.due_at as dueAt',
        'r.stage',
        'r.first_read_at as firstReadAt',
        'r.acknowledged_at as acknowledgedAt',
        'a.display_name as acknowledgedByName',
        'r.response',
        'r.response_note as responseNote',
        'r.passed_on_at as passedOnAt',
        'p.display_name as passedOnByName',
        'r.passed_on_note as passedOnNote',
        'r.version',
        eb
          .exists(
            eb
              .selectFrom('education_setting_staff as st')
              .select('st.user_id')
              .whereRef('st.setting_id', '=', 'r.setting_id')
              .where('st.user_id', '=', userId),
          )
          .as('viewerIsStaff'),
      ])
      .$narrowType<{ stage: EncompassStage; response: EncompassResponse | null }>();
  }

  private notifications(userId: string) {
    const db = this.db.kysely;
    return db
      .selectFrom('encompass_notification as n')
      .innerJoin('app_user as u', 'u.id', 'n.recorded_by')
      .innerJoin('agency as g', 'g.id', 'n.recorded_by_agency_id')
      .select((eb) => [
        'n.id',
        'n.incident_reference as incidentReference',
        'n.occurred_at as occurredAt',
        'n.recorded_at as recordedAt',
        'u.display_name as recordedByName',
        'g.name as recordedByAgency',
        jsonArrayFrom(this.routes(db, userId).where('r.notification_id', '=', eb.ref('n.id')).orderBy('s.name')).as('routes'),
        eb
          .selectFrom('encompass_child as c')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('c.notification_id', '=', 'n.id')
          .as('childCount'),
      ]);
  }

  // Every notification the actor may read, newest first.
  list(userId: string, limit: number) {
    return this.notifications(userId).orderBy('n.recorded_at', 'desc').orderBy('n.id').limit(limit).execute();
  }

  byId(userId: string, id: string) {
    const db = this.db.kysely;
    return this.notifications(userId)
      .select((eb) => [
        'n.summary',
        jsonArrayFrom(
          db
            .selectFrom('encompass_child as c')
            .leftJoin('education_setting as s', 's.id', 'c.setting_id')
            .select([
              'c.id',
              'c.first_name as firstName',
              'c.last_name as lastName',
              'c.date_of_birth as dateOfBirth',
              'c.nhs_number as nhsNumber',
              'c.unique_pupil_number as uniquePupilNumber',
              'c.council_person_number as councilPersonNumber',
              'c.family_id as familyId',
              'c.setting_id as settingId',
              's.name as settingName',
            ])
            .where('c.notification_id', '=', eb.ref('n.id'))
            .orderBy('c.position'),
        ).as('children'),
      ])
      .where('n.id', '=', id)
      .executeTakeFirst();
  }

  // The first time the setting's DSL or a deputy opens it (row-level security: their own settings only).
  async markRead(tx: Database, notificationId: string, userId: string, at: Date): Promise<void> {
    await tx
      .updateTable('encompass_route')
      .set({ first_read_at: at })
      .where('notification_id', '=', notificationId)
      .where('first_read_at', 'is', null)
      .where('setting_id', 'in', (eb) => eb.selectFrom('education_setting_staff').select('setting_id').where('user_id', '=', userId))
      .execute();
  }

  route(userId: string, routeId: string) {
    return this.routes(this.db.kysely, userId).where('r.id', '=', routeId).executeTakeFirst();
  }

  // False when the route changed since `version` (or is not the actor's setting's).
  async acknowledge(
    tx: Database,
    routeId: string,
    version: number,
    ack: { by: string; at: Date; response: EncompassResponse; note: string | null },
  ): Promise<boolean> {
    const updated = await tx
      .updateTable('encompass_route')
      .set((eb) => ({
        stage: EncompassStage.ACKNOWLEDGED,
        acknowledged_at: ack.at,
        acknowledged_by: ack.by,
        response: ack.response,
        response_note: ack.note,
        first_read_at: eb.fn.coalesce('first_read_at', eb.val(ack.at)),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', routeId)
      .where('version', '=', version)
      .where('stage', 'in', [EncompassStage.AWAITING, EncompassStage.ESCALATED_TO_DEPUTIES, EncompassStage.ESCALATED_TO_COUNCIL])
      .executeTakeFirst();
    return updated.numUpdatedRows === 1n;
  }

  // The council's contact passed it on; false when the route changed since `version`, was passed
  // on already or is not one with the contact (row-level security: a front door officer only).
  async passOn(tx: Database, routeId: string, version: number, passed: { by: string; at: Date; note: string }): Promise<boolean> {
    const updated = await tx
      .updateTable('encompass_route')
      .set((eb) => ({
        passed_on_at: passed.at,
        passed_on_by: passed.by,
        passed_on_note: passed.note,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', routeId)
      .where('version', '=', version)
      .where('stage', '=', EncompassStage.WITH_COUNCIL_CONTACT)
      .where('passed_on_at', 'is', null)
      .executeTakeFirst();
    return updated.numUpdatedRows === 1n;
  }

  // For the impact figures: one row per route (council team only; none for anyone else).
  figures(from: string, to: string) {
    return this.db.kysely
      .selectFrom(
        sql<{
          notification_id: string;
          month: string;
          setting_name: string | null;
          recorded_at: Date;
          due_at: Date;
          first_read_at: Date | null;
          acknowledged_at: Date | null;
          escalated_to_deputies_at: Date | null;
          escalated_to_council_at: Date | null;
          with_council_contact: boolean;
        }>`eh_encompass_route_figures(${from}::date, ${to}::date)`.as('f'),
      )
      .selectAll()
      .execute();
  }
}

export type EncompassRecord = NonNullable<Awaited<ReturnType<EncompassRepository['byId']>>>;
export type EncompassListRow = Awaited<ReturnType<EncompassRepository['list']>>[number];
export type EncompassRouteRow = EncompassListRow['routes'][number];
