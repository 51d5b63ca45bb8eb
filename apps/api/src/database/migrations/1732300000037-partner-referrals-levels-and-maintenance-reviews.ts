import { MigrationInterface, QueryRunner } from 'typeorm';

// Partners refer, levels of need both ways, and maintenance reviews recorded (issue 13, parts 9,
// 6 and 7).
//
// - `referral.made_by_partner`: made in the portal by a partner practitioner (not typed in by the
//   front door); `consent_on`: the date the family agreed to the referral; `safeguarding_basis`:
//   made without the family's consent because of a safeguarding concern (the only ground on which
//   a partner may refer without it; the reason is the existing `consent_note`); `family_words`:
//   the concerns as the family put them, kept apart from the referrer's account.
// - A partner's referral creates the family as the partner described them. The family row must
//   be written before the referral that makes it visible to the partner, so a partner may insert a
//   family row (the id chosen by the API, no RETURNING) that nobody but the council sees until its
//   referral exists; reading, changing and deleting families are unchanged.
// - The worker may read who made a referral (`recorded_by`, `made_by_partner`) to tell them of
//   the decision (MY_REFERRAL_DECIDED).
// - `maintenance_review`: each of the 1, 3, 6 and 12 month reviews of a case in maintenance,
//   recorded as held or missed once. Rows follow the case (the one visibility rule); the worker
//   reads which dates are recorded (ids and dates only) for the daily reminders. The case id
//   cascades on delete: the retention purge deletes a case as the worker, and referential
//   actions run as the table's owner.

// Levels of need both ways (part 6):
// - `agency.family_casework`: the council's Family Casework Team, which holds level 3 cases. For
//   the one visibility rule it is an agency like any other: its practitioners see the cases it
//   leads; FPT staff still see level 2 only (the rule is unchanged).
// - `eh_step_up_to_family_casework()`: the front door accepts a step-up handover (agreed at the
//   Forum or by the urgent route) for the Family Casework Team, naming the caseworker who will
//   lead: the case becomes level 3 in one step, never without a lead. The front door cannot write
//   a level 3 case (it would no longer see it), so this narrow definer function does it. The
//   partner who led stays on the case as a named professional, so the family's team keeps them.
// - `case_transfer.to_level`: a step-down from level 3 is an offer to a partner agency (accepted
//   or declined like any transfer); `eh_accept_case_transfer()` now sets the level it names.
// - `early_help_case.history_summary`: a case stepped down from children's social care arrives
//   with its history; the front door holds it until a partner agency accepts the offer.
// - `case_level_change`: each movement (step up to 3, step down from 3, step down from social
//   care), counted by the impact figures through `eh_level_movements()` (council team only; it
//   returns counts, never a case).
const OPEN = `('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')`;
const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';

const ACCEPT_TRANSFER = (withLevel: boolean) => `
      CREATE OR REPLACE FUNCTION eh_accept_case_transfer(p_transfer uuid, p_new_lead uuid) RETURNS uuid
        LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
        DECLARE
          t case_transfer;
          old_lead uuid;
        BEGIN
          SELECT * INTO t FROM case_transfer
           WHERE id = p_transfer AND status = 'OFFERED' AND to_agency_id = eh_actor_agency() FOR UPDATE;
          IF NOT FOUND THEN RETURN NULL; END IF;
          IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = eh_actor_user() AND u.active AND u.agency_id = t.to_agency_id
                           AND (u.agency_manager OR u.id = t.to_practitioner_id)) THEN RETURN NULL; END IF;
          IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_new_lead AND u.active AND u.role = 'PRACTITIONER'
                           AND u.agency_id = t.to_agency_id) THEN RETURN NULL; END IF;
          SELECT c.lead_practitioner_id INTO old_lead FROM early_help_case c
           WHERE c.id = t.case_id AND c.lead_agency_id = t.from_agency_id AND c.status IN ${OPEN} FOR UPDATE;
          IF NOT FOUND THEN RETURN NULL; END IF;
          UPDATE early_help_case SET lead_agency_id = t.to_agency_id, lead_practitioner_id = p_new_lead, version = version + 1${
            withLevel ? ', level = coalesce(t.to_level, level)' : ''
          }
           WHERE id = t.case_id;
          DELETE FROM case_professional WHERE case_id = t.case_id AND user_id = old_lead;
          INSERT INTO case_professional (case_id, user_id, role) VALUES (t.case_id, p_new_lead, 'Lead practitioner')
            ON CONFLICT (case_id, user_id) DO UPDATE SET role = 'Lead practitioner';
          UPDATE case_transfer SET status = 'ACCEPTED', decided_by = eh_actor_user(), decided_at = now(), new_lead_id = p_new_lead
           WHERE id = p_transfer;${
             withLevel
               ? `
          IF t.to_level IS NOT NULL THEN
            INSERT INTO case_level_change (case_id, movement, from_level, to_level, changed_on, recorded_by)
            VALUES (t.case_id, 'STEP_DOWN_FROM_LEVEL_3', 3, t.to_level, eh_actor_today(), eh_actor_user());
          END IF;`
               : ''
           }
          RETURN t.case_id;
        END $$`;

// Redefined by migration 1732300000040 to record the agency that led the case at level 2.
export const STEP_UP_TO_FAMILY_CASEWORK = (withAgency: boolean) => `
      ${withAgency ? 'CREATE OR REPLACE' : 'CREATE'} FUNCTION eh_step_up_to_family_casework(p_handover uuid, p_new_lead uuid) RETURNS uuid
        LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
        DECLARE
          h handover;
          new_agency uuid;
          old_lead uuid;${withAgency ? '\n          old_agency uuid;' : ''}
        BEGIN
          IF NOT eh_actor_is_council_team() THEN RETURN NULL; END IF;
          SELECT * INTO h FROM handover WHERE id = p_handover AND accepted_at IS NULL AND to_team = 'FAMILY_CASEWORK' FOR UPDATE;
          IF NOT FOUND THEN RETURN NULL; END IF;
          SELECT u.agency_id INTO new_agency FROM app_user u JOIN agency a ON a.id = u.agency_id
           WHERE u.id = p_new_lead AND u.active AND u.role = 'PRACTITIONER' AND a.family_casework;
          IF NOT FOUND THEN RETURN NULL; END IF;
          SELECT c.lead_practitioner_id${withAgency ? ', c.lead_agency_id' : ''} INTO old_lead${withAgency ? ', old_agency' : ''} FROM early_help_case c
           WHERE c.id = h.case_id AND c.level = 2 AND c.status IN ${OPEN} FOR UPDATE;
          IF NOT FOUND THEN RETURN NULL; END IF;
          UPDATE early_help_case SET level = 3, lead_agency_id = new_agency, lead_practitioner_id = p_new_lead, version = version + 1
           WHERE id = h.case_id;
          UPDATE case_professional SET role = 'Lead practitioner before the step up' WHERE case_id = h.case_id AND user_id = old_lead;
          INSERT INTO case_professional (case_id, user_id, role) VALUES (h.case_id, p_new_lead, 'Lead practitioner')
            ON CONFLICT (case_id, user_id) DO UPDATE SET role = 'Lead practitioner';
          UPDATE handover SET accepted_at = now(), accepted_by = eh_actor_user() WHERE id = p_handover;
          INSERT INTO case_level_change (case_id, movement, from_level, to_level, route, changed_on, recorded_by${withAgency ? ', agency_id' : ''})
          VALUES (h.case_id, 'STEP_UP_TO_LEVEL_3', 2, 3, h.route, eh_actor_today(), eh_actor_user()${withAgency ? ', old_agency' : ''});
          RETURN h.case_id;
        END $$`;

// Council-wide; migration 1732300000040 replaces it with one within the impact figures' filters.
export const LEVEL_MOVEMENTS = `
      CREATE FUNCTION eh_level_movements(p_from date, p_to date) RETURNS TABLE (month text, movement text, cases integer)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT to_char(m.changed_on, 'YYYY-MM'), m.movement::text, count(*)::integer
          FROM case_level_change m
         WHERE eh_actor_is_council_team() AND m.changed_on BETWEEN p_from AND p_to
         GROUP BY 1, 2 ORDER BY 1, 2 $$`;

export class PartnerReferralsLevelsAndMaintenanceReviews1732300000037 implements MigrationInterface {
  name = 'PartnerReferralsLevelsAndMaintenanceReviews1732300000037';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        ADD COLUMN made_by_partner boolean NOT NULL DEFAULT false,
        ADD COLUMN consent_on date,
        ADD COLUMN safeguarding_basis boolean NOT NULL DEFAULT false,
        ADD COLUMN family_words text`);
    await q.query(`CREATE INDEX referral_recorded_by_idx ON referral (recorded_by, received_at DESC)`);
    // The worker tells the partner who made a referral of its decision: it reads who made it.
    await q.query(`GRANT SELECT (recorded_by, made_by_partner) ON referral TO eh_worker`);
    await q.query(`CREATE POLICY family_partner_referral ON family FOR INSERT TO eh_app WITH CHECK (eh_actor_agency() IS NOT NULL)`);

    await q.query(`
      CREATE TABLE maintenance_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        due_on date NOT NULL,
        months integer NOT NULL CHECK (months IN (1, 3, 6, 12)),
        outcome varchar(10) NOT NULL CHECK (outcome IN ('HELD', 'MISSED')),
        recorded_on date NOT NULL,
        note text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, due_on)
      )`);
    await q.query(`ALTER TABLE maintenance_review ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE maintenance_review FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY maintenance_review_by_actor ON maintenance_review FOR ALL TO eh_app USING (eh_case_visible(case_id)) WITH CHECK (eh_case_visible(case_id))`,
    );
    await q.query(`REVOKE UPDATE, DELETE ON maintenance_review FROM eh_app`);
    await q.query(`GRANT SELECT, INSERT ON maintenance_review TO eh_app`);
    await q.query(`REVOKE ALL ON maintenance_review FROM eh_worker`);
    await q.query(`GRANT SELECT (case_id, due_on) ON maintenance_review TO eh_worker`);
    await q.query(`CREATE POLICY maintenance_review_worker_read ON maintenance_review FOR SELECT TO eh_worker USING (true)`);

    await q.query(`ALTER TABLE agency ADD COLUMN family_casework boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE case_transfer ADD COLUMN to_level smallint CHECK (to_level = 2)`);
    await q.query(`ALTER TABLE early_help_case ADD COLUMN history_summary text`);
    await q.query(`
      CREATE TABLE case_level_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        movement varchar(30) NOT NULL CHECK (movement IN ('STEP_UP_TO_LEVEL_3', 'STEP_DOWN_FROM_LEVEL_3', 'STEP_DOWN_FROM_SOCIAL_CARE')),
        from_level smallint NOT NULL CHECK (from_level BETWEEN 2 AND 4),
        to_level smallint NOT NULL CHECK (to_level BETWEEN 2 AND 3),
        route varchar(30) CHECK (route IN ('FORUM', 'URGENT_SAFEGUARDING')),
        changed_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_level_change_on_idx ON case_level_change (changed_on)`);
    await q.query(`ALTER TABLE case_level_change ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_level_change FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY case_level_change_by_actor ON case_level_change FOR ALL TO eh_app USING (eh_case_visible(case_id)) WITH CHECK (eh_case_visible(case_id))`,
    );
    await q.query(`REVOKE UPDATE, DELETE ON case_level_change FROM eh_app`);
    await q.query(`REVOKE ALL ON case_level_change FROM eh_worker`);

    await q.query(ACCEPT_TRANSFER(true));
    await q.query(STEP_UP_TO_FAMILY_CASEWORK(false));
    await q.query(LEVEL_MOVEMENTS);
    await q.query(`REVOKE ALL ON FUNCTION eh_step_up_to_family_casework(uuid, uuid), eh_level_movements(date, date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_step_up_to_family_casework(uuid, uuid), eh_level_movements(date, date) TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION eh_level_movements(date, date)`);
    await q.query(`DROP FUNCTION eh_step_up_to_family_casework(uuid, uuid)`);
    await q.query(ACCEPT_TRANSFER(false));
    await q.query(`DROP TABLE case_level_change`);
    await q.query(`ALTER TABLE early_help_case DROP COLUMN history_summary`);
    await q.query(`ALTER TABLE case_transfer DROP COLUMN to_level`);
    await q.query(`ALTER TABLE agency DROP COLUMN family_casework`);
    await q.query(`DROP TABLE maintenance_review`);
    await q.query(`DROP POLICY family_partner_referral ON family`);
    await q.query(`DROP INDEX referral_recorded_by_idx`);
    await q.query(`REVOKE SELECT (recorded_by, made_by_partner) ON referral FROM eh_worker`);
    await q.query(`
      ALTER TABLE referral DROP COLUMN made_by_partner, DROP COLUMN consent_on, DROP COLUMN safeguarding_basis, DROP COLUMN family_words`);
  }
}
