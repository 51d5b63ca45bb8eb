import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import {
  canReadRestrictedInformation,
  CaseAccessFacts,
  DomainError,
  restrictedInformationProblems,
  RestrictedInformationCategory,
  ShareDecision,
  ShareDecisionSource,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { CaseRow } from '../database/entities';
import { DirectoryService, toAgency, toPractitioner } from '../identity/directory.service';
import { RecordRestrictedInformationInput, RestrictedEntry } from './restricted-information.models';
import { RestrictedInformationRepository } from './restricted-information.repository';
import { ShareDecisionService } from '../sharing/share-decision.service';

type EntryRow = Awaited<ReturnType<RestrictedInformationRepository['entries']>>[number];

export const CATEGORY_WORDS: Readonly<Record<RestrictedInformationCategory, string>> = {
  [RestrictedInformationCategory.VICTIM_ADDRESS]: 'A victim’s address',
  [RestrictedInformationCategory.POLICE_INTELLIGENCE]: 'Police intelligence',
  [RestrictedInformationCategory.HEALTH_NOTE]: 'A health note',
};

// Information on a case that is more sensitive than the case itself. Whether a person may see the
// case decides whether they know an entry exists; the rule in libs/domain decides who reads it.
@Injectable()
export class RestrictedInformationService {
  constructor(
    private readonly db: Db,
    private readonly restricted: RestrictedInformationRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly directory: DirectoryService,
    private readonly ledger: ShareDecisionService,
  ) {}

  async forCase(ctx: SignedInContext, caseId: string): Promise<RestrictedEntry[]> {
    const row = await this.restricted.caseRow(caseId);
    if (!row) return [];
    // The case was checked when it was loaded; checked again so this list never outlives that.
    if (!(await this.access.visibleIds(ctx, [caseId])).has(caseId)) return [];
    const facts = await this.access.facts(row);
    // The database applies the content's own read rule a second time and answers null to anyone else.
    return this.toEntries(ctx, row, facts, await this.restricted.entries(caseId));
  }

  private async toEntries(
    ctx: SignedInContext,
    row: CaseRow,
    facts: CaseAccessFacts,
    rows: readonly EntryRow[],
  ): Promise<RestrictedEntry[]> {
    const agencies = await this.directory.agenciesById(rows.map((r) => r.recorded_by_agency_id));
    const users = await this.directory.usersById(rows.flatMap((r) => [r.recorded_by, ...r.shared_with_user_ids]));
    return rows.flatMap((r) => {
      const agency = agencies.get(r.recorded_by_agency_id);
      if (!agency) return [];
      const canRead = canReadRestrictedInformation(ctx.actor, facts, {
        recordedByAgencyId: r.recorded_by_agency_id,
        sharedWithUserIds: r.shared_with_user_ids,
      });
      const recordedBy = users.get(r.recorded_by);
      return [
        {
          id: r.id,
          familyId: row.familyId,
          category: r.category,
          recordedByAgency: toAgency(agency),
          recordedAt: r.recorded_at,
          canRead,
          recordedBy: canRead && recordedBy ? toPractitioner(recordedBy) : null,
          sharedWith: canRead
            ? r.shared_with_user_ids.flatMap((id) => {
                const user = users.get(id);
                return user ? [toPractitioner(user)] : [];
              })
            : [],
          readableContent: canRead ? r.content : null,
        },
      ];
    });
  }

  // Every request for the content is audited, allowed or refused.
  async content(ctx: SignedInContext, entry: RestrictedEntry): Promise<string | null> {
    await this.audit.record(ctx, [
      {
        action: AuditAction.ReadRestrictedInformation,
        entityType: AuditEntity.RestrictedInformation,
        entityId: entry.id,
        familyId: entry.familyId,
        allowed: entry.canRead,
      },
    ]);
    return entry.canRead ? entry.readableContent : null;
  }

  async record(ctx: SignedInContext, input: RecordRestrictedInformationInput): Promise<RestrictedEntry> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    const shareWith = [...new Set(input.shareWithUserIds)].filter((id) => id !== ctx.actor.userId);
    const people = await this.directory.usersById(shareWith);
    const maySee = await this.access.peopleWhoMaySee(row.id, shareWith);
    const seesCase = (id: string): boolean => {
      const user = people.get(id);
      return user !== undefined && user.active && maySee.has(id);
    };
    const problems = restrictedInformationProblems({ content: input.content, shareWithUserIds: shareWith }, seesCase);
    // Agencies whose people may now read it; the people of the recording agency read it anyway.
    // (Only people who may be shared with: the others are refused above.)
    const toAgencies = [...new Set(shareWith.filter(seesCase).flatMap((id) => people.get(id)?.agencyId ?? []))].filter(
      (id) => id !== ctx.actor.agencyId,
    );
    const lawfulBasis = input.lawfulBasis ?? null;
    if (toAgencies.length > 0 && !lawfulBasis) {
      problems.push({ field: 'lawfulBasis', message: 'Choose the lawful basis for letting people outside your agency read it' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const agency = (await this.directory.agenciesById([ctx.actor.agencyId])).get(ctx.actor.agencyId);
    if (!agency) throw DomainError.notFound();

    const content = input.content.trim();
    const created = await this.db.transaction(async (em, tx) => {
      const inserted = await this.restricted.record(tx, {
        caseId: row.id,
        category: input.category,
        content,
        recordedBy: ctx.actor.userId,
        recordedByAgencyId: ctx.actor.agencyId,
        sharedWithUserIds: shareWith,
      });
      // The ledger: one decision per agency told (never the people's names, for readers only).
      if (lawfulBasis) {
        await this.ledger.record(
          tx,
          ctx.actor,
          toAgencies.map((agencyId) => ({
            familyId: row.familyId,
            caseId: row.id,
            source: ShareDecisionSource.RESTRICTED_INFORMATION,
            sourceId: inserted.id,
            decision: ShareDecision.SHARE,
            lawfulBasis,
            whatShared: `${CATEGORY_WORDS[input.category]} (restricted information)`,
            sharedWithAgencyId: agencyId,
          })),
        );
      }
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RecordRestrictedInformation,
            entityType: AuditEntity.RestrictedInformation,
            entityId: inserted.id,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      // The chronology says no more than the list does: what kind, and who holds it.
      await recordCaseEvent(
        tx,
        row.id,
        'RESTRICTED_INFORMATION_RECORDED',
        `${CATEGORY_WORDS[input.category]} recorded, held by ${agency.name}`,
        ctx.actor.userId,
      );
      return { ...inserted, content };
    });
    const [entry] = await this.toEntries(ctx, row, facts, [created]);
    return entry;
  }
}
