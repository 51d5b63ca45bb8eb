import { Injectable, Inject } from '@nestjs/common';
import {
  canChangeLead,
  canDecideTransfer,
  canOfferTransfer,
  canStepDownFromLevel3,
  DomainError,
  DomainErrorCode,
  LeadChanger,
  LevelOfNeed,
  newLeadProblem,
  Role,
  inRunningText,
  sentenceCase,
} from '@eh/domain';
import { CaseUpdateKind, TransferUpdateKind } from '@eh/notifications';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { Outbox } from '../notifications/outbox';
import { CaseAccessService } from './case-access.service';
import { recordCaseEvent } from './case-events';
import {
  AcceptCaseTransferInput,
  ChangeLeadPractitionerInput,
  DeclineCaseTransferInput,
  OfferCaseTransferInput,
} from './dto/lead-change.inputs';
import { LeadChangeRepository } from './lead-change.repository';
import { CaseTransferOfferModel, LeadChangeModel } from './models/lead-change.models';
import { VisibilityRepository } from './visibility.repository';
import { PractitionerModel } from '../identity/models/identity.models';
import { APP_CONFIG, AppConfig } from '../config/app-config';

// Changing a case's lead practitioner: within the lead agency at once, or to another agency by an
// offer the receiving agency accepts or declines. Until then the case keeps its lead.
@Injectable()
export class LeadChangeService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly visibility: VisibilityRepository,
    private readonly repository: LeadChangeRepository,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async changer(ctx: SignedInContext): Promise<LeadChanger> {
    return {
      ...ctx.actor,
      agencyManager: ctx.actor.role === Role.PRACTITIONER && (await this.repository.isAgencyManager(ctx.actor.userId)),
    };
  }

  private async namedProfessionals(caseId: string): Promise<string[]> {
    return (await this.visibility.namedProfessionals([caseId])).map((p) => p.user_id);
  }

  // For the case page: whether the viewer may change the lead, to whom, and any open offer.
  async forCase(
    ctx: SignedInContext,
    c: { id: string; status: string; leadAgencyId: string; leadPractitionerId: string },
  ): Promise<LeadChangeModel> {
    const allowed = canChangeLead(await this.changer(ctx), { status: c.status as never, leadAgencyId: c.leadAgencyId });
    const candidates = allowed ? await this.repository.practitioners(c.leadAgencyId) : [];
    const open = await this.repository.openTransferOf(c.id);
    return {
      canChangeLead: allowed,
      candidates: candidates
        .filter((p) => p.id !== c.leadPractitionerId)
        .map((p) => ({ id: p.id, displayName: p.display_name, jobTitle: p.job_title })),
      openTransfer: open
        ? {
            id: open.id,
            toAgencyName: open.to_agency_name,
            toPractitionerName: open.to_practitioner_name,
            note: open.note,
            offeredAt: open.offered_at,
          }
        : null,
    };
  }

  async changeLead(ctx: SignedInContext, input: ChangeLeadPractitionerInput): Promise<string> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canChangeLead(await this.changer(ctx), row)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the lead agency’s manager or the FPT manager can change the ${this.config.terms.leadPractitioner}`,
      );
    }
    if (row.version !== input.version) throw DomainError.conflict();
    const candidate = await this.repository.person(input.newLeadId);
    const problem = newLeadProblem(
      candidate ? { active: candidate.active, role: candidate.role as Role, agencyId: candidate.agency_id } : null,
      row.leadAgencyId,
      row.leadPractitionerId,
      input.newLeadId,
    );
    if (problem) throw DomainError.invalid([{ field: 'newLeadId', message: problem }]);
    const oldLead = await this.repository.person(row.leadPractitionerId);
    const named = await this.namedProfessionals(row.id);
    await this.db.transaction(async (em, tx) => {
      const changed = await this.repository.changeLead(tx, {
        caseId: row.id,
        version: input.version,
        oldLeadId: row.leadPractitionerId,
        newLeadId: input.newLeadId,
      });
      if (!changed) throw DomainError.conflict();
      const reason = input.reason?.trim();
      await recordCaseEvent(
        tx,
        row.id,
        'LEAD_CHANGED',
        `${sentenceCase(this.config.terms.leadPractitioner)} changed from ${oldLead?.display_name ?? 'a former colleague'} to ${candidate?.display_name}${reason ? `: ${reason}` : ''}`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.ChangeLead, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await this.outbox.caseUpdate(tx, CaseUpdateKind.LEAD_CHANGED, row.id, [row.leadPractitionerId, input.newLeadId, ...named]);
    });
    return row.id;
  }

  // `stepDown`: a level 3 case offered down to a partner lead (issue 13, part 6); it becomes level
  // 2 when accepted. A level 3 case moves to a partner in no other way.
  async offer(ctx: SignedInContext, input: OfferCaseTransferInput, stepDown = false): Promise<string> {
    const { row } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!stepDown && row.level === LevelOfNeed.FamilyCasework) {
      throw new DomainError(DomainErrorCode.InvalidState, 'A level 3 case moves to a partner agency by a step-down');
    }
    const changer = await this.changer(ctx);
    if (stepDown ? !canStepDownFromLevel3(changer, row) : !canOfferTransfer(changer, row)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        stepDown
          ? 'Only the family caseworker leading a level 3 case, or their manager, can step it down'
          : 'Only the lead agency’s manager or the FPT manager can offer the case to another agency',
      );
    }
    if (row.version !== input.version) throw DomainError.conflict();
    const agency = await this.repository.agency(input.toAgencyId);
    if (!agency || agency.is_council_team || agency.family_casework || agency.id === row.leadAgencyId) {
      throw DomainError.invalid([{ field: 'toAgencyId', message: 'Choose another partner agency' }]);
    }
    const toPractitionerId = input.toPractitionerId ?? null;
    if (toPractitionerId) {
      const p = await this.repository.person(toPractitionerId);
      const problem = newLeadProblem(
        p ? { active: p.active, role: p.role as Role, agencyId: p.agency_id } : null,
        agency.id,
        null,
        toPractitionerId,
      );
      if (problem) throw DomainError.invalid([{ field: 'toPractitionerId', message: problem }]);
    }
    const receivers = toPractitionerId ? [toPractitionerId] : await this.repository.managers(agency.id);
    return this.db.transaction(async (em, tx) => {
      const id = await this.repository.offer(tx, {
        caseId: row.id,
        version: input.version,
        fromAgencyId: row.leadAgencyId,
        fromLeadId: row.leadPractitionerId,
        toAgencyId: agency.id,
        toPractitionerId,
        note: stepDown
          ? `Step down from Family Casework (level 3) to partner-led ${inRunningText(this.config.terms.earlyHelp)}. ${input.note.trim()}`
          : input.note.trim(),
        offeredBy: ctx.actor.userId,
        ...(stepDown ? { toLevel: 2 as const } : {}),
      });
      if (!id) throw DomainError.conflict();
      await recordCaseEvent(
        tx,
        row.id,
        stepDown ? 'STEP_DOWN_OFFERED' : 'TRANSFER_OFFERED',
        stepDown
          ? `Step down to partner-led ${inRunningText(this.config.terms.earlyHelp)} offered to ${agency.name}; the family caseworker keeps the case until it is accepted`
          : `Case offered to ${agency.name}; the current lead keeps it until the offer is accepted`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.OfferTransfer, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await this.outbox.transferUpdate(tx, TransferUpdateKind.TRANSFER_OFFERED, id, receivers);
      return id;
    });
  }

  async withdraw(ctx: SignedInContext, transferId: string): Promise<string> {
    const transfer = await this.repository.transfer(transferId);
    if (!transfer) throw DomainError.notFound();
    const { row } = await this.access.loadVisible(ctx, transfer.case_id, AuditAction.ReadCase);
    if (!canOfferTransfer(await this.changer(ctx), row)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead agency’s manager or the FPT manager can withdraw the offer');
    }
    const receivers = transfer.to_practitioner_id ? [transfer.to_practitioner_id] : await this.repository.managers(transfer.to_agency_id);
    await this.db.transaction(async (em, tx) => {
      if (!(await this.repository.close(tx, transferId, { status: 'WITHDRAWN', by: ctx.actor.userId, reason: null })))
        throw DomainError.conflict();
      await recordCaseEvent(
        tx,
        row.id,
        'TRANSFER_WITHDRAWN',
        'The offer to move the case to another agency was withdrawn',
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.WithdrawTransfer, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      await this.outbox.transferUpdate(tx, TransferUpdateKind.TRANSFER_WITHDRAWN, transferId, receivers);
    });
    return row.id;
  }

  // The offer as the receiving agency may act on it; a refusal looks like a missing offer.
  private async decidable(ctx: SignedInContext, transferId: string) {
    const transfer = await this.repository.transfer(transferId);
    const allowed =
      !!transfer &&
      transfer.status === 'OFFERED' &&
      canDecideTransfer(await this.changer(ctx), { toAgencyId: transfer.to_agency_id, toPractitionerId: transfer.to_practitioner_id });
    await this.audit.record(ctx, [
      { action: AuditAction.ReadCase, entityType: AuditEntity.Case, entityId: transfer?.case_id ?? transferId, familyId: null, allowed },
    ]);
    if (!transfer || !allowed) throw DomainError.notFound();
    return transfer;
  }

  async accept(ctx: SignedInContext, input: AcceptCaseTransferInput): Promise<string> {
    const transfer = await this.decidable(ctx, input.transferId);
    const candidate = await this.repository.person(input.newLeadId);
    const problem = newLeadProblem(
      candidate ? { active: candidate.active, role: candidate.role as Role, agencyId: candidate.agency_id } : null,
      transfer.to_agency_id,
      null,
      input.newLeadId,
    );
    if (problem) throw DomainError.invalid([{ field: 'newLeadId', message: problem }]);
    const agency = await this.repository.agency(transfer.to_agency_id);
    return this.db.transaction(async (em, tx) => {
      const caseId = await this.repository.accept(tx, transfer.id, input.newLeadId);
      if (!caseId) throw DomainError.conflict();
      // The receiving agency now leads the case, so it sees it by the one rule from here on.
      const { row } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
      await recordCaseEvent(
        tx,
        caseId,
        'TRANSFER_ACCEPTED',
        `${agency?.name ?? 'The receiving agency'} accepted the case; ${candidate?.display_name} is now the ${this.config.terms.leadPractitioner}`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.AcceptTransfer, entityType: AuditEntity.Case, entityId: caseId, familyId: row.familyId, allowed: true }],
        em,
      );
      const named = await this.namedProfessionals(caseId);
      await this.outbox.caseUpdate(tx, CaseUpdateKind.LEAD_CHANGED, caseId, [input.newLeadId, ...named]);
      await this.outbox.transferUpdate(tx, TransferUpdateKind.TRANSFER_ACCEPTED, transfer.id, [transfer.from_lead_id, transfer.offered_by]);
      return caseId;
    });
  }

  async decline(ctx: SignedInContext, input: DeclineCaseTransferInput): Promise<boolean> {
    const transfer = await this.decidable(ctx, input.transferId);
    await this.db.transaction(async (em, tx) => {
      if (!(await this.repository.close(tx, transfer.id, { status: 'DECLINED', by: ctx.actor.userId, reason: input.reason.trim() })))
        throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [{ action: AuditAction.DeclineTransfer, entityType: AuditEntity.Case, entityId: transfer.case_id, familyId: null, allowed: true }],
        em,
      );
      await this.outbox.transferUpdate(tx, TransferUpdateKind.TRANSFER_DECLINED, transfer.id, [transfer.from_lead_id, transfer.offered_by]);
    });
    return true;
  }

  // Who could be named to receive an offer in another agency: for those who may offer a case.
  async practitionersToOfferTo(ctx: SignedInContext, agencyId: string): Promise<PractitionerModel[]> {
    const changer = await this.changer(ctx);
    if (changer.role !== Role.FPT_MANAGER && !changer.agencyManager) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only an agency’s manager or the FPT manager can offer a case to another agency');
    }
    const agency = await this.repository.agency(agencyId);
    if (!agency || agency.is_council_team) return [];
    return (await this.repository.practitioners(agencyId)).map((p) => ({ id: p.id, displayName: p.display_name, jobTitle: p.job_title }));
  }

  // Cases offered to the viewer's agency, with what it needs to decide (the narrow definer view).
  async offers(ctx: SignedInContext): Promise<CaseTransferOfferModel[]> {
    const rows = await this.repository.offeredToActor();
    await this.audit.listed(
      ctx,
      AuditAction.ListTransferOffers,
      AuditEntity.Case,
      rows.map((r) => ({ id: r.case_id, familyId: r.family_id })),
    );
    if (rows.length === 0) return [];
    const changer = await this.changer(ctx);
    const candidates = (await this.repository.practitioners(ctx.actor.agencyId)).map((p) => ({
      id: p.id,
      displayName: p.display_name,
      jobTitle: p.job_title,
    }));
    return rows.map((r) => ({
      id: r.transfer_id,
      caseReference: r.case_reference,
      familyName: r.family_name ? `${r.family_name} family` : 'Family',
      childrenCount: r.children_count,
      fromAgencyName: r.from_agency_name,
      offeredByName: r.offered_by_name,
      note: r.note,
      offeredAt: new Date(r.offered_at),
      canDecide: canDecideTransfer(changer, { toAgencyId: ctx.actor.agencyId, toPractitionerId: r.to_practitioner_id }),
      candidates,
    }));
  }
}
