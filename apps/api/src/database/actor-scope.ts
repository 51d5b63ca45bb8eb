import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, QueryRunner } from 'typeorm';

// Who the database should believe is acting: set for each transaction so that row-level
// security (migration 1732300000020) filters every family-data table by it.
export interface ActorSettings {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: string;
  readonly today: string;
}

// One scope per HTTP request. The actor is read lazily because the session is resolved by the
// policy guard after the scope starts; until then (and for anonymous requests) it is null.
export interface ActorScope {
  actor(): ActorSettings | null;
}

const scopes = new AsyncLocalStorage<ActorScope>();

export function runInActorScope<T>(scope: ActorScope, work: () => T): T {
  return scopes.run(scope, work);
}

function currentActor(): ActorSettings | null {
  return scopes.getStore()?.actor() ?? null;
}

const SET_ACTOR = `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true),
                          set_config('eh.role', $3, true), set_config('eh.today', $4, true)`;

// TypeORM's runner internals this relies on: `isTransactionActive`, and `transactionDepth` to
// tell the outermost transaction from a savepoint.
interface PostgresRunner extends QueryRunner {
  transactionDepth: number;
}

// Every transaction opened by this data source starts by stating the actor (SET LOCAL, so it
// ends with the transaction and never leaks to the next user of the pooled connection). A
// statement issued outside a transaction while an actor is known is wrapped in one, so that it
// too is filtered as that actor rather than as nobody. With no actor, nothing is set and
// row-level security shows no family data at all.
export function scopeQueriesToActor(dataSource: DataSource): DataSource {
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode) as PostgresRunner;
    const query = runner.query.bind(runner);
    const startTransaction = runner.startTransaction.bind(runner);
    runner.startTransaction = async (isolationLevel) => {
      await startTransaction(isolationLevel);
      if (runner.transactionDepth !== 1) return;
      const actor = currentActor();
      await query(SET_ACTOR, [actor?.userId ?? '', actor?.agencyId ?? '', actor?.role ?? '', actor?.today ?? '']);
    };
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      if (runner.isTransactionActive || currentActor() === null) return query(sql, parameters, structured as never);
      await runner.startTransaction();
      try {
        const result = await query(sql, parameters, structured as never);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        // The statement's own error is the one worth reporting; a failed rollback only means
        // the connection is gone, and the pool discards it.
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    }) as QueryRunner['query'];
    return runner;
  };
  return dataSource;
}
