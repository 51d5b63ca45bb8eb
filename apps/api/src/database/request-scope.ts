import { AsyncLocalStorage } from 'node:async_hooks';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import type { AuditRow } from '../audit/audit.service';

// Who the database should believe is acting: stated once per request transaction so that
// row-level security (migration 1732300000020) filters every family-data table by it.
export interface ActorSettings {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: string;
  readonly today: string;
}

// Reads run read-only on one snapshot; writes run as one unit that commits or rolls back whole.
export enum AccessMode {
  Read = 'READ',
  Write = 'WRITE',
  // Writes whose reads must all be of one moment.
  SnapshotWrite = 'SNAPSHOT_WRITE',
}

// A request's one transaction, on one connection, from the start of its GraphQL execution to
// just before its answer is sent (see request-transaction.ts).
export interface OpenTransaction {
  readonly mode: AccessMode;
  // The connection's holder (for the typed queries) and the connection itself.
  readonly runner: QueryRunner;
  readonly client: PoolClient;
  // Savepoints opened so far by units of work inside the request (their names).
  units: number;
  // A statement went unanswered or the request was given up: what the connection is doing is
  // unknown, so it is destroyed when the request ends, never put back in the pool.
  broken: boolean;
}

// One scope per HTTP request. The actor is read lazily because the session is resolved after
// the scope starts; until then (and for anonymous requests) it is null.
export interface RequestScope {
  actor(): ActorSettings | null;
  transaction: OpenTransaction | null;
  // Audit rows of the request, written in its transaction just before it commits.
  readonly pendingAudit: AuditRow[];
  // Work to do once the request's writes have committed, and only then (live-update signals:
  // apps/api/src/live/live-signals.service.ts). Absent until something is added.
  afterCommit?: (() => void)[];
  // The client went away before its answer: no more work is started for it.
  clientGone: boolean;
  // Aborted (with an AbandonReason) when the request's time runs out or its client goes: the
  // statements of its transaction are refused from then on and the transaction is given up.
  readonly abandoned: AbortSignal;
}

const scopes = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}
