import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { JobName } from '@eh/notifications';
import {
  alertLedgerBasis,
  alertProblems,
  AlertKind,
  DomainError,
  isFamilyPartnershipTeam,
  londonToday,
  parseIsoDate,
  personMatchKey,
  routeAlert,
  ShareDecision,
  ShareDecisionSource,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Outbox } from '../notifications/outbox';
import { ShareDecisionService } from './share-decision.service';
import { SharingRepository } from './sharing.repository';
import { AlertReceiptModel, RaiseAlertInput, SharingAlertModel, SharingRecordModel } from './sharing.models';

const KIND_WORDS: Readonly<Record<AlertKind, string>> = {
  [AlertKind.POLICE_CALL_OUT]: 'police call-out',
  [AlertKind.SCHOOL_EXCLUSION]: 'school exclusion',
  [AlertKind.HOSPITAL_ATTENDANCE]: 'hospital attendance',
  [AlertKind.MISSING_EPISODE]: 'missing episode',
  [AlertKind.OTHER]: 'other concern',
};

@Injectable()
export class SharingService {
  constructor(
    private readonly db: Db,
    private readonly sharing: SharingRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly outbox: Outbox,
    private readonly ledger: ShareDecisionService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // Any practitioner may raise an alert about a person; the answer never says whether the family
  // is known to early help. Known families' alerts go to the lead and consented agencies; others
  // go to the front door.
  async raise(ctx: SignedInContext, input: RaiseAlertInput): Promise<AlertReceiptModel> {
    const problems = [];
    if (!input.firstName.trim()) problems.push({ field: 'firstName', message: 'Enter the first name' });
    if (!input.lastName.trim()) problems.push({ field: 'lastName', message: 'Enter the last name' });
    if (!parseIsoDate(input.dateOfBirth)) problems.push({ field: 'dateOfBirth', message: 'Date of birth must be a real date' });
    if (!input.summary.trim()) problems.push({ field: 'summary', message: 'Say what happened' });
    const extraAgencyIds = [...new Set(input.extraAgencyIds)];
    if ((await this.sharing.agenciesFound(extraAgencyIds)) !== extraAgencyIds.length)
      problems.push({ field: 'extraAgencyIds', message: 'Choose agencies from the list' });
    if (problems.length) throw DomainError.invalid(problems);

    const key = personMatchKey(input);
    // The sender may not be able to read the family's case: routing facts come through the one
    // database function that may look past row-level security for this (migrations 0020, 0023);
    // who is told through consent is decided there by the visibility rule on the London date.
    const matches = (await this.sharing.routing(input.lastName.trim(), input.dateOfBirth, londonToday(this.clock.now()))).filter(
      (m) => personMatchKey({ firstName: m.first_name, lastName: input.lastName, dateOfBirth: input.dateOfBirth }) === key,
    );
    const familyIds = matches.map((m) => m.family_id);
    const openCase = matches.find((m) => m.case_id !== null) ?? null;
    const frontDoor = await this.sharing.frontDoor();
    const facts = {
      leadAgencyId: openCase?.lead_agency_id ?? null,
      consentedAgencyIds: openCase?.consented_agency_ids ?? [],
      frontDoorAgencyId: frontDoor.id,
      senderAgencyId: ctx.actor.agencyId,
      extraAgencyIds,
      safeguardingReason: input.safeguardingReason ?? null,
      urgent: input.urgent,
    };
    const refused = alertProblems(facts);
    if (refused.length) throw DomainError.invalid(refused);
    const shares = routeAlert(facts);

    const caseId = openCase?.case_id ?? null;
    const familyId = openCase?.family_id ?? familyIds[0] ?? null;
    const what = `Information-sharing alert: ${KIND_WORDS[input.kind]}${input.urgent ? ' (urgent)' : ''}`;
    return this.db.transaction(async (em, tx) => {
      const alert = await this.sharing.raise(tx, {
        caseId,
        familyId,
        raisedBy: ctx.actor.userId,
        raisedByAgency: ctx.actor.agencyId,
        kind: input.kind,
        summary: input.summary.trim(),
        urgent: input.urgent,
        safeguardingReason: input.safeguardingReason?.trim() || null,
        raisedAt: this.clock.now(),
      });
      await this.sharing.share(tx, alert.id, shares, this.clock.now());
      // The ledger: one decision per agency told, on the footing the routing gave it.
      await this.ledger.record(
        tx,
        ctx.actor,
        shares.map((share) => ({
          familyId,
          caseId,
          source: ShareDecisionSource.SHARING_ALERT,
          sourceId: alert.id,
          decision: ShareDecision.SHARE,
          lawfulBasis: alertLedgerBasis(share.basis),
          whatShared: what,
          sharedWithAgencyId: share.agencyId,
        })),
      );
      await this.outbox.enqueue(tx, JobName.AlertRaised, { alertId: alert.id });
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RaiseAlert,
            entityType: AuditEntity.Alert,
            entityId: alert.id,
            familyId: openCase?.family_id ?? null,
            allowed: true,
          },
        ],
        em,
      );
      if (openCase?.case_id) {
        await recordCaseEvent(tx, openCase.case_id, 'SHARING_ALERT', what, ctx.actor.userId);
      }
      return { id: alert.id, raisedAt: alert.raised_at };
    });
  }

  // Alerts shared with the viewer's agency, and those they raised (without saying where they went).
  async alerts(ctx: SignedInContext): Promise<SharingAlertModel[]> {
    const rows = await this.sharing.alertsFor(ctx.actor.agencyId, ctx.actor.userId);
    const visible = await this.access.visibleIds(
      ctx,
      rows.flatMap((r) => (r.case_id ? [r.case_id] : [])),
    );
    await this.audit.listed(
      ctx,
      AuditAction.ReadAlert,
      AuditEntity.Alert,
      rows.map((r) => ({ id: r.id, familyId: null })),
    );
    return rows.map((r) => {
      const open = r.case_id !== null && visible.has(r.case_id) && (r.basis !== null || isFamilyPartnershipTeam(ctx.actor));
      return {
        id: r.id,
        kind: r.kind,
        summary: r.summary,
        urgent: r.urgent,
        raisedByName: r.raised_by_name,
        raisedByAgency: r.raised_by_agency,
        raisedAt: r.raised_at,
        caseId: open ? r.case_id : null,
        caseReference: open ? r.reference : null,
        basis: r.basis,
      };
    });
  }

  // The family's sharing history, for people who may read the case.
  async history(caseId: string): Promise<SharingRecordModel[]> {
    const rows = await this.sharing.history(caseId);
    return rows.map((r) => ({
      alertId: r.alert_id,
      kind: r.kind,
      raisedByName: r.raised_by_name,
      raisedByAgency: r.raised_by_agency,
      sharedWith: r.shared_with,
      basis: r.basis,
      safeguardingReason: r.safeguarding_reason,
      sharedAt: r.shared_at,
    }));
  }
}
