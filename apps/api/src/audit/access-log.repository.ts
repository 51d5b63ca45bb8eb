import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db';
import { AuditAction } from './audit.service';

// Who opened a case, from the audit trail: rows about the case itself and list views that showed it.
@Injectable()
export class AccessLogRepository {
  constructor(private readonly db: Db) {}

  // The newest 200 rows of these actions naming the case, in the order written.
  forCase(caseId: string, actions: readonly AuditAction[]) {
    return this.db.kysely
      .selectFrom('audit_event as a')
      .leftJoin('app_user as u', 'u.id', 'a.actor_id')
      .leftJoin('agency as g', 'g.id', 'u.agency_id')
      .select(['u.display_name as who', 'g.name as agency', 'a.action', 'a.outcome', 'a.occurred_at'])
      .where((eb) => eb.or([eb('a.entity_id', '=', caseId), eb('a.entity_ids', '@>', sql<string[]>`ARRAY[${caseId}]::uuid[]`)]))
      .where('a.action', 'in', [...actions])
      .orderBy('a.seq', 'desc')
      .limit(200)
      .execute();
  }
}
