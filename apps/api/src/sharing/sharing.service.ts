import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { JobName } from '@eh/notifications';
import {
  alertProblems,
  AlertKind,
  DomainError,
  isFamilyPartnershipTeam,
  londonToday,
  parseIsoDate,
  personMatchKey,
  routeAlert,
  SharingBasis,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Outbox } from '../notifications/outbox';
import { AlertReceiptModel, RaiseAlertInput, SharingAlertModel, SharingRecordModel } from './sharing.models';

const KIND_WORDS: Readonly<Record<AlertKind, string>> = {
  [AlertKind.POLICE_CALL_OUT]: 'police call-out',
  [AlertKind.SCHOOL_EXCLUSION]: 'school exclusion',
  [AlertKind.HOSPITAL_ATTENDANCE]: 'hospital attendance',
  [AlertKind.MISSING_EPISODE]: 'missing episode',
  [AlertKind.OTHER]: 'other concern',
};

interface RoutingMatch {
  readonly family_id: string;
  readonly first_name: string;
  readonly case_id: string | null;
  readonly lead_agency_id: string | null;
  // The agencies besides the lead that may see the case today through the family's consent.
  readonly consented_agency_ids: string[];
}

interface AlertRow {
  id: string;
  case_id: string | null;
  kind: AlertKind;
  summary: string;
  urgent: boolean;
  raised_at: Date;
  raised_by_name: string;
  raised_by_agency: string;
  reference: string | null;
  basis: SharingBasis | null;
}

@Injectable()
export class SharingService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly outbox: Outbox,
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
    const [{ known }]: { known: number }[] = await this.db.query(`SELECT count(*)::int AS known FROM agency WHERE id = ANY($1::uuid[])`, [extraAgencyIds]);
    if (known !== extraAgencyIds.length) problems.push({ field: 'extraAgencyIds', message: 'Choose agencies from the list' });
    if (problems.length) throw DomainError.invalid(problems);

    const key = personMatchKey(input);
    // The sender may not be able to read the family's case: routing facts come through the one
    // database function that may look past row-level security for this (migrations 0020, 0023);
    // who is told through consent is decided there by the visibility rule on the London date.
    const matches: RoutingMatch[] = (
      await this.db.query(`SELECT family_id, first_name, case_id, lead_agency_id, consented_agency_ids FROM eh_alert_routing($1, $2, $3)`, [
        input.lastName.trim(),
        input.dateOfBirth,
        londonToday(this.clock.now()),
      ])
    ).filter((m: RoutingMatch) => personMatchKey({ firstName: m.first_name, lastName: input.lastName, dateOfBirth: input.dateOfBirth }) === key);
    const familyIds = matches.map((m) => m.family_id);
    const openCase = matches.find((m) => m.case_id !== null) ?? null;
    const [frontDoor]: { id: string }[] = await this.db.query(`SELECT id FROM agency WHERE is_council_team ORDER BY created_at LIMIT 1`);
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

    return this.db.transaction(async (em) => {
      const [alert]: { id: string; raised_at: Date }[] = await em.query(
        `INSERT INTO sharing_alert (case_id, family_id, raised_by, raised_by_agency, kind, summary, urgent, safeguarding_reason, raised_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, raised_at`,
        [openCase?.case_id ?? null, openCase?.family_id ?? familyIds[0] ?? null, ctx.actor.userId, ctx.actor.agencyId, input.kind,
          input.summary.trim(), input.urgent, input.safeguardingReason?.trim() || null, this.clock.now()],
      );
      await em.query(
        `INSERT INTO sharing_record (alert_id, agency_id, basis, shared_at) SELECT $1, unnest($2::uuid[]), unnest($3::text[]), $4`,
        [alert.id, shares.map((s) => s.agencyId), shares.map((s) => s.basis), this.clock.now()],
      );
      await this.outbox.enqueue(em, JobName.AlertRaised, { alertId: alert.id });
      await this.audit.record(
        ctx,
        [{ action: AuditAction.RaiseAlert, entityType: AuditEntity.Alert, entityId: alert.id, familyId: openCase?.family_id ?? null, allowed: true }],
        em,
      );
      if (openCase) {
        await recordCaseEvent(em, openCase.case_id!, 'SHARING_ALERT', `Information-sharing alert: ${KIND_WORDS[input.kind]}${input.urgent ? ' (urgent)' : ''}`, ctx.actor.userId);
      }
      return { id: alert.id, raisedAt: alert.raised_at };
    });
  }

  // Alerts shared with the viewer's agency, and those they raised (without saying where they went).
  async alerts(ctx: SignedInContext): Promise<SharingAlertModel[]> {
    const rows: AlertRow[] = await this.db.query(
      `SELECT a.id, a.case_id, a.kind, a.summary, a.urgent, a.raised_at, u.display_name AS raised_by_name, g.name AS raised_by_agency,
              c.reference, r.basis
         FROM sharing_alert a
         JOIN app_user u ON u.id = a.raised_by
         JOIN agency g ON g.id = a.raised_by_agency
         LEFT JOIN early_help_case c ON c.id = a.case_id
         LEFT JOIN sharing_record r ON r.alert_id = a.id AND r.agency_id = $1
        WHERE r.agency_id IS NOT NULL OR a.raised_by = $2
        ORDER BY a.raised_at DESC LIMIT 200`,
      [ctx.actor.agencyId, ctx.actor.userId],
    );
    const visible = await this.access.visibleIds(ctx, rows.flatMap((r) => (r.case_id ? [r.case_id] : [])));
    await this.audit.record(
      ctx,
      rows.map((r) => ({ action: AuditAction.ReadAlert, entityType: AuditEntity.Alert, entityId: r.id, familyId: null, allowed: true })),
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
    const rows: { alert_id: string; kind: AlertKind; raised_by_name: string; raised_by_agency: string; shared_with: string; basis: SharingBasis;
      safeguarding_reason: string | null; shared_at: Date }[] = await this.db.query(
      `SELECT r.alert_id, a.kind, u.display_name AS raised_by_name, sg.name AS raised_by_agency, g.name AS shared_with, r.basis,
              CASE WHEN r.basis = 'SAFEGUARDING' THEN a.safeguarding_reason END AS safeguarding_reason, r.shared_at
         FROM sharing_record r JOIN sharing_alert a ON a.id = r.alert_id
         JOIN agency g ON g.id = r.agency_id JOIN app_user u ON u.id = a.raised_by JOIN agency sg ON sg.id = a.raised_by_agency
        WHERE a.case_id = $1 ORDER BY r.shared_at DESC, g.name`,
      [caseId],
    );
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
