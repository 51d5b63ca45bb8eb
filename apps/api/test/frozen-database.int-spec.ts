import { DataSource } from 'typeorm';
import { openRequestTransaction, finishRequestTransaction } from '../src/database/request-transaction';
import { AccessMode, RequestScope } from '../src/database/request-scope';
import { AbandonReason, RequestAbandoned } from '../src/database/unavailable';
import { OwnPostgres, startOwnPostgres } from './own-postgres';
import { Session, startTestPortal, TestPortal, TimedAnswer, timedRequest } from './test-app';

// PostgreSQL frozen (SIGSTOP) under the API (docs/decisions.md, "Requests that hang"): a request
// fails within the configured time with a clean "try again", never hangs, and the API answers
// again by itself once the server is thawed. On a server of the test's own, never the shared one.
const LIMITS = {
  DB_STATEMENT_TIMEOUT_MS: '1000',
  DB_QUERY_TIMEOUT_MS: '1500',
  DB_CONNECT_TIMEOUT_MS: '1000',
  REQUEST_TIMEOUT_MS: '2000',
};
// The longest a request may take while the server is frozen: its deadline (2 s), with room to
// spare for a loaded machine.
const BOUND_MS = 4000;
const CASELOAD = '{ caseload { id } }';

function ask(url: string, cookie: string): Promise<TimedAnswer<unknown>> {
  return timedRequest(url, cookie, CASELOAD);
}

describe('a frozen database', () => {
  let server: OwnPostgres;
  let portal: TestPortal;
  let cookie: string;

  beforeAll(async () => {
    server = await startOwnPostgres();
    portal = await startTestPortal({ databaseServerPort: server.port, settings: LIMITS });
    const manager: Session = await portal.signIn('fptManager');
    expect((await manager.gql<{ caseload: unknown[] }>(CASELOAD)).data?.caseload.length).toBeGreaterThan(0);
    if (!manager.cookie) throw new Error('No session cookie');
    cookie = manager.cookie;
  }, 120_000);

  afterAll(async () => {
    server?.thaw();
    await portal?.close();
    await server?.stop();
  }, 60_000);

  it('answers every request with 503 and Retry-After within the deadline while frozen, and again by itself once thawed', async () => {
    server.freeze();
    try {
      // One at a time and side by side: the pool's idle connections (whose statements go
      // unanswered), then new connections (which never open).
      const first = await ask(portal.url, cookie);
      const together = await Promise.all([1, 2, 3, 4].map(() => ask(portal.url, cookie)));
      const last = await ask(portal.url, cookie);
      for (const answer of [first, ...together, last]) {
        expect(answer.ms).toBeLessThan(BOUND_MS);
        expect({ status: answer.status, codes: answer.codes, retryAfter: answer.retryAfter }).toEqual({
          status: 503,
          codes: ['SERVICE_UNAVAILABLE'],
          retryAfter: '2',
        });
        expect(answer.body).not.toMatch(/stack|Error:|timeout exceeded|Query read/);
      }
    } finally {
      server.thaw();
    }
    const until = Date.now() + 15_000;
    let answer = await ask(portal.url, cookie);
    while (answer.status !== 200 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await ask(portal.url, cookie);
    }
    expect(answer.status).toBe(200);
    expect(answer.codes).toEqual([]);
  }, 60_000);

  it('gives up a transaction whose time runs out while a statement waits, and destroys its connection', async () => {
    const api = portal.app.get(DataSource);
    const abandon = new AbortController();
    const scope: RequestScope = { actor: () => null, transaction: null, pendingAudit: [], clientGone: false, abandoned: abandon.signal };
    const transaction = await openRequestTransaction(api, scope, AccessMode.Read);
    const pool = (api.driver as unknown as { master: { totalCount: number } }).master;
    const before = pool.totalCount;
    server.freeze();
    try {
      const waiting = transaction.client.query('SELECT 1');
      const refused = expect(waiting).rejects.toEqual(new RequestAbandoned(AbandonReason.Deadline));
      const started = Date.now();
      abandon.abort(AbandonReason.Deadline);
      await refused;
      expect(Date.now() - started).toBeLessThan(500);
      await expect(transaction.client.query('SELECT 2')).rejects.toBeInstanceOf(RequestAbandoned);
      await expect(finishRequestTransaction(scope, true, async () => undefined)).rejects.toBeInstanceOf(RequestAbandoned);
      expect(pool.totalCount).toBe(before - 1);
    } finally {
      server.thaw();
    }
  }, 30_000);
});
