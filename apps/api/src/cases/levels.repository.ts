import { Injectable } from '@nestjs/common';
import { NotNull, sql } from 'kysely';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { groupedFor, ImpactScope, within } from '../impact/impact.repository';

// Levels of need both ways (migration 1732300000037).
@Injectable()
export class LevelsRepository {
  constructor(private readonly db: Db) {}

  // An active practitioner of the council's Family Casework Team, with their team.
  caseworker(userId: string) {
    return this.db.kysely
      .selectFrom('app_user as u')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .select(['u.id', 'u.display_name', 'u.job_title', 'a.id as agency_id', 'a.name as agency_name', 'a.agency_type'])
      .where('u.id', '=', userId)
      .where('u.active', '=', true)
      .where('u.role', '=', 'PRACTITIONER')
      .where('a.family_casework', '=', true)
      .executeTakeFirst();
  }

  // Every active family caseworker, for the front door to choose the lead of a step-up.
  caseworkers() {
    return this.db.kysely
      .selectFrom('app_user as u')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .select(['u.id', 'u.display_name', 'u.job_title'])
      .where('u.active', '=', true)
      .where('u.role', '=', 'PRACTITIONER')
      .where('a.family_casework', '=', true)
      .orderBy('u.display_name')
      .execute();
  }

  // The case's id when it moved to level 3; null when it could not (see the function).
  async stepUp(tx: Database, handoverId: string, newLeadId: string): Promise<string | null> {
    const { rows } = await sql<{
      case_id: string | null;
    }>`SELECT eh_step_up_to_family_casework(${handoverId}::uuid, ${newLeadId}::uuid) AS case_id`.execute(tx);
    return rows[0]?.case_id ?? null;
  }

  async keepHistory(tx: Database, caseId: string, summary: string): Promise<void> {
    await tx.updateTable('early_help_case').set({ history_summary: summary }).where('id', '=', caseId).execute();
  }

  async recordMovement(
    tx: Database,
    movement: {
      caseId: string;
      movement: string;
      fromLevel: number;
      toLevel: number;
      agencyId: string;
      changedOn: string;
      recordedBy: string;
    },
  ): Promise<void> {
    await tx
      .insertInto('case_level_change')
      .values({
        case_id: movement.caseId,
        movement: movement.movement,
        from_level: movement.fromLevel,
        to_level: movement.toLevel,
        agency_id: movement.agencyId,
        changed_on: movement.changedOn,
        recorded_by: movement.recordedBy,
      })
      .execute();
  }

  historyOf(caseId: string) {
    return this.db.kysely.selectFrom('early_help_case').select(['history_summary', 'level']).where('id', '=', caseId).executeTakeFirst();
  }

  // Counts only, for the council's team (the view answers nobody else), within the impact figures'
  // filters; a null filter is none. Read from impact_level_movements (migration 0053), refreshed
  // with the other impact views, so as fresh as the last refresh; its definition equals the live
  // eh_level_movements() (migration 0040), which the tests compare it with.
  movements(from: string, to: string, scope: ImpactScope) {
    return this.db.kysely
      .selectFrom('impact_level_movements_for_council')
      .select([sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'movement', sql<number>`sum(cases)::int`.as('cases')])
      .where('grouped', '=', groupedFor(scope))
      .where('month', '>=', sql<string>`date_trunc('month', ${from}::date)::date`)
      .where('month', '<=', sql<string>`${to}::date`)
      .where(within(scope))
      .groupBy(['month', 'movement'])
      .orderBy('month')
      .orderBy('movement')
      .$narrowType<{ movement: NotNull }>()
      .execute();
  }
}
