import { MigrationInterface, QueryRunner } from 'typeorm';

// Escalation concerns from any partner, and a Forum meeting that is held (issue 13, parts 4 and 5).
//
// - `forum_meeting.status` gains IN_SESSION and MINUTES_PUBLISHED: scheduled → in session → held →
//   minutes published (or scheduled → cancelled). Meetings whose minutes were signed off under
//   migration 0033 are MINUTES_PUBLISHED.
// - `escalation_concern`: raised on a case by someone who sees it (the one rule, through the case's
//   own policy), decided once by the chair: placed on an agenda (the item it became), the urgent
//   safeguarding route (the handover it opened) or a written answer.
// - `forum_contribution`: a written contribution on an agenda item from someone who cannot attend,
//   visible to whoever sees the item's case (the API shows it to the chair and its author).
// - Both cascade from the case (and the item) on delete: the retention purge deletes as the worker,
//   which has no privilege on these tables; referential actions run as the table's owner.
const CASE_ROWS = (table: string) => `EXISTS (SELECT 1 FROM early_help_case c WHERE c.id = ${table}.case_id)`;
const ITEM_ROWS = `EXISTS (SELECT 1 FROM agenda_item i WHERE i.id = forum_contribution.item_id)`;

export class EscalationConcernsAndHeldMeetings1732300000036 implements MigrationInterface {
  name = 'EscalationConcernsAndHeldMeetings1732300000036';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_meeting DROP CONSTRAINT forum_meeting_status_check`);
    await q.query(`UPDATE forum_meeting SET status = 'MINUTES_PUBLISHED' WHERE minutes_signed_off_at IS NOT NULL`);
    await q.query(`
      ALTER TABLE forum_meeting ADD CONSTRAINT forum_meeting_status_check
        CHECK (status IN ('SCHEDULED', 'IN_SESSION', 'HELD', 'MINUTES_PUBLISHED', 'CANCELLED'))`);
    await q.query(`ALTER TABLE forum_meeting ADD COLUMN started_at timestamptz`);
    await q.query(`ALTER TABLE forum_meeting ADD COLUMN held_at timestamptz`);

    await q.query(`
      CREATE TABLE escalation_concern (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES early_help_case(id) ON DELETE CASCADE,
        raised_by uuid NOT NULL REFERENCES app_user(id),
        raised_at timestamptz NOT NULL DEFAULT now(),
        worry text NOT NULL,
        tried text NOT NULL,
        urgency varchar(20) NOT NULL CHECK (urgency IN ('NEXT_FORUM', 'WITHIN_DAYS', 'SAFEGUARDING_TODAY')),
        status varchar(20) NOT NULL DEFAULT 'RAISED' CHECK (status IN ('RAISED', 'ON_AGENDA', 'URGENT_ROUTE', 'ANSWERED')),
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        handover_id uuid REFERENCES handover(id) ON DELETE SET NULL,
        response text,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'RAISED') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX escalation_concern_case_idx ON escalation_concern (case_id)`);
    await q.query(`CREATE INDEX escalation_concern_raised_by_idx ON escalation_concern (raised_by, raised_at)`);
    await q.query(`CREATE INDEX escalation_concern_waiting_idx ON escalation_concern (raised_at) WHERE status = 'RAISED'`);

    await q.query(`
      CREATE TABLE forum_contribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user(id),
        body text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX forum_contribution_item_idx ON forum_contribution (item_id, sent_at)`);

    const policies: Record<string, string> = { escalation_concern: CASE_ROWS('escalation_concern'), forum_contribution: ITEM_ROWS };
    for (const [table, using] of Object.entries(policies)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_by_actor ON ${table} FOR ALL TO eh_app USING (${using}) WITH CHECK (${using})`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON escalation_concern TO eh_app`);
    await q.query(`GRANT SELECT, INSERT ON forum_contribution TO eh_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE forum_contribution`);
    await q.query(`DROP TABLE escalation_concern`);
    await q.query(`ALTER TABLE forum_meeting DROP COLUMN held_at`);
    await q.query(`ALTER TABLE forum_meeting DROP COLUMN started_at`);
    await q.query(`ALTER TABLE forum_meeting DROP CONSTRAINT forum_meeting_status_check`);
    await q.query(`UPDATE forum_meeting SET status = 'HELD' WHERE status IN ('IN_SESSION', 'MINUTES_PUBLISHED')`);
    await q.query(
      `ALTER TABLE forum_meeting ADD CONSTRAINT forum_meeting_status_check CHECK (status IN ('SCHEDULED', 'CANCELLED', 'HELD'))`,
    );
  }
}
