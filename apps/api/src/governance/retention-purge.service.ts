import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  caseEndedOn,
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
import { Database } from '../database/kysely';
import { RetentionPolicyRepository } from './retention-policy.repository';
import { EndedCaseRow, EndedReferralRow, RetentionPurgeRepository, RowsDeleted } from './retention-purge.repository';

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

// The latest end date whose retention has run out by `today` under a rule counted from the end.
function latestEndDue(policy: RetentionPolicy, today: IsoDate): IsoDate {
  return policy.rule === RetentionRule.DAYS_AFTER_END ? addCalendarDays(today, -policy.period) : anniversary(today, -policy.period);
}

// The day a record that ended on `ended` falls due under a rule counted from the end.
function dueAfter(policy: RetentionPolicy, ended: IsoDate): IsoDate {
  return policy.rule === RetentionRule.DAYS_AFTER_END ? addCalendarDays(ended, policy.period) : anniversary(ended, policy.period);
}

// Deletes records whose retention has run out, one transaction per case or referral, each with
// its purge log row and audit row. Legal holds and live work stop it; running it twice is
// harmless. Audit rows are never touched: they hold ids and actions only.
export class RetentionPurgeService {
  private readonly logger = new Logger('RetentionPurge');
  private readonly audit: AuditService;
  private readonly db: Db;
  private readonly records: RetentionPurgeRepository;
  private readonly rules: RetentionPolicyRepository;

  // The API passes its request-aware Db (the manager's review reads as the manager); the worker
  // and tests pass its data source.
  constructor(
    db: Db | DataSource,
    private readonly clock: Clock = systemClock,
  ) {
    this.db = db instanceof Db ? db : new Db(db);
    this.audit = new AuditService(this.db);
    this.records = new RetentionPurgeRepository(this.db);
    this.rules = new RetentionPolicyRepository(this.db);
  }

  today(): IsoDate {
    return londonToday(this.clock.now());
  }

  policies(): Promise<RetentionPolicy[]> {
    return this.rules.rules();
  }

  private assess(
    row: EndedCaseRow | EndedReferralRow,
    entityType: PurgeEntity,
    recordType: RetentionRecordType,
    endedOn: IsoDate | null,
    policies: readonly RetentionPolicy[],
    today: IsoDate,
  ): RetentionCandidate {
    const policy = policyFor(policies, recordType);
    const decision = retentionDecision(
      { recordType, endedOn, childDatesOfBirth: row.children ?? [], legalHold: row.held, familyActive: row.family_active },
      policy,
      today,
    );
    return {
      recordType,
      entityType,
      id: row.id,
      reference: row.reference,
      familyId: row.family_id,
      policy,
      state: decision.state,
      dueOn: decision.dueOn,
      legalHold: row.held,
      familyActive: row.family_active,
    };
  }

  // Ended cases with their retention state on `today` (one case when `caseId` is given).
  private async cases(db: Database, policies: readonly RetentionPolicy[], today: IsoDate, caseId?: string): Promise<RetentionCandidate[]> {
    const rows = await this.records.endedCases(db, caseId);
    return rows.map((row) =>
      this.assess(
        row,
        PurgeEntity.Case,
        RetentionRecordType.CLOSED_CASE,
        caseEndedOn({ status: row.status, closedOn: row.closed_on, firstContactOn: row.first_contact_on }),
        policies,
        today,
      ),
    );
  }

  // Referrals that ended at the front door, likewise.
  private async referrals(
    db: Database,
    policies: readonly RetentionPolicy[],
    today: IsoDate,
    referralId?: string,
  ): Promise<RetentionCandidate[]> {
    const rows = await this.records.endedReferrals(db, referralId);
    return rows.map((row) => {
      const recordType =
        row.decision === TriageDecision.NO_FURTHER_ACTION ? RetentionRecordType.NFA_REFERRAL : RetentionRecordType.REFERRAL_PASSED_ON;
      return this.assess(
        row,
        PurgeEntity.Referral,
        recordType,
        row.decided_at ? londonToday(new Date(row.decided_at)) : null,
        policies,
        today,
      );
    });
  }

  // Every ended family record with its retention state on `today`.
  async review(today: IsoDate = this.today()): Promise<RetentionCandidate[]> {
    const policies = await this.policies();
    const cases = await this.cases(this.db.kysely, policies, today);
    const referrals = await this.referrals(this.db.kysely, policies, today);
    return [...cases, ...referrals].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.reference.localeCompare(b.reference));
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
        const done = await this.db.transaction((manager, tx) => this.purgeOne(manager, tx, candidate, runId, today));
        if (done) purged.push({ recordType: candidate.recordType, entityType: candidate.entityType, id: candidate.id });
      } catch (error) {
        // Ids and error names only: a record's contents never reach the log.
        failed += 1;
        this.logger.error(
          `Purge of ${candidate.entityType} ${candidate.id} failed: ${error instanceof Error ? error.name : 'unknown error'}`,
        );
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
    try {
      purged.push(...(await this.purgeUnmatchedEncompass(runId, today)));
    } catch (error) {
      failed += 1;
      this.logger.error(
        `Purge of ${RetentionRecordType.ENCOMPASS_UNMATCHED} records failed: ${error instanceof Error ? error.name : 'unknown error'}`,
      );
    }
    return { runId, purged, held, failed };
  }

  // Re-checks the record under lock inside the transaction: a case re-opened, a hold placed or a
  // policy lengthened since the review stops its purge. The audit rows go through the
  // transaction's manager, the rest through its typed handle, on the one connection.
  private async purgeOne(
    manager: EntityManager,
    tx: Database,
    candidate: RetentionCandidate,
    runId: string,
    today: IsoDate,
  ): Promise<boolean> {
    const isCase = candidate.entityType === PurgeEntity.Case;
    // The family first: two purges for one family queue here, so the second sees what the first
    // deleted and the family goes with its last record.
    await this.records.lockFamily(tx, candidate.familyId);
    const locked = isCase ? await this.records.lockCase(tx, candidate.id) : await this.records.lockReferral(tx, candidate.id);
    if (!locked) return false;
    const policies = await this.rules.rules(tx, true);
    const [now] = isCase ? await this.cases(tx, policies, today, candidate.id) : await this.referrals(tx, policies, today, candidate.id);
    if (!now) return false;
    if (now.state !== RetentionState.DUE || !now.dueOn) return false;
    const dueOn = now.dueOn;

    const rows: RowsDeleted = {};
    if (isCase) await this.records.deleteCase(tx, candidate.id, rows);
    else await this.records.deleteReferral(tx, candidate.id, rows);
    const familyGone = await this.records.deleteFamilyIfEmpty(tx, candidate.familyId, rows);
    const log = (entityType: string, entityId: string, rowsDeleted: RowsDeleted) =>
      this.records.log(tx, {
        runId,
        purgedAt: this.clock.now(),
        recordType: now.recordType,
        entityType,
        entityId,
        rule: now.policy.rule,
        period: now.policy.period,
        dueOn,
        rowsDeleted,
      });
    await log(candidate.entityType, candidate.id, rows);
    if (familyGone) await log('FAMILY', candidate.familyId, { family: 1 });
    await this.audit.record(
      { requestId: `purge-${runId}`, clientIp: null, actor: null },
      [
        {
          action: AuditAction.PurgeRecord,
          entityType: isCase ? AuditEntity.Case : AuditEntity.Referral,
          entityId: candidate.id,
          familyId: candidate.familyId,
          allowed: true,
        },
        ...(familyGone
          ? [
              {
                action: AuditAction.PurgeRecord,
                entityType: AuditEntity.Family,
                entityId: candidate.familyId,
                familyId: candidate.familyId,
                allowed: true,
              },
            ]
          : []),
      ],
      manager,
    );
    return true;
  }

  // Operation Encompass notifications about children the portal never matched, settled before the
  // council's period ran out: one transaction, a log row and an audit row for each.
  private async purgeUnmatchedEncompass(runId: string, today: IsoDate): Promise<PurgeResult['purged']> {
    const recordType = RetentionRecordType.ENCOMPASS_UNMATCHED;
    const policy = policyFor(await this.policies(), recordType);
    return this.db.transaction(async (manager, tx) => {
      const gone = await this.records.deleteUnmatchedEncompassSettledBy(tx, latestEndDue(policy, today));
      for (const row of gone) {
        await this.records.log(tx, {
          runId,
          purgedAt: this.clock.now(),
          recordType,
          entityType: AuditEntity.EncompassNotification,
          entityId: row.id,
          rule: policy.rule,
          period: policy.period,
          dueOn: dueAfter(policy, row.ended),
          rowsDeleted: { encompass_notification: 1 },
        });
      }
      if (gone.length > 0)
        await this.audit.record(
          { requestId: `purge-${runId}`, clientIp: null, actor: null },
          gone.map((row) => ({
            action: AuditAction.PurgeRecord,
            entityType: AuditEntity.EncompassNotification,
            entityId: row.id,
            familyId: null,
            allowed: true,
          })),
          manager,
        );
      return gone.map((row) => ({ recordType, entityType: AuditEntity.EncompassNotification, id: row.id }));
    });
  }

  // Practitioners' sessions and in-app notifications: ids only, one log row per record.
  private async purgeHousekeeping(recordType: RetentionRecordType, runId: string, today: IsoDate): Promise<PurgeResult['purged']> {
    const policy = policyFor(await this.policies(), recordType);
    const cutoff = latestEndDue(policy, today);
    const isSession = recordType === RetentionRecordType.SESSION;
    const entityType = isSession ? 'SESSION' : 'NOTIFICATION';
    return this.db.transaction(async (_manager, tx) => {
      const gone = isSession
        ? await this.records.deleteSessionsEndedBy(tx, cutoff)
        : await this.records.deleteNotificationsMadeBy(tx, cutoff);
      for (const row of gone) {
        const dueOn = dueAfter(policy, row.ended);
        await this.records.log(tx, {
          runId,
          purgedAt: this.clock.now(),
          recordType,
          entityType,
          entityId: row.id,
          rule: policy.rule,
          period: policy.period,
          dueOn,
          rowsDeleted: { [isSession ? 'user_session' : 'notification']: 1 },
        });
      }
      return gone.map((row) => ({ recordType, entityType, id: row.id }));
    });
  }
}
