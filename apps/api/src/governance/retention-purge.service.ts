import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  caseEndedOn,
  CaseStatus,
  IsoDate,
  londonToday,
  policyFor,
  RetentionPolicy,
  RetentionRecordType,
  retentionDecision,
  RetentionRule,
  RetentionState,
  TriageDecision,
  addCalendarDays,
  anniversary,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { Clock, systemClock } from '../common/clock';
import { Db } from '../database/db';

type Queryable = Pick<EntityManager, 'query'>;

export enum PurgeEntity {
  Case = 'CASE',
  Referral = 'REFERRAL',
}

// One family record the purge looks at: a case that has ended, or a referral that ended at the
// front door (no further action, or passed to levels 3/4).
export interface RetentionCandidate {
  readonly recordType: RetentionRecordType;
  readonly entityType: PurgeEntity;
  readonly id: string;
  readonly reference: string;
  readonly familyId: string;
  readonly policy: RetentionPolicy;
  readonly state: RetentionState;
  readonly dueOn: IsoDate | null;
  readonly legalHold: boolean;
  readonly familyActive: boolean;
}

export interface PurgeResult {
  readonly runId: string;
  readonly purged: readonly { readonly recordType: RetentionRecordType; readonly entityType: string; readonly id: string }[];
  readonly held: number;
  readonly failed: number;
}

interface CandidateRow {
  id: string;
  reference: string;
  family_id: string;
  status: CaseStatus | null;
  closed_on: string | null;
  first_contact_on: string | null;
  decision: TriageDecision | null;
  decided_at: Date | null;
  held: boolean;
  family_active: boolean;
  children: string[] | null;
}

// Holds on the record itself, its family, or anyone in the family; and live work on the family
// (another case still open, a referral awaiting triage) that needs its history.
const FAMILY_FLAGS = (alias: string, caseIdExpr: string) => `
  EXISTS (SELECT 1 FROM legal_hold h WHERE h.lifted_at IS NULL
           AND (h.case_id = ${caseIdExpr} OR h.family_id = ${alias}.family_id
                OR h.person_id IN (SELECT id FROM person WHERE family_id = ${alias}.family_id))) AS held,
  (EXISTS (SELECT 1 FROM early_help_case o WHERE o.family_id = ${alias}.family_id AND o.status NOT IN ('CLOSED', 'DECLINED'))
   OR EXISTS (SELECT 1 FROM referral w WHERE w.family_id = ${alias}.family_id AND w.status = 'AWAITING_TRIAGE')) AS family_active,
  (SELECT array_agg(date_of_birth::text) FROM person p WHERE p.family_id = ${alias}.family_id AND p.role = 'CHILD') AS children`;

const CASE_CANDIDATES = `
  SELECT c.id, c.reference, c.family_id, c.status, c.closed_on, c.first_contact_on, NULL AS decision, NULL AS decided_at,
         ${FAMILY_FLAGS('c', 'c.id')}
    FROM early_help_case c WHERE c.status IN ('CLOSED', 'DECLINED')`;

const REFERRAL_CANDIDATES = `
  SELECT r.id, r.reference, r.family_id, NULL AS status, NULL AS closed_on, NULL AS first_contact_on, r.decision, r.decided_at,
         ${FAMILY_FLAGS('r', 'NULL')}
    FROM referral r
   WHERE r.status = 'DECIDED' AND r.decision <> 'LEVEL_2_PARTNER_LED'
     AND NOT EXISTS (SELECT 1 FROM early_help_case c WHERE c.referral_id = r.id)`;

// The latest end date whose retention has run out by `today` under a rule counted from the end.
function latestEndDue(policy: RetentionPolicy, today: IsoDate): IsoDate {
  return policy.rule === RetentionRule.DAYS_AFTER_END ? addCalendarDays(today, -policy.period) : anniversary(today, -policy.period);
}

// Deletes records whose retention has run out, one transaction per case or referral, each with
// its purge log row and audit row. Legal holds and live work stop it; running it twice is
// harmless. Audit rows are never touched: they hold ids and actions only.
export class RetentionPurgeService {
  private readonly logger = new Logger('RetentionPurge');
  private readonly audit: AuditService;
  private readonly db: Db;

  // The API passes its request-aware Db (the manager's review reads as the manager); the worker
  // and tests pass its data source.
  constructor(
    db: Db | DataSource,
    private readonly clock: Clock = systemClock,
  ) {
    this.db = db instanceof Db ? db : new Db(db);
    this.audit = new AuditService(this.db);
  }

  today(): IsoDate {
    return londonToday(this.clock.now());
  }

  async policies(q: Queryable = this.db): Promise<RetentionPolicy[]> {
    const rows: { record_type: RetentionRecordType; rule: RetentionRule; period: number }[] = await q.query(
      `SELECT record_type, rule, period FROM retention_policy`,
    );
    return rows.map((r) => ({ recordType: r.record_type, rule: r.rule, period: r.period }));
  }

  private assess(row: CandidateRow, entityType: PurgeEntity, policies: readonly RetentionPolicy[], today: IsoDate): RetentionCandidate {
    const recordType =
      entityType === PurgeEntity.Case
        ? RetentionRecordType.CLOSED_CASE
        : row.decision === TriageDecision.NO_FURTHER_ACTION
          ? RetentionRecordType.NFA_REFERRAL
          : RetentionRecordType.REFERRAL_PASSED_ON;
    const endedOn =
      entityType === PurgeEntity.Case && row.status
        ? caseEndedOn({ status: row.status, closedOn: row.closed_on, firstContactOn: row.first_contact_on })
        : row.decided_at
          ? londonToday(new Date(row.decided_at))
          : null;
    const policy = policyFor(policies, recordType);
    const decision = retentionDecision(
      { recordType, endedOn, childDatesOfBirth: row.children ?? [], legalHold: row.held, familyActive: row.family_active },
      policy,
      today,
    );
    return {
      recordType, entityType, id: row.id, reference: row.reference, familyId: row.family_id, policy,
      state: decision.state, dueOn: decision.dueOn, legalHold: row.held, familyActive: row.family_active,
    };
  }

  // Every ended family record with its retention state on `today`.
  async review(today: IsoDate = this.today()): Promise<RetentionCandidate[]> {
    const policies = await this.policies();
    const cases: CandidateRow[] = await this.db.query(CASE_CANDIDATES);
    const referrals: CandidateRow[] = await this.db.query(REFERRAL_CANDIDATES);
    return [
      ...cases.map((r) => this.assess(r, PurgeEntity.Case, policies, today)),
      ...referrals.map((r) => this.assess(r, PurgeEntity.Referral, policies, today)),
    ].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.reference.localeCompare(b.reference));
  }

  async run(today: IsoDate = this.today()): Promise<PurgeResult> {
    const runId = randomUUID();
    const purged: { recordType: RetentionRecordType; entityType: string; id: string }[] = [];
    let held = 0;
    let failed = 0;
    for (const candidate of await this.review(today)) {
      if (candidate.state === RetentionState.HELD) held += 1;
      if (candidate.state !== RetentionState.DUE) continue;
      try {
        const done = await this.db.transaction((tx) => this.purgeOne(tx, candidate, runId, today));
        if (done) purged.push({ recordType: candidate.recordType, entityType: candidate.entityType, id: candidate.id });
      } catch (error) {
        // Ids and error names only: a record's contents never reach the log.
        failed += 1;
        this.logger.error(`Purge of ${candidate.entityType} ${candidate.id} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      }
    }
    for (const recordType of [RetentionRecordType.SESSION, RetentionRecordType.NOTIFICATION]) {
      try {
        purged.push(...(await this.purgeHousekeeping(recordType, runId, today)));
      } catch (error) {
        failed += 1;
        this.logger.error(`Purge of ${recordType} records failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      }
    }
    return { runId, purged, held, failed };
  }

  // Re-checks the record under lock inside the transaction: a case re-opened, a hold placed or a
  // policy lengthened since the review stops its purge.
  private async purgeOne(tx: EntityManager, candidate: RetentionCandidate, runId: string, today: IsoDate): Promise<boolean> {
    const table = candidate.entityType === PurgeEntity.Case ? 'early_help_case' : 'referral';
    // The family first: two purges for one family queue here, so the second sees what the first
    // deleted and the family goes with its last record.
    await tx.query(`SELECT id FROM family WHERE id = $1 FOR UPDATE`, [candidate.familyId]);
    const locked: unknown[] = await tx.query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [candidate.id]);
    if (locked.length === 0) return false;
    await tx.query(`SELECT record_type FROM retention_policy FOR SHARE`);
    const policies = await this.policies(tx);
    const sql = candidate.entityType === PurgeEntity.Case ? `${CASE_CANDIDATES} AND c.id = $1` : `${REFERRAL_CANDIDATES} AND r.id = $1`;
    const [row]: CandidateRow[] = await tx.query(sql, [candidate.id]);
    if (!row) return false;
    const now = this.assess(row, candidate.entityType, policies, today);
    if (now.state !== RetentionState.DUE || !now.dueOn) return false;

    const counts: Record<string, number> = {};
    const del = async (name: string, sql: string, params: unknown[]) => {
      const [, affected] = (await tx.query(sql, params)) as [unknown, number];
      if (affected > 0) counts[name] = (counts[name] ?? 0) + affected;
    };
    if (candidate.entityType === PurgeEntity.Case) {
      await this.deleteCase(tx, candidate.id, del);
    } else {
      await del('notification', `DELETE FROM notification WHERE entity_type = 'REFERRAL' AND entity_id = $1`, [candidate.id]);
      await del('referral', `DELETE FROM referral WHERE id = $1`, [candidate.id]);
    }
    const familyGone = await this.deleteFamilyIfEmpty(tx, candidate.familyId, del);
    const log = (entityType: string, id: string, rows: Record<string, number>) =>
      tx.query(
        `INSERT INTO purge_log (run_id, purged_at, record_type, entity_type, entity_id, rule, period, due_on, rows_deleted)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [runId, this.clock.now(), now.recordType, entityType, id, now.policy.rule, now.policy.period, now.dueOn, JSON.stringify(rows)],
      );
    await log(candidate.entityType, candidate.id, counts);
    if (familyGone) await log('FAMILY', candidate.familyId, { family: 1 });
    await this.audit.record(
      { requestId: `purge-${runId}`, clientIp: null, actor: null },
      [
        {
          action: AuditAction.PurgeRecord,
          entityType: candidate.entityType === PurgeEntity.Case ? AuditEntity.Case : AuditEntity.Referral,
          entityId: candidate.id,
          familyId: candidate.familyId,
          allowed: true,
        },
        ...(familyGone
          ? [{ action: AuditAction.PurgeRecord, entityType: AuditEntity.Family, entityId: candidate.familyId, familyId: candidate.familyId, allowed: true }]
          : []),
      ],
      tx,
    );
    return true;
  }

  // Everything hanging off the case, children before parents.
  private async deleteCase(tx: EntityManager, caseId: string, del: (name: string, sql: string, params: unknown[]) => Promise<void>): Promise<void> {
    const [{ referral_id: referralId }]: { referral_id: string }[] = await tx.query(`SELECT referral_id FROM early_help_case WHERE id = $1`, [caseId]);
    const alertIds = `(SELECT id FROM sharing_alert WHERE case_id = $1)`;
    const alerts: { id: string }[] = await tx.query(`SELECT id FROM sharing_alert WHERE case_id = $1`, [caseId]);
    // Notifications hold ids only, but they point at the record and go with it.
    await del('notification', `DELETE FROM notification WHERE entity_id = ANY($1::uuid[])`, [[caseId, referralId, ...alerts.map((a) => a.id)]]);
    await del('sharing_record', `DELETE FROM sharing_record WHERE alert_id IN ${alertIds}`, [caseId]);
    await del('sharing_alert', `DELETE FROM sharing_alert WHERE case_id = $1`, [caseId]);
    await del('mentoring_session', `DELETE FROM mentoring_session WHERE request_id IN (SELECT id FROM mentoring_request WHERE case_id = $1)`, [caseId]);
    await del('mentoring_request', `DELETE FROM mentoring_request WHERE case_id = $1`, [caseId]);
    await del('forum_action', `DELETE FROM forum_action WHERE case_id = $1 OR item_id IN (SELECT id FROM agenda_item WHERE case_id = $1)`, [caseId]);
    await del('handover', `DELETE FROM handover WHERE case_id = $1`, [caseId]);
    await del('agenda_item', `DELETE FROM agenda_item WHERE case_id = $1`, [caseId]);
    await del('child_drawing', `DELETE FROM child_drawing WHERE case_id = $1`, [caseId]);
    await del('case_review', `DELETE FROM case_review WHERE case_id = $1`, [caseId]);
    await del('consent', `DELETE FROM consent WHERE case_id = $1`, [caseId]);
    const plan = `(SELECT id FROM my_family_plan WHERE case_id = $1)`;
    await del('plan_qa_comment', `DELETE FROM plan_qa_comment WHERE plan_id IN ${plan}`, [caseId]);
    await del('plan_section_version', `DELETE FROM plan_section_version WHERE plan_id IN ${plan}`, [caseId]);
    await del('plan_section', `DELETE FROM plan_section WHERE plan_id IN ${plan}`, [caseId]);
    await del('my_family_plan', `DELETE FROM my_family_plan WHERE case_id = $1`, [caseId]);
    await del('restricted_information', `DELETE FROM restricted_information WHERE case_id = $1`, [caseId]);
    await del('case_event', `DELETE FROM case_event WHERE case_id = $1`, [caseId]);
    await del('case_professional', `DELETE FROM case_professional WHERE case_id = $1`, [caseId]);
    // Only lifted holds reach here: an active one keeps the case.
    await del('legal_hold', `DELETE FROM legal_hold WHERE case_id = $1`, [caseId]);
    // A later referral that linked back to this case keeps its own record, without the link.
    await tx.query(`UPDATE referral SET previous_case_id = NULL WHERE previous_case_id = $1`, [caseId]);
    await del('early_help_case', `DELETE FROM early_help_case WHERE id = $1`, [caseId]);
    await del('referral', `DELETE FROM referral WHERE id = $1`, [referralId]);
  }

  // The family and its people go with their last case or referral.
  private async deleteFamilyIfEmpty(tx: EntityManager, familyId: string, del: (name: string, sql: string, params: unknown[]) => Promise<void>): Promise<boolean> {
    const [{ left }]: { left: boolean }[] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM referral WHERE family_id = $1) OR EXISTS (SELECT 1 FROM early_help_case WHERE family_id = $1) AS left`,
      [familyId],
    );
    if (left) return false;
    const alerts = `(SELECT id FROM sharing_alert WHERE family_id = $1)`;
    await del('notification', `DELETE FROM notification WHERE entity_type = 'ALERT' AND entity_id IN ${alerts}`, [familyId]);
    await del('sharing_record', `DELETE FROM sharing_record WHERE alert_id IN ${alerts}`, [familyId]);
    await del('sharing_alert', `DELETE FROM sharing_alert WHERE family_id = $1`, [familyId]);
    await del('legal_hold', `DELETE FROM legal_hold WHERE family_id = $1 OR person_id IN (SELECT id FROM person WHERE family_id = $1)`, [familyId]);
    await del('person', `DELETE FROM person WHERE family_id = $1`, [familyId]);
    await del('family', `DELETE FROM family WHERE id = $1`, [familyId]);
    return true;
  }

  // Practitioners' sessions and in-app notifications: ids only, one log row per record.
  private async purgeHousekeeping(recordType: RetentionRecordType, runId: string, today: IsoDate): Promise<PurgeResult['purged']> {
    const policy = policyFor(await this.policies(), recordType);
    const cutoff = latestEndDue(policy, today);
    const sql =
      recordType === RetentionRecordType.SESSION
        ? `DELETE FROM user_session WHERE (coalesce(revoked_at, expires_at) AT TIME ZONE 'Europe/London')::date <= $1
           RETURNING id::text, (coalesce(revoked_at, expires_at) AT TIME ZONE 'Europe/London')::date::text AS ended`
        : `DELETE FROM notification WHERE (created_at AT TIME ZONE 'Europe/London')::date <= $1
           RETURNING id::text, (created_at AT TIME ZONE 'Europe/London')::date::text AS ended`;
    const entityType = recordType === RetentionRecordType.SESSION ? 'SESSION' : 'NOTIFICATION';
    return this.db.transaction(async (tx) => {
      const [gone] = (await tx.query(sql, [cutoff])) as [{ id: string; ended: string }[], number];
      for (const row of gone) {
        const dueOn = policy.rule === RetentionRule.DAYS_AFTER_END ? addCalendarDays(row.ended, policy.period) : anniversary(row.ended, policy.period);
        await tx.query(
          `INSERT INTO purge_log (run_id, purged_at, record_type, entity_type, entity_id, rule, period, due_on, rows_deleted)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [runId, this.clock.now(), recordType, entityType, row.id, policy.rule, policy.period, dueOn, JSON.stringify({ [entityType === 'SESSION' ? 'user_session' : 'notification']: 1 })],
        );
      }
      return gone.map((row) => ({ recordType, entityType, id: row.id }));
    });
  }
}
