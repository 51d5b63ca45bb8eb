import type { QueryRunner } from 'typeorm';
import { startTestPortal, TestPortal, timedRequest } from './test-app';

// A request still running at its deadline, or whose client has gone, is given up (docs/decisions.md,
// "Requests that hang, and overload"): a clean 503 at the deadline, nothing committed (no audit row
// for an answer never delivered), and PostgreSQL stops working on it. The request is held by a
// lock the test takes on the case table of its own database, so it waits inside PostgreSQL.
const DEADLINE_MS = 3000;
const CASELOAD = '{ caseload { id } }';

describe('the request deadline', () => {
  let portal: TestPortal;
  let cookie: string;
  let lock: QueryRunner;

  beforeAll(async () => {
    portal = await startTestPortal({ settings: { REQUEST_TIMEOUT_MS: String(DEADLINE_MS) } });
    const manager = await portal.signIn('fptManager');
    if (!manager.cookie) throw new Error('No session cookie');
    cookie = manager.cookie;
  });
  afterAll(() => portal.close());

  beforeEach(async () => {
    lock = portal.db.createQueryRunner();
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE early_help_case IN ACCESS EXCLUSIVE MODE');
  });
  afterEach(async () => {
    await lock.query('ROLLBACK');
    await lock.release();
  });

  async function caseloadAuditRows(): Promise<number> {
    const [{ n }]: { n: number }[] = await portal.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LIST_CASELOAD' AND actor_id = $1`,
      [portal.ids.users.fptManager],
    );
    return n;
  }

  // The API's statements still waiting for the test's lock.
  async function apiWaitingOnLock(): Promise<number> {
    const [{ n }]: { n: number }[] = await portal.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = 'eh_app' AND wait_event_type = 'Lock'`,
    );
    return n;
  }

  async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
    const until = Date.now() + withinMs;
    while (Date.now() < until) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return check();
  }

  it('answers 503 with Retry-After at the deadline, commits nothing, and stops the statement', async () => {
    const auditedBefore = await caseloadAuditRows();
    const answer = await timedRequest(portal.url, cookie, CASELOAD);
    expect({ status: answer.status, codes: answer.codes, retryAfter: answer.retryAfter, data: answer.data }).toEqual({
      status: 503,
      codes: ['SERVICE_UNAVAILABLE'],
      retryAfter: '2',
      data: null,
    });
    expect(answer.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(answer.ms).toBeLessThan(DEADLINE_MS + 1500);
    // The connection was destroyed: PostgreSQL notices its client has gone and stops waiting.
    expect(await eventually(async () => (await apiWaitingOnLock()) === 0, 5000)).toBe(true);
    expect(await caseloadAuditRows()).toBe(auditedBefore);
  });

  it('abandons the work of a client that disconnects, and writes no audit row for it', async () => {
    const auditedBefore = await caseloadAuditRows();
    const gone = new AbortController();
    const request = fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: CASELOAD }),
      signal: gone.signal,
    }).catch((error: unknown) => error);
    const sent = Date.now();
    expect(await eventually(async () => (await apiWaitingOnLock()) === 1, 3000)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    gone.abort();
    await request;
    // Before the deadline would have ended it (at least 2 s away): PostgreSQL checks every second
    // whether a statement's client is still there.
    const started = Date.now();
    expect(await eventually(async () => (await apiWaitingOnLock()) === 0, 3000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(await caseloadAuditRows()).toBe(auditedBefore);
  });

  it('answers normally once nothing holds it up', async () => {
    await lock.query('ROLLBACK');
    await lock.query('BEGIN');
    const answer = await timedRequest<{ caseload: unknown[] }>(portal.url, cookie, CASELOAD);
    expect(answer.status).toBe(200);
    expect(answer.data?.caseload.length).toBeGreaterThan(0);
  });
});
