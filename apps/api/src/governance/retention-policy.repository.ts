import { Injectable } from '@nestjs/common';
import { RetentionRecordType, RetentionRule } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// The council's retention schedule: one rule per kind of record.
@Injectable()
export class RetentionPolicyRepository {
  constructor(private readonly db: Db) {}

  // With who last changed each, by kind of record.
  list() {
    return this.db.kysely
      .selectFrom('retention_policy as p')
      .leftJoin('app_user as u', 'u.id', 'p.updated_by')
      .select((eb) => [
        eb.ref('p.record_type').$castTo<RetentionRecordType>().as('recordType'),
        eb.ref('p.rule').$castTo<RetentionRule>().as('rule'),
        'p.period',
        'p.version',
        'u.display_name as updatedBy',
        'p.updated_at as updatedAt',
      ])
      .orderBy('p.record_type')
      .execute();
  }

  // The rules alone, for the purge. `lock` holds them (FOR SHARE) until the transaction ends, so a
  // change waits for a purge that read the rules before it.
  rules(db: Database = this.db.kysely, lock = false) {
    return db
      .selectFrom('retention_policy')
      .select((eb) => [
        eb.ref('record_type').$castTo<RetentionRecordType>().as('recordType'),
        eb.ref('rule').$castTo<RetentionRule>().as('rule'),
        'period',
      ])
      .$if(lock, (qb) => qb.forShare())
      .execute();
  }

  // False when the rule is no longer at `version`.
  async update(
    tx: Database,
    change: { recordType: RetentionRecordType; version: number; rule: RetentionRule; period: number; updatedBy: string; updatedAt: Date },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('retention_policy')
      .set((eb) => ({
        rule: change.rule,
        period: change.period,
        version: eb('version', '+', 1),
        updated_by: change.updatedBy,
        updated_at: change.updatedAt,
      }))
      .where('record_type', '=', change.recordType)
      .where('version', '=', change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}
