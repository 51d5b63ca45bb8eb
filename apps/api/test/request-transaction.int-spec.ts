import { DataSource } from 'typeorm';
import { AuditAction, AuditEntity, AuditRow } from '../src/audit/audit.service';
import { finishRequestTransaction, openRequestTransaction } from '../src/database/request-transaction';
import { AccessMode, RequestScope } from '../src/database/request-scope';
import { startTestPortal, TestPortal } from './test-app';

// One transaction per request (docs/decisions.md, "The data path"): tried through the API, and
// on the helper itself against the API's own connection as eh_app.
describe('one transaction per request', () => {
  let portal: TestPortal;
  let api: DataSource;
  beforeAll(async () => {
    portal = await startTestPortal();
    api = portal.app.get(DataSource);
  });
  afterAll(() => portal.close());

  function scopeOf(user: 'fptManager' | 'schoolPractitioner'): RequestScope {
    const agencyId = user === 'fptManager' ? portal.ids.agencies.fpt : portal.ids.agencies.oakwood;
    const role = user === 'fptManager' ? 'FPT_MANAGER' : 'PRACTITIONER';
    return {
      actor: () => ({ userId: portal.ids.users[user], agencyId, role, today: '2026-11-18' }),
      transaction: null,
      pendingAudit: [],
      clientGone: false,
      abandoned: new AbortController().signal,
    };
  }

  function auditRow(scope: RequestScope, requestId: string): AuditRow {
    const actor = scope.actor();
    return [
      actor?.userId ?? null,
      AuditAction.ReadCase,
      AuditEntity.Case,
      portal.ids.cases.brook,
      null,
      'ALLOWED',
      requestId,
      null,
      null,
      null,
    ];
  }

  const noAudit = async (): Promise<void> => undefined;

  it('reads every field of one request on one snapshot, and writes its audit rows in that transaction', async () => {
    const manager = await portal.signIn('fptManager');
    const result = await manager.gql<{ caseload: { id: string }[]; case: { id: string } }>(
      'query($id: ID!) { caseload { id } case(id: $id) { id } }',
      { id: portal.ids.cases.brook },
    );
    expect(result.errors).toBeUndefined();
    const rows: { action: string; occurred_at: Date; request_id: string }[] = await portal.db.query(
      `SELECT action, occurred_at, request_id FROM audit_event WHERE actor_id = $1 AND action IN ('LIST_CASELOAD', 'READ_CASE') ORDER BY id`,
      [portal.ids.users.fptManager],
    );
    const requests = new Set(rows.map((r) => r.request_id));
    expect(requests.size).toBe(1);
    // now() is the transaction's start: one value means one transaction for every field.
    expect(new Set(rows.map((r) => r.occurred_at.toISOString())).size).toBe(1);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['LIST_CASELOAD', 'READ_CASE']));
  });

  it('states the actor once, for every statement of the request', async () => {
    const scope = scopeOf('schoolPractitioner');
    const { runner } = await openRequestTransaction(api, scope, AccessMode.Read);
    const [settings] = await runner.query(`SELECT current_setting('eh.user_id') AS user_id, current_setting('eh.role') AS role`);
    const cases: { id: string }[] = await runner.query('SELECT id FROM early_help_case');
    await finishRequestTransaction(scope, true, noAudit);
    expect(settings).toEqual({ user_id: portal.ids.users.schoolPractitioner, role: 'PRACTITIONER' });
    // Row-level security saw the actor: the school sees its own case, not the whole council's.
    expect(cases.map((c) => c.id)).toContain(portal.ids.cases.brook);
    const [{ n }] = await portal.db.query('SELECT count(*)::int AS n FROM early_help_case');
    expect(cases.length).toBeLessThan(n);
  });

  it('lets PostgreSQL refuse any write while a query reads, then commits its audit rows', async () => {
    const scope = scopeOf('fptManager');
    const { runner } = await openRequestTransaction(api, scope, AccessMode.Read);
    await expect(runner.query(`UPDATE early_help_case SET version = version + 1 WHERE id = $1`, [portal.ids.cases.brook])).rejects.toThrow(
      /read-only transaction/,
    );
    let written = 0;
    await finishRequestTransaction(scope, true, async (transaction) => {
      const rows = await transaction.runner.query(
        `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, family_id, outcome, request_id, client_ip, entity_ids, family_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [...auditRow(scope, 'read-only-test')],
      );
      written = rows.length;
    });
    expect(written).toBe(1);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE request_id = 'read-only-test'`);
    expect(n).toBe(1);
  });

  it('keeps one snapshot for the whole of a read, whatever commits meanwhile', async () => {
    const scope = scopeOf('fptManager');
    const { runner } = await openRequestTransaction(api, scope, AccessMode.Read);
    const before: { version: number }[] = await runner.query('SELECT version FROM early_help_case WHERE id = $1', [
      portal.ids.cases.hartley,
    ]);
    await portal.db.query('UPDATE early_help_case SET version = version + 1 WHERE id = $1', [portal.ids.cases.hartley]);
    const during: { version: number }[] = await runner.query('SELECT version FROM early_help_case WHERE id = $1', [
      portal.ids.cases.hartley,
    ]);
    await finishRequestTransaction(scope, true, noAudit);
    const [after]: { version: number }[] = await portal.db.query('SELECT version FROM early_help_case WHERE id = $1', [
      portal.ids.cases.hartley,
    ]);
    expect(during).toEqual(before);
    expect(after.version).toBe(before[0].version + 1);
  });

  it('rolls a failed write back whole, and still commits what it recorded as refused', async () => {
    const scope = scopeOf('fptManager');
    const { runner } = await openRequestTransaction(api, scope, AccessMode.Write);
    await runner.query(`UPDATE family SET town = 'Nowhere' WHERE id = (SELECT family_id FROM early_help_case WHERE id = $1)`, [
      portal.ids.cases.nowak,
    ]);
    await finishRequestTransaction(scope, false, async (transaction) => {
      await transaction.runner.query(
        `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, family_id, outcome, request_id, client_ip)
         VALUES ($1, $2, $3, $4, $5, 'DENIED', $6, $7)`,
        [...auditRow(scope, 'failed-write-test').slice(0, 5), 'failed-write-test', null],
      );
    });
    const towns: { town: string }[] = await portal.db.query(
      `SELECT f.town FROM family f JOIN early_help_case c ON c.family_id = f.id WHERE c.id = $1`,
      [portal.ids.cases.nowak],
    );
    expect(towns[0].town).not.toBe('Nowhere');
    const [{ n }] = await portal.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE request_id = 'failed-write-test' AND outcome = 'DENIED'`,
    );
    expect(n).toBe(1);
  });

  // Apollo asks every plugin about the operation at once and answers as soon as one refuses it
  // (here the plain-text check, a control character in a variable), possibly while the request's
  // transaction is still opening. Three times the pool's connections are refused so; if any
  // transaction were left open, its connection would never return and the read would wait.
  it('ends the transaction of a request another check refused while it was opening', async () => {
    const session = await portal.signIn('schoolPractitioner');
    const refused = await Promise.all(
      Array.from({ length: 30 }, () =>
        session.gql('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', {
          input: { caseId: portal.ids.cases.brook, givenBy: 'Parent\u0001', agencyIds: [], givenOn: '2026-11-18' },
        }),
      ),
    );
    expect(new Set(refused.map((r) => r.errors?.[0]?.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    const read = await session.gql<{ caseload: unknown[] }>('{ caseload { id } }');
    expect(read.errors).toBeUndefined();
    const open = await portal.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(open).toEqual([{ n: 0 }]);
  }, 60_000);
});
