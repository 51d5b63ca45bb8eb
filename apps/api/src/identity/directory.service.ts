import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '../database/db';
import { DomainError, isFamilyPartnershipTeam, Role } from '@eh/domain';
import { AgencyRow, UserRow } from '../database/entities';
import { AgencyModel, PractitionerModel, ViewerModel } from './models/identity.models';

export function toAgency(row: AgencyRow): AgencyModel {
  return { id: row.id, name: row.name, agencyType: row.agencyType };
}

export function toPractitioner(row: UserRow): PractitionerModel {
  return { id: row.id, displayName: row.displayName, jobTitle: row.jobTitle };
}

// Agencies and the people in them: a council's own records, not an enum.
@Injectable()
export class DirectoryService {
  constructor(private readonly db: Db) {}

  async viewer(userId: string): Promise<ViewerModel | null> {
    const user = await this.db.getRepository(UserRow).findOneBy({ id: userId, active: true });
    if (!user) return null;
    const agency = await this.db.getRepository(AgencyRow).findOneByOrFail({ id: user.agencyId });
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      role: user.role,
      jobTitle: user.jobTitle,
      agency: toAgency(agency),
      isFamilyPartnershipTeam: isFamilyPartnershipTeam(user),
    };
  }

  async agencies(): Promise<AgencyModel[]> {
    const rows = await this.db.getRepository(AgencyRow).find({ order: { name: 'ASC' } });
    return rows.map(toAgency);
  }

  // A council manages its own list of partner agencies.
  async addAgency(name: string, agencyType: string): Promise<AgencyModel> {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    const rows: AgencyRow[] = await this.db.query(
      `INSERT INTO agency (name, agency_type) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING
       RETURNING id, name, agency_type AS "agencyType"`,
      [trimmed, agencyType.trim()],
    );
    if (rows.length === 0) throw DomainError.invalid([{ field: 'name', message: 'An agency with this name already exists' }]);
    return toAgency(rows[0]);
  }

  async agenciesById(ids: readonly string[]): Promise<Map<string, AgencyRow>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.db.getRepository(AgencyRow).findBy({ id: In(unique) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async usersById(ids: readonly string[]): Promise<Map<string, UserRow>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.db.getRepository(UserRow).findBy({ id: In(unique) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  // The Family Partnership Team, who take mentoring requests and consultations.
  async familyPartnershipTeam(): Promise<PractitionerModel[]> {
    const rows = await this.db
      .getRepository(UserRow)
      .find({ where: { role: In([Role.FRONT_DOOR_OFFICER, Role.FPT_MANAGER]), active: true }, order: { displayName: 'ASC' } });
    return rows.map(toPractitioner);
  }

  async practitioners(agencyId: string): Promise<PractitionerModel[]> {
    const rows = await this.db
      .getRepository(UserRow)
      .find({ where: { agencyId, role: Role.PRACTITIONER, active: true }, order: { displayName: 'ASC' } });
    return rows.map(toPractitioner);
  }
}
