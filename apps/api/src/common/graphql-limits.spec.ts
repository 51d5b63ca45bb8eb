import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, TypeMetadataStorage } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  GraphQLInputType,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
} from 'graphql';
import { RESOLVERS } from '../app.module';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GRAPHQL_LIMITS, graphqlLimitRules, graphqlParseOptions } from './graphql-limits';

// Every document the web client sends is generated from its `graphql()` calls into
// apps/web/src/graphql/generated (npm run codegen): measure each generated operation.
type InputClass = ReturnType<typeof TypeMetadataStorage.getInputTypesMetadata>[number]['target'];

const WEB_SRC = join(__dirname, '../../../web/src');
// Loaded by path: the web client is another project, read here as its own source.
const generated: Record<string, unknown> = jest.requireActual(join(WEB_SRC, 'graphql/generated/graphql'));
const { compactDocument } = jest.requireActual<{ compactDocument: (document: string) => string }>(join(WEB_SRC, 'graphql/client'));
const TypedDocumentString = generated.TypedDocumentString as abstract new (...args: never[]) => object;

function webSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : webSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// The operations written in the client (`graphql(` followed by a query or a mutation, fragments
// aside), so an operation the generated code lacks makes this test fail rather than pass.
function operationsInSource(): number {
  return webSourceFiles(WEB_SRC).reduce(
    (n, path) => n + (readFileSync(path, 'utf8').match(/\bgraphql\(`\s*(query|mutation|subscription)\b/g) ?? []).length,
    0,
  );
}

// The generated operations, as the client sends them (each with the fragments it spreads, compacted).
function generatedOperations(): string[] {
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof TypedDocumentString)
    .map(([, value]) => compactDocument(String(value)))
    .filter((text) => /^\s*(query|mutation|subscription)\b/.test(text));
}

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

interface Measure {
  readonly length: number;
  readonly tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

// The same armor rules with the limits lifted, reporting what they counted.
function measure(schema: GraphQLSchema, query: string): Measure {
  const m: Measure = { length: query.length, tokens: tokenCount(query), depth: 0, aliases: 0, directives: 0, cost: 0 };
  const record = (key: 'depth' | 'aliases' | 'directives' | 'cost') => [(_: unknown, found: { n: number }) => (m[key] = found.n)];
  const rules = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { n: Infinity, flattenFragments: true, ignoreIntrospection: false, onAccept: record('depth') },
    maxAliases: { n: Infinity, allowList: [], onAccept: record('aliases') },
    maxDirectives: { n: Infinity, onAccept: record('directives') },
    costLimit: { maxCost: Infinity, flattenFragments: true, ignoreIntrospection: false, onAccept: record('cost') },
  }).protect().validationRules;
  expect(validate(schema, parse(query), rules)).toEqual([]);
  return m;
}

const refusals = (schema: GraphQLSchema, query: string) =>
  validate(schema, parse(query, graphqlParseOptions), graphqlLimitRules()).map((e) => e.message);

describe("the web client's operations are within the GraphQL limits", () => {
  let schema: GraphQLSchema;
  let documents: string[];

  beforeAll(async () => {
    const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    schema = await context.get(GraphQLSchemaFactory).create([...RESOLVERS]);
    await context.close();
    documents = generatedOperations();
  });

  it('finds every operation the client writes', () => {
    expect(documents.length).toBe(operationsInSource());
    expect(documents.length).toBeGreaterThan(40);
  });

  it('parses and validates each against the schema with every limit in force', () => {
    const refused = documents.flatMap((query) => refusals(schema, query).map((message) => `${query.slice(0, 60)}: ${message}`));
    expect(refused).toEqual([]);
  });

  it('keeps each with room to spare under every limit', () => {
    const measures = documents.map((query) => measure(schema, query));
    const most = (key: keyof Measure) => Math.max(...measures.map((m) => m[key]));
    expect(most('length')).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxQueryLength / 4);
    expect(most('tokens')).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxTokens / 4);
    expect(most('cost')).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost / 2);
    expect(most('depth')).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxDepth - 2);
    expect(most('aliases')).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxAliases / 2);
    expect(most('directives')).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxDirectives / 2);
  });

  it('refuses a document just past each limit, naming the limit', () => {
    const over = (n: number, part: (i: number) => string) => Array.from({ length: n + 1 }, (_, i) => part(i)).join(' ');
    expect(refusals(schema, `{ ${over(GRAPHQL_LIMITS.maxAliases, (i) => `a${i}: me { id }`)} }`)).toEqual([
      `Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 1}.`,
    ]);
    expect(refusals(schema, `{ me { ${over(GRAPHQL_LIMITS.maxDirectives, () => 'id @include(if: true)')} } }`)).toEqual([
      `Directives limit of ${GRAPHQL_LIMITS.maxDirectives} exceeded, found ${GRAPHQL_LIMITS.maxDirectives + 1}.`,
    ]);
    // Introspection nests without end (a type's fields' types' fields ...), which makes a deep query easy to write.
    const deep = `{ __schema { types { ${'fields { type { '.repeat(4)}name${' } }'.repeat(4)} } } }`;
    expect(refusals(schema, deep)).toEqual([`Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded, found 11.`]);
    // Repeated fields merge in the result but not in the work of resolving them; each is costed.
    const costly = `{ referrals { ${'family { members { id firstName lastName dateOfBirth role relationship } } '.repeat(80)}} }`;
    expect(refusals(schema, costly)).toEqual([`Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded, found 2222.`]);
    expect(() => parse(`{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)}} }`, graphqlParseOptions)).toThrow(
      `Document contains more that ${GRAPHQL_LIMITS.maxTokens} tokens`,
    );
  });

  // Validation is declared on the input classes, so read it there: every list a client may send
  // carries an @ArrayMaxSize within the limit, and so would any page-size argument added later.
  it('caps every list a client sends, and any page size, at the list limit', () => {
    const isList = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);
    const maxOf = (target: InputClass, property: string, rule: string): number | null => {
      const found = getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === property && m.name === rule);
      return found ? Number(found.constraints[0]) : null;
    };
    const classes = [...TypeMetadataStorage.getInputTypesMetadata(), ...TypeMetadataStorage.getArgumentsMetadata()];
    const classOf = (name: string) => classes.find((c) => c.name === name || c.target.name === name)?.target;
    const unbounded: string[] = [];
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap()).filter(isInputObjectType)) {
      for (const field of Object.values(type.getFields()).filter((f) => isList(f.type))) {
        const target = classOf(type.name);
        const max = target ? maxOf(target, field.name, 'arrayMaxSize') : null;
        lists.push(`${type.name}.${field.name}`);
        if (max === null || max > GRAPHQL_LIMITS.maxListSize) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    const roots = [schema.getQueryType()!, schema.getMutationType()!];
    for (const field of roots.flatMap((root) => Object.values(root.getFields()))) {
      for (const arg of field.args) {
        const pageSize = /^(first|last|limit|take|pageSize|count)$/.test(arg.name) && getNamedType(arg.type).name === 'Int';
        if (!isList(arg.type) && !pageSize) continue;
        lists.push(`${field.name}(${arg.name})`);
        const holders = TypeMetadataStorage.getArgumentsMetadata().filter((c) => (c.properties ?? []).some((p) => p.name === arg.name));
        const max = holders.length
          ? Math.max(...holders.map((c) => maxOf(c.target, arg.name, pageSize ? 'max' : 'arrayMaxSize') ?? Infinity))
          : Infinity;
        if (max > GRAPHQL_LIMITS.maxListSize) unbounded.push(`${field.name}(${arg.name})`);
      }
    }
    expect(lists).toEqual(
      expect.arrayContaining(['possibleFamilyMatches(people)', 'RecordReferralInput.members', 'AttendanceInput.attendees']),
    );
    expect(unbounded).toEqual([]);
  });
});
