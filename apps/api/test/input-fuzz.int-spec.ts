import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { DemoUserKey } from '../src/database/seed-data';
import { GraphqlResult, Session, startTestPortal, TestPortal } from './test-app';

// Every mutation in the schema, sent malformed and unexpected input by two people who may do a
// great deal (the FPT manager, and the practitioner leading a case). Each answer must be a
// client's error — never an internal one — and no table may change. Set FUZZ_SEED to explore.
const SEED = Number(process.env.FUZZ_SEED ?? 20261118);
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 15);
const USERS: readonly DemoUserKey[] = ['fptManager', 'schoolPractitioner'];

// Bookkeeping that a refused request may still write: reading a session keeps it alive, and a
// refused read is audited (with the audit chain's head) as DENIED. Everything else must not move.
const BOOKKEEPING_TABLES = ['user_session', 'audit_event', 'audit_seal', 'audit_seal_state'];

// Public doors (sign-in and its second factor) are throttled per account and address; they get
// only input that GraphQL itself refuses, so no attempt is counted and no account is locked.
const PUBLIC_DOOR = /^sign(In|Out)$|mfa|totp|recovery/i;

const CLIENT_CODES = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'INVALID_STATE'];

// A value that prints briefly in fast-check's counterexample but is sent in full.
class Evil {
  constructor(
    private readonly label: string,
    private readonly value: unknown,
  ) {}
  toJSON(): unknown {
    return this.value;
  }
  [fc.toStringMethod](): string {
    return `Evil(${this.label})`;
  }
}

const EVIL_TEXT = [
  new Evil('100,001 characters', 'x'.repeat(100_001)),
  new Evil('NUL byte', 'before\u0000after'),
  new Evil('lone surrogate', 'half \ud800 a character'),
  new Evil('C0 control', 'bell\u0007'),
];
const EVIL_ID = [new Evil('not an id', 'not-an-id'), new Evil('SQL', "' OR '1'='1"), new Evil('empty', ''), new Evil('nil uuid', '00000000-0000-0000-0000-000000000000')];
const EVIL_DATE = [new Evil('30 Feb', '2026-02-30'), new Evil('UK order', '18/11/2026'), new Evil('month 13', '2026-13-01'), new Evil('word', 'yesterday')];
const EVIL_INT = [-1, -2147483648, 2147483647];

// Field names point at the kind of text a field holds, so most of each input is plausible and the
// one defect is what the API must notice.
const TODAY_ISH = '2026-11-25';
function plausibleText(name: string): fc.Arbitrary<string> {
  if (/email/i.test(name)) return fc.constant('someone@example.org');
  if (/postcode/i.test(name)) return fc.constant('NF1 4QT');
  if (/dateOfBirth/.test(name)) return fc.constantFrom('2015-03-03', '2020-01-31');
  if (/(On|Date)$/.test(name)) return fc.constantFrom(TODAY_ISH, '2026-12-09', '2026-11-18');
  if (/startsAt/.test(name)) return fc.constant('10:00');
  if (/contentType/.test(name)) return fc.constantFrom('image/png', 'image/jpeg');
  if (/dataBase64/.test(name)) return fc.constant('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');
  if (/link|url/i.test(name)) return fc.constant('https://meet.example.org/forum');
  return fc.oneof(fc.constant('Synthetic text for a fuzz test.'), fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }));
}

const ID_TABLES: readonly [RegExp, string][] = [
  [/^caseId$|CaseId$/, 'early_help_case'],
  [/^referralId$/, 'referral'],
  [/agencyIds?$|AgencyId$/, 'agency'],
  [/personId/, 'person'],
  [/meetingId/, 'forum_meeting'],
  [/itemId/, 'agenda_item'],
  [/requestId/, 'mentoring_request'],
  [/consentId/, 'consent'],
  [/handoverId/, 'handover'],
  [/actionId/, 'forum_action'],
  [/practitionerId|assigneeId|ownerId|userId/i, 'app_user'],
  [/familyId/i, 'family'],
];

interface Pools {
  readonly byTable: ReadonlyMap<string, readonly string[]>;
  readonly all: readonly string[];
}

function plausibleId(name: string, pools: Pools): fc.Arbitrary<string> {
  const table = ID_TABLES.find(([pattern]) => pattern.test(name))?.[1];
  const ofTable = table ? (pools.byTable.get(table) ?? []) : [];
  const known = ofTable.length ? ofTable : pools.all;
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid({ version: 4 }) });
}

function plausible(type: GraphQLInputType, name: string, pools: Pools): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausible(type.ofType, name, pools);
  if (isListType(type)) return fc.array(plausible(type.ofType, name, pools), { minLength: 1, maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => [f.name, isNonNullType(f.type) ? plausible(f.type, f.name, pools) : fc.option(plausible(f.type, f.name, pools), { nil: null })]),
    );
    return fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name) });
  }
  switch (type.name) {
    case 'ID':
      return plausibleId(name, pools);
    case 'Int':
      return name === 'version' ? fc.constantFrom(1, 2) : fc.integer({ min: 1, max: 3 });
    case 'Float':
      return fc.double({ min: 0, max: 10, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    default:
      return plausibleText(name);
  }
}

type Path = readonly (string | number)[];
interface Node {
  readonly path: Path;
  readonly type: GraphQLInputType;
  readonly name: string;
  readonly hasDefault: boolean;
  readonly present: boolean;
}

// Walks a generated value beside its type, listing every place a defect could go.
function nodes(value: unknown, type: GraphQLInputType, name: string, path: Path, hasDefault: boolean): Node[] {
  const here: Node = { path, type, name, hasDefault, present: value !== null && value !== undefined };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return [here];
  if (isListType(inner) && Array.isArray(value)) return [here, ...value.flatMap((v, i) => nodes(v, inner.ofType, name, [...path, i], false))];
  if (isInputObjectType(inner) && typeof value === 'object') {
    const fields = Object.values(inner.getFields());
    return [here, ...fields.flatMap((f) => (f.name in value ? nodes((value as Record<string, unknown>)[f.name], f.type, f.name, [...path, f.name], f.defaultValue !== undefined) : []))];
  }
  return [here];
}

// A value GraphQL cannot coerce to the type (a plain string would become a list of one, so lists
// get a list of the wrong thing).
function wrongKind(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return wrongKind(inner.ofType).map((v) => [v]);
  const object = fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { minKeys: 1, maxKeys: 2 });
  if (isInputObjectType(inner)) return fc.oneof(fc.string(), fc.integer(), fc.boolean());
  if (isEnumType(inner)) return fc.oneof(fc.constant('NOT_ONE_OF_THEM'), fc.integer(), object);
  if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float')) return fc.oneof(fc.constant('12'), fc.boolean(), fc.constant(2 ** 31), fc.constant(1.5), object);
  if (isScalarType(inner) && inner.name === 'Boolean') return fc.oneof(fc.constant('true'), fc.integer(), object);
  // ID takes an integer as readily as a string (it becomes "12"), so that is no wrong type for it.
  if (isScalarType(inner) && inner.name === 'ID') return fc.oneof(fc.boolean(), fc.double({ min: 0.1, max: 9.9 }), object);
  return fc.oneof(fc.integer(), fc.boolean(), object, fc.constant([1, 2]));
}

function evilLeaf(node: Node): fc.Arbitrary<unknown> | null {
  const named = getNamedType(node.type);
  if (!isScalarType(named)) return null;
  if (named.name === 'ID') return fc.constantFrom(...EVIL_ID, ...EVIL_TEXT);
  if (named.name === 'Int') return fc.constantFrom(...EVIL_INT);
  if (named.name === 'String') return fc.constantFrom(...EVIL_TEXT, ...(/(On|Date|dateOfBirth)$/.test(node.name) ? EVIL_DATE : []));
  return null;
}

interface Attempt {
  readonly defect: string;
  readonly extraArgument: boolean;
  readonly variables: Record<string, unknown>;
}

function setAt(root: Record<string, unknown>, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): void {
  let parent: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
}

function attempts(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<Attempt> {
  const args: readonly GraphQLArgument[] = field.args;
  const extra = fc.constant<Attempt>({ defect: 'an argument the mutation does not have', extraArgument: true, variables: {} });
  if (!args.length) return extra;
  const publicDoor = PUBLIC_DOOR.test(field.name);
  const values = fc.record(Object.fromEntries(args.map((a) => [a.name, plausible(a.type, a.name, pools)])));
  return values.chain((vars) => {
    const all = args.flatMap((a) => nodes(vars[a.name], a.type, a.name, [a.name], a.defaultValue !== undefined));
    const required = all.filter((n) => isNonNullType(n.type) && !n.hasDefault);
    const objects = all.filter((n) => n.present && isInputObjectType(isNonNullType(n.type) ? n.type.ofType : n.type));
    const leaves = all.flatMap((n) => {
      const evil = evilLeaf(n);
      return evil ? [{ node: n, evil }] : [];
    });
    const copy = () => structuredClone(vars) as Record<string, unknown>;
    const where = (path: Path) => path.join('.');
    const options: fc.Arbitrary<Attempt>[] = [
      extra,
      fc.constantFrom(...all).chain((n) =>
        wrongKind(n.type).map((v) => {
          const variables = copy();
          setAt(variables, n.path, (p, k) => (p[k] = v));
          return { defect: `wrong type at ${where(n.path)}`, extraArgument: false, variables };
        }),
      ),
    ];
    if (required.length) {
      options.push(
        fc.constantFrom(...required).chain((n) =>
          fc.constantFrom('missing', 'null').map((how) => {
            const variables = copy();
            setAt(variables, n.path, (p, k) => (how === 'null' ? (p[k] = null) : Array.isArray(p) ? p.splice(Number(k), 1, null) : delete p[k]));
            return { defect: `${how} required ${where(n.path)}`, extraArgument: false, variables };
          }),
        ),
      );
    }
    if (objects.length && !publicDoor) {
      options.push(
        fc.tuple(fc.constantFrom(...objects), fc.jsonValue()).map(([n, v]) => {
          const variables = copy();
          setAt(variables, n.path, (p, k) => ((p[k] as Record<string, unknown>).unexpectedField = v));
          return { defect: `an unexpected field in ${where(n.path)}`, extraArgument: false, variables };
        }),
      );
    }
    if (leaves.length && !publicDoor) {
      options.push(
        fc.constantFrom(...leaves).chain(({ node, evil }) =>
          evil.map((v) => {
            const variables = copy();
            setAt(variables, node.path, (p, k) => (p[k] = v));
            return { defect: `${fc.stringify(v)} at ${where(node.path)}`, extraArgument: false, variables };
          }),
        ),
      );
    }
    return fc.oneof(...options);
  });
}

function document(field: GraphQLField<unknown, unknown>, extraArgument: boolean): string {
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = [...field.args.map((a) => `${a.name}: $${a.name}`), ...(extraArgument ? ['unexpectedArgument: 1'] : [])].join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

describe('every mutation, fuzzed with malformed and unexpected input', () => {
  let portal: TestPortal;
  let sessions: Map<DemoUserKey, Session>;
  let pools: Pools;
  let mutations: GraphQLField<unknown, unknown>[];
  let checksumSql: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    sessions = new Map();
    for (const user of USERS) sessions.set(user, await portal.signIn(user));
    await addWorkInProgress();
    const schema = portal.app.get(GraphQLSchemaHost).schema;
    mutations = Object.values(schema.getMutationType()!.getFields());
    const tables: { name: string }[] = await portal.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const checked = tables.map((t) => t.name).filter((name) => !BOOKKEEPING_TABLES.includes(name));
    checksumSql = checked
      .map((name) => `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM "${name}" t`)
      .join(' UNION ALL ');
    const byTable = new Map<string, string[]>();
    for (const table of new Set(ID_TABLES.map(([, t]) => t))) {
      const rows: { id: string }[] = await portal.db.query(`SELECT id FROM "${table}" ORDER BY id LIMIT 20`);
      byTable.set(table, rows.map((r) => r.id));
    }
    pools = { byTable, all: [...byTable.values()].flat() };
  });
  afterAll(() => portal.close());

  // Records of every kind a mutation may name, so plausible ids reach past "not found" into the
  // services: a plan with a saved section and consent, Forum meetings with an item, a mentoring request.
  async function addWorkInProgress(): Promise<void> {
    const school = sessions.get('schoolPractitioner')!;
    const chair = sessions.get('fptManager')!;
    const brook = portal.ids.cases.brook;
    const [leah]: { id: string }[] = await portal.db.query(`SELECT id FROM person WHERE first_name = 'Leah'`);
    const steps: [Session, string, Record<string, unknown>][] = [
      [school, 'mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { id } }', { input: { caseId: brook, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-16' } }],
      [school, 'mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }', { id: brook }],
      [school, 'mutation($input: SaveFamilyStoryInput!) { saveFamilyStory(input: $input) { version } }', { input: { caseId: brook, expectedVersion: 0, story: 'Mornings are hard.', language: 'English', interpreterNeeded: false } }],
      [school, 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { current } }', { input: { caseId: brook, givenByPersonId: leah.id, competenceConfirmed: false, agencyIds: [portal.ids.agencies.police], givenOn: '2026-11-17' } }],
      [chair, 'mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }', { input: { firstMeetsOn: '2026-11-26', startsAt: '14:00', place: 'Family Hub', count: 2, agendaCutoffWorkingDays: 2 } }],
      [school, 'mutation($input: RequestMentoringInput!) { requestMentoring(input: $input) { id } }', { input: { caseId: brook, topic: 'OTHER', question: 'How do I keep the family engaged?' } }],
    ];
    for (const [session, query, variables] of steps) {
      const result = await session.gql(query, variables);
      if (result.errors) throw new Error(`Setting up failed: ${JSON.stringify(result.errors)}`);
    }
    const [meeting]: { id: string }[] = await portal.db.query(`SELECT id FROM forum_meeting ORDER BY meets_on LIMIT 1`);
    const item = await school.gql('mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }', {
      input: { meetingId: meeting.id, caseId: brook, reason: 'CONSIDERING_ESCALATION', summary: 'Worries are growing.' },
    });
    if (item.errors) throw new Error(`Setting up failed: ${JSON.stringify(item.errors)}`);
  }

  const snapshot = async (): Promise<Record<string, string>> =>
    Object.fromEntries(((await portal.db.query(checksumSql)) as { name: string; rows: number; sum: string }[]).map((r) => [r.name, `${r.rows}:${r.sum}`]));

  it('covers every table but the bookkeeping, and a schema with mutations', async () => {
    const tables = Object.keys(await snapshot());
    expect(tables).toEqual(expect.arrayContaining(['early_help_case', 'referral', 'plan_section', 'forum_meeting', 'notification', 'job_outbox']));
    expect(tables).not.toContain('user_session');
    expect(mutations.length).toBeGreaterThan(40);
  });

  it.each(USERS.map((user) => [user]))('as %s: every answer is a client error naming what was wrong, and nothing is written', async (user) => {
    const session = sessions.get(user)!;
    const problems: string[] = [];
    for (const field of mutations) {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(attempts(field, pools), async (attempt) => {
          const result: GraphqlResult<Record<string, unknown>> = await session.gql(document(field, attempt.extraArgument), JSON.parse(JSON.stringify(attempt.variables)));
          const label = `${field.name} with ${attempt.defect}`;
          const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'none');
          if (!result.errors?.length) return void problems.push(`${label}: succeeded`);
          if (result.data?.[field.name] != null) problems.push(`${label}: returned data`);
          const foreign = codes.filter((c) => !CLIENT_CODES.includes(c));
          if (foreign.length) return void problems.push(`${label}: ${foreign.join(', ')} (${result.errors[0].message})`);
          for (const e of result.errors.filter((x) => x.extensions?.code === 'BAD_USER_INPUT')) {
            const named = (e.extensions?.fields ?? []).length > 0 && e.extensions!.fields!.every((f) => f.field.length > 0);
            if (!named && !/Variable "\$\w+"/.test(e.message)) problems.push(`${label}: BAD_USER_INPUT naming no field (${e.message})`);
          }
        }),
        { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
      );
      const after = await snapshot();
      const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      if (changed.length) problems.push(`${field.name}: changed ${changed.join(', ')}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
