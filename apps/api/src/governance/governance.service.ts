import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { DomainError, londonToday, parseIsoDate, retentionPolicyProblems, RetentionState } from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
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
import { LegalHoldRepository } from './legal-hold.repository';
import { RetentionPolicyRepository } from './retention-policy.repository';
import { RetentionPurgeService } from './retention-purge.service';
import { SubjectAccessRepository } from './subject-access.repository';

// The council's retention schedule, legal holds and the purge review, for the FPT manager (in a
// real council, an information governance role).
@Injectable()
export class GovernanceService {
  constructor(
    private readonly db: Db,
    private readonly retention: RetentionPolicyRepository,
    private readonly legalHolds: LegalHoldRepository,
    private readonly subjectAccess: SubjectAccessRepository,
    private readonly audit: AuditService,
    private readonly purge: RetentionPurgeService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  policies(): Promise<RetentionPolicyModel[]> {
    return this.retention.list();
  }

  async updatePolicy(ctx: SignedInContext, input: UpdateRetentionPolicyInput): Promise<RetentionPolicyModel> {
    const problems = retentionPolicyProblems(input);
    if (problems.length) throw DomainError.invalid(problems);
    await this.db.transaction(async (em, tx) => {
      const { recordType, version, rule, period } = input;
      if (
        !(await this.retention.update(tx, { recordType, version, rule, period, updatedBy: ctx.actor.userId, updatedAt: this.clock.now() }))
      )
        throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.UpdateRetentionPolicy,
            entityType: AuditEntity.RetentionPolicy,
            entityId: null,
            familyId: null,
            allowed: true,
          },
        ],
        em,
      );
    });
    const updated = (await this.policies()).find((p) => p.recordType === input.recordType);
    if (!updated) throw DomainError.notFound();
    return updated;
  }

  holds(includeLifted: boolean): Promise<LegalHoldModel[]> {
    return this.legalHolds.list(includeLifted);
  }

  async placeHold(ctx: SignedInContext, input: PlaceLegalHoldInput): Promise<LegalHoldModel> {
    const reason = input.reason.trim();
    if (!reason) throw DomainError.invalid([{ field: 'reason', message: 'Enter why the records must be kept' }]);
    const id = await this.db.transaction(async (em, tx) => {
      const target = await this.legalHolds.lockCase(tx, input.caseReference.trim());
      if (!target) throw DomainError.invalid([{ field: 'caseReference', message: 'There is no case with this reference' }]);
      if (await this.legalHolds.isHeld(tx, target.id))
        throw DomainError.invalid([{ field: 'caseReference', message: 'This case already has a legal hold' }]);
      const placed = await this.legalHolds.place(tx, { caseId: target.id, reason, placedBy: ctx.actor.userId, placedAt: this.clock.now() });
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.PlaceLegalHold,
            entityType: AuditEntity.Case,
            entityId: target.id,
            familyId: target.family_id,
            allowed: true,
          },
        ],
        em,
      );
      return placed;
    });
    return this.hold(id);
  }

  async liftHold(ctx: SignedInContext, input: LiftLegalHoldInput): Promise<LegalHoldModel> {
    await this.db.transaction(async (em, tx) => {
      const hold = await this.legalHolds.lock(tx, input.id);
      if (!hold) throw DomainError.notFound();
      if (hold.version !== input.version || hold.lifted_at !== null) throw DomainError.conflict();
      await this.legalHolds.lift(tx, input.id, this.clock.now(), ctx.actor.userId);
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.LiftLegalHold,
            entityType: AuditEntity.Case,
            entityId: hold.case_id,
            familyId: hold.family_id,
            allowed: true,
          },
        ],
        em,
      );
    });
    return this.hold(input.id);
  }

  private async hold(id: string): Promise<LegalHoldModel> {
    const row = await this.legalHolds.one(id);
    if (!row) throw DomainError.notFound();
    return row;
  }

  // What the purge would remove today, and what a hold or live work is keeping past its date.
  async review(): Promise<RetentionReviewItemModel[]> {
    const items = await this.purge.review(londonToday(this.clock.now()));
    return items
      .filter((i) => i.state === RetentionState.DUE || i.state === RetentionState.HELD)
      .map((i) => ({
        recordType: i.recordType,
        entityType: i.entityType,
        id: i.id,
        reference: i.reference,
        state: i.state,
        dueOn: i.dueOn,
        legalHold: i.legalHold,
        familyActive: i.familyActive,
      }));
  }

  // Finding the person a subject access request is about. Audited: it reveals who is known.
  async searchPeople(ctx: SignedInContext, input: SubjectAccessSearchInput): Promise<SubjectAccessPersonModel[]> {
    const dob = input.dateOfBirth ? parseIsoDate(input.dateOfBirth) : null;
    if (input.dateOfBirth && !dob) throw DomainError.invalid([{ field: 'dateOfBirth', message: 'Enter a real date of birth' }]);
    const rows = await this.subjectAccess.searchPeople(input.lastName.trim(), input.firstName?.trim() || null, dob);
    await this.audit.listed(
      ctx,
      AuditAction.SearchPeople,
      AuditEntity.Person,
      rows.map((r) => ({ id: r.id, familyId: r.family_id })),
    );
    return rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      dateOfBirth: r.date_of_birth,
      role: r.role,
      familyReference: r.reference,
    }));
  }
}
