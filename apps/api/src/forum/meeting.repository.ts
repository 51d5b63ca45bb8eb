import { Injectable } from '@nestjs/common';
import { ExpressionBuilder, sql } from 'kysely';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import type { DB } from '../database/schema';
import { MeetingStatus } from './forum.models';

const MEETINGS_SHOWN = 60;

// What a meeting shows, with the number of items not declined.
function meetingColumns(eb: ExpressionBuilder<DB & { m: DB['forum_meeting'] }, 'm'>) {
  return [
    'm.id',
    'm.meets_on',
    sql<string>`to_char(m.starts_at, 'HH24:MI')`.as('starts_at'),
    'm.place',
    'm.online_link',
    'm.agenda_cutoff_days',
    'm.status',
    'm.published_at',
    'm.minutes_signed_off_at',
    'm.version',
    'm.current_item_id',
    eb
      .selectFrom('agenda_item as i')
      .select(sql<number>`count(*)::int`.as('n'))
      .whereRef('i.meeting_id', '=', 'm.id')
      .where('i.status', '<>', 'DECLINED')
      .$asScalar()
      .$notNull()
      .as('item_count'),
  ] as const;
}

// The Forum's meetings and who attended each. A change guarded by a version or a state says
// whether it happened.
@Injectable()
export class MeetingRepository {
  constructor(private readonly db: Db) {}

  one(id: string) {
    return this.db.kysely
      .selectFrom('forum_meeting as m')
      .select(meetingColumns)
      .where('m.id', '=', id)
      .$narrowType<{ status: MeetingStatus }>()
      .executeTakeFirst();
  }

  // Meetings from a date, soonest first.
  from(date: string) {
    return this.db.kysely
      .selectFrom('forum_meeting as m')
      .select(meetingColumns)
      .where('m.meets_on', '>=', date)
      .orderBy('m.meets_on')
      .limit(MEETINGS_SHOWN)
      .$narrowType<{ status: MeetingStatus }>()
      .execute();
  }

  // Meetings on these dates, soonest first.
  on(dates: readonly string[]) {
    return this.db.kysely
      .selectFrom('forum_meeting as m')
      .select(meetingColumns)
      .where('m.meets_on', 'in', [...dates])
      .orderBy('m.meets_on')
      .$narrowType<{ status: MeetingStatus }>()
      .execute();
  }

  async schedule(series: {
    dates: readonly string[];
    startsAt: string;
    place: string;
    onlineLink: string | null;
    agendaCutoffDays: number;
    createdBy: string;
  }): Promise<void> {
    if (series.dates.length === 0) return;
    await this.db.kysely
      .insertInto('forum_meeting')
      .values(
        series.dates.map((meetsOn) => ({
          meets_on: meetsOn,
          starts_at: series.startsAt,
          place: series.place,
          online_link: series.onlineLink,
          agenda_cutoff_days: series.agendaCutoffDays,
          created_by: series.createdBy,
        })),
      )
      .execute();
  }

  // Only a scheduled meeting still at `version` moves; false otherwise.
  async move(id: string, version: number, to: { meetsOn: string; startsAt: string; place: string }): Promise<boolean> {
    const result = await this.db.kysely
      .updateTable('forum_meeting')
      .set((eb) => ({ meets_on: to.meetsOn, starts_at: to.startsAt, place: to.place, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', MeetingStatus.SCHEDULED)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // A meeting still at `version` and in state `from` moves to `to` (stamping when it started or
  // was held); false otherwise.
  async transition(tx: Database, id: string, version: number, from: MeetingStatus, to: MeetingStatus): Promise<boolean> {
    const result = await tx
      .updateTable('forum_meeting')
      .set((eb) => ({
        status: to,
        version: eb('version', '+', 1),
        started_at: to === MeetingStatus.IN_SESSION ? eb.fn('now') : eb.ref('started_at'),
        held_at: to === MeetingStatus.HELD ? eb.fn('now') : eb.ref('held_at'),
        // Only a meeting in session is on an item.
        current_item_id: null,
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', from)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The chair takes the meeting (still at `version`, in session) to an item of its own agenda, or
  // to none; false otherwise.
  async takeItem(tx: Database, id: string, version: number, itemId: string | null): Promise<boolean> {
    const result = await tx
      .updateTable('forum_meeting')
      .set((eb) => ({ current_item_id: itemId, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', MeetingStatus.IN_SESSION)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async markPublished(tx: Database, id: string): Promise<void> {
    await tx
      .updateTable('forum_meeting')
      .set((eb) => ({ published_at: eb.fn('now'), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  // The chair's sign-off, which publishes the minutes: only of a held meeting still at `version`;
  // false otherwise.
  async signOffMinutes(tx: Database, id: string, version: number, by: string): Promise<boolean> {
    const result = await tx
      .updateTable('forum_meeting')
      .set((eb) => ({
        minutes_signed_off_at: eb.fn('now'),
        minutes_signed_off_by: by,
        status: MeetingStatus.MINUTES_PUBLISHED,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', MeetingStatus.HELD)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // Who came from each agency, by agency name and then attendee name.
  attendance(meetingId: string) {
    return this.db.kysely
      .selectFrom('forum_attendance as f')
      .innerJoin('agency as a', 'a.id', 'f.agency_id')
      .select(['a.id as agency_id', 'a.name as agency_name', 'a.agency_type', 'f.attendee_name'])
      .where('f.meeting_id', '=', meetingId)
      .orderBy('a.name')
      .orderBy('a.id')
      .orderBy('f.attendee_name')
      .execute();
  }

  // An agency's attendees replace those recorded before.
  async replaceAttendance(tx: Database, meetingId: string, agencyId: string, names: readonly string[]): Promise<void> {
    await tx.deleteFrom('forum_attendance').where('meeting_id', '=', meetingId).where('agency_id', '=', agencyId).execute();
    if (names.length === 0) return;
    await tx
      .insertInto('forum_attendance')
      .values(names.map((name) => ({ meeting_id: meetingId, agency_id: agencyId, attendee_name: name })))
      .execute();
  }

  // The calendar feed's meetings: dates and places only, cancelled ones included.
  forCalendar(from: string) {
    return this.db.kysely
      .selectFrom('forum_meeting as m')
      .select(['m.id', 'm.meets_on', sql<string>`to_char(m.starts_at, 'HH24:MI')`.as('starts_at'), 'm.place', 'm.status'])
      .where('m.meets_on', '>=', from)
      .orderBy('m.meets_on')
      .execute();
  }
}

export type MeetingRecord = NonNullable<Awaited<ReturnType<MeetingRepository['one']>>>;
