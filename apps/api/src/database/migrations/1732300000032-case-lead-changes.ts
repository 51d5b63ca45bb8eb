import { MigrationInterface, QueryRunner } from 'typeorm';

// Changing a case's lead practitioner (issue 13).
//
// - `app_user.agency_manager`: a partner agency's manager (its designated safeguarding lead or
//   team manager), who allocates the agency's cases. Set by the FPT manager.
// - `case_transfer`: an offer to move a case to another agency. Until the receiving agency
//   accepts, the case keeps its lead; at most one offer is open per case.
// - The receiving agency cannot see the case (the one visibility rule is unchanged), so it reads
//   what it needs to decide through `eh_transfers_offered_to_actor()`, a narrow definer function
//   (case reference, family surname, number of children, who offered it and their note), and
//   accepts through `eh_accept_case_transfer()`, which moves the lead and the agency in one
//   statement's worth of work. Both are the API's alone and take the actor from the transaction.
// - `case_transfer.case_id` cascades on delete: the retention purge deletes a case as the worker,
//   which has no privilege on this table; referential actions run as the table's owner.

const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';
const OPEN = `('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')`;

export class CaseLeadChanges1732300000032 implements MigrationInterface {
  name = 'CaseLeadChanges1732300000032';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN agency_manager boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE case_transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        from_agency_id uuid NOT NULL REFERENCES agency(id),
        from_lead_id uuid NOT NULL REFERENCES app_user(id),
        to_agency_id uuid NOT NULL REFERENCES agency(id),
        to_practitioner_id uuid REFERENCES app_user(id),
        note text NOT NULL,
        offered_by uuid NOT NULL REFERENCES app_user(id),
        offered_at timestamptz NOT NULL DEFAULT now(),
        status varchar(20) NOT NULL DEFAULT 'OFFERED' CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decline_reason text,
        new_lead_id uuid REFERENCES app_user(id),
        CHECK (from_agency_id <> to_agency_id),
        CHECK ((status = 'OFFERED') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX case_transfer_one_open_idx ON case_transfer (case_id) WHERE status = 'OFFERED'`);
    await q.query(`CREATE INDEX case_transfer_to_agency_idx ON case_transfer (to_agency_id) WHERE status = 'OFFERED'`);
    await q.query(`ALTER TABLE case_transfer ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_transfer FORCE ROW LEVEL SECURITY`);
    // Those who see the case (the one rule) see its offers; the receiving agency sees the offer
    // row itself (ids and the offer's note), never the case.
    const using = '(eh_case_visible(case_id) OR to_agency_id = eh_actor_agency())';
    await q.query(`CREATE POLICY case_transfer_by_actor ON case_transfer FOR ALL TO eh_app USING (${using}) WITH CHECK (${using})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_transfer TO eh_app`);

    await q.query(`
      CREATE FUNCTION eh_transfers_offered_to_actor()
        RETURNS TABLE (transfer_id uuid, case_id uuid, family_id uuid, case_reference text, family_name text, children_count integer,
                       from_agency_name text, offered_by_name text, to_practitioner_id uuid, note text, offered_at timestamptz)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT t.id, c.id, c.family_id, c.reference::text,
               (SELECT p.last_name::text FROM person p WHERE p.family_id = c.family_id
                 GROUP BY p.last_name ORDER BY count(*) DESC, p.last_name LIMIT 1),
               (SELECT count(*)::integer FROM person p WHERE p.family_id = c.family_id AND p.role = 'CHILD'),
               a.name::text, u.display_name::text, t.to_practitioner_id, t.note, t.offered_at
          FROM case_transfer t
          JOIN early_help_case c ON c.id = t.case_id
          JOIN agency a ON a.id = t.from_agency_id
          JOIN app_user u ON u.id = t.offered_by
         WHERE t.status = 'OFFERED' AND t.to_agency_id = eh_actor_agency() AND NOT eh_actor_is_council_team()
         ORDER BY t.offered_at $$`);

    // Returns the case's id when the transfer was accepted; null when it was not (no longer
    // offered, not this actor's to accept, a new lead outside the agency, or the case moved on).
    await q.query(`
      CREATE FUNCTION eh_accept_case_transfer(p_transfer uuid, p_new_lead uuid) RETURNS uuid
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
          UPDATE early_help_case SET lead_agency_id = t.to_agency_id, lead_practitioner_id = p_new_lead, version = version + 1
           WHERE id = t.case_id;
          DELETE FROM case_professional WHERE case_id = t.case_id AND user_id = old_lead;
          INSERT INTO case_professional (case_id, user_id, role) VALUES (t.case_id, p_new_lead, 'Lead practitioner')
            ON CONFLICT (case_id, user_id) DO UPDATE SET role = 'Lead practitioner';
          UPDATE case_transfer SET status = 'ACCEPTED', decided_by = eh_actor_user(), decided_at = now(), new_lead_id = p_new_lead
           WHERE id = p_transfer;
          RETURN t.case_id;
        END $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_transfers_offered_to_actor(), eh_accept_case_transfer(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_transfers_offered_to_actor(), eh_accept_case_transfer(uuid, uuid) TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION eh_accept_case_transfer(uuid, uuid)`);
    await q.query(`DROP FUNCTION eh_transfers_offered_to_actor()`);
    await q.query(`DROP TABLE case_transfer`);
    await q.query(`ALTER TABLE app_user DROP COLUMN agency_manager`);
  }
}
