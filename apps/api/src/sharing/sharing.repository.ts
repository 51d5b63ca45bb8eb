import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { AlertKind, SharingBasis } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Information-sharing alerts, whom each was shared with and on what basis, and the routing facts
// an alert's sender may learn about a family without being able to read its case.
@Injectable()
export class SharingRepository {
  constructor(private readonly db: Db) {}

  // How many of these ids name an agency.
  async agenciesFound(ids: readonly string[]): Promise<number> {
    const { n } = await this.db.kysely
      .selectFrom('agency')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(sql<boolean>`id = ANY(${[...ids]}::uuid[])`)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  // The council's front door: its first council team.
  frontDoor() {
    return this.db.kysely
      .selectFrom('agency')
      .select('id')
      .where('is_council_team', '=', true)
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirstOrThrow();
  }

  // Routing facts for a last name and date of birth (eh_alert_routing): families with their
  // first names, open case, lead agency and the agencies consent tells on `today`.
  routing(lastName: string, dateOfBirth: string, today: string) {
    return this.db.kysely
      .selectFrom(
        sql<{
          family_id: string;
          first_name: string;
          case_id: string | null;
          lead_agency_id: string | null;
          consented_agency_ids: string[];
        }>`eh_alert_routing(${lastName}, ${dateOfBirth}, ${today})`.as('r'),
      )
      .select(['r.family_id', 'r.first_name', 'r.case_id', 'r.lead_agency_id', 'r.consented_agency_ids'])
      .execute();
  }

  raise(
    tx: Database,
    alert: {
      caseId: string | null;
      familyId: string | null;
      raisedBy: string;
      raisedByAgency: string;
      kind: AlertKind;
      summary: string;
      urgent: boolean;
      safeguardingReason: string | null;
      raisedAt: Date;
    },
  ) {
    return tx
      .insertInto('sharing_alert')
      .values({
        case_id: alert.caseId,
        family_id: alert.familyId,
        raised_by: alert.raisedBy,
        raised_by_agency: alert.raisedByAgency,
        kind: alert.kind,
        summary: alert.summary,
        urgent: alert.urgent,
        safeguarding_reason: alert.safeguardingReason,
        raised_at: alert.raisedAt,
      })
      .returning(['id', 'raised_at'])
      .executeTakeFirstOrThrow();
  }

  async share(tx: Database, alertId: string, shares: readonly { agencyId: string; basis: SharingBasis }[], sharedAt: Date): Promise<void> {
    if (shares.length === 0) return;
    await tx
      .insertInto('sharing_record')
      .values(shares.map((s) => ({ alert_id: alertId, agency_id: s.agencyId, basis: s.basis, shared_at: sharedAt })))
      .execute();
  }

  // Alerts shared with the agency, and those the person raised, newest first (the last 200);
  // `basis` is the agency's, null for an alert only raised.
  alertsFor(agencyId: string, userId: string) {
    return this.db.kysely
      .selectFrom('sharing_alert as a')
      .innerJoin('app_user as u', 'u.id', 'a.raised_by')
      .innerJoin('agency as g', 'g.id', 'a.raised_by_agency')
      .leftJoin('early_help_case as c', 'c.id', 'a.case_id')
      .leftJoin('sharing_record as r', (join) => join.onRef('r.alert_id', '=', 'a.id').on('r.agency_id', '=', agencyId))
      .select([
        'a.id',
        'a.case_id',
        'a.kind',
        'a.summary',
        'a.urgent',
        'a.raised_at',
        'u.display_name as raised_by_name',
        'g.name as raised_by_agency',
        'c.reference',
        'r.basis',
      ])
      .where((eb) => eb.or([eb('r.agency_id', 'is not', null), eb('a.raised_by', '=', userId)]))
      .orderBy('a.raised_at', 'desc')
      .limit(200)
      .$narrowType<{ kind: AlertKind; basis: SharingBasis | null }>()
      .execute();
  }

  // A case's sharing history: the safeguarding reason only where it was the basis.
  history(caseId: string) {
    return this.db.kysely
      .selectFrom('sharing_record as r')
      .innerJoin('sharing_alert as a', 'a.id', 'r.alert_id')
      .innerJoin('agency as g', 'g.id', 'r.agency_id')
      .innerJoin('app_user as u', 'u.id', 'a.raised_by')
      .innerJoin('agency as sg', 'sg.id', 'a.raised_by_agency')
      .select((eb) => [
        'r.alert_id',
        'a.kind',
        'u.display_name as raised_by_name',
        'sg.name as raised_by_agency',
        'g.name as shared_with',
        'r.basis',
        eb.case().when('r.basis', '=', SharingBasis.SAFEGUARDING).then(eb.ref('a.safeguarding_reason')).end().as('safeguarding_reason'),
        'r.shared_at',
      ])
      .where('a.case_id', '=', caseId)
      .orderBy('r.shared_at', 'desc')
      .orderBy('g.name')
      .$narrowType<{ kind: AlertKind; basis: SharingBasis }>()
      .execute();
  }
}
