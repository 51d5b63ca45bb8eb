import { MigrationInterface, QueryRunner } from 'typeorm';

// The share and don't-share ledger (issue 14, part 3).
//
// - `share_decision`: every decision to share information about a child, or not to: who decided
//   (and their agency), when, the family (the case and the child where known), what, with whom
//   (an agency in the portal, or someone named in words such as "the data subject"), SHARE or
//   NOT_SHARE, the lawful basis, and for NOT_SHARE the reason. `source` and `source_id` name the
//   share it records (an alert, a restricted entry, a team invitation, a subject access export),
//   or RECORDED for a decision a practitioner records on the case page. Rows are written in the
//   same transaction as the share.
// - It is a ledger: the API's role may insert and read, never change or delete. The API chooses
//   the id (no RETURNING), and may insert only its own decisions.
// - Reads follow the one visibility rule: a row tied to a case is read by those who see the case;
//   a row about a family without a case, by those who see the family.
// - `eh_share_decision_counts()`: counts by month, decision, basis and reason for the impact
//   figures; the council's team counts every decision, a partner its own agency's. Never a row.
// - Rows cascade on delete from their family or case (the retention purge deletes as the worker,
//   which holds nothing here; referential actions run as the table's owner); the child's link is
//   cleared if the person is deleted on their own.
const DEFINER = 'SECURITY DEFINER SET search_path = public, pg_temp';
const VISIBLE = `(CASE WHEN case_id IS NOT NULL THEN eh_case_visible(case_id)
                      ELSE family_id IS NOT NULL AND eh_family_visible(family_id) END)`;

export class ShareDecisionLedger1732300000043 implements MigrationInterface {
  name = 'ShareDecisionLedger1732300000043';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE share_decision (
        id uuid PRIMARY KEY,
        family_id uuid REFERENCES family(id) ON DELETE CASCADE,
        case_id uuid REFERENCES early_help_case(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        source varchar(30) NOT NULL
          CHECK (source IN ('SHARING_ALERT', 'RESTRICTED_INFORMATION', 'TEAM_INVITATION', 'SUBJECT_ACCESS',
                            'OPERATION_ENCOMPASS', 'RECORDED')),
        source_id uuid,
        decision varchar(10) NOT NULL CHECK (decision IN ('SHARE', 'NOT_SHARE')),
        lawful_basis varchar(30) NOT NULL
          CHECK (lawful_basis IN ('CONSENT', 'DUTY_TO_SHARE', 'OPERATION_ENCOMPASS', 'SAFEGUARDING', 'PUBLIC_TASK')),
        reason varchar(20) CHECK (reason IN ('MORE_DETRIMENTAL', 'OTHER')),
        reason_text text,
        what_shared text NOT NULL CHECK (length(btrim(what_shared)) > 0),
        shared_with_agency_id uuid REFERENCES agency(id),
        shared_with_other varchar(200),
        decided_by uuid NOT NULL REFERENCES app_user(id),
        decided_by_agency_id uuid NOT NULL REFERENCES agency(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((decision = 'NOT_SHARE') = (reason IS NOT NULL)),
        CHECK (reason IS DISTINCT FROM 'OTHER' OR length(btrim(coalesce(reason_text, ''))) > 0),
        CHECK (shared_with_agency_id IS NOT NULL OR length(btrim(coalesce(shared_with_other, ''))) > 0),
        CHECK (family_id IS NOT NULL OR case_id IS NULL)
      )`);
    await q.query(`CREATE INDEX share_decision_family_idx ON share_decision (family_id, decided_at)`);
    await q.query(`CREATE INDEX share_decision_decided_at_idx ON share_decision (decided_at)`);
    await q.query(`ALTER TABLE share_decision ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE share_decision FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY share_decision_read ON share_decision FOR SELECT TO eh_app USING (${VISIBLE})`);
    await q.query(
      `CREATE POLICY share_decision_record ON share_decision FOR INSERT TO eh_app
         WITH CHECK (decided_by = eh_actor_user() AND decided_by_agency_id = eh_actor_agency())`,
    );
    await q.query(`REVOKE ALL ON share_decision FROM eh_app, eh_worker`);
    await q.query(`GRANT SELECT, INSERT ON share_decision TO eh_app`);

    await q.query(`
      CREATE FUNCTION eh_share_decision_counts(p_from date, p_to date)
        RETURNS TABLE (month text, decision text, lawful_basis text, reason text, decisions integer)
        LANGUAGE sql STABLE ${DEFINER} AS $$
        SELECT to_char(d.decided_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), d.decision::text, d.lawful_basis::text,
               d.reason::text, count(*)::integer
          FROM share_decision d
         WHERE (d.decided_at AT TIME ZONE 'Europe/London')::date BETWEEN p_from AND p_to
           AND (eh_actor_is_council_team() OR (eh_actor_agency() IS NOT NULL AND d.decided_by_agency_id = eh_actor_agency()))
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_share_decision_counts(date, date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_share_decision_counts(date, date) TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION eh_share_decision_counts(date, date)`);
    await q.query(`DROP TABLE share_decision`);
  }
}
