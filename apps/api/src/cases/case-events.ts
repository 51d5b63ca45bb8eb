import { EntityManager } from 'typeorm';

// The case chronology: what happened, who did it, when. Summaries are for the people who may
// read the case; the audit trail beside it holds ids only.
export async function recordCaseEvent(
  em: EntityManager,
  caseId: string,
  type: string,
  summary: string,
  actorId: string,
): Promise<void> {
  await em.query(`INSERT INTO case_event (case_id, event_type, summary, actor_id) VALUES ($1, $2, $3, $4)`, [
    caseId,
    type,
    summary,
    actorId,
  ]);
}
