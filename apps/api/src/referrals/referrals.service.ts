import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import {
  canMakeReferral,
  canSearchFamilies,
  canViewReferral,
  describeDecision,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  firstContactDueDate,
  londonToday,
  MatchablePerson,
  myFamilyPlanDueDate,
  normalisePersonIdentifiers,
  NormalisedPersonIdentifiers,
  opensPartnerLedCase,
  partnerReferralProblems,
  personMatchKey,
  referralProblems,
  Role,
  triageProblems,
  TriageDecision,
  isReReferral,
  isFamilyPartnershipTeam,
  isStillOpen,
  withArticle,
} from '@eh/domain';
import { CaseUpdateKind, JobName } from '@eh/notifications';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { recordCaseEvent } from '../cases/case-events';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { AgencyRecord, UserRecord } from '../identity/directory.repository';
import { DirectoryService } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { ChildSettingService } from '../education/child-setting.service';
import {
  AddReferralToCaseInput,
  MakeReferralInput,
  RecordReferralInput,
  ReferralMemberInput,
  TriageReferralInput,
} from './dto/referral.inputs';
import { FamilyRepository, StoredIdentifiers } from './family.repository';
import { FamilyService, refuseIdentifierClash, UniqueIdentifierField } from './family.service';
import { FamilyMatchModel, FamilyOpenCaseModel, PersonModel, ReferralModel, ReferralStatus } from './models/referral.models';
import { ReferralRecord, ReferralRepository } from './referral.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';

// A new member's row: names trimmed, identifiers as normalised (none from a partner's referral).
const memberRow = (m: ReferralMemberInput & Partial<StoredIdentifiers>) => ({
  firstName: m.firstName.trim(),
  lastName: m.lastName.trim(),
  dateOfBirth: m.dateOfBirth,
  role: m.role,
  relationship: m.relationship.trim(),
  nhsNumber: m.nhsNumber ?? null,
  uniquePupilNumber: m.uniquePupilNumber ?? null,
  councilPersonNumber: m.councilPersonNumber ?? null,
  consistentChildIdentifier: m.consistentChildIdentifier ?? null,
});

const IDENTIFIER_FIELDS = [
  ['nhsNumber', 'NHS number'],
  ['uniquePupilNumber', 'unique pupil number'],
  ['councilPersonNumber', 'council person number'],
  ['consistentChildIdentifier', 'consistent child identifier'],
] as const;

function requireNoProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw DomainError.invalid(problems);
}

function toModel(
  r: ReferralRecord,
  familyOpenCases: FamilyOpenCaseModel[] = [],
  knownFamilyMatches: FamilyMatchModel[] = [],
): ReferralModel {
  if (!r.family) throw new Error('Referral without a family');
  return {
    id: r.id,
    reference: r.reference,
    version: r.version,
    receivedAt: r.receivedAt,
    status: r.status === 'DECIDED' ? ReferralStatus.DECIDED : ReferralStatus.AWAITING_TRIAGE,
    selfReferral: r.selfReferral,
    referrerAgency: r.referrerAgency,
    referrerName: r.referrerName,
    concerns: r.concerns,
    consentGiven: r.consentGiven,
    consentNote: r.consentNote,
    consentOn: r.consentOn,
    safeguardingBasis: r.safeguardingBasis,
    familyWords: r.familyWords,
    madeByPartner: r.madeByPartner,
    knownFamilyMatches,
    family: r.family,
    decision: r.decision,
    decisionReason: r.decisionReason,
    decidedAt: r.decidedAt,
    decidedByName: r.decidedByName,
    leadAgency: r.leadAgency,
    leadPractitioner: r.leadPractitioner,
    caseId: r.caseId,
    reReferral: r.previousCaseId !== null,
    previousCaseId: r.previousCaseId,
    addedToCaseId: r.addedToCaseId,
    secondCaseReason: r.secondCaseReason,
    familyOpenCases,
  };
}

@Injectable()
export class ReferralsService {
  constructor(
    private readonly db: Db,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly familyRecords: FamilyRepository,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    private readonly childSettings: ChildSettingService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async openCaseRows(familyId: string, matches: readonly FamilyMatchModel[]) {
    const rows = [];
    for (const id of [familyId, ...matches.map((m) => m.familyId)]) rows.push(...(await this.referrals.openCasesOfFamily(id)));
    return rows;
  }

  // The open cases triage weighs for a referral: its family's, and for a partner's referral those
  // of the known families it matches (one family, one plan).
  private async openCasesForTriage(referralId: string) {
    const row = await this.referrals.find(referralId);
    if (!row) return { familyId: undefined, openCases: [], matchedFamilyIds: [] };
    const matches = await this.knownFamiliesLike(row);
    return {
      familyId: row.familyId,
      openCases: await this.openCaseRows(row.familyId, matches),
      matchedFamilyIds: matches.map((m) => m.familyId),
    };
  }

  // A referral just written, as its author (the front door) sees it.
  private async written(id: string): Promise<ReferralModel> {
    const row = await this.referrals.find(id);
    if (!row) throw DomainError.notFound();
    return toModel(row, await this.openCasesOf(row.familyId));
  }

  async possibleFamilyMatches(ctx: SignedInContext, people: readonly MatchablePerson[]): Promise<FamilyMatchModel[]> {
    if (!canSearchFamilies(ctx.actor)) throw DomainError.notFound();
    const matches = await this.families.possibleMatches(people);
    await this.audit.listed(
      ctx,
      AuditAction.SearchFamilies,
      AuditEntity.Family,
      matches.map((m) => ({ id: m.familyId, familyId: m.familyId })),
    );
    return matches;
  }

  // One statement for the list, and one audit row naming every referral it showed.
  list(ctx: SignedInContext, status: ReferralStatus | null): Promise<ReferralModel[]> {
    return this.listed(ctx, { status, agencyId: ctx.actor.role === Role.PRACTITIONER ? ctx.actor.agencyId : null });
  }

  private async listed(ctx: SignedInContext, filter: Parameters<ReferralRepository['list']>[0]): Promise<ReferralModel[]> {
    const rows = await this.referrals.list(filter);
    await this.audit.listed(
      ctx,
      AuditAction.ListReferrals,
      AuditEntity.Referral,
      rows.map((r) => ({ id: r.id, familyId: r.familyId })),
    );
    return rows.map((r) => toModel(r));
  }

  async get(ctx: SignedInContext, id: string): Promise<ReferralModel> {
    const row = await this.referrals.find(id);
    const allowed = row !== undefined && canViewReferral(ctx.actor, row);
    await this.audit.record(ctx, [
      { action: AuditAction.ReadReferral, entityType: AuditEntity.Referral, entityId: id, familyId: row?.familyId ?? null, allowed },
    ]);
    if (!row || !allowed) throw DomainError.notFound();
    // The front door sees the family's open cases to add the referral to; a referring partner
    // sees only its referral, never which agency works with the family.
    if (!isFamilyPartnershipTeam(ctx.actor)) return toModel(row);
    const matches = await this.knownFamiliesLike(row);
    return toModel(row, await this.openCasesOf(row.familyId, matches), matches);
  }

  // A partner's referral describes the family afresh: the front door sees which known families
  // have people of the same names and dates of birth, and their open cases to add it to.
  private async knownFamiliesLike(row: ReferralRecord): Promise<FamilyMatchModel[]> {
    if (!row.madeByPartner || !row.family) return [];
    const matches = await this.families.possibleMatches(row.family.members);
    return matches.filter((m) => m.familyId !== row.familyId);
  }

  // The family's open cases, and those of known families its partner referral matches.
  private async openCasesOf(familyId: string, matches: readonly FamilyMatchModel[] = []): Promise<FamilyOpenCaseModel[]> {
    const rows = await this.openCaseRows(familyId, matches);
    return rows.map((c) => ({
      id: c.id,
      reference: c.reference,
      status: c.status,
      leadAgency: c.leadAgency,
      leadPractitioner: c.leadPractitioner,
    }));
  }

  async record(ctx: SignedInContext, input: RecordReferralInput): Promise<ReferralModel> {
    const today = londonToday(this.clock.now());
    const problems = referralProblems(input, today);
    const referrerAgency = input.referrerAgencyId
      ? (await this.directory.agenciesById([input.referrerAgencyId])).get(input.referrerAgencyId)
      : undefined;
    const existingFamily = input.existingFamilyId
      ? (await this.families.loadMany([input.existingFamilyId])).get(input.existingFamilyId)
      : undefined;
    if (input.referrerAgencyId && !referrerAgency) {
      problems.push({ field: 'referrerAgencyId', message: 'Choose a referring agency from the list' });
    }
    if (input.existingFamilyId && !existingFamily) {
      problems.push({ field: 'existingFamilyId', message: 'Choose a family from the list' });
    }
    problems.push(...(await this.childSettings.referralProblems(input.members)));
    // A member the family record already holds (same names and date of birth) is not added again;
    // identifiers the record lacks are filled in, one it holds differently is a problem to resolve.
    const knownPerson = (member: { firstName: string; lastName: string; dateOfBirth: string }) =>
      existingFamily?.members.find((known) => personMatchKey(known) === personMatchKey(member));
    const identifiers = input.members.map(normalisePersonIdentifiers);
    problems.push(...(await this.identifierProblems(input.members, identifiers, knownPerson)));
    requireNoProblems(problems);

    const firstHolding = (field: UniqueIdentifierField) =>
      Math.max(
        0,
        identifiers.findIndex((i) => i[field]),
      );
    const written = this.db.transaction(async (em, tx) => {
      const familyId =
        input.existingFamilyId ??
        (await this.familyRecords.add(tx, {
          addressLine1: input.addressLine1.trim(),
          addressLine2: input.addressLine2?.trim() || null,
          town: input.town.trim(),
          postcode: input.postcode.trim().toUpperCase(),
        }));
      for (const [index, member] of input.members.entries()) {
        const known = knownPerson(member);
        if (known && Object.values(identifiers[index]).some((v) => v !== null)) {
          await this.familyRecords.fillIdentifiers(tx, known.id, identifiers[index]);
        }
      }
      const added = input.members.map((m, index) => ({ ...m, ...identifiers[index] })).filter((member) => !knownPerson(member));
      const personIds = await this.familyRecords.addMembers(tx, familyId, added.map(memberRow));
      await this.childSettings.recordAtReferral(
        tx,
        ctx.actor.userId,
        added.map((m, index) => ({ ...m, personId: personIds[index] })),
      );
      const previousCaseId = await this.recentlyClosedCase(tx, familyId, today);
      const referralId = await this.referrals.add(tx, {
        familyId,
        recordedBy: ctx.actor.userId,
        selfReferral: input.selfReferral,
        referrerAgencyId: input.referrerAgencyId ?? null,
        referrerName: input.referrerName.trim(),
        concerns: input.concerns,
        consentGiven: input.consentGiven,
        consentNote: input.consentNote?.trim() || null,
        previousCaseId,
      });
      await this.audit.record(
        ctx,
        [{ action: AuditAction.RecordReferral, entityType: AuditEntity.Referral, entityId: referralId, familyId, allowed: true }],
        em,
      );
      return referralId;
    });
    const id = await written.catch(refuseIdentifierClash((field) => `members.${firstHolding(field)}.${field}`));
    return this.written(id);
  }

  // A known member given an identifier the record holds differently, and NHS numbers or UPNs
  // someone else already holds (or two members share).
  private async identifierProblems(
    members: readonly { firstName: string; lastName: string; dateOfBirth: string }[],
    identifiers: readonly NormalisedPersonIdentifiers[],
    knownPerson: (member: { firstName: string; lastName: string; dateOfBirth: string }) => PersonModel | undefined,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    members.forEach((member, index) => {
      const known = knownPerson(member);
      for (const [field, label] of known ? IDENTIFIER_FIELDS : []) {
        const given = identifiers[index][field];
        if (given && known?.[field] && known[field] !== given) {
          problems.push({ field: `members.${index}.${field}`, message: `The family record holds a different ${label} for this person` });
        }
      }
    });
    const clashes = await this.families.identifierClashes(
      identifiers,
      (index, field) => `members.${index}.${field}`,
      (index) => knownPerson(members[index])?.id ?? null,
    );
    return [...problems, ...clashes];
  }

  // A partner practitioner or DSL refers for their own agency. The duplicate check runs for the
  // front door at triage (knownFamilyMatches), never for the partner: a partner learns nothing of
  // other families from it. The family is recorded as the partner describes them.
  async make(ctx: SignedInContext, input: MakeReferralInput): Promise<ReferralModel> {
    if (!canMakeReferral(ctx.actor)) throw new DomainError(DomainErrorCode.Forbidden, 'The front door records referrals it receives');
    const today = londonToday(this.clock.now());
    requireNoProblems([...partnerReferralProblems(input, today), ...(await this.childSettings.referralProblems(input.members))]);
    const referrer = (await this.directory.usersById([ctx.actor.userId])).get(ctx.actor.userId);
    if (!referrer) throw new Error('A referrer missing from the directory');
    const id = await this.db.transaction(async (em, tx) => {
      const familyId = await this.familyRecords.add(tx, {
        addressLine1: input.addressLine1.trim(),
        addressLine2: input.addressLine2?.trim() || null,
        town: input.town.trim(),
        postcode: input.postcode.trim().toUpperCase(),
      });
      const referralId = await this.referrals.add(tx, {
        familyId,
        recordedBy: ctx.actor.userId,
        selfReferral: false,
        referrerAgencyId: ctx.actor.agencyId,
        referrerName: referrer.displayName,
        concerns: input.concerns,
        consentGiven: input.consentGiven,
        consentNote: input.consentGiven ? null : (input.consentNote?.trim() ?? null),
        previousCaseId: null,
        partner: {
          consentOn: input.consentGiven ? (input.consentOn ?? null) : null,
          safeguardingBasis: !input.consentGiven,
          familyWords: input.familyWords?.trim() || null,
        },
      });
      const personIds = await this.familyRecords.addMembers(tx, familyId, input.members.map(memberRow));
      await this.childSettings.recordAtReferral(
        tx,
        ctx.actor.userId,
        input.members.map((m, index) => ({ ...m, personId: personIds[index] })),
      );
      await this.audit.record(
        ctx,
        [{ action: AuditAction.MakeReferral, entityType: AuditEntity.Referral, entityId: referralId, familyId, allowed: true }],
        em,
      );
      return referralId;
    });
    const row = await this.referrals.find(id);
    if (!row) throw DomainError.notFound();
    return toModel(row);
  }

  // "My referrals": those this person made, newest first, with their progress and decision.
  mine(ctx: SignedInContext): Promise<ReferralModel[]> {
    return this.listed(ctx, { status: null, agencyId: ctx.actor.agencyId, recordedBy: ctx.actor.userId });
  }

  // A family whose case closed within the last 12 months is being re-referred.
  private async recentlyClosedCase(tx: Database, familyId: string, today: string): Promise<string | null> {
    const closed = await this.referrals.lastClosedCase(tx, familyId);
    return closed && isReReferral(closed.closedOn, today) ? closed.id : null;
  }

  async triage(ctx: SignedInContext, input: TriageReferralInput): Promise<ReferralModel> {
    const leadAgency = input.leadAgencyId ? (await this.directory.agenciesById([input.leadAgencyId])).get(input.leadAgencyId) : undefined;
    // The proposed lead, and the triager to name in the chronology should a case open.
    const people = input.leadPractitionerId
      ? await this.directory.usersById([input.leadPractitionerId, ctx.actor.userId])
      : new Map<string, UserRecord>();
    const proposed = input.leadPractitionerId ? people.get(input.leadPractitionerId) : undefined;
    const leadPractitioner = proposed?.active && proposed.role === Role.PRACTITIONER ? proposed : undefined;
    const forTriage = await this.openCasesForTriage(input.referralId);
    const familyId = forTriage.familyId;
    const openCases = opensPartnerLedCase(input.decision) ? forTriage.openCases : [];
    const problems = triageProblems({
      decision: input.decision,
      reason: input.reason,
      leadAgencyId: input.leadAgencyId,
      leadPractitionerId: input.leadPractitionerId,
      leadPractitionerAgencyId: leadPractitioner?.agencyId ?? null,
      familyHasOpenCase: openCases.length > 0,
      secondCaseReason: input.secondCaseReason,
    });
    if (input.leadAgencyId && !leadAgency) {
      problems.push({ field: 'leadAgencyId', message: 'Choose a lead agency from the list' });
    }
    if (input.leadPractitionerId && !leadPractitioner && !problems.some((p) => p.field === 'leadPractitionerId')) {
      problems.push({ field: 'leadPractitionerId', message: `Choose ${withArticle(this.config.terms.leadPractitioner)} from the list` });
    }
    requireNoProblems(problems);

    await this.db.transaction(async (em, tx) => {
      const decided = await this.referrals.decide(tx, {
        referralId: input.referralId,
        version: input.version,
        decision: input.decision,
        reason: input.reason.trim(),
        decidedBy: ctx.actor.userId,
        leadAgencyId: input.leadAgencyId ?? null,
        leadPractitionerId: input.leadPractitionerId ?? null,
        secondCaseReason: openCases.length > 0 ? (input.secondCaseReason?.trim() ?? null) : null,
      });
      if (!familyId) throw DomainError.notFound();
      if (!decided) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [{ action: AuditAction.TriageReferral, entityType: AuditEntity.Referral, entityId: input.referralId, familyId, allowed: true }],
        em,
      );
      const caseId =
        opensPartnerLedCase(input.decision) && leadAgency && leadPractitioner
          ? await this.openCase(
              em,
              tx,
              ctx,
              { referralId: input.referralId, familyId },
              leadAgency,
              leadPractitioner,
              people.get(ctx.actor.userId),
              openCases.length > 0 ? { beside: openCases.map((c) => c.reference), reason: input.secondCaseReason?.trim() ?? '' } : null,
            )
          : null;
      await this.outbox.enqueue(tx, JobName.ReferralDecided, { referralId: input.referralId, decidedBy: ctx.actor.userId });
      if (caseId && leadPractitioner) {
        await this.outbox.enqueue(tx, JobName.CaseAllocated, { caseId, leadPractitionerId: leadPractitioner.id });
      }
    });
    return this.written(input.referralId);
  }

  // One family, one plan: the referral joins the family's open case instead of opening another.
  // The lead is told and the case's chronology says so; the referral leaves the triage list,
  // decided at level 2 with the case's lead as its lead.
  async addToCase(ctx: SignedInContext, input: AddReferralToCaseInput): Promise<ReferralModel> {
    const note = input.note?.trim() ?? '';
    const triager = (await this.directory.usersById([ctx.actor.userId])).get(ctx.actor.userId);
    if (!triager) throw new Error('A triager missing from the directory');
    await this.db.transaction(async (em, tx) => {
      const { familyId, matchedFamilyIds } = await this.openCasesForTriage(input.referralId);
      if (!familyId) throw DomainError.notFound();
      const target = await this.referrals.caseForAddition(tx, input.caseId);
      if (!target || (target.familyId !== familyId && !matchedFamilyIds.includes(target.familyId))) {
        throw DomainError.invalid([{ field: 'caseId', message: 'Choose one of this family’s open cases' }]);
      }
      if (!isStillOpen(target.status)) {
        throw DomainError.invalid([{ field: 'caseId', message: 'That case is closed: open a new case for the family instead' }]);
      }
      const reference = (await this.referrals.find(input.referralId))?.reference ?? 'the referral';
      const decided = await this.referrals.decide(tx, {
        referralId: input.referralId,
        version: input.version,
        decision: TriageDecision.LEVEL_2_PARTNER_LED,
        reason: note || `Added to the family’s open case ${target.reference}`,
        decidedBy: ctx.actor.userId,
        leadAgencyId: target.leadAgencyId,
        leadPractitionerId: target.leadPractitionerId,
        addedToCaseId: target.id,
      });
      if (!decided) throw DomainError.conflict();
      await recordCaseEvent(
        tx,
        target.id,
        'REFERRAL_ADDED',
        `New referral ${reference} added to this case at triage by ${triager.displayName}${note ? `: ${note}` : ''}`,
        ctx.actor.userId,
      );
      await this.audit.record(
        ctx,
        [
          { action: AuditAction.AddReferralToCase, entityType: AuditEntity.Referral, entityId: input.referralId, familyId, allowed: true },
          { action: AuditAction.AddReferralToCase, entityType: AuditEntity.Case, entityId: target.id, familyId, allowed: true },
        ],
        em,
      );
      await this.outbox.enqueue(tx, JobName.ReferralDecided, { referralId: input.referralId, decidedBy: ctx.actor.userId });
      await this.outbox.caseUpdate(tx, CaseUpdateKind.REFERRAL_ADDED_TO_CASE, target.id, [target.leadPractitionerId]);
    });
    return this.written(input.referralId);
  }

  private async openCase(
    em: EntityManager,
    tx: Database,
    ctx: SignedInContext,
    referral: { referralId: string; familyId: string },
    agency: AgencyRecord,
    lead: UserRecord,
    triager: UserRecord | undefined,
    secondCase: { beside: readonly string[]; reason: string } | null,
  ): Promise<string> {
    if (!triager) throw new Error('A triager missing from the directory');
    const allocatedOn = londonToday(this.clock.now());
    const caseId = await this.referrals.openCase(tx, {
      ...referral,
      leadAgencyId: agency.id,
      leadPractitionerId: lead.id,
      allocatedOn,
      firstContactDue: firstContactDueDate(allocatedOn),
      myFamilyPlanDue: myFamilyPlanDueDate(allocatedOn),
    });
    await recordCaseEvent(
      tx,
      caseId,
      'CASE_OPENED',
      `${describeDecision(TriageDecision.LEVEL_2_PARTNER_LED, this.config.terms)}: allocated to ${lead.displayName} (${agency.name}) at triage by ${triager.displayName}` +
        (secondCase ? `. A second case beside open case ${secondCase.beside.join(', ')}, because: ${secondCase.reason}` : ''),
      ctx.actor.userId,
    );
    await this.audit.record(
      ctx,
      [{ action: AuditAction.OpenCase, entityType: AuditEntity.Case, entityId: caseId, familyId: referral.familyId, allowed: true }],
      em,
    );
    return caseId;
  }
}
