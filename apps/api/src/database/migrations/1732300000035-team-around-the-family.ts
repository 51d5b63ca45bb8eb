import { MigrationInterface, QueryRunner } from 'typeorm';

// The team around the family (issue 13, part 1).
//
// - `case_professional.joined_on_consent`: a member who joined on the family's consent to share
//   with their agency. The one visibility rule no longer lets such a naming stand on its own: the
//   member sees the case while the consent is current (or their agency leads it), and loses it at
//   once when it is withdrawn. Members named on a recorded lawful basis, the lead, and every
//   naming made before this migration keep the case by being named.
// - `case_team_invitation`: every invitation and what became of it (invited, accepted, declined,
//   withdrawn, left, removed), so former members are known. At most one open invitation or
//   standing membership per person and case.
// - The invited person cannot see the case until they accept, so they read what they need to
//   decide through `eh_team_invitations_for_actor()` (the case reference, the family's surname
//   initial, who invited them, the role) and accept through `eh_accept_team_invitation()`, which
//   names them on the case. Both take the actor from the transaction.
// - `plan_section_assignment`: which member the lead asked to write which section of the plan.
// - `case_review.attendance`: who attended a team meeting and who sent apologies.
// - Tables cascade on delete from their case or plan: the retention purge deletes as the worker,
//   which holds nothing on them; referential actions run as the tables' owner.

const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';
const FUNCTIONS =
  'eh_team_invitations_for_actor(), eh_accept_team_invitation(uuid, integer), eh_decline_team_invitation(uuid, integer, text, text)';
const OPEN = `('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')`;

const RULE = (namedBranch: string) => `
  CREATE OR REPLACE FUNCTION eh_visible_case_ids(p_user uuid, p_agency uuid, p_role text, p_today date)
  RETURNS TABLE (case_id uuid) LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.id FROM early_help_case c
     WHERE eh_is_council_team_role(p_role) AND c.level = 2
    UNION
    SELECT c.id FROM early_help_case c
     WHERE NOT eh_is_council_team_role(p_role) AND c.lead_agency_id = p_agency
    UNION
    SELECT cp.case_id FROM case_professional cp
     WHERE NOT eh_is_council_team_role(p_role) AND cp.user_id = p_user${namedBranch}
    UNION
    SELECT k.case_id FROM consent k
     WHERE NOT eh_is_council_team_role(p_role) AND k.agency_ids @> ARRAY[p_agency]
       AND k.given_on <= p_today AND (k.withdrawn_on IS NULL OR k.withdrawn_on > p_today) $$`;

const OWN_ROWS_BEFORE = 'NOT eh_actor_is_council_team() AND user_id = eh_actor_user()';
const CASE_ROW = 'EXISTS (SELECT 1 FROM early_help_case c WHERE c.id = case_professional.case_id)';

export class TeamAroundTheFamily1732300000035 implements MigrationInterface {
  name = 'TeamAroundTheFamily1732300000035';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_professional ADD COLUMN joined_on_consent boolean NOT NULL DEFAULT false`);
    // The rule: a naming made on consent adds nothing to the consent branch below it.
    await q.query(RULE(' AND NOT cp.joined_on_consent'));
    // A partner's own naming shows them the row only where it stands on its own (the property
    // test checks the rows of a case the actor may not see stay hidden).
    await q.query(
      `ALTER POLICY case_professional_by_actor ON case_professional USING ((${OWN_ROWS_BEFORE} AND NOT joined_on_consent) OR ${CASE_ROW})`,
    );

    await q.query(`
      CREATE TABLE case_team_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        invitee_id uuid NOT NULL REFERENCES app_user(id),
        invitee_agency_id uuid NOT NULL REFERENCES agency(id),
        role varchar(120) NOT NULL,
        basis varchar(20) NOT NULL CHECK (basis IN ('CONSENT', 'LAWFUL_BASIS')),
        lawful_basis varchar(40) CHECK (lawful_basis IN ('SAFEGUARDING', 'PUBLIC_TASK', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS')),
        lawful_basis_reason text,
        invited_by uuid NOT NULL REFERENCES app_user(id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        status varchar(20) NOT NULL DEFAULT 'INVITED'
          CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'LEFT', 'REMOVED')),
        decided_at timestamptz,
        decline_reason text,
        ended_at timestamptz,
        ended_by uuid REFERENCES app_user(id),
        end_reason text,
        version integer NOT NULL DEFAULT 1,
        CHECK ((basis = 'LAWFUL_BASIS') = (lawful_basis IS NOT NULL AND lawful_basis_reason IS NOT NULL)),
        CHECK ((status = 'INVITED') = (decided_at IS NULL)),
        CHECK ((status IN ('LEFT', 'REMOVED')) = (ended_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX case_team_invitation_one_standing_idx ON case_team_invitation (case_id, invitee_id) WHERE status IN ('INVITED', 'ACCEPTED')`,
    );
    await q.query(`CREATE INDEX case_team_invitation_invitee_idx ON case_team_invitation (invitee_id) WHERE status = 'INVITED'`);
    await q.query(`ALTER TABLE case_team_invitation ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_team_invitation FORCE ROW LEVEL SECURITY`);
    // Those who see the case (the one rule) see its team's history; the invited person sees their
    // own invitation rows, never the case through them.
    const invitation = '(eh_case_visible(case_id) OR invitee_id = eh_actor_user())';
    await q.query(
      `CREATE POLICY case_team_invitation_by_actor ON case_team_invitation FOR ALL TO eh_app USING (${invitation}) WITH CHECK (${invitation})`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_team_invitation TO eh_app`);

    await q.query(`
      CREATE TABLE plan_section_assignment (
        plan_id uuid NOT NULL REFERENCES my_family_plan(id) ON DELETE CASCADE,
        section_key varchar(100) NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id),
        assigned_by uuid NOT NULL REFERENCES app_user(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, section_key)
      )`);
    await q.query(`ALTER TABLE plan_section_assignment ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE plan_section_assignment FORCE ROW LEVEL SECURITY`);
    const planRows = 'EXISTS (SELECT 1 FROM my_family_plan p WHERE p.id = plan_section_assignment.plan_id)';
    await q.query(
      `CREATE POLICY plan_section_assignment_by_actor ON plan_section_assignment FOR ALL TO eh_app USING (${planRows}) WITH CHECK (${planRows})`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON plan_section_assignment TO eh_app`);

    await q.query(`ALTER TABLE case_review ADD COLUMN attendance jsonb NOT NULL DEFAULT '[]'`);

    await q.query(`
      CREATE FUNCTION eh_team_invitations_for_actor()
        RETURNS TABLE (invitation_id uuid, case_id uuid, family_id uuid, case_reference text, family_initial text, role text,
                       basis text, lawful_basis text, invited_by_name text, invited_by_agency text, invited_at timestamptz, version integer)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT i.id, c.id, c.family_id, c.reference::text,
               (SELECT upper(left(p.last_name, 1)) FROM person p WHERE p.family_id = c.family_id
                 GROUP BY p.last_name ORDER BY count(*) DESC, p.last_name LIMIT 1),
               i.role::text, i.basis::text, i.lawful_basis::text, u.display_name::text, a.name::text, i.invited_at, i.version
          FROM case_team_invitation i
          JOIN early_help_case c ON c.id = i.case_id
          JOIN app_user u ON u.id = i.invited_by
          JOIN agency a ON a.id = u.agency_id
         WHERE i.status = 'INVITED' AND i.invitee_id = eh_actor_user() AND NOT eh_actor_is_council_team()
         ORDER BY i.invited_at $$`);

    // Returns the case's id when the invitation was accepted; null when it was not (no longer
    // open, not the actor's, at another version, the case no longer led, or, on consent, the
    // family's consent for the invitee's agency no longer current).
    await q.query(`
      CREATE FUNCTION eh_accept_team_invitation(p_invitation uuid, p_version integer) RETURNS uuid
        LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
        DECLARE
          i case_team_invitation;
        BEGIN
          SELECT * INTO i FROM case_team_invitation
           WHERE id = p_invitation AND status = 'INVITED' AND invitee_id = eh_actor_user() AND version = p_version FOR UPDATE;
          IF NOT FOUND THEN RETURN NULL; END IF;
          IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = i.invitee_id AND u.active AND u.agency_id = i.invitee_agency_id) THEN
            RETURN NULL;
          END IF;
          PERFORM 1 FROM early_help_case c WHERE c.id = i.case_id AND c.status IN ${OPEN} FOR UPDATE;
          IF NOT FOUND THEN RETURN NULL; END IF;
          IF i.basis = 'CONSENT' AND NOT eh_case_visible_to(i.case_id, i.invitee_id, i.invitee_agency_id, 'PRACTITIONER', eh_actor_today()) THEN
            RETURN NULL;
          END IF;
          INSERT INTO case_professional (case_id, user_id, role, joined_on_consent)
            VALUES (i.case_id, i.invitee_id, i.role, i.basis = 'CONSENT')
            ON CONFLICT (case_id, user_id) DO NOTHING;
          UPDATE case_team_invitation SET status = 'ACCEPTED', decided_at = now(), version = version + 1 WHERE id = p_invitation;
          RETURN i.case_id;
        END $$`);
    // Declining: the invited person cannot see the case, so the chronology line is written here.
    // Returns the case's lead practitioner, or null when the invitation was not open at p_version.
    await q.query(`
      CREATE FUNCTION eh_decline_team_invitation(p_invitation uuid, p_version integer, p_reason text, p_summary text) RETURNS uuid
        LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
        DECLARE
          v_case uuid;
          v_lead uuid;
        BEGIN
          UPDATE case_team_invitation SET status = 'DECLINED', decided_at = now(), decline_reason = p_reason, version = version + 1
           WHERE id = p_invitation AND status = 'INVITED' AND invitee_id = eh_actor_user() AND version = p_version
          RETURNING case_id INTO v_case;
          IF v_case IS NULL THEN RETURN NULL; END IF;
          INSERT INTO case_event (case_id, event_type, summary, actor_id) VALUES (v_case, 'TEAM_INVITATION_DECLINED', p_summary, eh_actor_user());
          SELECT c.lead_practitioner_id INTO v_lead FROM early_help_case c WHERE c.id = v_case;
          RETURN v_lead;
        END $$`);
    await q.query(`REVOKE ALL ON FUNCTION ${FUNCTIONS} FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${FUNCTIONS} TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ${FUNCTIONS}`);
    await q.query(`ALTER TABLE case_review DROP COLUMN attendance`);
    await q.query(`DROP TABLE plan_section_assignment`);
    await q.query(`DROP TABLE case_team_invitation`);
    await q.query(`ALTER POLICY case_professional_by_actor ON case_professional USING ((${OWN_ROWS_BEFORE}) OR ${CASE_ROW})`);
    await q.query(RULE(''));
    await q.query(`ALTER TABLE case_professional DROP COLUMN joined_on_consent`);
  }
}
