import { sql } from 'kysely';
import { Role } from '@eh/domain';
import { NotificationKind } from '@eh/notifications';
import { Database } from '../database/kysely';

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL_NOW = 'EMAIL_NOW',
  DAILY_DIGEST = 'DAILY_DIGEST',
}

export interface Reader {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: Role;
  readonly today: string;
}

// Notifications, written by the worker and read in the inbox, and how each person wants to
// hear of each kind. Every statement takes the Kysely it runs on: the request's (the inbox,
// preferences) or the worker's.
export const notificationRepository = {
  // The unread count and the newest notifications in one statement, so the count and the list
  // come from the same moment. Whether each case may still be seen is the one visibility rule,
  // asked for the listed rows only.
  inbox(db: Database, reader: Reader, limit: number) {
    const { userId, agencyId, role, today } = reader;
    return db
      .with('unread', (q) =>
        q
          .selectFrom('notification')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('user_id', '=', userId)
          .where('read_at', 'is', null),
      )
      .selectFrom('unread as u')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('notification as n')
            .leftJoin('referral as r', (join) => join.on('n.entity_type', '=', 'REFERRAL').onRef('r.id', '=', 'n.entity_id'))
            .leftJoin('early_help_case as c', (join) => join.on('n.entity_type', '=', 'CASE').onRef('c.id', '=', 'n.entity_id'))
            .select([
              'n.id',
              'n.kind',
              'n.entity_type',
              'n.entity_id',
              'n.created_at',
              'n.read_at',
              sql<string | null>`coalesce(r.reference, c.reference)`.as('reference'),
            ])
            .where('n.user_id', '=', userId)
            .orderBy('n.created_at', 'desc')
            .orderBy('n.id', 'desc')
            .limit(limit)
            .as('x'),
        (join) => join.onTrue(),
      )
      .select([
        'u.n as unread',
        'x.id',
        'x.kind',
        'x.entity_type',
        'x.entity_id',
        'x.created_at',
        'x.read_at',
        'x.reference',
        sql<
          boolean | null
        >`CASE WHEN x.entity_type = 'CASE' THEN eh_case_visible_to(x.entity_id, ${userId}::uuid, ${agencyId}::uuid, ${role}, ${today}::date) END`.as(
          'case_visible',
        ),
      ])
      .execute();
  },

  markRead(db: Database, userId: string, id: string | null) {
    let update = db
      .updateTable('notification')
      .set({ read_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (id !== null) update = update.where('id', '=', id);
    return update.execute();
  },

  // One row per person, kind, record and event: delivering a job again writes nothing new, and
  // answers only the rows this statement wrote.
  insert(db: Database, userIds: readonly string[], kind: NotificationKind, entityType: string, entityId: string, eventKey: string) {
    return db
      .insertInto('notification')
      .columns(['user_id', 'kind', 'entity_type', 'entity_id', 'event_key'])
      .expression(
        db.selectNoFrom([
          sql<string>`unnest(${[...userIds]}::uuid[])`.as('user_id'),
          sql<string>`${kind}`.as('kind'),
          sql<string>`${entityType}`.as('entity_type'),
          sql<string>`${entityId}::uuid`.as('entity_id'),
          sql<string>`${eventKey}`.as('event_key'),
        ]),
      )
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'user_id'])
      .execute();
  },

  // Those of these notifications whose person chose "email now" for the kind.
  emailNow(db: Database, notificationIds: readonly string[]) {
    return db
      .selectFrom('notification as n')
      .innerJoin('notification_preference as p', (join) =>
        join.onRef('p.user_id', '=', 'n.user_id').onRef('p.kind', '=', 'n.kind').on('p.channel', '=', NotificationChannel.EMAIL_NOW),
      )
      .select('n.id')
      .where('n.id', 'in', [...notificationIds])
      .orderBy('n.id')
      .execute();
  },

  // Claims for `minutes` those of these notifications still to be emailed (active people only,
  // not emailed, not claimed by another run whose claim still holds), with where to send each.
  claimForEmail(db: Database, notificationIds: readonly string[], minutes: number) {
    return db
      .updateTable('notification as n')
      .from('app_user as u')
      .set({ email_claimed_until: sql`now() + make_interval(mins => ${minutes})` })
      .whereRef('u.id', '=', 'n.user_id')
      .where('u.active', '=', true)
      .where('n.id', 'in', [...notificationIds])
      .where('n.emailed_at', 'is', null)
      .where((eb) => eb.or([eb('n.email_claimed_until', 'is', null), eb('n.email_claimed_until', '<', sql<Date>`now()`)]))
      .returning(['n.id', 'u.email'])
      .execute();
  },

  // Gives back the claim on emails that could not be sent, for the next run to try.
  releaseEmailClaims(db: Database, notificationIds: readonly string[]) {
    return db
      .updateTable('notification')
      .set({ email_claimed_until: null })
      .where('id', 'in', [...notificationIds])
      .where('emailed_at', 'is', null)
      .execute();
  },

  // How many of these notifications another run is emailing now (claimed, not yet emailed).
  async emailsInFlight(db: Database, notificationIds: readonly string[]) {
    const row = await db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('id', 'in', [...notificationIds])
      .where('emailed_at', 'is', null)
      .where('email_claimed_until', '>=', sql<Date>`now()`)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  markEmailed(db: Database, notificationIds: readonly string[]) {
    return db
      .updateTable('notification')
      .set({ emailed_at: sql`now()`, email_claimed_until: null })
      .where('id', 'in', [...notificationIds])
      .execute();
  },

  // Unread, unemailed notifications of people who chose the daily digest, by person and kind.
  digest(db: Database) {
    return db
      .selectFrom('notification as n')
      .innerJoin('notification_preference as p', (join) =>
        join.onRef('p.user_id', '=', 'n.user_id').onRef('p.kind', '=', 'n.kind').on('p.channel', '=', NotificationChannel.DAILY_DIGEST),
      )
      .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 'n.user_id').on('u.active', '=', true))
      .select(['n.user_id', 'u.email', 'n.kind', sql<string[]>`array_agg(n.id)::text[]`.as('ids')])
      .where('n.emailed_at', 'is', null)
      .where('n.read_at', 'is', null)
      .groupBy(['n.user_id', 'u.email', 'n.kind'])
      .orderBy('n.user_id')
      .orderBy('n.kind')
      .execute();
  },

  preferences(db: Database, userId: string) {
    return db.selectFrom('notification_preference').select(['kind', 'channel']).where('user_id', '=', userId).execute();
  },

  choose(db: Database, userId: string, kind: NotificationKind, channel: NotificationChannel) {
    return db
      .insertInto('notification_preference')
      .values({ user_id: userId, kind, channel })
      .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ channel: (eb) => eb.ref('excluded.channel') }))
      .execute();
  },
};

// Who is told, asked at delivery: people who have left are not found, and case updates go only
// to those who may still see the case on the London date of the portal's clock.
export const recipientRepository = {
  // Active people of the agency that made a decided referral; the partner who made it in the
  // portal hears of it as theirs (referralMaker), not twice.
  referrerAgency(db: Database, referralId: string) {
    return db
      .selectFrom('referral as r')
      .innerJoin('app_user as u', 'u.agency_id', 'r.referrer_agency_id')
      .select('u.id')
      .where('r.id', '=', referralId)
      .where('r.status', '=', 'DECIDED')
      .where('u.active', '=', true)
      .where((eb) => eb.or([eb('r.made_by_partner', '=', false), eb('u.id', '<>', eb.ref('r.recorded_by'))]))
      .execute();
  },

  // The partner who made a decided referral in the portal, if still active.
  referralMaker(db: Database, referralId: string) {
    return db
      .selectFrom('referral as r')
      .innerJoin('app_user as u', 'u.id', 'r.recorded_by')
      .select('u.id')
      .where('r.id', '=', referralId)
      .where('r.status', '=', 'DECIDED')
      .where('r.made_by_partner', '=', true)
      .where('u.active', '=', true)
      .execute();
  },

  // The case's lead practitioner, if still this person and active.
  lead(db: Database, caseId: string, leadPractitionerId: string) {
    return db
      .selectFrom('early_help_case as c')
      .innerJoin('app_user as u', 'u.id', 'c.lead_practitioner_id')
      .select('u.id')
      .where('c.id', '=', caseId)
      .where('u.id', '=', leadPractitionerId)
      .where('u.active', '=', true)
      .execute();
  },

  // The lead practitioner (for the lead agency) and every active person of the other agencies
  // an alert was shared with.
  alert(db: Database, alertId: string) {
    return db
      .selectFrom('sharing_record as r')
      .innerJoin('sharing_alert as a', 'a.id', 'r.alert_id')
      .leftJoin('early_help_case as c', 'c.id', 'a.case_id')
      .innerJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'r.agency_id').on('u.active', '=', true))
      .select('u.id')
      .distinct()
      .where('r.alert_id', '=', alertId)
      .where((eb) => eb.or([eb('r.basis', '<>', 'LEAD_AGENCY'), eb('u.id', '=', eb.ref('c.lead_practitioner_id'))]))
      .execute();
  },

  // Those of these people, still active, who may see the case today (the one visibility rule,
  // asked through eh_case_recipients: the worker may not read a case's consents or named people).
  maySeeCase(db: Database, caseId: string, userIds: readonly string[], today: string) {
    return db
      .selectFrom(sql<{ id: string }>`eh_case_recipients(${caseId}::uuid, ${[...userIds]}::uuid[], ${today}::date)`.as('r'))
      .select('r.id')
      .execute();
  },

  activeManagers(db: Database) {
    return db.selectFrom('app_user').select('id').where('role', '=', 'FPT_MANAGER').where('active', '=', true).execute();
  },
};

// What the daily reminders are worked out from: every open case of the council's early help
// (partner-led at level 2, the Family Casework Team's at level 3): its dates, its plan
// and its last team-around-the-family review; and Forum actions past their date.
export const reminderRepository = {
  openCases(db: Database) {
    return db
      .selectFrom('early_help_case as c')
      .leftJoin('my_family_plan as p', 'p.case_id', 'c.id')
      .leftJoin('case_next_review as nr', 'nr.case_id', 'c.id')
      .select([
        'c.id',
        'c.status',
        'c.first_contact_due',
        'c.my_family_plan_due',
        'c.lead_practitioner_id',
        'c.maintenance_started_on',
        'p.status as plan_status',
        'nr.next_review_on',
      ])
      .where('c.level', 'in', [2, 3])
      .where('c.status', 'in', ['AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE'])
      .execute();
  },

  // Maintenance reviews recorded as held or missed, by case: no reminder for those dates.
  recordedMaintenanceReviews(db: Database) {
    return db.selectFrom('maintenance_review').select(['case_id', 'due_on']).execute();
  },

  overdueActions(db: Database, today: string) {
    return db
      .selectFrom('forum_action')
      .select(['id', 'case_id', 'owner_id', 'due_on'])
      .where('done_on', 'is', null)
      .where('due_on', '<', today)
      .execute();
  },
};
