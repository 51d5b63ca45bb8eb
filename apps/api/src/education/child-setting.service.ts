import { Injectable } from '@nestjs/common';
import {
  canEditPlan,
  childSettingProblems,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  isFamilyPartnershipTeam,
  PersonRole,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { ChildSettingRepository } from './child-setting.repository';
import { ChildEducationSettingModel, RecordChildSettingInput } from './education.models';

// A child's education setting, part of the family's record: read with the family (the one
// visibility rule), recorded on the family record by the Family Partnership Team, the lead
// practitioner or a named professional, and at referral for each child. A new setting ends the
// current one on the day it starts; the history is kept.
@Injectable()
export class ChildSettingService {
  constructor(
    private readonly db: Db,
    private readonly children: ChildSettingRepository,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  // Each person's settings, newest first (the family was read, and audited, with its case or referral).
  async ofPeople(personIds: readonly string[]): Promise<Map<string, ChildEducationSettingModel[]>> {
    const byPerson = new Map<string, ChildEducationSettingModel[]>();
    if (personIds.length === 0) return byPerson;
    for (const { personId, ...row } of await this.children.ofPeople([...new Set(personIds)])) {
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), row]);
    }
    return byPerson;
  }

  async record(ctx: SignedInContext, input: RecordChildSettingInput): Promise<ChildEducationSettingModel[]> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts) && !isFamilyPartnershipTeam(ctx.actor)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        'Only the lead practitioner, named professionals and the Family Partnership Team can do this',
      );
    }
    await this.db.transaction(async (em, tx) => {
      const person = await this.children.person(tx, input.personId);
      const problems: FieldProblem[] = [];
      if (!person || person.familyId !== row.familyId || person.role !== PersonRole.CHILD) {
        problems.push({ field: 'personId', message: 'Choose a child in this family' });
      }
      if (!(await this.children.settingExists(input.settingId))) {
        problems.push({ field: 'settingId', message: 'Choose a setting from the directory' });
      } else if (person?.currentSettingId === input.settingId) {
        problems.push({ field: 'settingId', message: 'This is already the child’s current setting' });
      }
      problems.push(...childSettingProblems(input.startedOn, this.access.today(), person?.currentStartedOn ?? null));
      if (problems.length) throw DomainError.invalid(problems);
      const recorded = await this.children.record(tx, {
        personId: input.personId,
        settingId: input.settingId,
        startedOn: input.startedOn,
        recordedBy: ctx.actor.userId,
        replacing: person?.currentId ?? null,
      });
      if (!recorded) throw DomainError.conflict();
      await this.audit.record(
        ctx,
        [
          {
            action: AuditAction.RecordChildSetting,
            entityType: AuditEntity.Person,
            entityId: input.personId,
            familyId: row.familyId,
            allowed: true,
          },
        ],
        em,
      );
      await recordCaseEvent(
        tx,
        row.id,
        'EDUCATION_SETTING_RECORDED',
        `A child’s education setting recorded, from ${input.startedOn}`,
        ctx.actor.userId,
      );
    });
    return (await this.ofPeople([input.personId])).get(input.personId) ?? [];
  }

  // At referral: the problems of each child's setting, by the member's field.
  async referralProblems(
    members: readonly { role: PersonRole; educationSettingId?: string | null; educationSettingStartedOn?: string | null }[],
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const today = this.access.today();
    for (const [index, m] of members.entries()) {
      if (!m.educationSettingId) continue;
      const field = `members.${index}`;
      if (m.role !== PersonRole.CHILD)
        problems.push({ field: `${field}.educationSettingId`, message: 'Only a child has an education setting' });
      else if (!(await this.children.settingExists(m.educationSettingId))) {
        problems.push({ field: `${field}.educationSettingId`, message: 'Choose a setting from the directory' });
      }
      for (const p of childSettingProblems(m.educationSettingStartedOn ?? '', today, null)) {
        problems.push({ field: `${field}.educationSettingStartedOn`, message: p.message });
      }
    }
    return problems;
  }

  // At referral: each new child's setting, in the referral's transaction (audited with it).
  async recordAtReferral(
    tx: Database,
    recordedBy: string,
    entries: readonly { personId: string; educationSettingId?: string | null; educationSettingStartedOn?: string | null }[],
  ): Promise<void> {
    for (const e of entries) {
      if (!e.educationSettingId || !e.educationSettingStartedOn) continue;
      await this.children.record(tx, {
        personId: e.personId,
        settingId: e.educationSettingId,
        startedOn: e.educationSettingStartedOn,
        recordedBy,
        replacing: null,
      });
    }
  }
}
