import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { NeedProgress, SectionContent, SectionKind, sectionKey, SustainmentSource } from '@eh/domain';
import { Database } from '../database/kysely';
import { Db } from '../database/db';

// The outcome framework, the needs coded in each family's plan, progress at reviews, outcomes at
// closure, the sustainment check and what the evidence pack reads (migration 1732300000046).
// Reads run under the actor's row-level security; writes take the transaction's typed handle so
// they commit with their audit row and chronology line, and a write guarded by a version or a
// state says whether it happened.
@Injectable()
export class OutcomeRepository {
  constructor(private readonly db: Db) {}

  headings(includeRetired: boolean) {
    let q = this.db.kysely
      .selectFrom('outcome_heading')
      .select(['id', 'key', 'name', 'position', 'version', sql<boolean>`retired_at IS NOT NULL`.as('retired')])
      .orderBy('position');
    if (!includeRetired) q = q.where('retired_at', 'is', null);
    return q.execute();
  }

  heading(id: string) {
    return this.db.kysely
      .selectFrom('outcome_heading')
      .select(['id', 'key', 'name', 'position', 'version', sql<boolean>`retired_at IS NOT NULL`.as('retired')])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async addHeading(tx: Database, heading: { key: string; name: string; by: string }): Promise<string> {
    const { id } = await tx
      .insertInto('outcome_heading')
      .values((eb) => ({
        key: heading.key,
        name: heading.name,
        position: eb.selectFrom('outcome_heading').select(sql<number>`coalesce(max(position), 0) + 1`.as('p')),
        updated_by: heading.by,
      }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async changeHeading(
    tx: Database,
    change: { id: string; version: number; by: string } & ({ name: string } | { retired: boolean }),
  ): Promise<boolean> {
    const result = await tx
      .updateTable('outcome_heading')
      .set((eb) => ({
        ...('name' in change ? { name: change.name } : { retired_at: change.retired ? sql<Date>`now()` : null }),
        updated_by: change.by,
        updated_at: sql<Date>`now()`,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', change.id)
      .where('version', '=', change.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  // The case's needs, oldest first, with their heading, the evidence's agency, the outcome at
  // closure and the former lead's confirmation.
  needs(caseIds: readonly string[]) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.db.kysely
      .selectFrom('plan_need as n')
      .innerJoin('outcome_heading as h', 'h.id', 'n.heading_id')
      .innerJoin('agency as a', 'a.id', 'n.evidence_agency_id')
      .leftJoin('need_sustainment as s', 's.need_id', 'n.id')
      .select([
        'n.id',
        'n.case_id as caseId',
        'n.description',
        'n.evidence',
        'n.evidence_agency_id as evidenceAgencyId',
        'a.name as evidenceAgencyName',
        'n.identified_on as identifiedOn',
        'n.outcome',
        'n.outcome_evidence as outcomeEvidence',
        'n.version',
        'h.id as headingId',
        'h.key as headingKey',
        'h.name as headingName',
        'h.position as headingPosition',
        'h.version as headingVersion',
        sql<boolean>`h.retired_at IS NOT NULL`.as('headingRetired'),
        's.held',
        's.source',
        's.evidence as sustainmentEvidence',
        sql<string | null>`(s.recorded_at AT TIME ZONE 'Europe/London')::date::text`.as('sustainmentRecordedOn'),
      ])
      .where('n.case_id', 'in', [...caseIds])
      .orderBy('n.identified_on')
      .orderBy('n.recorded_at')
      .$narrowType<{ outcome: NeedProgress | null; source: SustainmentSource | null }>()
      .execute();
  }

  needMembers(needIds: readonly string[]) {
    if (needIds.length === 0) return Promise.resolve([]);
    return this.db.kysely
      .selectFrom('plan_need_member as m')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select(['m.need_id as needId', 'p.id', 'p.first_name as firstName', 'p.last_name as lastName'])
      .where('m.need_id', 'in', [...needIds])
      .orderBy('p.date_of_birth')
      .execute();
  }

  progress(needIds: readonly string[]) {
    if (needIds.length === 0) return Promise.resolve([]);
    return this.db.kysely
      .selectFrom('need_progress as g')
      .innerJoin('case_review as r', 'r.id', 'g.review_id')
      .leftJoin('app_user as u', 'u.id', 'g.recorded_by')
      .select([
        'g.need_id as needId',
        'g.review_id as reviewId',
        'r.held_on as heldOn',
        'g.progress',
        'g.evidence',
        'u.display_name as recordedByName',
      ])
      .where('g.need_id', 'in', [...needIds])
      .orderBy('r.held_on')
      .$narrowType<{ progress: NeedProgress }>()
      .execute();
  }

  need(id: string) {
    return this.db.kysely
      .selectFrom('plan_need as n')
      .select([
        'n.id',
        'n.case_id as caseId',
        'n.version',
        'n.outcome',
        (eb) =>
          eb
            .selectFrom('need_progress as g')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('g.need_id', '=', 'n.id')
            .as('progressCount'),
      ])
      .where('n.id', '=', id)
      .executeTakeFirst();
  }

  async addNeed(
    tx: Database,
    need: {
      caseId: string;
      headingId: string;
      personIds: readonly string[];
      description: string;
      evidence: string;
      evidenceAgencyId: string;
      identifiedOn: string;
      recordedBy: string;
    },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('plan_need')
      .values({
        case_id: need.caseId,
        heading_id: need.headingId,
        description: need.description,
        evidence: need.evidence,
        evidence_agency_id: need.evidenceAgencyId,
        identified_on: need.identifiedOn,
        recorded_by: need.recordedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('plan_need_member')
      .values(need.personIds.map((personId) => ({ need_id: id, person_id: personId })))
      .execute();
    return id;
  }

  // False when someone changed the need, or recorded progress on it, since it was read.
  async removeNeed(tx: Database, id: string, version: number): Promise<boolean> {
    const result = await tx
      .deleteFrom('plan_need as n')
      .where('n.id', '=', id)
      .where('n.version', '=', version)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('need_progress as g').select('g.id').whereRef('g.need_id', '=', 'n.id'))))
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  review(caseId: string, reviewId: string) {
    return this.db.kysely
      .selectFrom('case_review')
      .select(['id', 'held_on as heldOn', 'kind'])
      .where('case_id', '=', caseId)
      .where('id', '=', reviewId)
      .executeTakeFirst();
  }

  // False when progress on one of these needs was already recorded for this review.
  async addProgress(
    tx: Database,
    reviewId: string,
    entries: readonly { needId: string; progress: NeedProgress; evidence: string }[],
    recordedBy: string,
  ): Promise<boolean> {
    const added = await tx
      .insertInto('need_progress')
      .values(
        entries.map((e) => ({
          need_id: e.needId,
          review_id: reviewId,
          progress: e.progress,
          evidence: e.evidence,
          recorded_by: recordedBy,
        })),
      )
      .onConflict((oc) => oc.columns(['need_id', 'review_id']).doNothing())
      .returning('id')
      .execute();
    return added.length === entries.length;
  }

  // False when the need's outcome was already recorded.
  async setOutcome(tx: Database, entry: { needId: string; outcome: NeedProgress; evidence: string }, recordedBy: string): Promise<boolean> {
    const result = await tx
      .updateTable('plan_need')
      .set((eb) => ({
        outcome: entry.outcome,
        outcome_evidence: entry.evidence,
        outcome_recorded_by: recordedBy,
        outcome_recorded_at: sql<Date>`now()`,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', entry.needId)
      .where('outcome', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  private checkRows() {
    return this.db.kysely
      .selectFrom('sustainment_check as s')
      .innerJoin('early_help_case as c', 'c.id', 's.case_id')
      .select([
        's.case_id as caseId',
        'c.reference as caseReference',
        'c.family_id as familyId',
        's.due_on as dueOn',
        's.asked_on as askedOn',
        's.confirmed_on as confirmedOn',
        's.lead_practitioner_id as leadId',
        's.version',
      ]);
  }

  checks(caseIds: readonly string[]) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.checkRows()
      .where('s.case_id', 'in', [...caseIds])
      .execute();
  }

  // The checks waiting for this former lead, oldest first.
  checksWaitingFor(userId: string) {
    return this.checkRows().where('s.lead_practitioner_id', '=', userId).where('s.confirmed_on', 'is', null).orderBy('s.due_on').execute();
  }

  reReferrals(caseIds: readonly string[]) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.db.kysely
      .selectFrom('case_rereferral')
      .select(['case_id as caseId', 'received_on as receivedOn', 'found_on as foundOn'])
      .where('case_id', 'in', [...caseIds])
      .orderBy('received_on')
      .execute();
  }

  // False when someone else confirmed first.
  async confirm(
    tx: Database,
    check: { caseId: string; version: number; by: string; today: string },
    needs: readonly { needId: string; held: boolean; source: SustainmentSource; evidence: string }[],
  ): Promise<boolean> {
    const result = await tx
      .updateTable('sustainment_check')
      .set((eb) => ({ confirmed_on: check.today, confirmed_by: check.by, version: eb('version', '+', 1) }))
      .where('case_id', '=', check.caseId)
      .where('version', '=', check.version)
      .where('confirmed_on', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await tx
      .insertInto('need_sustainment')
      .values(
        needs.map((n) => ({
          need_id: n.needId,
          case_id: check.caseId,
          held: n.held,
          source: n.source,
          evidence: n.evidence,
          recorded_by: check.by,
        })),
      )
      .execute();
    return true;
  }

  // Closed cases with coded needs the actor may see (the FPT manager: the council's early help),
  // with what the claim rule judges: the lead, the approved assessment, reviews held, the goals
  // section (for goals with actions) and the sustainment check.
  closedWithNeeds() {
    return this.db.kysely
      .selectFrom('early_help_case as c')
      .innerJoin('family as f', 'f.id', 'c.family_id')
      .innerJoin('app_user as u', 'u.id', 'c.lead_practitioner_id')
      .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
      .leftJoin('my_family_plan as p', 'p.case_id', 'c.id')
      .leftJoin('plan_section as g', (join) => join.onRef('g.plan_id', '=', 'p.id').on('g.section_key', '=', sectionKey(SectionKind.GOALS)))
      .leftJoin('sustainment_check as s', 's.case_id', 'c.id')
      .select((eb) => [
        'c.id',
        'c.reference',
        'c.family_id as familyId',
        'f.reference as familyReference',
        'c.closed_on as closedOn',
        'u.display_name as leadPractitionerName',
        'a.name as leadAgencyName',
        'a.agency_type as leadAgencyType',
        sql<string | null>`(p.approved_at AT TIME ZONE 'Europe/London')::date::text`.as('assessmentApprovedOn'),
        eb.ref('g.content').$castTo<SectionContent | null>().as('goals'),
        eb
          .selectFrom('case_review as r')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('r.case_id', '=', 'c.id')
          .where('r.kind', '=', 'TEAM_AROUND_FAMILY')
          .as('reviewsHeld'),
        's.due_on as sustainmentDueOn',
        's.confirmed_on as sustainmentConfirmedOn',
      ])
      .where('c.status', '=', 'CLOSED')
      .where('c.closed_on', 'is not', null)
      .where((eb) => eb.exists(eb.selectFrom('plan_need as n').select('n.id').whereRef('n.case_id', '=', 'c.id')))
      .orderBy('c.closed_on', 'desc')
      .orderBy('c.reference')
      .$narrowType<{ closedOn: string; reviewsHeld: number }>()
      .execute();
  }
}
