import { Injectable } from '@nestjs/common';
import { DomainError, EducationPhase, educationSettingProblems, FieldProblem, SafeguardingRole } from '@eh/domain';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { EducationSettingRepository, SettingRecord, SettingRow } from './education-setting.repository';
import { EducationSettingInput, EducationSettingModel } from './education.models';

const tidy = (value: string) => value.trim().replace(/\s+/g, ' ');
const orNull = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);

export function toSetting(row: SettingRecord): EducationSettingModel {
  return {
    id: row.id,
    name: row.name,
    urn: row.urn,
    phase: row.phase as EducationPhase,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    town: row.town,
    postcode: row.postcode,
    schoolDayStartsAt: row.schoolDayStartsAt,
    closureDays: row.closures.map((c) => c.day),
    inCouncil: row.inCouncil,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    contactEmail: row.contactEmail,
    safeguardingLeads: row.safeguardingLeads,
    version: row.version,
  };
}

// The directory of education settings. Everyone reads it (it holds no personal data about
// children); the Family Partnership Team manages it (the resolver's policy, and row-level security).
@Injectable()
export class EducationSettingsService {
  constructor(
    private readonly db: Db,
    private readonly settings: EducationSettingRepository,
  ) {}

  async all(): Promise<EducationSettingModel[]> {
    return (await this.settings.all()).map(toSetting);
  }

  async one(id: string): Promise<EducationSettingModel> {
    const row = await this.settings.byId(id);
    if (!row) throw DomainError.notFound();
    return toSetting(row);
  }

  add(ctx: SignedInContext, input: EducationSettingInput): Promise<EducationSettingModel> {
    return this.save(ctx, null, null, input);
  }

  update(ctx: SignedInContext, id: string, expectedVersion: number, input: EducationSettingInput): Promise<EducationSettingModel> {
    return this.save(ctx, id, expectedVersion, input);
  }

  private async save(
    ctx: SignedInContext,
    id: string | null,
    expectedVersion: number | null,
    input: EducationSettingInput,
  ): Promise<EducationSettingModel> {
    const setting: SettingRow = {
      name: tidy(input.name),
      urn: input.urn.trim(),
      phase: input.phase,
      addressLine1: tidy(input.addressLine1),
      addressLine2: orNull(input.addressLine2),
      town: tidy(input.town),
      postcode: tidy(input.postcode).toUpperCase(),
      schoolDayStartsAt: input.schoolDayStartsAt.trim(),
      inCouncil: input.inCouncil,
      agencyId: input.agencyId ?? null,
      contactEmail: orNull(input.contactEmail),
    };
    const closureDays = [...new Set(input.closureDays)].sort();
    const problems = educationSettingProblems({ ...setting, closureDays });
    if (setting.agencyId && !(await this.settings.agencyExists(setting.agencyId))) {
      problems.push({ field: 'agencyId', message: 'Choose one of the partner agencies' });
    } else {
      problems.push(...(await this.leadProblems(setting, input.safeguardingLeads)));
    }
    if (!problems.some((p) => p.field === 'urn') && (await this.settings.urnTaken(setting.urn, id))) {
      problems.push({ field: 'urn', message: 'Another setting in the directory already has this URN' });
    }
    if (problems.length) throw DomainError.invalid(problems);
    const savedId = await this.db.transaction(async (_em, tx) => {
      let settingId: string;
      if (id === null) {
        const added = await this.settings.add(tx, setting, ctx.actor.userId);
        if (!added) throw DomainError.invalid([{ field: 'urn', message: 'Another setting in the directory already has this URN' }]);
        settingId = added;
      } else {
        if (!(await this.settings.update(tx, id, expectedVersion ?? -1, setting, ctx.actor.userId))) {
          if (!(await this.settings.byId(id))) throw DomainError.notFound();
          throw DomainError.conflict();
        }
        settingId = id;
      }
      await this.settings.replaceClosures(tx, settingId, closureDays);
      await this.settings.replaceStaff(tx, settingId, input.safeguardingLeads);
      return settingId;
    });
    return this.one(savedId);
  }

  // A setting in the council reaches its DSL and deputies: active users of its agency, each once,
  // at most one DSL. A setting outside the council has a contact address instead of users.
  private async leadProblems(setting: SettingRow, leads: readonly { userId: string; role: SafeguardingRole }[]): Promise<FieldProblem[]> {
    if (leads.length === 0) return [];
    if (!setting.inCouncil)
      return [{ field: 'safeguardingLeads', message: 'A setting outside the council has a contact address, not users' }];
    if (!setting.agencyId) return [{ field: 'agencyId', message: 'Choose the setting’s agency to name its safeguarding leads' }];
    if (new Set(leads.map((l) => l.userId)).size !== leads.length) {
      return [{ field: 'safeguardingLeads', message: 'Name each person once' }];
    }
    if (leads.filter((l) => l.role === SafeguardingRole.DSL).length > 1) {
      return [{ field: 'safeguardingLeads', message: 'A setting has one designated safeguarding lead; name the others as deputies' }];
    }
    const members = await this.settings.activeUsersOfAgency(
      setting.agencyId,
      leads.map((l) => l.userId),
    );
    if (leads.some((l) => !members.has(l.userId))) {
      return [{ field: 'safeguardingLeads', message: 'Each safeguarding lead must be an active user of the setting’s agency' }];
    }
    return [];
  }
}
