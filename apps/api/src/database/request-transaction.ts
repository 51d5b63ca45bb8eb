import { escapeLiteral, PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { oneQueryAtATime } from './one-query-at-a-time';
import { AccessMode, ActorSettings, OpenTransaction, RequestScope } from './request-scope';
import { abandonReasonOf, DatabaseUnavailable, isDatabaseUnavailable, RequestAbandoned } from './unavailable';

// One transaction per request, on one connection, with the actor stated once.
//
// Reads (GraphQL queries) run at REPEATABLE READ, so every statement of the request sees one
// snapshot, inside a savepoint marked READ ONLY: PostgreSQL itself refuses any write while the
// request reads. When the reads are done the savepoint is rolled back (it changed nothing; this
// only lifts the read-only mark), the request's audit rows are written, and the transaction
// commits: the reads and their audit rows are one transaction.
//
// Writes (GraphQL mutations) run at READ COMMITTED inside a savepoint. If the operation fails,
// its changes are rolled back to the savepoint, and what it read or was refused is still audited
// before the commit; if it succeeds, everything commits together.
const SAVEPOINT = 'eh_request';

function actorStatement(actor: ActorSettings | null): string {
  const setting = (name: string, value: string) => `set_config('eh.${name}', ${escapeLiteral(value)}, true)`;
  return `SELECT ${setting('user_id', actor?.userId ?? '')}, ${setting('agency_id', actor?.agencyId ?? '')}, ${setting('role', actor?.role ?? '')}, ${setting('today', actor?.today ?? '')}`;
}

const restoreQueue = new WeakMap<QueryRunner, () => void>();

type Query = (...args: unknown[]) => unknown;

// Every statement of the request is refused once the request is given up (its time ran out or its
// client went), and one already waiting is left unanswered: the caller gets RequestAbandoned at
// once, and the connection, whose state is then unknown, is marked for destruction (as it is when
// a statement fails for want of the database). Returns the function that puts the connection's
// query back as it was.
function guardQueries(transaction: OpenTransaction, abandoned: AbortSignal, restoreInLine: () => void): () => void {
  const { client } = transaction;
  const inLine = client.query as unknown as Query;
  const guarded: Query = (...args) => {
    if (abandoned.aborted) {
      transaction.broken = true;
      return Promise.reject(new RequestAbandoned(abandonReasonOf(abandoned)));
    }
    const run = inLine.apply(client, args);
    if (!(run instanceof Promise)) return run;
    return new Promise((resolve, reject) => {
      const giveUp = () => {
        transaction.broken = true;
        reject(new RequestAbandoned(abandonReasonOf(abandoned)));
      };
      abandoned.addEventListener('abort', giveUp, { once: true });
      run
        .then(resolve, (error: unknown) => {
          if (isDatabaseUnavailable(error)) transaction.broken = true;
          reject(error);
        })
        .finally(() => abandoned.removeEventListener('abort', giveUp));
    });
  };
  client.query = guarded as unknown as PoolClient['query'];
  return restoreInLine;
}

// The transaction is this module's own (BEGIN, COMMIT and savepoints sent here), on a connection
// of the data source's pool held by a query runner: the runner is only the connection's holder,
// never asked to start or end a transaction, so nothing depends on an ORM's bookkeeping.
export async function openRequestTransaction(dataSource: DataSource, scope: RequestScope, mode: AccessMode): Promise<OpenTransaction> {
  if (scope.transaction) return scope.transaction;
  if (scope.abandoned.aborted) throw new RequestAbandoned(abandonReasonOf(scope.abandoned));
  const runner = dataSource.createQueryRunner();
  let client: PoolClient;
  try {
    // Waits at most the pool's connection timeout for a connection.
    client = (await runner.connect()) as PoolClient;
  } catch (error) {
    await runner.release().catch(() => undefined);
    throw error;
  }
  const transaction: OpenTransaction = { mode, runner, client, units: 0, broken: false };
  restoreQueue.set(runner, guardQueries(transaction, scope.abandoned, oneQueryAtATime(client)));
  try {
    // One round trip: the isolation level, the actor's settings (values from the session, quoted
    // by pg), then the savepoint the request works inside.
    const isolation = mode === AccessMode.Write ? 'READ COMMITTED' : 'REPEATABLE READ';
    await client.query(
      `BEGIN ISOLATION LEVEL ${isolation}; ${actorStatement(scope.actor())}; SAVEPOINT ${SAVEPOINT}${mode === AccessMode.Read ? '; SET TRANSACTION READ ONLY' : ''}`,
    );
  } catch (error) {
    await release(transaction);
    throw error;
  }
  scope.transaction = transaction;
  return transaction;
}

// A unit of work inside the request that commits or rolls back whole (Db.transaction): a
// savepoint of the request's transaction.
export async function withinSavepoint<T>(transaction: OpenTransaction, work: () => Promise<T>): Promise<T> {
  const name = `eh_unit_${++transaction.units}`;
  await transaction.client.query(`SAVEPOINT ${name}`);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await transaction.client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
    throw error;
  }
  await transaction.client.query(`RELEASE SAVEPOINT ${name}`);
  return result;
}

// Ends the request's transaction: `succeeded` false (or a write request whose client has gone)
// rolls its changes back to the savepoint. The audit rows are written either way, by `audit`,
// in the same transaction, before it commits. A request given up, or whose connection stopped
// answering, is not committed: its connection is destroyed, which ends the transaction (PostgreSQL
// rolls back a transaction whose connection closes), and nothing it read was sent.
export async function finishRequestTransaction(
  scope: RequestScope,
  succeeded: boolean,
  audit: (transaction: OpenTransaction) => Promise<void>,
): Promise<void> {
  const transaction = scope.transaction;
  if (!transaction) return;
  scope.transaction = null;
  const { client, mode } = transaction;
  if (transaction.broken || scope.abandoned.aborted) {
    transaction.broken = true;
    await release(transaction);
    throw scope.abandoned.aborted ? new RequestAbandoned(abandonReasonOf(scope.abandoned)) : new DatabaseUnavailable();
  }
  try {
    if (mode === AccessMode.Read || !succeeded || scope.clientGone) await client.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    await audit(transaction);
    await client.query('COMMIT');
  } catch (error) {
    if (!transaction.broken) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await release(transaction);
  }
}

async function release({ runner, client, broken }: OpenTransaction): Promise<void> {
  restoreQueue.get(runner)?.();
  if (broken) destroyConnection(runner, client);
  await runner.release().catch(() => undefined);
}

// TypeORM releases a connection that reports an error with that error, and pg-pool then ends it
// (and opens a new one when needed) instead of handing the broken one to the next request.
export function destroyConnection(runner: QueryRunner, client: PoolClient): void {
  if (!runner.isReleased && client.listenerCount('error') > 0) client.emit('error', new DatabaseUnavailable());
}
