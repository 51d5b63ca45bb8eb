import {
  CompiledQuery,
  DatabaseConnection,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  QueryResult,
  sql,
} from 'kysely';
import { compiledOnce } from './compiled-once';
import type { Database } from './kysely';
import type { DB } from './schema';

// A Kysely whose connection records what it is asked to run and answers with no rows.
function recordingKysely(): { db: Database; ran: CompiledQuery[] } {
  const ran: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
      ran.push(query);
      return Promise.resolve({ rows: [] });
    },
    streamQuery: () => {
      throw new Error('not streamed');
    },
  };
  class RecordingDriver extends DummyDriver {
    override acquireConnection(): Promise<DatabaseConnection> {
      return Promise.resolve(connection);
    }
  }
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RecordingDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return { db, ran };
}

type Values = { agencyId: string; limit: number };
const byAgency = (db: Database, v: Values) =>
  db
    .selectFrom('early_help_case')
    .select(['id', 'reference'])
    .where('lead_agency_id', '=', v.agencyId)
    .where('status', '=', 'OPEN')
    .orderBy('id')
    .limit(v.limit);

describe('compiledOnce', () => {
  it('runs the statement the builder describes, with each run’s values in place of the stand-ins', async () => {
    const { db, ran } = recordingKysely();
    const run = compiledOnce(['agencyId', 'limit'], byAgency);
    await run(db, { agencyId: 'agency-1', limit: 5 });
    await run(db, { agencyId: 'agency-2', limit: 7 });
    const direct = byAgency(db, { agencyId: 'agency-2', limit: 7 }).compile();
    expect(ran.map((q) => q.sql)).toEqual([direct.sql, direct.sql]);
    expect(ran[0].parameters).toEqual(['agency-1', 'OPEN', 5]);
    expect(ran[1].parameters).toEqual([...direct.parameters]);
  });

  it('builds and compiles the statement once however many times it runs', async () => {
    const { db } = recordingKysely();
    const build = jest.fn(byAgency);
    const run = compiledOnce(['agencyId', 'limit'], build);
    for (let i = 0; i < 3; i++) await run(db, { agencyId: `agency-${i}`, limit: i });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('refuses a statement in which a named value is not sent as a parameter', async () => {
    const { db, ran } = recordingKysely();
    // The value is turned into SQL text: a compiled statement could not carry later values.
    const run = compiledOnce(['agencyId'], (k: Database, v: { agencyId: string }) =>
      k
        .selectFrom('early_help_case')
        .select('id')
        .where(sql.raw<boolean>(`lead_agency_id = '${String(v.agencyId)}'`)),
    );
    await expect(run(db, { agencyId: 'agency-1' })).rejects.toThrow('agencyId not sent as parameters');
    expect(ran).toHaveLength(0);
  });
});
