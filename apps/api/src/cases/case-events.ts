import { EntityManager } from 'typeorm';
import { createKysely, Database, kyselyOn } from '../database/kysely';

// Where a case event is written: the typed handle of `db.transaction((manager, kysely) => …)`,
// or, for callers not yet converted, that transaction's EntityManager (the same typed insert then
// runs on its connection).
export type CaseEventWriter = Database | EntityManager;

function typed(writer: CaseEventWriter): Database {
  if (!(writer instanceof EntityManager)) return writer;
  return writer.queryRunner ? kyselyOn(writer.queryRunner) : createKysely(writer.connection);
}

// The case chronology: what happened, who did it, when. Summaries are for the people who may
// read the case; the audit trail beside it holds ids only.
export async function recordCaseEvent(
  writer: CaseEventWriter,
  caseId: string,
  type: string,
  summary: string,
  actorId: string,
): Promise<void> {
  await typed(writer).insertInto('case_event').values({ case_id: caseId, event_type: type, summary, actor_id: actorId }).execute();
}
