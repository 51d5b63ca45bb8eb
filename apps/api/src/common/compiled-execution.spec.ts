import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, getOperationAST, GraphQLScalarType, GraphQLSchema, parse } from 'graphql';
import { compiledExecution } from './compiled-execution';

const schema: GraphQLSchema = buildSchema(`
  scalar Fussy
  input Rename { name: String, note: String }
  type Row { id: ID! name: String! }
  type Query { rows: [Row!]! row(id: ID!): Row broken: String fussy(value: Fussy!): String }
  type Mutation { rename(id: ID!, input: Rename!): String }
`);
// A scalar that only graphql-js may read: graphql-jit's code reading a variable is refused.
Object.assign(schema.getType('Fussy') as GraphQLScalarType, {
  parseValue: (value: unknown) => {
    if (!new Error().stack?.includes('graphql/execution/values')) throw new Error('refused outside graphql-js');
    return value;
  },
});
const rows = [
  { id: '1', name: 'Brook' },
  { id: '2', name: 'Hartley' },
];
const root = {
  rows: () => rows,
  row: ({ id }: { id: string }) => rows.find((r) => r.id === id) ?? null,
  broken: () => {
    throw new Error('no');
  },
};

async function started() {
  const compiled = compiledExecution();
  // Resolvers on the schema's fields, as NestJS puts them there.
  const query = schema.getQueryType()!.getFields();
  query.rows.resolve = () => root.rows();
  query.row.resolve = (_p, args) => root.row(args as { id: string });
  query.broken.resolve = () => root.broken();
  query.fussy.resolve = (_p, { value }) => String(value);
  // What the mutation was given, keys as given (a left-out field is not a null one).
  schema.getMutationType()!.getFields().rename.resolve = (_p, { input }) => JSON.stringify(input);
  compiled.transformSchema(schema);
  let seenSchema: GraphQLSchema | undefined;
  compiled.gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (seenSchema = apiSchema));
  const { executor } = await compiled.gateway.load({ apollo: {} });
  return { compiled, executor: executor as GatewayExecutor, seenSchema };
}

function request(source: string, variables?: Record<string, unknown>): GatewayGraphQLRequestContext {
  const document = parse(source);
  return {
    document,
    source,
    queryHash: source,
    operationName: null,
    operation: getOperationAST(document)!,
    context: {},
    request: { query: source, variables },
  } as unknown as GatewayGraphQLRequestContext;
}

describe('compiledExecution', () => {
  it('hands Apollo the schema NestJS built', async () => {
    const { seenSchema } = await started();
    expect(seenSchema).toBe(schema);
  });

  it('compiles a document the second time it is seen, never the first, and answers alike', async () => {
    const { compiled, executor } = await started();
    const first = await executor(request('{ rows { id name } }'));
    expect(compiled.compiledCount()).toBe(0);
    const second = await executor(request('{ rows { id name } }'));
    expect(compiled.compiledCount()).toBe(1);
    expect(second).toEqual(first);
    expect(first).toEqual({ data: { rows } });
  });

  it('reports a resolver’s error at the same path either way', async () => {
    const { executor } = await started();
    const answers = [await executor(request('{ broken }')), await executor(request('{ broken }'))];
    for (const answer of answers) {
      expect(answer.data).toEqual({ broken: null });
      expect(answer.errors?.map((e) => [e.message, e.path])).toEqual([['no', ['broken']]]);
    }
  });

  it('compiles a query with variables too, its variables checked and refused by graphql-js', async () => {
    const { compiled, executor } = await started();
    for (const id of ['2', '1', '2']) {
      expect(await executor(request('query($id: ID!) { row(id: $id) { name } }', { id }))).toEqual({
        data: { row: { name: rows.find((r) => r.id === id)!.name } },
      });
    }
    expect(compiled.compiledCount()).toBe(1);
    const refused = await executor(request('query($id: ID!) { row(id: $id) { name } }', {}));
    expect(refused.errors?.map((e) => e.message)).toEqual(['Variable "$id" of required type "ID!" was not provided.']);
    const wrongType = await executor(request('query($id: ID!) { row(id: $id) { name } }', { id: { not: 'an id' } }));
    expect(wrongType.errors?.map((e) => e.message)).toEqual([
      'Variable "$id" got invalid value { not: "an id" }; ID cannot represent value: { not: "an id" }',
    ]);
  });

  it('answers through graphql-js when graphql-jit refuses variables graphql-js accepted', async () => {
    const { compiled, executor } = await started();
    const source = 'query($v: Fussy!) { fussy(value: $v) }';
    for (let i = 0; i < 3; i++) expect(await executor(request(source, { v: 'kept' }))).toEqual({ data: { fussy: 'kept' } });
    expect(compiled.compiledCount()).toBe(1);
  });

  it('leaves mutations with variables to graphql-js, a left-out field apart from a null one', async () => {
    const { compiled, executor } = await started();
    const source = 'mutation($input: Rename!) { rename(id: "1", input: $input) }';
    for (let i = 0; i < 3; i++) {
      expect(await executor(request(source, { input: { name: null } }))).toEqual({ data: { rename: '{"name":null}' } });
    }
    expect(compiled.compiledCount()).toBe(0);
  });

  it('keeps at most 500 documents, dropping the least recently used', async () => {
    const { compiled, executor } = await started();
    for (let i = 0; i < 501; i++) {
      const source = `{ a${i}: rows { id } }`;
      await executor(request(source));
      await executor(request(source));
    }
    expect(compiled.compiledCount()).toBe(500);
  });
});
