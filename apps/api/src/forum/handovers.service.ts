import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseUpdateKind } from '@eh/notifications';
import {
  canStepUp,
  CaseStatus,
  ClosureOutcome,
  DomainError,
  DomainErrorCode,
  EscalationRoute,
  isFamilyPartnershipTeam,
  ReceivingTeam,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Db } from '../database/db';
import { CaseRow } from '../database/entities';
import { Database } from '../database/kysely';
import { DirectoryService } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { UrgentStepUpInput } from './forum.inputs';
import { HandoverModel } from './forum.models';
import { HandoverRecord, HandoverRepository } from './handover.repository';

const TEAM_WORDS: Readonly<Record<ReceivingTeam, string>> = {
  [ReceivingTeam.FAMILY_CASEWORK]: 'Family Casework (level 3)',
  [ReceivingTeam.CHILDRENS_SOCIAL_CARE]: 'Children’s Social Care (level 4)',
};

const STEPPED_UP_TO: Readonly<Record<ReceivingTeam, ClosureOutcome>> = {
  [ReceivingTeam.FAMILY_CASEWORK]: ClosureOutcome.STEPPED_UP_TO_LEVEL_3,
  [ReceivingTeam.CHILDRENS_SOCIAL_CARE]: ClosureOutcome.STEPPED_UP_TO_LEVEL_4,
};

function toHandover(row: HandoverRecord): HandoverModel {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.reference,
    toTeam: row.to_team,
    route: row.route,
    reason: row.reason,
    requestedByName: row.requested_by_name ?? 'Unknown user',
    requestedAt: row.requested_at,
    acceptedAt: row.accepted_at,
  };
}

// Step-up handovers: agreed at the Forum or, for an urgent safeguarding concern, straight to the
// front door; the early help case closes only when the receiving team accepts.
@Injectable()
export class HandoversService {
  constructor(
    private readonly db: Db,
    private readonly handovers: HandoverRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly directory: DirectoryService,
  ) {}

  // Opens a handover in the caller's transaction, with its chronology line; its id.
  async open(
    tx: Database,
    ctx: SignedInContext,
    row: CaseRow,
    to: ReceivingTeam,
    route: EscalationRoute,
    reason: string,
    itemId: string | null,
  ): Promise<string> {
    const id = await this.handovers.open(tx, { caseId: row.id, itemId, to, route, reason, requestedBy: ctx.actor.userId });
    if (id === undefined) throw new DomainError(DomainErrorCode.InvalidState, 'A handover for this case is already waiting to be accepted');
    await recordCaseEvent(
      tx,
      row.id,
      'HANDOVER_REQUESTED',
      `${route === EscalationRoute.URGENT_SAFEGUARDING ? 'Urgent safeguarding step up' : 'Step up agreed at the Forum'} to ${TEAM_WORDS[to]}: ${reason}`,
      ctx.actor.userId,
    );
    return id;
  }

  // An urgent safeguarding step up, in the caller's transaction: the handover, the audit line, and
  // the front door and the FPT manager told at once; the handover's id.
  async openUrgent(
    tx: Database,
    em: EntityManager,
    ctx: SignedInContext,
    row: CaseRow,
    to: ReceivingTeam,
    reason: string,
  ): Promise<string> {
    const created = await this.open(tx, ctx, row, to, EscalationRoute.URGENT_SAFEGUARDING, reason, null);
    await this.audit.record(
      ctx,
      [{ action: AuditAction.UrgentStepUp, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
      em,
    );
    const told = [...(await this.directory.frontDoorOfficers()), ...(await this.directory.fptManagers())];
    await this.outbox.caseUpdate(
      tx,
      CaseUpdateKind.URGENT_STEP_UP,
      row.id,
      told.map((p) => p.id),
    );
    return created;
  }

  // Outside the Forum, the only way up is the urgent safeguarding route, straight to the front door.
  async urgentStepUp(ctx: SignedInContext, input: UrgentStepUpInput): Promise<HandoverModel> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canStepUp(EscalationRoute.URGENT_SAFEGUARDING, input.reason)) {
      throw DomainError.invalid([{ field: 'reason', message: 'Say what the urgent safeguarding concern is' }]);
    }
    if (row.status === CaseStatus.CLOSED)
      throw new DomainError(DomainErrorCode.InvalidState, 'The case is closed. Contact the front door directly.');
    const id = await this.db.transaction((em, tx) => this.openUrgent(tx, em, ctx, row, input.toTeam, input.reason.trim()));
    return this.one(ctx, id);
  }

  // Handovers waiting for the receiving team, on the cases the viewer may see.
  async waiting(ctx: SignedInContext): Promise<HandoverModel[]> {
    const rows = await this.handovers.visible(ctx.actor, this.access.today());
    return rows.map(toHandover);
  }

  private async one(ctx: SignedInContext, id: string): Promise<HandoverModel> {
    const [row] = await this.handovers.visible(ctx.actor, this.access.today(), id);
    if (!row) throw DomainError.notFound();
    return toHandover(row);
  }

  // The receiving team (through the front door) accepts: only then does the early help case close.
  async accept(ctx: SignedInContext, handoverId: string): Promise<HandoverModel> {
    if (!isFamilyPartnershipTeam(ctx.actor))
      throw new DomainError(DomainErrorCode.Forbidden, 'The front door accepts handovers for the receiving team');
    const handover = await this.handovers.waiting(handoverId);
    if (!handover) throw DomainError.notFound();
    // Level 3 is held in the portal: accepted with the caseworker who will lead (acceptStepUp).
    if (handover.to_team === ReceivingTeam.FAMILY_CASEWORK) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Accept a step up to Family Casework by naming the caseworker who will lead');
    }
    const { row } = await this.access.loadVisible(ctx, handover.case_id, AuditAction.ReadCase);
    await this.db.transaction(async (em, tx) => {
      if (!(await this.handovers.accept(tx, handoverId, ctx.actor.userId))) throw DomainError.conflict();
      await this.handovers.closeCase(tx, row.id, STEPPED_UP_TO[handover.to_team], this.access.today());
      await recordCaseEvent(
        tx,
        row.id,
        'HANDOVER_ACCEPTED',
        `${TEAM_WORDS[handover.to_team]} accepted the family; early help case closed`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.AcceptHandover, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await this.outbox.caseUpdate(tx, CaseUpdateKind.HANDOVER_ACCEPTED, row.id, [row.leadPractitionerId]);
    });
    return this.one(ctx, handoverId);
  }
}
