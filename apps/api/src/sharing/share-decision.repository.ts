import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { NotSharingReason, ShareDecision, ShareDecisionSource, ShareLawfulBasis } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

export interface ShareDecisionRow {
  readonly id: string;
  readonly familyId: string | null;
  readonly caseId: string | null;
  readonly personId: string | null;
  readonly source: ShareDecisionSource;
  readonly sourceId: string | null;
  readonly decision: ShareDecision;
  readonly lawfulBasis: ShareLawfulBasis;
  readonly reason: NotSharingReason | null;
  readonly reasonText: string | null;
  readonly whatShared: string;
  readonly sharedWithAgencyId: string | null;
  readonly sharedWithOther: string | null;
  readonly decidedBy: string;
  readonly decidedByAgencyId: string;
  readonly decidedAt: Date;
}

// The share and don't-share ledger (migration 1732300000043). Rows are only ever added; the
// database shows them to those who may see the case (or, without a case, the family).
@Injectable()
export class ShareDecisionRepository {
  constructor(private readonly db: Db) {}

  // On the caller's transaction, without RETURNING: the row is the decider's to write, not
  // necessarily to read (an alert's sender may not see the family's case).
  async record(tx: Database, rows: readonly ShareDecisionRow[]): Promise<void> {
    if (rows.length === 0) return;
    await tx
      .insertInto('share_decision')
      .values(
        rows.map((r) => ({
          id: r.id,
          family_id: r.familyId,
          case_id: r.caseId,
          person_id: r.personId,
          source: r.source,
          source_id: r.sourceId,
          decision: r.decision,
          lawful_basis: r.lawfulBasis,
          reason: r.reason,
          reason_text: r.reasonText,
          what_shared: r.whatShared,
          shared_with_agency_id: r.sharedWithAgencyId,
          shared_with_other: r.sharedWithOther,
          decided_by: r.decidedBy,
          decided_by_agency_id: r.decidedByAgencyId,
          decided_at: r.decidedAt,
        })),
      )
      .execute();
  }

  // The family's ledger as the viewer may read it, newest first.
  forFamily(familyId: string) {
    return this.db.kysely
      .selectFrom('share_decision as d')
      .innerJoin('app_user as u', 'u.id', 'd.decided_by')
      .innerJoin('agency as da', 'da.id', 'd.decided_by_agency_id')
      .leftJoin('agency as wa', 'wa.id', 'd.shared_with_agency_id')
      .leftJoin('person as p', 'p.id', 'd.person_id')
      .select((eb) => [
        'd.id',
        'd.family_id',
        'd.case_id',
        eb.ref('d.source').$castTo<ShareDecisionSource>().as('source'),
        eb.ref('d.decision').$castTo<ShareDecision>().as('decision'),
        eb.ref('d.lawful_basis').$castTo<ShareLawfulBasis>().as('lawful_basis'),
        eb.ref('d.reason').$castTo<NotSharingReason | null>().as('reason'),
        'd.reason_text',
        'd.what_shared',
        'wa.name as shared_with_agency',
        'd.shared_with_other',
        'p.first_name as child_first_name',
        'p.last_name as child_last_name',
        'u.display_name as decided_by_name',
        'da.name as decided_by_agency',
        'd.decided_at',
      ])
      .where('d.family_id', '=', familyId)
      .orderBy('d.decided_at', 'desc')
      .orderBy('d.id')
      .execute();
  }

  // The person, if they are a child of this family.
  childOfFamily(personId: string, familyId: string) {
    return this.db.kysely
      .selectFrom('person')
      .select(['id'])
      .where('id', '=', personId)
      .where('family_id', '=', familyId)
      .where('role', '=', 'CHILD')
      .executeTakeFirst();
  }

  // Counts only (eh_share_decision_counts): every decision for the council's team, a partner's
  // own agency's otherwise.
  counts(from: string, to: string) {
    return sql<{
      month: string;
      decision: ShareDecision;
      lawful_basis: ShareLawfulBasis;
      reason: NotSharingReason | null;
      decisions: number;
    }>`SELECT * FROM eh_share_decision_counts(${from}::date, ${to}::date)`
      .execute(this.db.kysely)
      .then((r) => r.rows);
  }
}
