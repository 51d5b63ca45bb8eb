// The API's GraphQL schema as text, built from the resolvers AppModule provides (RESOLVERS), without a database
// or a server: the same code-first build Nest's GraphQLModule does, sorted and printed. The printed
// schema is committed as apps/api/schema.gql, the contract the web client's documents are generated
// and checked against (docs/decisions.md, "One contract from the schema to the browser").
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from '../app.module';

// The workspace root holds nx.json; this file runs from apps/api/src (tests) or dist/api (the CLI).
function workspaceRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No nx.json above ${from}`);
  }
}

export const SCHEMA_FILE = path.join(workspaceRoot(__dirname), 'apps', 'api', 'schema.gql');

const HEADER = "# Generated from the API's resolvers by `npm run schema`: do not edit by hand.\n\n";

type Constructor = new (...args: never[]) => unknown;

export async function buildApiSchema(extraResolvers: readonly Constructor[] = []): Promise<GraphQLSchema> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await context.get(GraphQLSchemaFactory).create([...RESOLVERS, ...extraResolvers]);
  } finally {
    await context.close();
    Logger.flush();
  }
}

/** The text of apps/api/schema.gql. */
export function printApiSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

const SHOWN_LINES = 8;

function missingFrom(lines: readonly string[], other: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of other) counts.set(line, (counts.get(line) ?? 0) + 1);
  return lines.filter((line) => {
    const left = counts.get(line) ?? 0;
    counts.set(line, left - 1);
    return left <= 0 && line.trim() !== '';
  });
}

/** Why the committed schema is out of date (the lines that differ), or null when it matches the API's. */
export function schemaDrift(generated: string, committed: string | null): string | null {
  if (committed === generated) return null;
  const fix = 'run npm run schema and commit apps/api/schema.gql and apps/web/src/graphql/generated.';
  if (committed === null) return `apps/api/schema.gql is missing: ${fix}`;
  const a = committed.split('\n');
  const b = generated.split('\n');
  const show = (sign: string, lines: string[]): string[] =>
    lines
      .slice(0, SHOWN_LINES)
      .map((line) => `${sign} ${line}`)
      .concat(lines.length > SHOWN_LINES ? [`${sign} …`] : []);
  return [
    `apps/api/schema.gql differs from the schema the API generates: ${fix}`,
    ...show('+', missingFrom(b, a)),
    ...show('-', missingFrom(a, b)),
  ].join('\n');
}
