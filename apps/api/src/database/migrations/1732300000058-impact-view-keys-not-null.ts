import { MigrationInterface, QueryRunner } from 'typeorm';
import { IMPACT_VIEWS_WITH_NEEDS } from './1732300000052-needs-met-by-heading';

// The impact views keep a row in place when its figures did not change (issue 17's national
// benchmark). `REFRESH MATERIALIZED VIEW CONCURRENTLY` matches old and new rows on the columns of
// the view's unique index with `=`, so a row with a NULL in its key never matches: it is deleted
// and inserted again by every refresh. The views rolled up with CUBE mark "every agency / type /
// locality" with NULL, and the others a family with no locality, so most rows were rewritten
// every ten minutes whether or not a figure moved: at 3,000,000 cases the second refresh took
// twice the first (21.6 against 10.6 minutes; impact_needs_met alone holds 10,490,446 rows), and
// every read after a refresh walked the dead rows left behind until a vacuum.
//
// Here, in those views' keys, a rolled-up or absent agency or locality is the nil UUID and a
// rolled-up agency type is ''. Nothing reads those columns' values: reads pick their rows by the
// GROUPING bits in `grouped` (where a view has them) and compare only the filters chosen
// (impact.repository.ts `within`), and no agency or locality is the nil UUID, no type ''. Each view
// keeps its own definition, wrapped; its indexes, who may read it, and the council's view over
// impact_level_movements are made again as they were.
const NIL_UUID = `'00000000-0000-0000-0000-000000000000'::uuid`;
const KEY_COLUMNS = ['lead_agency_id', 'agency_type', 'locality_id'];
// Every impact view but impact_case_facts (a row per case, keyed by the case), in refresh order.
const VIEWS = [...IMPACT_VIEWS_WITH_NEEDS, 'impact_level_movements'].filter((view) => view !== 'impact_case_facts');
const COUNCIL_VIEW = {
  name: 'impact_level_movements_for_council',
  create: `CREATE VIEW impact_level_movements_for_council WITH (security_barrier) AS
           SELECT * FROM impact_level_movements WHERE eh_actor_is_council_team()`,
};
const ROLES = ['eh_app', 'eh_worker'];

type Wrap = (column: string) => string;
const notNull: Wrap = (c) => (c === 'agency_type' ? `coalesce(${c}, '')` : `coalesce(${c}, ${NIL_UUID})`);
const nullAgain: Wrap = (c) => (c === 'agency_type' ? `nullif(${c}, '')` : `nullif(${c}, ${NIL_UUID})`);

interface Kept {
  readonly name: string;
  readonly definition: string;
  readonly columns: string[];
  readonly indexes: string[];
  readonly readers: string[];
}

async function rows<T>(q: QueryRunner, text: string, parameters: unknown[]): Promise<T[]> {
  return (await q.query(text, parameters)) as T[];
}

// Which of the portal's two roles may read a relation.
async function readersOf(q: QueryRunner, name: string): Promise<string[]> {
  const readers: string[] = [];
  for (const role of ROLES) {
    const [{ may }] = await rows<{ may: boolean }>(q, `SELECT has_table_privilege($1, $2::regclass, 'SELECT') AS may`, [role, name]);
    if (may) readers.push(role);
  }
  return readers;
}

async function keep(q: QueryRunner, name: string): Promise<Kept> {
  const [{ definition }] = await rows<{ definition: string }>(q, `SELECT pg_get_viewdef($1::regclass) AS definition`, [name]);
  const columns = await rows<{ attname: string }>(
    q,
    `SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [name],
  );
  const indexes = await rows<{ index: string }>(
    q,
    `SELECT pg_get_indexdef(indexrelid) AS index FROM pg_index WHERE indrelid = $1::regclass`,
    [name],
  );
  return {
    name,
    definition: definition.replace(/;\s*$/, ''),
    columns: columns.map((c) => c.attname),
    indexes: indexes.map((i) => i.index),
    readers: await readersOf(q, name),
  };
}

async function grant(q: QueryRunner, name: string, readers: readonly string[]): Promise<void> {
  await q.query(`REVOKE ALL ON ${name} FROM ${ROLES.join(', ')}`);
  for (const reader of readers) await q.query(`GRANT SELECT ON ${name} TO ${reader}`);
}

// Makes every view again from its own definition with its key columns wrapped, and all that was on
// it as it was.
async function rewrap(q: QueryRunner, wrap: Wrap): Promise<void> {
  const kept: Kept[] = [];
  for (const name of VIEWS) kept.push(await keep(q, name));
  const councilReaders = await readersOf(q, COUNCIL_VIEW.name);
  await q.query(`DROP VIEW ${COUNCIL_VIEW.name}`);
  for (const view of [...kept].reverse()) await q.query(`DROP MATERIALIZED VIEW ${view.name}`);
  for (const view of kept) {
    const select = view.columns.map((c) => (KEY_COLUMNS.includes(c) ? `${wrap(c)} AS ${c}` : c)).join(', ');
    await q.query(`CREATE MATERIALIZED VIEW ${view.name} AS SELECT ${select} FROM (${view.definition}) AS v WITH DATA`);
    for (const index of view.indexes) await q.query(index);
    await grant(q, view.name, view.readers);
  }
  await q.query(COUNCIL_VIEW.create);
  await grant(q, COUNCIL_VIEW.name, councilReaders);
}

export class ImpactViewKeysNotNull1732300000058 implements MigrationInterface {
  name = 'ImpactViewKeysNotNull1732300000058';

  async up(q: QueryRunner): Promise<void> {
    await rewrap(q, notNull);
  }

  async down(q: QueryRunner): Promise<void> {
    await rewrap(q, nullAgain);
  }
}
