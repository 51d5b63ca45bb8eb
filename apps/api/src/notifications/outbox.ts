import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { CaseUpdateKind, JobName, JobOf, OutboxEntry, OutboxStore } from '@eh/notifications';

// The API's side of notifications: a row in the outbox, in the caller's transaction.
@Injectable()
export class Outbox {
  async enqueue<N extends JobName>(em: EntityManager, job: N, payload: JobOf<N>): Promise<void> {
    await em.query(`INSERT INTO job_outbox (job_name, payload) VALUES ($1, $2)`, [job, payload]);
  }

  // Tells the given people about something that happened on a case (ids only).
  async caseUpdate(em: EntityManager, kind: CaseUpdateKind, caseId: string, recipientIds: readonly string[]): Promise<void> {
    if (recipientIds.length === 0) return;
    await this.enqueue(em, JobName.CaseUpdate, { eventId: randomUUID(), kind, caseId, recipientIds: [...new Set(recipientIds)] });
  }
}

export class PostgresOutboxStore implements OutboxStore {
  constructor(private readonly db: DataSource) {}

  relayBatch(limit: number, relay: (entries: readonly OutboxEntry[]) => Promise<string[]>): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows: { id: string; job_name: JobName; payload: OutboxEntry['payload'] }[] = await em.query(
        `SELECT id, job_name, payload FROM job_outbox WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const sent = await relay(rows.map((r) => ({ id: String(r.id), job: r.job_name, payload: r.payload })));
      if (sent.length) await em.query(`UPDATE job_outbox SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [sent]);
      return sent.length;
    });
  }
}
