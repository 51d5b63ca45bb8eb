import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { DomainError, londonToday, parseIsoDate, retentionPolicyProblems, RetentionRecordType, RetentionRule, RetentionState } from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { changedRows } from '../database/changed-rows';
import {
  LegalHoldModel,
  LiftLegalHoldInput,
  PlaceLegalHoldInput,
  RetentionPolicyModel,
  RetentionReviewItemModel,
  SubjectAccessPersonModel,
  SubjectAccessSearchInput,
  UpdateRetentionPolicyInput,
} from './governance.models';
import { RetentionPurgeService } from './retention-purge.service';

const HOLD_COLUMNS = `
  h.id, h.case_id, c.reference AS case_reference, h.reason, pu.display_name AS placed_by, h.placed_at,
  lu.display_name AS lifted_by, h.lifted_at, h.version
  FROM legal_hold h JOIN early_help_case c ON c.id = h.case_id
  JOIN app_user pu ON pu.id = h.placed_by LEFT JOIN app_user lu ON lu.id = h.lifted_by`;

interface HoldRow {
  id: string; case_id: string; case_reference: string; reason: string; placed_by: string; placed_at: Date;
  lifted_by: string | null; lifted_at: Date | null; version: number;
}

const toHold = (r: HoldRow): LegalHoldModel => ({
  id: r.id, caseId: r.case_id, caseReference: r.case_reference, reason: r.reason, placedBy: r.placed_by, placedAt: r.placed_at,
  liftedBy: r.lifted_by, liftedAt: r.lifted_at, version: r.version,
});

// The council's retention schedule, legal holds and the purge review, for the FPT manager (in a
// real council, an information governance role).
@Injectable()
export class GovernanceService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly purge: RetentionPurgeService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async policies(): Promise<RetentionPolicyModel[]> {
    const rows: { record_type: RetentionRecordType; rule: RetentionRule; period: number; version: number; updated_by: string | null; updated_at: Date }[] =
      await this.db.query(
        `SELECT p.record_type, p.rule, p.period, p.version, u.display_name AS updated_by, p.updated_at
           FROM retention_policy p LEFT JOIN app_user u ON u.id = p.updated_by ORDER BY p.record_type`,
      );
    return rows.map((r) => ({ recordType: r.record_type, rule: r.rule, period: r.period, version: r.version, updatedBy: r.updated_by, updatedAt: r.updated_at }));
  }

  async updatePolicy(ctx: SignedInContext, input: UpdateRetentionPolicyInput): Promise<RetentionPolicyModel> {
    const problems = retentionPolicyProblems(input);
    if (problems.length) throw DomainError.invalid(problems);
    await this.db.transaction(async (tx) => {
      const changed = await changedRows(
        tx,
        `UPDATE retention_policy SET rule = $3, period = $4, version = version + 1, updated_by = $5, updated_at = $6
          WHERE record_type = $1 AND version = $2`,
        [input.recordType, input.version, input.rule, input.period, ctx.actor.userId, this.clock.now()],
      );
      if (changed === 0) throw DomainError.conflict();
      await this.audit.record(ctx, [{ action: AuditAction.UpdateRetentionPolicy, entityType: AuditEntity.RetentionPolicy, entityId: null, familyId: null, allowed: true }], tx);
    });
    const updated = (await this.policies()).find((p) => p.recordType === input.recordType);
    if (!updated) throw DomainError.notFound();
    return updated;
  }

  async holds(includeLifted: boolean): Promise<LegalHoldModel[]> {
    const rows: HoldRow[] = await this.db.query(
      `SELECT ${HOLD_COLUMNS} ${includeLifted ? '' : 'WHERE h.lifted_at IS NULL'} ORDER BY h.placed_at DESC LIMIT 500`,
    );
    return rows.map(toHold);
  }

  async placeHold(ctx: SignedInContext, input: PlaceLegalHoldInput): Promise<LegalHoldModel> {
    const reason = input.reason.trim();
    if (!reason) throw DomainError.invalid([{ field: 'reason', message: 'Enter why the records must be kept' }]);
    const id = await this.db.transaction(async (tx) => {
      const [target]: { id: string; family_id: string }[] = await tx.query(
        `SELECT id, family_id FROM early_help_case WHERE upper(reference) = upper($1) FOR UPDATE`,
        [input.caseReference.trim()],
      );
      if (!target) throw DomainError.invalid([{ field: 'caseReference', message: 'There is no case with this reference' }]);
      const [existing]: unknown[] = await tx.query(`SELECT 1 FROM legal_hold WHERE case_id = $1 AND lifted_at IS NULL`, [target.id]);
      if (existing) throw DomainError.invalid([{ field: 'caseReference', message: 'This case already has a legal hold' }]);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO legal_hold (case_id, reason, placed_by, placed_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [target.id, reason, ctx.actor.userId, this.clock.now()],
      );
      await this.audit.record(ctx, [{ action: AuditAction.PlaceLegalHold, entityType: AuditEntity.Case, entityId: target.id, familyId: target.family_id, allowed: true }], tx);
      return row.id;
    });
    return this.hold(id);
  }

  async liftHold(ctx: SignedInContext, input: LiftLegalHoldInput): Promise<LegalHoldModel> {
    await this.db.transaction(async (tx) => {
      const [hold]: { case_id: string; family_id: string; lifted_at: Date | null; version: number }[] = await tx.query(
        `SELECT h.case_id, c.family_id, h.lifted_at, h.version FROM legal_hold h JOIN early_help_case c ON c.id = h.case_id WHERE h.id = $1 FOR UPDATE OF h`,
        [input.id],
      );
      if (!hold) throw DomainError.notFound();
      if (hold.version !== input.version || hold.lifted_at !== null) throw DomainError.conflict();
      await tx.query(`UPDATE legal_hold SET lifted_at = $2, lifted_by = $3, version = version + 1 WHERE id = $1`, [input.id, this.clock.now(), ctx.actor.userId]);
      await this.audit.record(ctx, [{ action: AuditAction.LiftLegalHold, entityType: AuditEntity.Case, entityId: hold.case_id, familyId: hold.family_id, allowed: true }], tx);
    });
    return this.hold(input.id);
  }

  private async hold(id: string): Promise<LegalHoldModel> {
    const [row]: HoldRow[] = await this.db.query(`SELECT ${HOLD_COLUMNS} WHERE h.id = $1`, [id]);
    if (!row) throw DomainError.notFound();
    return toHold(row);
  }

  // What the purge would remove today, and what a hold or live work is keeping past its date.
  async review(): Promise<RetentionReviewItemModel[]> {
    const items = await this.purge.review(londonToday(this.clock.now()));
    return items
      .filter((i) => i.state === RetentionState.DUE || i.state === RetentionState.HELD)
      .map((i) => ({
        recordType: i.recordType, entityType: i.entityType, id: i.id, reference: i.reference, state: i.state, dueOn: i.dueOn,
        legalHold: i.legalHold, familyActive: i.familyActive,
      }));
  }

  // Finding the person a subject access request is about. Audited: it reveals who is known.
  async searchPeople(ctx: SignedInContext, input: SubjectAccessSearchInput): Promise<SubjectAccessPersonModel[]> {
    const dob = input.dateOfBirth ? parseIsoDate(input.dateOfBirth) : null;
    if (input.dateOfBirth && !dob) throw DomainError.invalid([{ field: 'dateOfBirth', message: 'Enter a real date of birth' }]);
    const rows: { id: string; first_name: string; last_name: string; date_of_birth: string; role: string; reference: string; family_id: string }[] =
      await this.db.query(
        `SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.role, f.reference, f.id AS family_id
           FROM person p JOIN family f ON f.id = p.family_id
          WHERE lower(p.last_name) = lower($1)
            AND ($2::text IS NULL OR lower(p.first_name) = lower($2))
            AND ($3::date IS NULL OR p.date_of_birth = $3::date)
          ORDER BY p.last_name, p.first_name, p.date_of_birth LIMIT 50`,
        [input.lastName.trim(), input.firstName?.trim() || null, dob],
      );
    await this.audit.listed(
      ctx,
      AuditAction.SearchPeople,
      AuditEntity.Person,
      rows.map((r) => ({ id: r.id, familyId: r.family_id })),
    );
    return rows.map((r) => ({
      id: r.id, firstName: r.first_name, lastName: r.last_name, dateOfBirth: r.date_of_birth, role: r.role, familyReference: r.reference,
    }));
  }
}
