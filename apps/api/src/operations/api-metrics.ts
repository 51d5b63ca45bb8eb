import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GqlContext } from '../common/request-context';

// Operation names come from the query text a client sends, so they are bounded: past this many
// distinct names the rest are counted as "other" (a scanner cannot grow the metrics without end).
export const MAX_OPERATION_NAMES = 200;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

// What the HTTP door is asked for, in a few groups (a path may carry an id; never a label).
function pathGroup(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/health/')) return 'health';
  if (path.startsWith('/calendar/')) return 'calendar';
  if (path.startsWith('/assets/')) return 'assets';
  // The live channel: a stream's "duration" is how long it stayed open.
  if (path === '/events') return 'events';
  return 'page';
}

// The API's Prometheus metrics, one registry per application (tests run several in one process).
// Labels are operation names, operation types, error codes, path groups and status codes: never
// variables, ids, query text or anything typed by a person.
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly operations = new Counter({
    name: 'eh_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'eh_graphql_operation_errors_total',
    help: 'GraphQL operations answered with an error, by operation name and error code',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'eh_graphql_operation_duration_seconds',
    help: 'Time from a GraphQL operation being received to its answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  // The live channel (apps/api/src/live): streams open on this replica, and signals written to them.
  readonly liveStreams = new Gauge({
    name: 'eh_live_streams',
    help: 'Live-update streams (server-sent events) open on this replica',
    registers: [this.registry],
  });
  readonly liveSignals = new Counter({
    name: 'eh_live_signals_total',
    help: 'Live signals written to streams on this replica, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly responses = new Histogram({
    name: 'eh_http_request_duration_seconds',
    help: 'HTTP requests answered (including those refused before GraphQL), by path group and status',
    labelNames: ['path', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  private operationLabel(name: string | null | undefined, parsed: boolean): string {
    if (!parsed) return '(invalid)';
    if (!name) return '(anonymous)';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return '(other)';
    this.names.add(name);
    return name;
  }

  // Counts each operation by the name in its parsed document (the request's own operationName is
  // only a claim), and notes the name on the request for the access log.
  apolloPlugin(): ApolloServerPlugin<GqlContext> {
    return {
      requestDidStart: async (): Promise<GraphQLRequestListener<GqlContext>> => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ contextValue, operation, operationName, response }) => {
            const label = this.operationLabel(operationName, operation !== undefined);
            contextValue.req.operationName = label;
            this.operations.inc({ operation: label, type: operation?.operation ?? 'none' });
            this.latency.observe({ operation: label }, Number(process.hrtime.bigint() - started) / 1e9);
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const codes = new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR').slice(0, 40)));
            for (const code of codes) this.errors.inc({ operation: label, code });
          },
        };
      },
    };
  }

  httpMiddleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const started = process.hrtime.bigint();
      // Read now: a handler mounted on a path rewrites it while it runs.
      const path = pathGroup(req.path);
      res.once('finish', () => {
        this.responses.observe({ path, status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    };
  }
}
