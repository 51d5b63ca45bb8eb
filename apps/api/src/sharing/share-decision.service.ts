import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DomainError,
  NOT_SHARING_REASON_LABELS,
  NotSharingReason,
  ShareDecision,
  shareDecisionProblems,
  ShareDecisionSource,
  ShareLawfulBasis,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { RecordShareDecisionInput, ShareDecisionCountModel, ShareDecisionModel } from './share-decision.models';
import { ShareDecisionRepository } from './share-decision.repository';
import { SharingRepository } from './sharing.repository';

// One entry in the ledger, as a caller that shares describes it.
export interface LedgerEntry {
  readonly familyId: string | null;
  readonly caseId: string | null;
  readonly personId?: string | null;
  readonly source: ShareDecisionSource;
  readonly sourceId: string | null;
  readonly decision: ShareDecision;
  readonly lawfulBasis: ShareLawfulBasis;
  readonly reason?: NotSharingReason | null;
  readonly reasonText?: string | null;
  readonly whatShared: string;
  readonly sharedWithAgencyId?: string | null;
  readonly sharedWithOther?: string | null;
}

// The share and don't-share ledger (issue 14, part 3). Every way the portal shares information
// about a child calls `record` inside its own transaction, so a share that does not commit
// leaves no entry and an entry never outlives its share. Practitioners record a decision not to
// share, or a share made outside the portal, on the case page.
@Injectable()
export class ShareDecisionService {
  constructor(
    private readonly db: Db,
    private readonly ledger: ShareDecisionRepository,
    private readonly sharing: SharingRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // Writes the decisions on the caller's transaction (`tx`), as decided by `actor` now. The
  // entries are checked like a practitioner's: a caller's mistake is refused, never half-written.
  async record(tx: Database, actor: Pick<Actor, 'userId' | 'agencyId'>, entries: readonly LedgerEntry[]): Promise<string[]> {
    const problems = entries.flatMap((e) => shareDecisionProblems(e));
    if (problems.length) throw DomainError.invalid(problems);
    const decidedAt = this.clock.now();
    const rows = entries.map((e) => ({
      id: randomUUID(),
      familyId: e.familyId,
      caseId: e.caseId,
      personId: e.personId ?? null,
      source: e.source,
      sourceId: e.sourceId,
      decision: e.decision,
      lawfulBasis: e.lawfulBasis,
      reason: e.decision === ShareDecision.NOT_SHARE ? (e.reason ?? null) : null,
      reasonText: e.decision === ShareDecision.NOT_SHARE ? e.reasonText?.trim() || null : null,
      whatShared: e.whatShared.trim(),
      sharedWithAgencyId: e.sharedWithAgencyId ?? null,
      sharedWithOther: e.sharedWithOther?.trim() || null,
      decidedBy: actor.userId,
      decidedByAgencyId: actor.agencyId,
      decidedAt,
    }));
    await this.ledger.record(tx, rows);
    return rows.map((r) => r.id);
  }

  // A decision recorded on the case page by anyone who may see the case: they hold what it is about.
  async recordOnCase(ctx: SignedInContext, input: RecordShareDecisionInput): Promise<ShareDecisionModel> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    const problems = shareDecisionProblems(input);
    if (input.sharedWithAgencyId && (await this.sharing.agenciesFound([input.sharedWithAgencyId])) !== 1) {
      problems.push({ field: 'sharedWithAgencyId', message: 'Choose an agency from the list' });
    }
    if (input.childId && !(await this.ledger.childOfFamily(input.childId, row.familyId))) {
      problems.push({ field: 'childId', message: 'Choose a child from the family' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const [id] = await this.db.transaction(async (em, tx) => {
      const ids = await this.record(tx, ctx.actor, [
        {
          familyId: row.familyId,
          caseId: row.id,
          personId: input.childId ?? null,
          source: ShareDecisionSource.RECORDED,
          sourceId: null,
          decision: input.decision,
          lawfulBasis: input.lawfulBasis,
          reason: input.reason,
          reasonText: input.reasonText,
          whatShared: input.whatShared,
          sharedWithAgencyId: input.sharedWithAgencyId,
          sharedWithOther: input.sharedWithOther,
        },
      ]);
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RecordShareDecision,
            entityType: AuditEntity.ShareDecision,
            entityId: ids[0],
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await recordCaseEvent(tx, row.id, 'SHARE_DECISION_RECORDED', chronologyLine(input), ctx.actor.userId);
      return ids;
    });
    const recorded = (await this.forCase(ctx, row.id)).find((d) => d.id === id);
    if (!recorded) throw DomainError.notFound();
    return recorded;
  }

  // The family's ledger, for those who may see the case; the listing is audited as one row.
  async forCase(ctx: SignedInContext, caseId: string): Promise<ShareDecisionModel[]> {
    const familyId = (await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase)).row.familyId;
    const rows = await this.ledger.forFamily(familyId);
    await this.audit.listed(
      ctx,
      AuditAction.ReadShareDecisions,
      AuditEntity.ShareDecision,
      rows.map((r) => ({ id: r.id, familyId })),
    );
    return rows.map((r) => ({
      id: r.id,
      decision: r.decision,
      lawfulBasis: r.lawful_basis,
      reason: r.reason,
      reasonText: r.reason_text,
      whatShared: r.what_shared,
      sharedWith: r.shared_with_agency ?? r.shared_with_other ?? '',
      childName: r.child_first_name ? `${r.child_first_name} ${r.child_last_name ?? ''}`.trim() : null,
      source: r.source,
      decidedByName: r.decided_by_name,
      decidedByAgency: r.decided_by_agency,
      decidedAt: new Date(r.decided_at),
    }));
  }

  // For the impact figures: counts only, from a database function.
  async counts(from: string, to: string): Promise<ShareDecisionCountModel[]> {
    return (await this.ledger.counts(from, to)).map((r) => ({
      month: r.month,
      decision: r.decision,
      lawfulBasis: r.lawful_basis,
      reason: r.reason,
      decisions: Number(r.decisions),
    }));
  }
}

// The chronology says what kind of decision it was; the ledger holds the detail.
function chronologyLine(input: RecordShareDecisionInput): string {
  if (input.decision !== ShareDecision.NOT_SHARE) return 'Information shared outside the portal recorded';
  return `Decision not to share recorded: ${NOT_SHARING_REASON_LABELS[input.reason ?? NotSharingReason.OTHER].toLowerCase()}`;
}
