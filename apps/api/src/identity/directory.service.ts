import { Injectable } from '@nestjs/common';
import { DomainError, isFamilyPartnershipTeam, Role } from '@eh/domain';
import { AgencyRecord, DirectoryRepository, UserRecord } from './directory.repository';
import { AgencyModel, PractitionerModel, ViewerModel } from './models/identity.models';

export function toAgency(row: Pick<AgencyRecord, 'id' | 'name' | 'agencyType'>): AgencyModel {
  return { id: row.id, name: row.name, agencyType: row.agencyType };
}

export function toPractitioner(row: Pick<UserRecord, 'id' | 'displayName' | 'jobTitle'>): PractitionerModel {
  return { id: row.id, displayName: row.displayName, jobTitle: row.jobTitle };
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

// Agencies and the people in them: a council's own records, not an enum.
@Injectable()
export class DirectoryService {
  constructor(private readonly repository: DirectoryRepository) {}

  async viewer(userId: string): Promise<ViewerModel | null> {
    const user = await this.repository.viewer(userId);
    if (!user) return null;
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      role: user.role,
      jobTitle: user.jobTitle,
      agency: { id: user.agencyId, name: user.agencyName, agencyType: user.agencyType },
      isFamilyPartnershipTeam: isFamilyPartnershipTeam(user),
    };
  }

  async agencies(): Promise<AgencyModel[]> {
    return (await this.repository.agencies()).map(toAgency);
  }

  // A council manages its own list of partner agencies.
  async addAgency(name: string, agencyType: string): Promise<AgencyModel> {
    const created = await this.repository.addAgency(name.trim().replace(/\s+/g, ' '), agencyType.trim());
    if (!created) throw DomainError.invalid([{ field: 'name', message: 'An agency with this name already exists' }]);
    return toAgency(created);
  }

  async agenciesById(ids: readonly string[]): Promise<Map<string, AgencyRecord>> {
    const unique = [...new Set(ids)];
    return byId(unique.length ? await this.repository.agenciesById(unique) : []);
  }

  async usersById(ids: readonly string[]): Promise<Map<string, UserRecord>> {
    const unique = [...new Set(ids)];
    return byId(unique.length ? await this.repository.usersById(unique) : []);
  }

  // The Family Partnership Team, who take mentoring requests and consultations.
  async familyPartnershipTeam(): Promise<PractitionerModel[]> {
    return (await this.repository.activeWithRole([Role.FRONT_DOOR_OFFICER, Role.FPT_MANAGER], null)).map(toPractitioner);
  }

  // The FPT managers (the Forum's chair), and the front door's officers: who hear of escalations.
  async fptManagers(): Promise<PractitionerModel[]> {
    return (await this.repository.activeWithRole([Role.FPT_MANAGER], null)).map(toPractitioner);
  }

  async frontDoorOfficers(): Promise<PractitionerModel[]> {
    return (await this.repository.activeWithRole([Role.FRONT_DOOR_OFFICER], null)).map(toPractitioner);
  }

  async practitioners(agencyId: string): Promise<PractitionerModel[]> {
    return (await this.repository.activeWithRole([Role.PRACTITIONER], agencyId)).map(toPractitioner);
  }
}
