import { Kysely, PostgresDialect, PostgresPool, PostgresPoolClient, RawBuilder, sql } from 'kysely';
import type { DataSource, QueryRunner } from 'typeorm';
import type { PoolClient } from 'pg';
import { currentRequestScope } from './request-scope';
import { destroyConnection } from './request-transaction';
import { isDatabaseUnavailable } from './unavailable';
import type { DB, Json } from './schema';

export type Database = Kysely<DB>;

// Kysely over the same connections as the rest of the API: inside a request, the request's own
// connection and transaction (so typed queries see the request's snapshot, actor and savepoints);
// elsewhere, a connection of the data source's pool for the one statement.
function connections(dataSource: DataSource): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const transaction = currentRequestScope()?.transaction;
      const runner = transaction?.runner ?? dataSource.createQueryRunner();
      const client = (await runner.connect()) as PoolClient;
      // The request's connection is released (or destroyed) when its transaction ends; a
      // connection of one statement whose answer never came is destroyed, not reused.
      let broken = false;
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      return {
        query: ((...args: unknown[]) => {
          const run = query(...args);
          if (run instanceof Promise) run.catch((error: unknown) => (broken = isDatabaseUnavailable(error)));
          return run;
        }) as PostgresPoolClient['query'],
        release: () => {
          if (transaction) return;
          if (broken) destroyConnection(runner, client);
          void runner.release();
        },
      };
    },
    end: async () => undefined,
  };
}

export function createKysely(dataSource: DataSource): Database {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: connections(dataSource) }) });
}

// Kysely on one given connection (a transaction opened outside a request, as the worker does).
export function kyselyOn(runner: QueryRunner): Database {
  const pool: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      const client = (await runner.connect()) as PostgresPoolClient;
      return { query: client.query.bind(client) as PostgresPoolClient['query'], release: () => undefined };
    },
    end: async () => undefined,
  };
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

// A calendar day ('YYYY-MM-DD') where a timestamp is wanted: midnight of that day.
export function startOfDay(date: string): RawBuilder<string> {
  return sql<string>`${date}::date`;
}

// A value for a jsonb column, sent as JSON text and cast: node-postgres would send a JS array as
// a PostgreSQL array instead.
export function jsonb(value: unknown): RawBuilder<Json> {
  return sql<Json>`${JSON.stringify(value)}::jsonb`;
}
