import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { DataSource } from 'typeorm';
import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import { AuditService } from '../audit/audit.service';
import type { GqlContext } from '../common/request-context';
import { kyselyOn } from './kysely';
import { finishRequestTransaction, openRequestTransaction } from './request-transaction';
import { AccessMode, currentRequestScope } from './request-scope';
import { isDatabaseUnavailable } from './unavailable';
import { SERVICE_UNAVAILABLE, serviceUnavailable, serviceUnavailableHttp } from '../common/service-unavailable';

const SERIALIZATION_FAILURE = '40001';

// Mutations that read much and must read it as of one moment (a subject access export) run on
// one snapshot like queries, but may write.
const SNAPSHOT_MUTATIONS: ReadonlySet<string> = new Set(['subjectAccessExport']);

function modeOf(operation: OperationDefinitionNode): AccessMode {
  if (operation.operation !== 'mutation') return AccessMode.Read;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : ['']));
  return fields.every((name) => SNAPSHOT_MUTATIONS.has(name)) ? AccessMode.SnapshotWrite : AccessMode.Write;
}

function failedAtCommit(error: unknown): { code: string; message: string; status: number } {
  if (isDatabaseUnavailable(error)) return { code: SERVICE_UNAVAILABLE, message: serviceUnavailable().message, status: 503 };
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === SERIALIZATION_FAILURE) {
    return { code: 'CONFLICT', message: 'Someone else changed this at the same time. Try again.', status: 409 };
  }
  return {
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong. Try again, and if it keeps happening contact support.',
    status: 500,
  };
}

// Opens the request's one transaction once its GraphQL operation is known (a query reads
// on one snapshot, read-only; a mutation writes as one unit), and ends it just before the answer
// is sent, with the request's audit rows. If the transaction cannot commit, the answer becomes
// an error: nothing read leaves the server without its audit row.
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin<GqlContext> {
  private readonly logger = new Logger('RequestTransaction');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    // Held here rather than looked up again at the end: the answer may be sent from another
    // asynchronous context than the one the operation ran in.
    const scope = currentRequestScope();
    // Apollo runs every plugin's didResolveOperation side by side and answers as soon as one
    // refuses the operation: the answer may start while the transaction is still opening, so the
    // end waits for the opening, whatever became of it, before deciding there is nothing to end.
    let opening: Promise<unknown> | null = null;
    return {
      // The transaction opens once the operation is known and before it executes, in the hook
      // where a GraphQL error becomes the answer (Apollo treats one thrown when execution starts
      // as a fault of its own, a 500). A client that has gone gets nothing started for it; no
      // connection in time, or the request's time already spent, is "try again" (503).
      didResolveOperation: async ({ operation }) => {
        if (!scope) throw new Error('A GraphQL request outside its request scope');
        if (scope.clientGone)
          throw new GraphQLError('The client closed the request', { extensions: { code: 'CLIENT_CLOSED_REQUEST', http: { status: 499 } } });
        if (!operation) return;
        try {
          opening = openRequestTransaction(this.dataSource, scope, modeOf(operation));
          await opening;
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw serviceUnavailable();
          throw error;
        }
      },
      willSendResponse: async (requestContext: GraphQLRequestContext<GqlContext>) => {
        const { response } = requestContext;
        if (opening) await opening.catch(() => undefined);
        if (scope?.transaction) {
          const { body } = response;
          const succeeded = body?.kind === 'single' && !body.singleResult.errors?.length;
          try {
            const { mode } = scope.transaction;
            await finishRequestTransaction(scope, succeeded, (transaction) =>
              this.audit.flush(kyselyOn(transaction.runner), scope.pendingAudit.splice(0)),
            );
            // Committed: what waited for the commit (live-update signals) goes now; a request
            // whose writes were rolled back (failed, or its client gone) sends nothing.
            const afterCommit = scope.afterCommit?.splice(0) ?? [];
            if (succeeded && !scope.clientGone && mode !== AccessMode.Read) for (const work of afterCommit) work();
          } catch (error) {
            const failure = failedAtCommit(error);
            if (failure.status === 500)
              this.logger.error(
                `Request ${requestContext.contextValue.req.requestId ?? 'unknown'} could not commit: ${error instanceof Error ? error.name : 'unknown'}`,
              );
            response.http.status = failure.status;
            response.body = {
              kind: 'single',
              singleResult: { data: null, errors: [{ message: failure.message, extensions: { code: failure.code } }] },
            };
          }
        }
        // A request that could not be served for want of time or of the database is answered as
        // a whole with 503 and when to try again, never with part of its data.
        const { body } = response;
        if (body?.kind === 'single' && body.singleResult.errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) {
          const http = serviceUnavailableHttp();
          response.http.status = http.status;
          for (const [name, value] of http.headers) response.http.headers.set(name, value);
          response.body = {
            kind: 'single',
            singleResult: { data: null, errors: [{ message: serviceUnavailable().message, extensions: { code: SERVICE_UNAVAILABLE } }] },
          };
        }
      },
    };
  }
}
