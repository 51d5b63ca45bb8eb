import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { PlanStatus, Role, SectionContent, SectionKind } from '@eh/domain';
import { Database, jsonb } from '../database/kysely';
import { Db } from '../database/db';

// The My Family Plan: the plan row, its sections and every saved version of each, and the
// quality-assurance comments. Writes take the transaction's typed handle so they commit or roll
// back with the audit row and chronology line beside them; a write guarded by a version or a
// state says whether it happened. Section content is only ever written by saveSection after the
// domain rules accepted it, so it is read back as SectionContent.
@Injectable()
export class PlanRepository {
  constructor(private readonly db: Db) {}

  // The case's plan, with who approved it.
  ofCase(caseId: string) {
    return this.db.kysely
      .selectFrom('my_family_plan as p')
      .leftJoin('app_user as a', 'a.id', 'p.approved_by')
      .select([
        'p.id',
        'p.status',
        'p.version',
        'p.submitted_at as submittedAt',
        'p.approved_at as approvedAt',
        'a.display_name as approvedByName',
      ])
      .where('p.case_id', '=', caseId)
      .$narrowType<{ status: PlanStatus }>()
      .executeTakeFirst();
  }

  // The saved sections, with who saved each last.
  sections(planId: string) {
    return this.db.kysely
      .selectFrom('plan_section as s')
      .leftJoin('app_user as u', 'u.id', 's.saved_by')
      .select((eb) => [
        's.section_key as sectionKey',
        eb.ref('s.content').$castTo<SectionContent>().as('content'),
        's.version',
        's.saved_at as savedAt',
        'u.display_name as savedByName',
      ])
      .where('s.plan_id', '=', planId)
      .execute();
  }

  async sectionContent(planId: string, sectionKey: string): Promise<SectionContent | undefined> {
    const row = await this.db.kysely
      .selectFrom('plan_section')
      .select((eb) => eb.ref('content').$castTo<SectionContent>().as('content'))
      .where('plan_id', '=', planId)
      .where('section_key', '=', sectionKey)
      .executeTakeFirst();
    return row?.content;
  }

  // The comments of the plan's latest return, in the order they were made, with who made each.
  latestReturnComments(planId: string) {
    return this.db.kysely
      .selectFrom('plan_qa_comment as c')
      .leftJoin('app_user as u', 'u.id', 'c.made_by')
      .select(['c.id', 'c.section_key as sectionKey', 'c.comment', 'c.made_at as madeAt', 'u.display_name as madeByName'])
      .where('c.plan_id', '=', planId)
      .where('c.submission', '=', (eb) =>
        eb
          .selectFrom('plan_qa_comment as l')
          .select((l) => l.fn.max('l.submission').as('latest'))
          .where('l.plan_id', '=', planId),
      )
      .orderBy('c.id')
      .execute();
  }

  // Every saved version of a section, newest first.
  sectionVersions(planId: string, sectionKey: string) {
    return this.db.kysely
      .selectFrom('plan_section_version as v')
      .leftJoin('app_user as u', 'u.id', 'v.saved_by')
      .select(['v.version', 'v.saved_at as savedAt', 'u.display_name as savedByName'])
      .where('v.plan_id', '=', planId)
      .where('v.section_key', '=', sectionKey)
      .orderBy('v.version', 'desc')
      .execute();
  }

  sectionAtVersion(planId: string, sectionKey: string, version: number) {
    return this.db.kysely
      .selectFrom('plan_section_version as v')
      .leftJoin('app_user as u', 'u.id', 'v.saved_by')
      .select((eb) => [
        eb.ref('v.content').$castTo<SectionContent>().as('content'),
        'v.version',
        'v.saved_at as savedAt',
        'u.display_name as savedByName',
      ])
      .where('v.plan_id', '=', planId)
      .where('v.section_key', '=', sectionKey)
      .where('v.version', '=', version)
      .executeTakeFirst();
  }

  // The new plan's id, or undefined when the case already has one.
  async start(tx: Database, caseId: string, startedBy: string): Promise<string | undefined> {
    const created = await tx
      .insertInto('my_family_plan')
      .values({ case_id: caseId, status: PlanStatus.DRAFT, started_by: startedBy })
      .onConflict((oc) => oc.column('case_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return created?.id;
  }

  // The plan's status, held until the transaction ends so that it cannot change under a save.
  async lockedStatus(tx: Database, planId: string): Promise<PlanStatus> {
    const { status } = await tx
      .selectFrom('my_family_plan')
      .select('status')
      .where('id', '=', planId)
      .forShare()
      .$narrowType<{ status: PlanStatus }>()
      .executeTakeFirstOrThrow();
    return status;
  }

  // A section's first save; false when someone else saved it first.
  async addSection(
    tx: Database,
    section: { planId: string; sectionKey: string; kind: SectionKind; personId: string | null; content: SectionContent; savedBy: string },
  ): Promise<boolean> {
    const result = await tx
      .insertInto('plan_section')
      .values({
        plan_id: section.planId,
        section_key: section.sectionKey,
        kind: section.kind,
        person_id: section.personId,
        content: jsonb(section.content),
        version: 1,
        saved_by: section.savedBy,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }

  // A later save, only over the version the edit started from; false when someone else saved since.
  async updateSection(
    tx: Database,
    section: { planId: string; sectionKey: string; content: SectionContent; savedBy: string },
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await tx
      .updateTable('plan_section')
      .set((eb) => ({ content: jsonb(section.content), version: eb('version', '+', 1), saved_by: section.savedBy, saved_at: eb.fn('now') }))
      .where('plan_id', '=', section.planId)
      .where('section_key', '=', section.sectionKey)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async keepVersion(
    tx: Database,
    version: { planId: string; sectionKey: string; version: number; content: SectionContent; savedBy: string },
  ): Promise<void> {
    await tx
      .insertInto('plan_section_version')
      .values({
        plan_id: version.planId,
        section_key: version.sectionKey,
        version: version.version,
        content: jsonb(version.content),
        saved_by: version.savedBy,
      })
      .execute();
  }

  // Moves the plan from `from` to `to`, if it is still at `version` and in `from`; submitting
  // and approving stamp when (and approving who).
  async transition(
    tx: Database,
    change: { planId: string; version: number; from: PlanStatus; to: PlanStatus; actorId: string; at: Date },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('my_family_plan')
      .set((eb) => ({
        status: change.to,
        version: eb('version', '+', 1),
        ...(change.to === PlanStatus.SUBMITTED ? { submitted_at: change.at } : {}),
        ...(change.to === PlanStatus.ACTIVE ? { approved_at: change.at, approved_by: change.actorId } : {}),
      }))
      .where('id', '=', change.planId)
      .where('version', '=', change.version)
      .where('status', '=', change.from)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The comments of one return; `submission` is the plan version that was returned.
  async addQaComments(
    tx: Database,
    planId: string,
    submission: number,
    madeBy: string,
    comments: readonly { sectionKey: string | null; comment: string }[],
  ): Promise<void> {
    if (comments.length === 0) return;
    await tx
      .insertInto('plan_qa_comment')
      .values(comments.map((c) => ({ plan_id: planId, section_key: c.sectionKey, comment: c.comment, made_by: madeBy, submission })))
      .execute();
  }

  // Who quality-assures a submitted plan: the active FPT managers.
  async qualityAssurers(tx: Database): Promise<string[]> {
    const rows = await tx.selectFrom('app_user').select('id').where('role', '=', Role.FPT_MANAGER).where('active', '=', true).execute();
    return rows.map((r) => r.id);
  }

  // Who hears the outcome of quality assurance: the case's named professionals.
  async namedProfessionals(tx: Database, caseId: string): Promise<string[]> {
    const rows = await tx.selectFrom('case_professional').select('user_id').where('case_id', '=', caseId).execute();
    return rows.map((r) => r.user_id);
  }

  // Sections of the plan and who the lead asked to write them.
  assignments(planId: string) {
    return this.db.kysely
      .selectFrom('plan_section_assignment as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['s.section_key', 's.user_id', 'u.display_name'])
      .where('s.plan_id', '=', planId)
      .execute();
  }

  // The members of the case's team, the lead apart: those a section may be assigned to.
  async assignableMembers(caseId: string, leadId: string) {
    const rows = await this.db.kysely
      .selectFrom('case_professional as cp')
      .innerJoin('app_user as u', 'u.id', 'cp.user_id')
      .select(['u.id', 'u.display_name', 'u.job_title'])
      .where('cp.case_id', '=', caseId)
      .where('cp.user_id', '<>', leadId)
      .where('u.active', '=', true)
      .orderBy('u.display_name')
      .execute();
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, jobTitle: r.job_title }));
  }

  async assign(tx: Database, assignment: { planId: string; sectionKey: string; userId: string | null; by: string }): Promise<void> {
    if (assignment.userId === null) {
      await tx
        .deleteFrom('plan_section_assignment')
        .where('plan_id', '=', assignment.planId)
        .where('section_key', '=', assignment.sectionKey)
        .execute();
      return;
    }
    const userId = assignment.userId;
    await tx
      .insertInto('plan_section_assignment')
      .values({ plan_id: assignment.planId, section_key: assignment.sectionKey, user_id: userId, assigned_by: assignment.by })
      .onConflict((oc) =>
        oc.columns(['plan_id', 'section_key']).doUpdateSet({ user_id: userId, assigned_by: assignment.by, assigned_at: sql`now()` }),
      )
      .execute();
  }
}

export type PlanRecord = NonNullable<Awaited<ReturnType<PlanRepository['ofCase']>>>;
