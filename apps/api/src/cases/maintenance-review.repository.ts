import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Maintenance reviews recorded as held or missed (migration 1732300000037).
@Injectable()
export class MaintenanceReviewRepository {
  constructor(private readonly db: Db) {}

  ofCase(caseId: string) {
    return this.db.kysely
      .selectFrom('maintenance_review as m')
      .leftJoin('app_user as u', 'u.id', 'm.recorded_by')
      .select(['m.id', 'm.due_on as dueOn', 'm.outcome', 'm.recorded_on as recordedOn', 'm.note', 'u.display_name as recordedByName'])
      .where('m.case_id', '=', caseId)
      .orderBy('m.due_on')
      .execute();
  }

  // False when this review was already recorded (someone else got there first).
  async add(
    tx: Database,
    review: {
      caseId: string;
      dueOn: string;
      months: number;
      outcome: 'HELD' | 'MISSED';
      recordedOn: string;
      note: string;
      recordedBy: string;
    },
  ): Promise<boolean> {
    const added = await tx
      .insertInto('maintenance_review')
      .values({
        case_id: review.caseId,
        due_on: review.dueOn,
        months: review.months,
        outcome: review.outcome,
        recorded_on: review.recordedOn,
        note: review.note,
        recorded_by: review.recordedBy,
      })
      .onConflict((oc) => oc.columns(['case_id', 'due_on']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return added !== undefined;
  }
}
