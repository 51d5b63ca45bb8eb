import { CompiledQuery, Compilable, InferResult } from 'kysely';
import type { Database } from './kysely';

// A typed query that is built and compiled to SQL once, on first use; each run only fills in
// its values. For the statements every request runs (the session's look-up, the case list):
// building and compiling Kysely's tree again on each request was about a tenth of the API's
// CPU time on a practitioner's case list.
//
// `build` receives a stand-in for each named value and uses it where the value goes, as it
// would the value itself; the compiled statement's parameters are then the stand-ins (filled in
// at run time) and constants. A stand-in that the SQL does not use as a parameter (one turned
// into SQL text, or dropped) is refused at the first compile, so the shortcut can only ever run
// the statement `build` describes.
const STAND_IN = Symbol('compiled-once value');
type StandIn = { readonly [STAND_IN]: string };

function isStandIn(value: unknown): value is StandIn {
  return typeof value === 'object' && value !== null && STAND_IN in value;
}

export function compiledOnce<Values extends object, Query extends Compilable<unknown>>(
  names: readonly NoInfer<keyof Values & string>[],
  build: (db: Database, values: Values) => Query,
): (db: Database, values: Values) => Promise<InferResult<Query>> {
  let compiled: { sql: string; parameters: readonly unknown[] } | undefined;
  const compile = (db: Database) => {
    const standIns = Object.fromEntries(names.map((name) => [name, { [STAND_IN]: name }])) as unknown as Values;
    const query = build(db, standIns).compile();
    const used = new Set(query.parameters.filter(isStandIn).map((p) => p[STAND_IN]));
    const unused = names.filter((name) => !used.has(name));
    if (unused.length) throw new Error(`compiledOnce: ${unused.join(', ')} not sent as parameters`);
    return { sql: query.sql, parameters: query.parameters };
  };
  return async (db, values) => {
    compiled ??= compile(db);
    const named = values as Record<string, unknown>;
    const parameters = compiled.parameters.map((p) => (isStandIn(p) ? named[p[STAND_IN]] : p));
    const result = await db.executeQuery(CompiledQuery.raw(compiled.sql, parameters));
    return result.rows as InferResult<Query>;
  };
}
