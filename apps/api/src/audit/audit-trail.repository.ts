import { Insertable, sql } from 'kysely';
import type { DB } from '../database/schema';
import { Database } from '../database/kysely';
import { CANONICAL_ROW } from './audit-canonical';

// The sealed audit trail's own statements, for the sealer (the worker) and the verifier (run as
// the tables' owner): neither runs inside a request, so each takes the Kysely it runs on.
export const auditTrail = {
  // Appends rows, each numbered by the trigger (audit_event_number) once the transaction has its id.
  append(db: Database, rows: readonly Omit<Insertable<DB['audit_event']>, 'seq'>[]) {
    return db
      .insertInto('audit_event')
      .values(rows.map((row) => ({ ...row, seq: sql<string>`DEFAULT` })))
      .execute();
  },

  // One sealing round (eh_seal_audit, migration 1732300000025).
  seal(db: Database, blockRows: number, maxBlocks: number) {
    return db
      .selectFrom(
        sql<{
          sealed_block: string;
          sealed_to: string;
          sealed_rows: number;
          sealed_hash: string;
        }>`eh_seal_audit(${blockRows}::int, ${maxBlocks}::int)`.as('s'),
      )
      .selectAll()
      .execute();
  },

  seals(db: Database) {
    return db.selectFrom('audit_seal').select(['block', 'from_seq', 'to_seq', 'row_count', 'prev_hash', 'hash']).orderBy('block').execute();
  },

  // The canonical text of each row numbered from..to, in order: the verifier's own expression.
  canonicalRows(db: Database, fromSeq: string, toSeq: string) {
    return db
      .selectFrom('audit_event as a')
      .select(sql<string>`${sql.raw(CANONICAL_ROW)}`.as('text'))
      .where('a.seq', '>=', fromSeq)
      .where('a.seq', '<=', toSeq)
      .orderBy('a.seq')
      .execute();
  },

  async countAfter(db: Database, seq: number): Promise<number> {
    const { n } = await db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('seq', '>', String(seq))
      .executeTakeFirstOrThrow();
    return Number(n);
  },
};
