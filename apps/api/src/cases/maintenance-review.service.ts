import { Injectable, Inject } from '@nestjs/common';
import {
  canEditPlan,
  CaseStatus,
  DomainError,
  DomainErrorCode,
  isOverdue,
  MAINTENANCE_REVIEW_MONTHS,
  maintenanceReviewDates,
  maintenanceReviewMonths,
  MaintenanceReviewOutcome,
  maintenanceReviewProblems,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { CaseAccessService } from './case-access.service';
import { recordCaseEvent } from './case-events';
import { MaintenanceReviewRepository } from './maintenance-review.repository';
import { MaintenanceReviewModel, RecordMaintenanceReviewInput } from './maintenance-review.models';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const MONTHS_WORDS: Record<number, string> = { 1: '1 month', 3: '3 months', 6: '6 months', 12: '12 months' };

// Maintenance reviews at 1, 3, 6 and 12 months, each recorded once as held or missed by the lead
// practitioner or a named professional (those who write the plan).
@Injectable()
export class MaintenanceReviewService {
  constructor(
    private readonly db: Db,
    private readonly reviews: MaintenanceReviewRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // The schedule with what is recorded; the case was read (and audited) by its page.
  async forCase(caseId: string, schedule: readonly string[]): Promise<MaintenanceReviewModel[]> {
    if (schedule.length === 0) return [];
    const recorded = await this.reviews.ofCase(caseId);
    const today = this.access.today();
    return schedule.map((dueOn, index) => {
      const r = recorded.find((x) => x.dueOn === dueOn);
      return {
        months: MAINTENANCE_REVIEW_MONTHS[index],
        dueOn,
        overdue: !r && isOverdue(dueOn, today),
        outcome: r ? (r.outcome as MaintenanceReviewOutcome) : null,
        recordedOn: r?.recordedOn ?? null,
        note: r?.note ?? null,
        recordedByName: r ? (r.recordedByName ?? 'Unknown user') : null,
      };
    });
  }

  async record(ctx: SignedInContext, input: RecordMaintenanceReviewInput): Promise<MaintenanceReviewModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner} and named professionals can do this`,
      );
    }
    if (row.status !== CaseStatus.MAINTENANCE || !row.maintenanceStartedOn) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Maintenance reviews are recorded while the case is in maintenance');
    }
    const startedOn = row.maintenanceStartedOn;
    const problems = maintenanceReviewProblems({ ...input, maintenanceStartedOn: startedOn }, this.access.today());
    if (problems.length) throw DomainError.invalid(problems);
    const months = maintenanceReviewMonths(startedOn, input.dueOn) ?? 0;
    const held = input.outcome === MaintenanceReviewOutcome.HELD;
    await this.db.transaction(async (em, tx) => {
      const added = await this.reviews.add(tx, {
        caseId: row.id,
        dueOn: input.dueOn,
        months,
        outcome: input.outcome,
        recordedOn: input.recordedOn,
        note: input.note.trim(),
        recordedBy: ctx.actor.userId,
      });
      if (!added) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RecordMaintenanceReview,
            entityType: AuditEntity.Review,
            entityId: row.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await recordCaseEvent(
        tx,
        row.id,
        'MAINTENANCE_REVIEW_RECORDED',
        held
          ? `Maintenance review at ${MONTHS_WORDS[months]} held on ${input.recordedOn}`
          : `Maintenance review at ${MONTHS_WORDS[months]} (due ${input.dueOn}) missed`,
        ctx.actor.userId,
      );
    });
    const model = (await this.forCase(row.id, maintenanceReviewDates(startedOn))).find((r) => r.dueOn === input.dueOn);
    if (!model) throw DomainError.notFound();
    return model;
  }
}
