import { MigrationInterface, QueryRunner } from 'typeorm';
import { FAMILY_DATA_TABLES } from './1732300000020-row-level-security';

// The worker's role (eh_worker) gets what its jobs use and nothing else (issue 12). Until now it
// had every privilege on every table and bypassed row-level security, so it could read every
// restricted entry's content and every family's record with no actor at all.
//
// What each job reads and writes:
// - notifications (referral decided, case allocated, alert raised, case update): who is told,
//   from the referral's agency, the case's lead practitioner, the alert's shares and the people's
//   accounts (id, agency, role, active); whether each may still see a case, through
//   eh_case_recipients (the one rule, below); it writes the notification rows (ids only);
// - email now and the daily digest: the notifications, each person's channel and email address;
// - daily reminders: an open case's status and deadlines, its plan's status and approval date,
//   its last review's dates, overdue Forum actions and their owners, the FPT managers;
// - the retention purge: ended cases and referrals (reference, dates, decision), legal holds
//   (what they name, whether lifted), children's dates of birth (retention may run to the
//   youngest's 25th birthday); it locks the family and the record, deletes every row of the record
//   by its ids, a case's restricted entries through eh_purge_restricted_information, sessions and
//   notifications past their date, and writes the purge log and audit rows;
// - the impact refresh: impact_refresh's date and eh_refresh_impact_figures() (migration 0020);
// - audit sealing: eh_seal_audit() (migration 0025);
// - the outbox relay: job_outbox (ids and job names), left as it was.
//
// So the worker reads identifiers, dates and statuses, never a name, an address, a note, a plan,
// a drawing or restricted content; it deletes, but changes no family record (it may lock a case
// or family row, and forget a purged case on a later referral). Row-level security now binds it
// as it binds the API: its own policies below, no BYPASSRLS (database/roles.ts removes it).

type Grant = { select?: readonly string[]; insert?: readonly string[]; update?: readonly string[]; delete?: true };

const WORKER_GRANTS: Record<string, Grant> = {
  agenda_item: { select: ['id', 'case_id'], delete: true },
  app_user: { select: ['id', 'email', 'agency_id', 'role', 'active'] },
  // The columns AuditService writes (the trigger numbers seq); never the old chain's hashes.
  audit_event: {
    insert: [
      'actor_id',
      'action',
      'entity_type',
      'entity_id',
      'family_id',
      'outcome',
      'request_id',
      'client_ip',
      'entity_ids',
      'family_ids',
      'seq',
    ],
  },
  case_event: { select: ['case_id'], delete: true },
  case_professional: { select: ['case_id'], delete: true },
  case_review: { select: ['case_id', 'kind', 'held_on', 'next_review_on'], delete: true },
  child_drawing: { select: ['case_id'], delete: true },
  consent: { select: ['case_id'], delete: true },
  early_help_case: {
    select: [
      'id',
      'reference',
      'family_id',
      'referral_id',
      'level',
      'status',
      'lead_practitioner_id',
      'first_contact_due',
      'my_family_plan_due',
      'first_contact_on',
      'closed_on',
      'maintenance_started_on',
    ],
    // SELECT ... FOR UPDATE needs an UPDATE privilege; the policy refuses any actual change.
    update: ['version'],
    delete: true,
  },
  family: { select: ['id'], update: ['version'], delete: true },
  forum_action: { select: ['id', 'case_id', 'item_id', 'owner_id', 'due_on', 'done_on'], delete: true },
  handover: { select: ['case_id'], delete: true },
  impact_refresh: { update: ['as_of', 'refreshed_at'] },
  legal_hold: { select: ['case_id', 'family_id', 'person_id', 'lifted_at'], delete: true },
  mentoring_request: { select: ['id', 'case_id'], delete: true },
  mentoring_session: { select: ['request_id'], delete: true },
  my_family_plan: { select: ['id', 'case_id', 'status', 'approved_at'], delete: true },
  notification: {
    select: [
      'id',
      'user_id',
      'kind',
      'entity_type',
      'entity_id',
      'created_at',
      'read_at',
      'event_key',
      'emailed_at',
      'email_claimed_until',
    ],
    insert: ['user_id', 'kind', 'entity_type', 'entity_id', 'event_key'],
    update: ['emailed_at', 'email_claimed_until'],
    delete: true,
  },
  notification_preference: { select: ['user_id', 'kind', 'channel'] },
  person: { select: ['id', 'family_id', 'role', 'date_of_birth'], delete: true },
  plan_qa_comment: { select: ['plan_id'], delete: true },
  plan_section: { select: ['plan_id'], delete: true },
  plan_section_version: { select: ['plan_id'], delete: true },
  purge_log: { insert: ['run_id', 'purged_at', 'record_type', 'entity_type', 'entity_id', 'rule', 'period', 'due_on', 'rows_deleted'] },
  referral: {
    select: ['id', 'reference', 'family_id', 'status', 'decision', 'decided_at', 'referrer_agency_id', 'previous_case_id'],
    update: ['previous_case_id'],
    delete: true,
  },
  // The purge holds the rules (FOR SHARE) while it works; the policy refuses any change.
  retention_policy: { select: ['record_type', 'rule', 'period'], update: ['version'] },
  sharing_alert: { select: ['id', 'case_id', 'family_id'], delete: true },
  sharing_record: { select: ['alert_id', 'agency_id', 'basis'], delete: true },
  user_session: { select: ['id', 'expires_at', 'revoked_at'], delete: true },
};

// Every table, view and sequence there was before this migration, but the outbox's own (whose
// relay is being reworked separately; its rows are ids and job names). Named rather than "ALL
// TABLES", so that a table another migration adds keeps what that migration gave it.
const RELATIONS_BEFORE = [
  'agency',
  'agenda_item',
  'app_user',
  'audit_event',
  'audit_seal',
  'audit_seal_state',
  'calendar_feed_token',
  'case_event',
  'case_professional',
  'case_review',
  'child_drawing',
  'consent',
  'early_help_case',
  'family',
  'forum_action',
  'forum_attendance',
  'forum_meeting',
  'handover',
  'impact_refresh',
  'legal_hold',
  'locality',
  'mentoring_request',
  'mentoring_session',
  'mfa_recovery_code',
  'migrations',
  'my_family_plan',
  'notification',
  'notification_preference',
  'person',
  'plan_qa_comment',
  'plan_section',
  'plan_section_version',
  'purge_log',
  'referral',
  'restricted_information',
  'retention_policy',
  'sharing_alert',
  'sharing_record',
  'user_mfa',
  'user_session',
  'impact_case_facts',
  'impact_case_facts_for_council',
  'impact_monthly',
  'impact_monthly_by_type',
  'impact_caseload',
];
const SEQUENCES_BEFORE = [
  'migrations_id_seq',
  'family_reference_seq',
  'referral_reference_seq',
  'case_reference_seq',
  'case_event_id_seq',
  'audit_event_id_seq',
  'notification_id_seq',
  'plan_qa_comment_id_seq',
  'purge_log_id_seq',
];
// Numbers for the rows the worker inserts.
const WORKER_SEQUENCES = ['audit_event_id_seq', 'notification_id_seq', 'purge_log_id_seq'];

// What the worker's UPDATE may leave behind: nothing for a row it only locks; a referral only
// without its link to the purged case; a notification only claimed for its email, or marked as
// emailed (the column grants allow nothing else).
const UPDATE_CHECK: Record<string, string> = {
  early_help_case: 'false',
  family: 'false',
  retention_policy: 'false',
  referral: 'previous_case_id IS NULL',
  notification: 'true',
};

// Row-level security's definer functions answer for the actor a transaction states. The worker
// states none, but could state anyone's; only the API may ask them.
const ACTOR_FUNCTIONS = [
  'eh_restricted_content(uuid)',
  'eh_actor_visible_case_ids()',
  'eh_case_visible(uuid)',
  'eh_family_visible(uuid)',
  'eh_referral_visible(uuid)',
  'eh_alert_visible(uuid)',
  'eh_plan_visible(uuid)',
  'eh_mentoring_visible(uuid)',
];
const RULE_FUNCTIONS = 'eh_visible_case_ids(uuid, uuid, text, date), eh_case_visible_to(uuid, uuid, uuid, text, date)';

const ROW_SECURED = new Set<string>([...FAMILY_DATA_TABLES, 'retention_policy']);

function columns(list: readonly string[]): string {
  return list.join(', ');
}

export class WorkerLeastPrivilege1732300000029 implements MigrationInterface {
  name = 'WorkerLeastPrivilege1732300000029';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON ${RELATIONS_BEFORE.join(', ')} FROM eh_worker`);
    await q.query(`REVOKE ALL ON SEQUENCE ${SEQUENCES_BEFORE.join(', ')} FROM eh_worker`);
    // Tables made from now on give the worker nothing unless their migration says so.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM eh_worker`);

    // The retention rules were readable by every role; the worker's hold on them must not be a
    // way to change them, so the table gets row-level security (not forced: the owner seeds it).
    await q.query(`ALTER TABLE retention_policy ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY retention_policy_by_app ON retention_policy FOR ALL TO eh_app USING (true) WITH CHECK (true)`);

    for (const [table, grant] of Object.entries(WORKER_GRANTS)) {
      if (grant.select) await q.query(`GRANT SELECT (${columns(grant.select)}) ON ${table} TO eh_worker`);
      if (grant.insert) await q.query(`GRANT INSERT (${columns(grant.insert)}) ON ${table} TO eh_worker`);
      if (grant.update) await q.query(`GRANT UPDATE (${columns(grant.update)}) ON ${table} TO eh_worker`);
      if (grant.delete) await q.query(`GRANT DELETE ON ${table} TO eh_worker`);
      if (!ROW_SECURED.has(table)) continue;
      // The worker works for the whole council, so its policies do not depend on an actor: the
      // grants above decide what it may touch, these only let it through the wall for that.
      if (grant.select) await q.query(`CREATE POLICY ${table}_worker_read ON ${table} FOR SELECT TO eh_worker USING (true)`);
      if (grant.insert) await q.query(`CREATE POLICY ${table}_worker_insert ON ${table} FOR INSERT TO eh_worker WITH CHECK (true)`);
      if (grant.update) {
        const check = UPDATE_CHECK[table];
        if (!check) throw new Error(`No check for the worker's updates of ${table}`);
        await q.query(`CREATE POLICY ${table}_worker_update ON ${table} FOR UPDATE TO eh_worker USING (true) WITH CHECK (${check})`);
      }
      if (grant.delete) await q.query(`CREATE POLICY ${table}_worker_delete ON ${table} FOR DELETE TO eh_worker USING (true)`);
    }
    await q.query(`GRANT USAGE ON SEQUENCE ${WORKER_SEQUENCES.join(', ')} TO eh_worker`);

    // The purge removes a case's restricted entries without reading them: by case id, only once
    // the case has ended (closed or declined), as the purge's own re-check under lock requires.
    await q.query(`
      CREATE FUNCTION eh_purge_restricted_information(p_case uuid) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        deleted integer;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM early_help_case c WHERE c.id = p_case AND c.status IN ('CLOSED', 'DECLINED')) THEN
          RAISE EXCEPTION 'Restricted information is purged only with its ended case' USING ERRCODE = 'check_violation';
        END IF;
        DELETE FROM restricted_information r WHERE r.case_id = p_case;
        GET DIAGNOSTICS deleted = ROW_COUNT;
        RETURN deleted;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_purge_restricted_information(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_purge_restricted_information(uuid) TO eh_worker`);

    // Who of these people, still active, may see the case on this (London) date: the one rule
    // (eh_case_visible_to, migration 0023) asked for each, so the worker needs no read of the
    // case's consents or named professionals to check a case update's recipients at delivery.
    await q.query(`
      CREATE FUNCTION eh_case_recipients(p_case uuid, p_users uuid[], p_today date) RETURNS TABLE (id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT u.id FROM app_user u
         WHERE u.id = ANY (p_users) AND u.active
           AND eh_case_visible_to(p_case, u.id, u.agency_id, u.role, p_today) $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_case_recipients(uuid, uuid[], date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_case_recipients(uuid, uuid[], date) TO eh_worker`);

    await q.query(`REVOKE EXECUTE ON FUNCTION ${ACTOR_FUNCTIONS.join(', ')} FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${ACTOR_FUNCTIONS.join(', ')} TO eh_app`);
    // The rule's own functions run with the caller's rights, and the worker may not read what
    // they read (consents, named professionals); it asks through eh_case_recipients instead, so
    // migration 0023's grant to it goes.
    await q.query(`REVOKE EXECUTE ON FUNCTION ${RULE_FUNCTIONS} FROM eh_worker`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The worker's BYPASSRLS is a role attribute (database/roles.ts): give it back by hand, as a
    // superuser, if going back here.
    await q.query(`GRANT EXECUTE ON FUNCTION ${RULE_FUNCTIONS} TO eh_worker`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${ACTOR_FUNCTIONS.join(', ')} TO PUBLIC`);
    await q.query(`DROP FUNCTION eh_case_recipients(uuid, uuid[], date)`);
    await q.query(`DROP FUNCTION eh_purge_restricted_information(uuid)`);
    for (const [table, grant] of Object.entries(WORKER_GRANTS)) {
      if (!ROW_SECURED.has(table)) continue;
      for (const [kind, given] of [
        ['read', grant.select],
        ['insert', grant.insert],
        ['update', grant.update],
        ['delete', grant.delete],
      ] as const) {
        if (given) await q.query(`DROP POLICY ${table}_worker_${kind} ON ${table}`);
      }
    }
    await q.query(`DROP POLICY retention_policy_by_app ON retention_policy`);
    await q.query(`ALTER TABLE retention_policy DISABLE ROW LEVEL SECURITY`);
    await q.query(`REVOKE ALL ON ${RELATIONS_BEFORE.join(', ')} FROM eh_worker`);
    // As migrations 0020 and 0025 left it.
    const excluded = new Set(['migrations', 'audit_seal', 'audit_seal_state', 'impact_case_facts']);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${RELATIONS_BEFORE.filter((r) => !excluded.has(r)).join(', ')} TO eh_worker`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM eh_worker`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON impact_case_facts_for_council FROM eh_worker`);
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE ${SEQUENCES_BEFORE.join(', ')} TO eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO eh_worker`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO eh_worker`);
  }
}
