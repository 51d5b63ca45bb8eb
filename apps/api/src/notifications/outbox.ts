import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { CaseUpdateKind, JobName, JobOf, OutboxEntry, OutboxStore, TeamUpdateKind, TransferUpdateKind } from '@eh/notifications';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { outboxRepository } from './outbox.repository';

// The API's side of notifications: a row in the outbox, in the caller's transaction (the typed
// handle of `db.transaction((manager, kysely) => …)`).
@Injectable()
export class Outbox {
  async enqueue<N extends JobName>(tx: Database, job: N, payload: JobOf<N>): Promise<void> {
    await outboxRepository.add(tx, job, payload);
  }

  // Tells the given people about something that happened on a case (ids only).
  async caseUpdate(tx: Database, kind: CaseUpdateKind, caseId: string, recipientIds: readonly string[]): Promise<void> {
    if (recipientIds.length === 0) return;
    await this.enqueue(tx, JobName.CaseUpdate, { eventId: randomUUID(), kind, caseId, recipientIds: [...new Set(recipientIds)] });
  }

  // Tells the given people about an offer to move a case to another agency (ids only).
  async transferUpdate(tx: Database, kind: TransferUpdateKind, transferId: string, recipientIds: readonly string[]): Promise<void> {
    if (recipientIds.length === 0) return;
    await this.enqueue(tx, JobName.TransferUpdate, { eventId: randomUUID(), kind, transferId, recipientIds: [...new Set(recipientIds)] });
  }

  // Tells someone who does not see the case about an invitation to its team or their removal.
  async teamUpdate(tx: Database, kind: TeamUpdateKind, invitationId: string, recipientIds: readonly string[]): Promise<void> {
    if (recipientIds.length === 0) return;
    await this.enqueue(tx, JobName.TeamUpdate, { eventId: randomUUID(), kind, invitationId, recipientIds: [...new Set(recipientIds)] });
  }
}

export class PostgresOutboxStore implements OutboxStore {
  private readonly db: Db;

  constructor(dataSource: DataSource) {
    this.db = new Db(dataSource);
  }

  relayBatch(limit: number, resendAfterMs: number, relay: (entries: readonly OutboxEntry[]) => Promise<string[]>): Promise<number> {
    return this.db.transaction(async (_manager, tx) => {
      const rows = await outboxRepository.claim(tx, limit, resendAfterMs);
      if (rows.length === 0) return 0;
      const sent = await relay(rows.map((r) => ({ id: r.id, job: r.job_name, payload: r.payload })));
      if (sent.length) await outboxRepository.markRelayed(tx, sent);
      return sent.length;
    });
  }

  async complete(entryId: string): Promise<void> {
    await outboxRepository.complete(this.db.kysely, entryId);
  }
}
