import { EncompassStage, SafeguardingRole } from '@eh/domain';
import { Database } from '../database/kysely';

// What the worker reads and changes for Operation Encompass (its grants, migration
// 1732300000044): routes, settings' staff and contact addresses, children's open cases (ids),
// and the children an escalation's ledger rows are about. Each statement takes its Kysely.
export const encompassDeliveryRepository = {
  routes(db: Database, notificationId: string) {
    return db
      .selectFrom('encompass_route as r')
      .leftJoin('education_setting as s', 's.id', 'r.setting_id')
      .select(['r.id', 'r.setting_id', 'r.with_council_contact', 'r.contact_emailed_at', 's.name', 's.contact_email', 's.in_council'])
      .where('r.notification_id', '=', notificationId)
      .execute();
  },

  // Active portal users who are a setting's DSL or deputies (all roles when none is given).
  staff(db: Database, settingIds: readonly string[], role?: SafeguardingRole) {
    if (settingIds.length === 0) return Promise.resolve([]);
    let query = db
      .selectFrom('education_setting_staff as st')
      .innerJoin('app_user as u', 'u.id', 'st.user_id')
      .select('u.id')
      .distinct()
      .where('st.setting_id', 'in', [...settingIds])
      .where('u.active', '=', true);
    if (role) query = query.where('st.role', '=', role);
    return query.execute();
  },

  // The council's Operation Encompass contact: its front-door officers.
  councilContacts(db: Database) {
    return db.selectFrom('app_user').select('id').where('role', '=', 'FRONT_DOOR_OFFICER').where('active', '=', true).execute();
  },

  // The lead practitioners of the children's cases still open.
  caseLeads(db: Database, notificationId: string) {
    return db
      .selectFrom('encompass_child as c')
      .innerJoin('early_help_case as k', 'k.id', 'c.case_id')
      .innerJoin('app_user as u', 'u.id', 'k.lead_practitioner_id')
      .select('u.id')
      .distinct()
      .where('c.notification_id', '=', notificationId)
      .where('k.status', 'in', ['AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE'])
      .where('u.active', '=', true)
      .execute();
  },

  async markContactEmailed(db: Database, routeId: string, at: Date): Promise<void> {
    await db
      .updateTable('encompass_route')
      .set({ contact_emailed_at: at })
      .where('id', '=', routeId)
      .where('contact_emailed_at', 'is', null)
      .execute();
  },

  // Routes due to move on at `now`, locked for this sweep (another sweep skips them).
  due(db: Database, now: Date, limit: number) {
    return db
      .selectFrom('encompass_route as r')
      .select((eb) => [
        'r.id',
        'r.notification_id',
        'r.setting_id',
        'r.due_at',
        'r.stage',
        eb
          .exists(
            eb
              .selectFrom('education_setting_staff as st')
              .innerJoin('app_user as u', 'u.id', 'st.user_id')
              .select('st.user_id')
              .whereRef('st.setting_id', '=', 'r.setting_id')
              .where('st.role', '=', SafeguardingRole.DEPUTY_DSL)
              .where('u.active', '=', true),
          )
          .as('has_deputies'),
      ])
      .where('r.stage', 'in', [EncompassStage.AWAITING, EncompassStage.ESCALATED_TO_DEPUTIES])
      .where('r.due_at', '<=', now)
      .orderBy('r.due_at')
      .limit(limit)
      .forUpdate('r')
      .skipLocked()
      .$narrowType<{ stage: EncompassStage }>()
      .execute();
  },

  async escalate(
    db: Database,
    routeId: string,
    stage: EncompassStage.ESCALATED_TO_DEPUTIES | EncompassStage.ESCALATED_TO_COUNCIL,
    at: Date,
  ): Promise<void> {
    await db
      .updateTable('encompass_route')
      .set((eb) => ({
        stage,
        ...(stage === EncompassStage.ESCALATED_TO_DEPUTIES ? { escalated_to_deputies_at: at } : { escalated_to_council_at: at }),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', routeId)
      .execute();
  },

  // The children a route is for (its setting's), with the notification's recorder: the ledger's facts.
  routeChildren(db: Database, routeId: string) {
    return db
      .selectFrom('encompass_route as r')
      .innerJoin('encompass_notification as n', 'n.id', 'r.notification_id')
      .innerJoin('encompass_child as c', (join) =>
        join
          .onRef('c.notification_id', '=', 'r.notification_id')
          .on((eb) => eb('c.setting_id', 'is not distinct from', eb.ref('r.setting_id'))),
      )
      .select([
        'c.family_id',
        'c.case_id',
        'c.person_id',
        'n.id as notification_id',
        'n.recorded_by',
        'n.recorded_by_agency_id',
        'n.council_agency_id',
      ])
      .where('r.id', '=', routeId)
      .execute();
  },
};
