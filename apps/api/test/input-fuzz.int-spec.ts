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

// Every query and mutation in the schema, sent malformed and unexpected input by two people who
// may do a great deal (the FPT manager, and the practitioner leading a case). Each answer must be
// a client's error — never an internal one — and no table may change. Every argument of every
// query is also given each bad id, date and text in turn, and must be refused naming that field.
// Set FUZZ_SEED to explore.
const SEED = Number(process.env.FUZZ_SEED ?? 20261118);
const RUNS_PER_DOOR = Number(process.env.FUZZ_RUNS ?? 15);
const USERS: readonly DemoUserKey[] = ['fptManager', 'schoolPractitioner'];

// Bookkeeping that a refused request may still write: reading a session keeps it alive, and a
// refused read is audited (with the audit chain's head) as DENIED. Everything else must not move.
const BOOKKEEPING_TABLES = ['user_session', 'audit_event', 'audit_seal', 'audit_seal_state'];

// Public doors (sign-in and its second factor) are throttled per account and address; they get
// only input that GraphQL itself refuses, so no attempt is counted and no account is locked.
const PUBLIC_DOOR = /^sign(In|Out)$|mfa|totp|recovery/i;

const CLIENT_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_STATE',
];

// A value that prints briefly in fast-check's counterexample but is sent in full. A well-formed
// one (an id of nothing, a number out of any range) may rightly find nothing to answer a query with.
class Evil {
  constructor(
    private readonly label: string,
    private readonly value: unknown,
    readonly wellFormed = false,
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
const EVIL_ID = [
  new Evil('not an id', 'not-an-id'),
  new Evil('SQL', "' OR '1'='1"),
  new Evil('empty', ''),
  new Evil('nil uuid', '00000000-0000-0000-0000-000000000000', true),
];
const EVIL_DATE = [
  new Evil('30 Feb', '2026-02-30'),
  new Evil('UK order', '18/11/2026'),
  new Evil('month 13', '2026-13-01'),
  new Evil('word', 'yesterday'),
];
const EVIL_INT = [new Evil('-1', -1, true), new Evil('min', -2147483648, true), new Evil('max', 2147483647, true)];

// Field names point at the kind of text a field holds, so most of each input is plausible and the
// one defect is what the API must notice.
const TODAY_ISH = '2026-11-25';
const DATE_NAME = /(On|Date|dateOfBirth)$|^from$|^to$/;
function plausibleText(name: string, description: string): fc.Arbitrary<string> {
  if (/YYYY-MM$/.test(description)) return fc.constant(name === 'to' ? '2026-11' : '2026-04');
  if (/YYYY-Qn$/.test(description)) return fc.constant('2026-Q3');
  if (/email/i.test(name)) return fc.constant('someone@example.org');
  if (/postcode/i.test(name)) return fc.constant('NF1 4QT');
  if (/dateOfBirth/.test(name)) return fc.constantFrom('2015-03-03', '2020-01-31');
  if (DATE_NAME.test(name)) return fc.constantFrom(TODAY_ISH, '2026-12-09', '2026-11-18');
  if (/startsAt/.test(name)) return fc.constant('10:00');
  if (/contentType/.test(name)) return fc.constantFrom('image/png', 'image/jpeg');
  if (/dataBase64/.test(name))
    return fc.constant('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');
  if (/link|url/i.test(name)) return fc.constant('https://meet.example.org/forum');
  if (name === 'sectionKey') return fc.constantFrom('FAMILY_STORY', 'GOALS');
  // Identifiers that pass their checks (libs/domain identifiers) and that no demo person holds.
  if (name === 'nhsNumber') return fc.constantFrom('9434765919', '943 476 5919');
  if (name === 'uniquePupilNumber') return fc.constantFrom('V801200115001', 'F80120011500A');
  if (name === 'councilPersonNumber') return fc.constant('NF-000123');
  if (name === 'consistentChildIdentifier') return fc.constant('CCI-SYNTHETIC-1');
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

// `complete`: every optional field given too, so that each has a place for a defect.
function plausible(type: GraphQLInputType, name: string, pools: Pools, complete = false, description = ''): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausible(type.ofType, name, pools, complete, description);
  if (isListType(type)) return fc.array(plausible(type.ofType, name, pools, complete, description), { minLength: 1, maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => {
        const value = plausible(f.type, f.name, pools, complete, f.description ?? '');
        return [f.name, isNonNullType(f.type) || complete ? value : fc.option(value, { nil: null })];
      }),
    );
    return fc.record(model, {
      requiredKeys: complete
        ? fields.map((f) => f.name)
        : fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name),
    });
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
      return plausibleText(name, description);
  }
}

const plausibleArgs = (field: GraphQLField<unknown, unknown>, pools: Pools, complete = false) =>
  fc.record(Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type, a.name, pools, complete, a.description ?? '')])));

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
  if (isListType(inner) && Array.isArray(value))
    return [here, ...value.flatMap((v, i) => nodes(v, inner.ofType, name, [...path, i], false))];
  if (isInputObjectType(inner) && typeof value === 'object') {
    const fields = Object.values(inner.getFields());
    return [
      here,
      ...fields.flatMap((f) =>
        f.name in value
          ? nodes((value as Record<string, unknown>)[f.name], f.type, f.name, [...path, f.name], f.defaultValue !== undefined)
          : [],
      ),
    ];
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
  if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float'))
    return fc.oneof(fc.constant('12'), fc.boolean(), fc.constant(2 ** 31), fc.constant(1.5), object);
  if (isScalarType(inner) && inner.name === 'Boolean') return fc.oneof(fc.constant('true'), fc.integer(), object);
  // ID takes an integer as readily as a string (it becomes "12"), so that is no wrong type for it.
  if (isScalarType(inner) && inner.name === 'ID') return fc.oneof(fc.boolean(), fc.double({ min: 0.1, max: 9.9 }), object);
  return fc.oneof(fc.integer(), fc.boolean(), object, fc.constant([1, 2]));
}

function evilValues(node: Node): readonly Evil[] {
  const named = getNamedType(node.type);
  if (!isScalarType(named)) return [];
  if (named.name === 'ID') return [...EVIL_ID, ...EVIL_TEXT];
  if (named.name === 'Int') return EVIL_INT;
  if (named.name === 'String') return [...EVIL_TEXT, ...(DATE_NAME.test(node.name) ? EVIL_DATE : [])];
  return [];
}

interface Attempt {
  readonly defect: string;
  readonly extraArgument: boolean;
  readonly variables: Record<string, unknown>;
  // The defect is a well-formed value (see Evil): a query may answer it with nothing found.
  readonly wellFormed?: boolean;
}

function setAt(
  root: Record<string, unknown>,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): void {
  let parent: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
}

function attempts(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<Attempt> {
  const args: readonly GraphQLArgument[] = field.args;
  const extra = fc.constant<Attempt>({ defect: 'an argument the door does not have', extraArgument: true, variables: {} });
  if (!args.length) return extra;
  const publicDoor = PUBLIC_DOOR.test(field.name);
  return plausibleArgs(field, pools).chain((vars) => {
    const all = args.flatMap((a) => nodes(vars[a.name], a.type, a.name, [a.name], a.defaultValue !== undefined));
    const required = all.filter((n) => isNonNullType(n.type) && !n.hasDefault);
    const objects = all.filter((n) => n.present && isInputObjectType(isNonNullType(n.type) ? n.type.ofType : n.type));
    const leaves = all.flatMap((n) => {
      const evil = evilValues(n);
      return evil.length ? [{ node: n, evil: fc.constantFrom(...evil) }] : [];
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
            setAt(variables, n.path, (p, k) =>
              how === 'null' ? (p[k] = null) : Array.isArray(p) ? p.splice(Number(k), 1, null) : delete p[k],
            );
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
            return { defect: `${fc.stringify(v)} at ${where(node.path)}`, extraArgument: false, variables, wellFormed: v.wellFormed };
          }),
        ),
      );
    }
    return fc.oneof(...options);
  });
}

interface Door {
  readonly operation: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
}

function document({ operation, field }: Door, extraArgument: boolean): string {
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = [...field.args.map((a) => `${a.name}: $${a.name}`), ...(extraArgument ? ['unexpectedArgument: 1'] : [])].join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${operation} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

type Answer = GraphqlResult<Record<string, unknown>>;
const codesOf = (result: Answer) => (result.errors ?? []).map((e) => e.extensions?.code ?? 'none');

// Whether a refusal names the field at `path` (list positions aside): the field it names is the
// path, or its end (the validation pipe names an input's fields without the argument, `lastName`
// for `input.lastName`).
function namesField(result: Answer, path: Path): boolean {
  const wanted = path.filter((p): p is string => typeof p === 'string');
  return (result.errors ?? []).some((e) =>
    (e.extensions?.fields ?? []).some((f) => {
      const named = f.field.split('.').filter((s) => !/^\d+$/.test(s));
      return named.length > 0 && named.join('.') === wanted.slice(-named.length).join('.');
    }),
  );
}

describe('every query and mutation, fuzzed with malformed and unexpected input', () => {
  let portal: TestPortal;
  let sessions: Map<DemoUserKey, Session>;
  let pools: Pools;
  let doors: Door[];
  let checksumSql: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    sessions = new Map();
    for (const user of USERS) sessions.set(user, await portal.signIn(user));
    await addWorkInProgress();
    const schema = portal.app.get(GraphQLSchemaHost).schema;
    doors = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ operation: 'mutation' as const, field })),
    ];
    const tables: { name: string }[] = await portal.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const checked = tables.map((t) => t.name).filter((name) => !BOOKKEEPING_TABLES.includes(name));
    checksumSql = checked
      .map(
        (name) =>
          `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
      )
      .join(' UNION ALL ');
    const byTable = new Map<string, string[]>();
    for (const table of new Set(ID_TABLES.map(([, t]) => t))) {
      const rows: { id: string }[] = await portal.db.query(`SELECT id FROM "${table}" ORDER BY id LIMIT 20`);
      byTable.set(
        table,
        rows.map((r) => r.id),
      );
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
      [
        school,
        'mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { id } }',
        { input: { caseId: brook, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-16' } },
      ],
      [school, 'mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }', { id: brook }],
      [
        school,
        'mutation($input: SaveFamilyStoryInput!) { saveFamilyStory(input: $input) { version } }',
        { input: { caseId: brook, expectedVersion: 0, story: 'Mornings are hard.', language: 'English', interpreterNeeded: false } },
      ],
      [
        school,
        'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { current } }',
        {
          input: {
            caseId: brook,
            givenByPersonId: leah.id,
            competenceConfirmed: false,
            agencyIds: [portal.ids.agencies.police],
            givenOn: '2026-11-17',
          },
        },
      ],
      [
        chair,
        'mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }',
        { input: { firstMeetsOn: '2026-11-26', startsAt: '14:00', place: 'Family Hub', count: 2, agendaCutoffWorkingDays: 2 } },
      ],
      [
        school,
        'mutation($input: RequestMentoringInput!) { requestMentoring(input: $input) { id } }',
        { input: { caseId: brook, topic: 'OTHER', question: 'How do I keep the family engaged?' } },
      ],
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
    Object.fromEntries(
      ((await portal.db.query(checksumSql)) as { name: string; rows: number; sum: string }[]).map((r) => [r.name, `${r.rows}:${r.sum}`]),
    );

  it('covers every table but the bookkeeping, and a schema with queries and mutations', async () => {
    const tables = Object.keys(await snapshot());
    expect(tables).toEqual(
      expect.arrayContaining([
        'early_help_case',
        'referral',
        'plan_section',
        'forum_meeting',
        'notification',
        'job_outbox',
        'encompass_notification',
        'encompass_child',
        'encompass_route',
      ]),
    );
    expect(tables).not.toContain('user_session');
    expect(doors.filter((d) => d.operation === 'mutation').length).toBeGreaterThan(40);
    expect(doors.filter((d) => d.operation === 'query').map((d) => d.field.name)).toEqual(
      expect.arrayContaining([
        'practitioners',
        'driftingCases',
        'possibleFamilyMatches',
        'subjectAccessPeople',
        'planSectionAtVersion',
        'forumMeetings',
        'encompassNotifications',
        'encompassNotification',
      ]),
    );
  });

  // Each door sent malformed and unexpected input by this person: what was wrong with the answers.
  async function fuzz(session: Session, list: readonly Door[]): Promise<string[]> {
    const problems: string[] = [];
    for (const door of list) {
      const { field } = door;
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(attempts(field, pools), async (attempt) => {
          const result: Answer = await session.gql(document(door, attempt.extraArgument), JSON.parse(JSON.stringify(attempt.variables)));
          const label = `${field.name} with ${attempt.defect}`;
          const codes = codesOf(result);
          if (!result.errors?.length) {
            // A query may find nothing for a well-formed id of nothing; a mutation may not act on it.
            if (door.operation === 'query' && attempt.wellFormed) return;
            return void problems.push(`${label}: succeeded`);
          }
          if (result.data?.[field.name] != null) problems.push(`${label}: returned data`);
          const foreign = codes.filter((c) => !CLIENT_CODES.includes(c));
          if (foreign.length) return void problems.push(`${label}: ${foreign.join(', ')} (${result.errors[0].message})`);
          for (const e of result.errors.filter((x) => x.extensions?.code === 'BAD_USER_INPUT')) {
            const named = (e.extensions?.fields ?? []).length > 0 && e.extensions!.fields!.every((f) => f.field.length > 0);
            if (!named && !/Variable "\$\w+"/.test(e.message)) problems.push(`${label}: BAD_USER_INPUT naming no field (${e.message})`);
          }
        }),
        { numRuns: RUNS_PER_DOOR, seed: SEED, endOnFailure: true },
      );
      const after = await snapshot();
      const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      if (changed.length) problems.push(`${field.name}: changed ${changed.join(', ')}`);
    }
    return [...new Set(problems)];
  }

  it.each(USERS.map((user) => [user]))(
    'as %s: every answer is a client error naming what was wrong, and nothing is written',
    async (user) => {
      expect(await fuzz(sessions.get(user)!, doors)).toEqual([]);
      // Every door of the schema, queries and mutations, a number of times each: well over the
      // default limit on a busy machine.
    },
    240_000,
  );

  // Operation Encompass's doors as the one person who may record a notification, a police officer
  // (the two above are refused it outright).
  it('as police: every Operation Encompass door answers malformed input with a client error, and nothing is written', async () => {
    const encompass = doors.filter((d) => /encompass/i.test(d.field.name));
    expect(encompass.map((d) => d.field.name).sort()).toEqual([
      'acknowledgeEncompassNotification',
      'encompassNotification',
      'encompassNotifications',
      'openEncompassNotification',
      'passOnEncompassNotification',
      'recordEncompassNotification',
    ]);
    expect(await fuzz(await portal.signIn('police'), encompass)).toEqual([]);
  }, 120_000);

  // Not left to chance: each argument and input field of each query, given each bad value of its
  // kind in turn, the rest of the arguments plausible and complete.
  it.each(USERS.map((user) => [user]))(
    'as %s: each bad id, date, number and text in each query argument is refused naming that field',
    async (user) => {
      const session = sessions.get(user)!;
      const problems: string[] = [];
      let tried = 0;
      for (const door of doors.filter((d) => d.operation === 'query' && d.field.args.length > 0)) {
        const { field } = door;
        const [vars] = fc.sample(plausibleArgs(field, pools, true), { seed: SEED, numRuns: 1 });
        // First as is: refused as bad input, it would leave nothing for a defect to prove.
        const plain: Answer = await session.gql(document(door, false), vars);
        if (codesOf(plain).includes('BAD_USER_INPUT'))
          problems.push(`${field.name} refused plausible arguments: ${JSON.stringify(plain.errors)}`);
        const places = field.args.flatMap((a) => nodes(vars[a.name], a.type, a.name, [a.name], a.defaultValue !== undefined));
        for (const node of places) {
          for (const evil of evilValues(node)) {
            const variables = structuredClone(vars) as Record<string, unknown>;
            setAt(variables, node.path, (p, k) => (p[k] = evil));
            const result: Answer = await session.gql(document(door, false), JSON.parse(JSON.stringify(variables)));
            tried++;
            const label = `${field.name} with ${fc.stringify(evil)} at ${node.path.join('.')}`;
            const codes = codesOf(result);
            const foreign = codes.filter((c) => !CLIENT_CODES.includes(c));
            if (foreign.length) problems.push(`${label}: ${foreign.join(', ')} (${result.errors![0].message})`);
            else if (evil.wellFormed || codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) continue;
            else if (!codes.includes('BAD_USER_INPUT')) problems.push(`${label}: ${codes.length ? codes.join(', ') : 'succeeded'}`);
            else if (!namesField(result, node.path))
              problems.push(`${label}: named ${JSON.stringify(result.errors!.map((e) => e.extensions?.fields ?? e.message))}`);
          }
        }
      }
      expect(tried).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
