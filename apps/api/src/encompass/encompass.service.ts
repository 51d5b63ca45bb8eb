import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JobName } from '@eh/notifications';
import {
  DomainError,
  DomainErrorCode,
  ENCOMPASS_DEFAULT_SCHOOL_DAY_STARTS_AT,
  ENCOMPASS_POLICE_AGENCY_TYPE,
  encompassFigures,
  encompassFiguresBy,
  EncompassRouteFigureFacts,
  encompassProblems,
  EncompassStage,
  MATCH_REASON_ORDER,
  nextSchoolDayStart,
  normalisePersonIdentifiers,
  personMatchReason,
  PersonMatchReason,
  ShareDecision,
  ShareDecisionSource,
  Role,
  ShareLawfulBasis,
} from '@eh/domain';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { Outbox } from '../notifications/outbox';
import { LedgerEntry, ShareDecisionService } from '../sharing/share-decision.service';
import { SharingRepository } from '../sharing/sharing.repository';
import {
  AcknowledgeEncompassInput,
  EncompassImpactModel,
  PassOnEncompassInput,
  EncompassNotificationModel,
  EncompassNotificationSummaryModel,
  EncompassRouteModel,
  RecordEncompassNotificationInput,
} from './encompass.models';
import { EncompassListRow, EncompassRepository, EncompassRouteRow, NewEncompassChild, NewEncompassRoute } from './encompass.repository';

const LIST_LIMIT = 200;
const ACKNOWLEDGEABLE: readonly EncompassStage[] = [
  EncompassStage.AWAITING,
  EncompassStage.ESCALATED_TO_DEPUTIES,
  EncompassStage.ESCALATED_TO_COUNCIL,
];
const WHAT_SHARED = 'Operation Encompass notification: the incident’s summary and the child’s details';
const WHAT_TOLD_LEAD = 'Operation Encompass notification: that one was made, and its content for the lead practitioner to read';

type Candidate = Awaited<ReturnType<EncompassRepository['candidates']>>[number];

// The council's Operation Encompass contact is the front door (docs/decisions.md).
const isContact = (ctx: SignedInContext) => ctx.actor.role === Role.FRONT_DOOR_OFFICER;

function toRoute(r: EncompassRouteRow, viewerIsContact: boolean): EncompassRouteModel {
  return {
    id: r.id,
    settingName: r.settingName,
    withCouncilContact: r.withCouncilContact,
    dueAt: new Date(r.dueAt),
    stage: r.stage,
    acknowledgedAt: r.acknowledgedAt ? new Date(r.acknowledgedAt) : null,
    acknowledgedByName: r.acknowledgedByName,
    response: r.response,
    responseNote: r.responseNote,
    version: r.version,
    canAcknowledge: Boolean(r.viewerIsStaff) && ACKNOWLEDGEABLE.includes(r.stage),
    passedOnAt: r.passedOnAt ? new Date(r.passedOnAt) : null,
    passedOnByName: r.passedOnByName,
    passedOnNote: r.passedOnNote,
    canPassOn: viewerIsContact && r.stage === EncompassStage.WITH_COUNCIL_CONTACT && !r.passedOnAt,
  };
}

function toSummary(r: EncompassListRow, viewerIsContact: boolean): EncompassNotificationSummaryModel {
  return {
    id: r.id,
    incidentReference: r.incidentReference,
    occurredAt: r.occurredAt,
    recordedAt: r.recordedAt,
    recordedByAgency: r.recordedByAgency,
    childCount: Number(r.childCount ?? 0),
    routes: r.routes.map((route) => toRoute(route, viewerIsContact)),
  };
}

// The best match for a child among known people: an identifier first, then names and date of
// birth; a name match shared by two people is no match (the setting is asked for instead).
export function bestMatch(
  child: RecordEncompassNotificationInput['children'][number],
  candidates: readonly Candidate[],
): { candidate: Candidate; reason: PersonMatchReason } | null {
  const scored = candidates.flatMap((c) => {
    const reason = personMatchReason(child, {
      firstName: c.first_name,
      lastName: c.last_name,
      dateOfBirth: c.date_of_birth,
      nhsNumber: c.nhs_number,
      uniquePupilNumber: c.unique_pupil_number,
      councilPersonNumber: c.council_person_number,
    });
    return reason ? [{ candidate: c, reason }] : [];
  });
  for (const reason of MATCH_REASON_ORDER) {
    const found = scored.filter((s) => s.reason === reason);
    if (found.length === 1) return found[0];
    if (found.length > 1) return null;
  }
  return null;
}

// Operation Encompass (issue 14, part 2). A police officer records; the portal routes it to each
// child's setting (their current one, else the one the officer named, else the council's
// contact) without ever telling the officer whom it matched; the content is read only under its
// own rule (eh_encompass_readable), every read audited.
@Injectable()
export class EncompassService {
  constructor(
    private readonly db: Db,
    private readonly encompass: EncompassRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly ledger: ShareDecisionService,
    private readonly sharing: SharingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(ctx: SignedInContext, input: RecordEncompassNotificationInput): Promise<EncompassNotificationModel> {
    if ((await this.encompass.agencyType(ctx.actor.agencyId)) !== ENCOMPASS_POLICE_AGENCY_TYPE) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only a police officer records an Operation Encompass notification');
    }
    const now = this.clock.now();
    const problems = encompassProblems(input, now);
    const named = [...new Set(input.children.flatMap((c) => (c.settingId ? [c.settingId] : [])))];
    const namedFound = new Set((await this.encompass.settings(named)).map((s) => s.id));
    input.children.forEach((c, i) => {
      if (c.settingId && !namedFound.has(c.settingId))
        problems.push({ field: `children.${i}.settingId`, message: 'Choose a setting from the directory' });
    });
    if (problems.length) throw DomainError.invalid(problems);

    const normalised = input.children.map((c) => normalisePersonIdentifiers(c));
    const present = (key: 'nhsNumber' | 'uniquePupilNumber' | 'councilPersonNumber') => normalised.flatMap((n) => (n[key] ? [n[key]] : []));
    const candidates = await this.encompass.candidates(input.children, {
      nhs: present('nhsNumber'),
      upn: present('uniquePupilNumber'),
      cpn: present('councilPersonNumber'),
    });
    const children: NewEncompassChild[] = input.children.map((c, i) => {
      const match = bestMatch(c, candidates);
      return {
        id: randomUUID(),
        position: i,
        firstName: c.firstName.trim(),
        lastName: c.lastName.trim(),
        dateOfBirth: c.dateOfBirth,
        nhsNumber: normalised[i].nhsNumber,
        uniquePupilNumber: normalised[i].uniquePupilNumber,
        councilPersonNumber: normalised[i].councilPersonNumber,
        personId: match?.candidate.person_id ?? null,
        matchReason: match?.reason ?? null,
        familyId: match?.candidate.family_id ?? null,
        caseId: match?.candidate.case_id ?? null,
        settingId: match?.candidate.setting_id ?? c.settingId ?? null,
      };
    });
    const leadAgencyOf = new Map(
      input.children.flatMap((c) => {
        const match = bestMatch(c, candidates);
        return match?.candidate.case_id && match.candidate.lead_agency_id
          ? [[match.candidate.case_id, match.candidate.lead_agency_id] as const]
          : [];
      }),
    );

    // One route per setting; a setting outside the council, one with nobody to read it, or none
    // known goes to the council's contact.
    const settingIds = [...new Set(children.flatMap((c) => (c.settingId ? [c.settingId] : [])))];
    const settings = new Map((await this.encompass.settings(settingIds)).map((s) => [s.id, s]));
    const routeSettings = [...new Set(children.map((c) => c.settingId))];
    const routes: NewEncompassRoute[] = routeSettings.map((settingId) => {
      const setting = settingId ? settings.get(settingId) : undefined;
      const withCouncilContact = !setting || !setting.inCouncil || Number(setting.staff ?? 0) === 0;
      const calendar = setting
        ? { schoolDayStartsAt: setting.schoolDayStartsAt, closureDays: new Set(setting.closures.map((c) => c.day)) }
        : { schoolDayStartsAt: ENCOMPASS_DEFAULT_SCHOOL_DAY_STARTS_AT, closureDays: new Set<string>() };
      return {
        id: randomUUID(),
        settingId,
        withCouncilContact,
        dueAt: nextSchoolDayStart(calendar, now),
        stage: withCouncilContact ? EncompassStage.WITH_COUNCIL_CONTACT : EncompassStage.AWAITING,
      };
    });

    const council = await this.sharing.frontDoor();
    const id = randomUUID();
    const ledger: LedgerEntry[] = children.flatMap((child) => {
      const route = routes.find((r) => r.settingId === child.settingId);
      const setting = child.settingId ? settings.get(child.settingId) : undefined;
      const base = {
        familyId: child.familyId,
        caseId: child.caseId,
        personId: child.personId,
        source: ShareDecisionSource.OPERATION_ENCOMPASS,
        sourceId: id,
        decision: ShareDecision.SHARE,
        lawfulBasis: ShareLawfulBasis.OPERATION_ENCOMPASS,
      };
      const entries: LedgerEntry[] = [
        route?.withCouncilContact || !setting
          ? { ...base, whatShared: WHAT_SHARED, sharedWithAgencyId: council.id }
          : setting.agencyId
            ? { ...base, whatShared: WHAT_SHARED, sharedWithAgencyId: setting.agencyId }
            : { ...base, whatShared: WHAT_SHARED, sharedWithOther: `${setting.name}: designated safeguarding lead and deputies` },
      ];
      const leadAgency = child.caseId ? leadAgencyOf.get(child.caseId) : undefined;
      if (leadAgency) entries.push({ ...base, whatShared: WHAT_TOLD_LEAD, sharedWithAgencyId: leadAgency });
      return entries;
    });

    await this.db.transaction(async (em, tx) => {
      await this.encompass.record(
        tx,
        {
          id,
          incidentReference: input.incidentReference.trim(),
          occurredAt: input.occurredAt,
          summary: input.summary.trim(),
          recordedBy: ctx.actor.userId,
          recordedByAgencyId: ctx.actor.agencyId,
          recordedAt: now,
          councilAgencyId: council.id,
        },
        children,
        routes,
      );
      // The ledger: one share per child and recipient, in the share's own transaction.
      await this.ledger.record(tx, ctx.actor, ledger);
      await this.outbox.enqueue(tx, JobName.EncompassRecorded, { notificationId: id });
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RecordEncompassNotification,
            entityType: AuditEntity.EncompassNotification,
            entityId: id,
            familyId: null,
            allowed: true,
            familyIds: children.flatMap((c) => (c.familyId ? [c.familyId] : [])),
          },
        ],
        em,
      );
    });
    return this.read(ctx, id);
  }

  // Every notification the viewer may read, newest first, without children's or family details;
  // the listing is audited as one row.
  async list(ctx: SignedInContext): Promise<EncompassNotificationSummaryModel[]> {
    const rows = await this.encompass.list(ctx.actor.userId, LIST_LIMIT);
    await this.audit.listed(
      ctx,
      AuditAction.ListEncompassNotifications,
      AuditEntity.EncompassNotification,
      rows.map((r) => ({ id: r.id, familyId: null })),
    );
    return rows.map((row) => toSummary(row, isContact(ctx)));
  }

  // One notification, for its readers only (a refusal looks like "not found" and is audited too).
  // Opening it (`markRead`, a mutation: queries run read-only) keeps the first time a setting's DSL
  // or deputy read it, which the figures count.
  async read(ctx: SignedInContext, id: string, markRead = false): Promise<EncompassNotificationModel> {
    const row = await this.encompass.byId(ctx.actor.userId, id);
    await this.audit.record(ctx, [
      {
        action: AuditAction.ReadEncompassNotification,
        entityType: AuditEntity.EncompassNotification,
        entityId: id,
        familyId: null,
        allowed: row !== undefined,
        familyIds: row?.children.flatMap((c) => (c.familyId ? [c.familyId] : [])),
      },
    ]);
    if (!row) throw DomainError.notFound();
    if (markRead && row.routes.some((r) => r.viewerIsStaff && r.firstReadAt === null)) {
      await this.db.transaction((_em, tx) => this.encompass.markRead(tx, id, ctx.actor.userId, this.clock.now()));
    }
    return {
      ...toSummary(row, isContact(ctx)),
      summary: row.summary,
      recordedByName: row.recordedByName,
      children: row.children.map((c) => ({
        id: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        dateOfBirth: c.dateOfBirth,
        nhsNumber: c.nhsNumber,
        uniquePupilNumber: c.uniquePupilNumber,
        councilPersonNumber: c.councilPersonNumber,
        settingName: c.settingName,
      })),
    };
  }

  // The setting's DSL or a deputy acknowledges it with what the school will do.
  async acknowledge(ctx: SignedInContext, input: AcknowledgeEncompassInput): Promise<EncompassNotificationModel> {
    const route = await this.encompass.route(ctx.actor.userId, input.routeId);
    const refuse = (allowed: boolean, notificationId: string | null) =>
      this.audit.record(ctx, [
        {
          action: AuditAction.AcknowledgeEncompassNotification,
          entityType: AuditEntity.EncompassNotification,
          entityId: notificationId,
          familyId: null,
          allowed,
        },
      ]);
    if (!route || !route.viewerIsStaff) {
      await refuse(false, route?.notificationId ?? null);
      throw DomainError.notFound();
    }
    if (!ACKNOWLEDGEABLE.includes(route.stage)) {
      throw new DomainError(DomainErrorCode.InvalidState, 'This notification has already been acknowledged for your setting');
    }
    const acknowledged = await this.db.transaction(async (em, tx) => {
      const done = await this.encompass.acknowledge(tx, route.id, input.version, {
        by: ctx.actor.userId,
        at: this.clock.now(),
        response: input.response,
        note: input.note?.trim() || null,
      });
      if (done) {
        await this.audit.record(
          ctx,
          [
            {
              action: AuditAction.AcknowledgeEncompassNotification,
              entityType: AuditEntity.EncompassNotification,
              entityId: route.notificationId,
              familyId: null,
              allowed: true,
            },
          ],
          em,
        );
      }
      return done;
    });
    if (!acknowledged) throw DomainError.conflict();
    return this.read(ctx, route.notificationId);
  }

  // The council's contact records that they passed on a notification for a setting the portal
  // cannot reach (who, when, how), against the route's version; the police and other readers see it.
  async passOn(ctx: SignedInContext, input: PassOnEncompassInput): Promise<EncompassNotificationModel> {
    const note = input.note.trim();
    if (!note) throw DomainError.invalid([{ field: 'note', message: 'Enter how it was passed on' }]);
    const route = await this.encompass.route(ctx.actor.userId, input.routeId);
    const audit = (allowed: boolean, notificationId: string | null, em?: EntityManager) =>
      this.audit.record(
        ctx,
        [
          {
            action: AuditAction.PassOnEncompassNotification,
            entityType: AuditEntity.EncompassNotification,
            entityId: notificationId,
            familyId: null,
            allowed,
          },
        ],
        em,
      );
    if (!route || !isContact(ctx)) {
      await audit(false, route?.notificationId ?? null);
      throw DomainError.notFound();
    }
    if (route.stage !== EncompassStage.WITH_COUNCIL_CONTACT) {
      throw new DomainError(DomainErrorCode.InvalidState, 'This notification went to a setting in the portal: its DSL acknowledges it');
    }
    if (route.passedOnAt) throw new DomainError(DomainErrorCode.InvalidState, 'This notification has already been passed on');
    const passed = await this.db.transaction(async (em, tx) => {
      const done = await this.encompass.passOn(tx, route.id, input.version, {
        by: ctx.actor.userId,
        at: this.clock.now(),
        note,
      });
      if (done) await audit(true, route.notificationId, em);
      return done;
    });
    if (!passed) throw DomainError.conflict();
    return this.read(ctx, route.notificationId);
  }

  // The figures (part 5), from a database function that answers the council's team only.
  async figures(from: string, to: string): Promise<EncompassImpactModel> {
    const routes: EncompassRouteFigureFacts[] = (await this.encompass.figures(from, to)).map((r) => ({
      notificationId: r.notification_id,
      month: r.month,
      settingName: r.setting_name ?? 'No setting known',
      recordedAt: new Date(r.recorded_at),
      dueAt: new Date(r.due_at),
      firstReadAt: r.first_read_at ? new Date(r.first_read_at) : null,
      acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
      escalatedToDeputiesAt: r.escalated_to_deputies_at ? new Date(r.escalated_to_deputies_at) : null,
      escalatedToCouncilAt: r.escalated_to_council_at ? new Date(r.escalated_to_council_at) : null,
      withCouncilContact: r.with_council_contact,
    }));
    return {
      total: encompassFigures(routes),
      byMonth: encompassFiguresBy(routes, (r) => r.month),
      bySetting: encompassFiguresBy(routes, (r) => r.settingName),
    };
  }
}
