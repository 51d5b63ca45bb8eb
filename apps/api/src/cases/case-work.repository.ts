import { Injectable } from '@nestjs/common';
import { CaseStatus, ClosureOutcome } from '@eh/domain';
import { CrisisCardContent } from '../database/entities';
import { Database, jsonb } from '../database/kysely';
import { Db } from '../database/db';

export interface ChildViewContent {
  readonly personId: string;
  readonly view: string;
}

// Consents, reviews and the closing and reopening of a case. Writes take the transaction's typed
// handle (`db.transaction((manager, kysely) => …)`) so they commit or roll back with the audit row
// and chronology line written beside them; a change guarded by a version or a state says whether
// it happened.
// A member of the team at a review, kept by name so former members still read right.
export interface TeamAttendanceContent {
  readonly userId: string;
  readonly name: string;
  readonly agencyName: string;
  readonly attendance: 'PRESENT' | 'APOLOGIES';
}

@Injectable()
export class CaseWorkRepository {
  constructor(private readonly db: Db) {}

  // Newest first, withdrawn consents included.
  consents(caseId: string) {
    return this.db.kysely
      .selectFrom('consent')
      .select([
        'id',
        'given_by_person_id as givenByPersonId',
        'competence_confirmed as competenceConfirmed',
        'agency_ids as agencyIds',
        'given_on as givenOn',
        'withdrawn_on as withdrawnOn',
      ])
      .where('case_id', '=', caseId)
      .orderBy('given_on', 'desc')
      .execute();
  }

  consent(id: string) {
    return this.db.kysely
      .selectFrom('consent')
      .select(['id', 'case_id as caseId', 'given_on as givenOn'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async addConsent(
    tx: Database,
    consent: {
      caseId: string;
      givenByPersonId: string;
      competenceConfirmed: boolean;
      agencyIds: readonly string[];
      givenOn: string;
      recordedBy: string;
    },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('consent')
      .values({
        case_id: consent.caseId,
        given_by_person_id: consent.givenByPersonId,
        competence_confirmed: consent.competenceConfirmed,
        agency_ids: [...consent.agencyIds],
        given_on: consent.givenOn,
        recorded_by: consent.recordedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // False when the consent had already been withdrawn.
  async withdrawConsent(tx: Database, id: string, withdrawnOn: string, withdrawnBy: string): Promise<boolean> {
    const result = await tx
      .updateTable('consent')
      .set({ withdrawn_on: withdrawnOn, withdrawn_by: withdrawnBy })
      .where('id', '=', id)
      .where('withdrawn_on', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // Newest first, with who recorded each.
  reviews(caseId: string) {
    return (
      this.db.kysely
        .selectFrom('case_review as r')
        .leftJoin('app_user as u', 'u.id', 'r.recorded_by')
        .select((eb) => [
          'r.id',
          'r.kind',
          'r.held_on as heldOn',
          'r.attendees',
          // Written only by addReview below.
          eb.ref('r.attendance').$castTo<TeamAttendanceContent[]>().as('teamAttendance'),
          'r.goal_progress as goalProgress',
          'r.family_view as familyView',
          // Written only by addReview below.
          eb.ref('r.child_views').$castTo<ChildViewContent[]>().as('childViews'),
          'r.next_review_on as nextReviewOn',
          'r.next_review_reason as nextReviewReason',
          'u.display_name as recordedByName',
        ])
        .where('r.case_id', '=', caseId)
        .orderBy('r.held_on', 'desc')
        // Of two held the same day, the later recorded is the latest, as eh_next_review_on reads it.
        .orderBy('r.recorded_at', 'desc')
        .execute()
    );
  }

  async addReview(
    tx: Database,
    review: {
      caseId: string;
      heldOn: string;
      kind: 'TEAM_AROUND_FAMILY' | 'MAINTENANCE';
      attendees: string;
      teamAttendance: readonly TeamAttendanceContent[];
      goalProgress: string;
      familyView: string;
      childViews: readonly ChildViewContent[];
      nextReviewOn: string | null;
      nextReviewReason: string | null;
      recordedBy: string;
    },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('case_review')
      .values({
        case_id: review.caseId,
        held_on: review.heldOn,
        kind: review.kind,
        attendees: review.attendees,
        attendance: jsonb(review.teamAttendance),
        goal_progress: review.goalProgress,
        family_view: review.familyView,
        child_views: jsonb(review.childViews),
        next_review_on: review.nextReviewOn,
        next_review_reason: review.nextReviewReason,
        recorded_by: review.recordedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // Closes the case or moves it into maintenance, if it is still at `version`. A crisis card
  // replaces the one held; without one the held card stays.
  async close(
    tx: Database,
    change: {
      caseId: string;
      version: number;
      status: CaseStatus;
      outcome: ClosureOutcome;
      reason: string | null;
      crisisCard: CrisisCardContent | null;
      today: string;
    },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('early_help_case')
      .set((eb) => ({
        status: change.status,
        closure_outcome: change.outcome,
        closure_reason: change.reason,
        ...(change.crisisCard ? { crisis_card: jsonb(change.crisisCard) } : {}),
        ...(change.status === CaseStatus.CLOSED ? { closed_on: change.today } : {}),
        ...(change.status === CaseStatus.MAINTENANCE ? { maintenance_started_on: change.today } : {}),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', change.caseId)
      .where('version', '=', change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // Reopens the case, if it is still at `version`.
  async reopen(tx: Database, caseId: string, version: number, status: CaseStatus): Promise<boolean> {
    const result = await tx
      .updateTable('early_help_case')
      .set((eb) => ({ status, closed_on: null, version: eb('version', '+', 1) }))
      .where('id', '=', caseId)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}
