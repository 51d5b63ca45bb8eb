import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, ExecutionResult, GraphQLSchema } from 'graphql';
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
    const { document, operationName, context } = request;
    const variables = request.request.variables ?? {};
    // Only operations without variables are compiled: graphql-jit checks variables with code of
    // its own, which refuses some input graphql-js accepts (a 100,001-character string inside an
    // input object) in words Apollo does not know as bad input; variables stay graphql-js's.
    if (request.operation.variableDefinitions?.length) {
      return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    }
    const entry = entryFor(`${operationName ?? ''}\u0000${request.queryHash}`);
    entry.seen += 1;
    if (!entry.compiled && entry.seen >= COMPILE_AFTER_SEEN) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(compiled)) entry.compiled = compiled;
    }
    if (entry.compiled) {
      // A compiled query is a bound function (not SQL: this file talks GraphQL only).
      const { query: run } = entry.compiled;
      return (await run(undefined, context, {})) as ExecutionResult;
    }
    return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
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
