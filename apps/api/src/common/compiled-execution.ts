import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, ExecutionResult, getVariableValues, GraphQLSchema, OperationTypeNode } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

// Operations the web client sends again and again (the case list, the case page, the agenda) run
// as compiled JavaScript (graphql-jit) rather than through graphql-js's interpreter, which
// resolves and completes each field of each row one by one: on the FPT manager's list of ~900
// cases that interpretation was the largest single cost of the request (bench/README.md).
//
// An operation is compiled the second time its document is seen, never the first: compiling
// costs more than running once, so a stream of one-off documents (a client probing the schema,
// an attacker) keeps to the interpreter and cannot make the server compile without end. The
// compiled operations are kept in a bounded map, the oldest dropped first.
//
// Queries with variables are compiled too (the impact page, a case page by its id): graphql-js
// checks their variables first and answers any it refuses, in its own words. Mutations with
// variables stay interpreted: they are not the hot path, and what an input leaves out must stay
// apart from what it sets to null exactly as graphql-js keeps them.
//
// Apollo Server 4+ takes a custom executor only through its gateway interface; this is that
// interface with nothing federated behind it: the schema is the one NestJS built (captured by
// `transformSchema`), validated by Apollo exactly as before; only execution changes.

const COMPILE_AFTER_SEEN = 2;
const KEPT = 500;

type Entry = { seen: number; compiled?: CompiledQuery };

export interface CompiledExecution {
  // NestJS's `transformSchema`: keeps the schema the gateway hands to Apollo.
  readonly transformSchema: (schema: GraphQLSchema) => GraphQLSchema;
  readonly gateway: GatewayInterface;
  // For tests: how many documents are held compiled.
  compiledCount(): number;
}

export function compiledExecution(): CompiledExecution {
  let schema: GraphQLSchema | undefined;
  const entries = new Map<string, Entry>();

  const entryFor = (key: string): Entry => {
    let entry = entries.get(key);
    if (entry) {
      // Most recently used last, so the first key is the one to drop.
      entries.delete(key);
    } else {
      entry = { seen: 0 };
      if (entries.size >= KEPT) entries.delete(entries.keys().next().value as string);
    }
    entries.set(key, entry);
    return entry;
  };

  const executor: GatewayExecutor = async (request) => {
    if (!schema) throw new Error('The GraphQL schema was not built before the first request');
    const { document, operationName, context, operation } = request;
    const variables = request.request.variables ?? {};
    const interpreted = () =>
      execute({ schema: schema as GraphQLSchema, document, operationName, contextValue: context, variableValues: variables });
    const withVariables = Boolean(operation.variableDefinitions?.length);
    if (withVariables) {
      // Mutations with variables stay graphql-js's whole: what an input leaves out and what it
      // sets to null must stay as graphql-js tells them apart.
      if (operation.operation !== OperationTypeNode.QUERY) return interpreted();
      // Variables graphql-js refuses are refused in graphql-js's words, by graphql-js.
      if (getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 }).errors) return interpreted();
    }
    const entry = entryFor(`${operationName ?? ''}\u0000${request.queryHash}`);
    entry.seen += 1;
    if (!entry.compiled && entry.seen >= COMPILE_AFTER_SEEN) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(compiled)) entry.compiled = compiled;
    }
    if (!entry.compiled) return interpreted();
    // A compiled query is a bound function (not SQL: this file talks GraphQL only).
    const { query: run } = entry.compiled;
    const answer = (await run(undefined, context, variables)) as ExecutionResult;
    // graphql-jit checks variables with code of its own, which refuses some input graphql-js
    // accepts (a 100,001-character string inside an input object), and then answers with errors and
    // no data at all: graphql-js answers those, as it would have without compiling.
    if (withVariables && !('data' in answer)) return interpreted();
    return answer;
  };

  return {
    transformSchema: (built) => (schema = built),
    gateway: {
      onSchemaLoadOrUpdate(callback) {
        if (!schema) throw new Error('The GraphQL schema was not built before the server started');
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      load: async () => ({ executor }),
      stop: async () => undefined,
    },
    compiledCount: () => [...entries.values()].filter((e) => e.compiled).length,
  };
}
