import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { verifyAuditChain } from '../src/audit/verify-chain';
import { startTestPortal, TestPortal } from './test-app';

interface AuditRow {
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  family_id: string | null;
  outcome: string;
  request_id: string;
}

describe('the audit trail', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  async function auditSince(id: number): Promise<AuditRow[]> {
    return portal.db.query(
      'SELECT actor_id, action, entity_type, entity_id, family_id, outcome, request_id FROM audit_event WHERE id > $1 ORDER BY id',
      [id],
    );
  }

  async function lastId(): Promise<number> {
    const [{ max }] = await portal.db.query('SELECT coalesce(max(id), 0)::int AS max FROM audit_event');
    return max;
  }

  it('records who read a case, from which request', async () => {
    const start = await lastId();
    const school = await portal.signIn('schoolPractitioner');
    await school.gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook });
    const rows = await auditSince(start);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_id: portal.ids.users.schoolPractitioner,
        action: 'READ_CASE',
        entity_type: 'CASE',
        entity_id: portal.ids.cases.brook,
        outcome: 'ALLOWED',
        request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      }),
    ]);
  });

  it('records a refused read as DENIED', async () => {
    const start = await lastId();
    const cgl = await portal.signIn('cgl');
    await cgl.gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook });
    expect(await auditSince(start)).toEqual([
      expect.objectContaining({ actor_id: portal.ids.users.cgl, action: 'READ_CASE', outcome: 'DENIED' }),
    ]);
  });

  it('records every case listed in a caseload', async () => {
    const start = await lastId();
    const manager = await portal.signIn('fptManager');
    await manager.gql('{ caseload { id } }');
    const rows = await auditSince(start);
    expect(rows.map((r) => r.entity_id).sort()).toEqual(Object.values(portal.ids.cases).sort());
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(['LIST_CASELOAD']));
  });

  it('records a write with ids only, never the values written', async () => {
    const start = await lastId();
    const frontDoor = await portal.signIn('frontDoor');
    const result = await frontDoor.gql<{ recordReferral: { id: string; family: { id: string } } }>(
      `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id family { id } } }`,
      {
        input: {
          addressLine1: '7 Secret Lane', town: 'Northfield', postcode: 'NF1 1AA', selfReferral: true,
          referrerName: 'Parent', concerns: 'Distinctive concern text', consentGiven: true,
          members: [{ firstName: 'Zebedee', lastName: 'Unique', dateOfBirth: '2014-04-04', role: 'CHILD', relationship: 'Son' }],
        },
      },
    );
    const rows = await auditSince(start);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'RECORD_REFERRAL',
        entity_id: result.data!.recordReferral.id,
        family_id: result.data!.recordReferral.family.id,
      }),
    ]);
    const dump = JSON.stringify(await portal.db.query('SELECT * FROM audit_event'));
    for (const value of ['Secret Lane', 'Zebedee', 'Distinctive concern']) expect(dump).not.toContain(value);
  });

  it('shows the lead practitioner who opened their case, refused attempts included', async () => {
    await (await portal.signIn('cgl')).gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook });
    await (await portal.signIn('fptManager')).gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook });
    const sam = await portal.signIn('schoolPractitioner');
    const log = await sam.gql<{ caseAccessLog: { who: string; agency: string; what: string; allowed: boolean }[] }>(
      'query($id: ID!) { caseAccessLog(caseId: $id) { who agency what allowed } }',
      { id: portal.ids.cases.brook },
    );
    expect(log.data!.caseAccessLog).toEqual(
      expect.arrayContaining([
        { who: 'Morgan Price', agency: 'CGL Northfield', what: 'Opened the case', allowed: false },
        { who: 'Daniel Okafor', agency: 'Northfield Council Family Partnership Team', what: 'Opened the case', allowed: true },
      ]),
    );
    const colleague = await (await portal.signIn('police')).gql('query($id: ID!) { caseAccessLog(caseId: $id) { who } }', { id: portal.ids.cases.hartley });
    expect(colleague.errors).toBeUndefined(); // a named professional on Hartley may see it
    const other = await (await portal.signIn('healthVisitor')).gql('query($id: ID!) { caseAccessLog(caseId: $id) { who } }', { id: portal.ids.cases.brook });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('cannot be changed or deleted', async () => {
    await expect(portal.db.query(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow('audit_event is append-only');
    await expect(portal.db.query('DELETE FROM audit_event')).rejects.toThrow('audit_event is append-only');
    await expect(portal.db.query('TRUNCATE audit_event')).rejects.toThrow('audit_event is append-only');
  });

  it('rolls the audit row back with a write that fails', async () => {
    const start = await lastId();
    const frontDoor = await portal.signIn('frontDoor');
    // A constraint added for this test makes the referral insert fail after the family and
    // people rows were written in the same transaction.
    await portal.db.query('ALTER TABLE referral ADD CONSTRAINT test_reject_all CHECK (referrer_name <> $$Reject Me$$)');
    const result = await frontDoor.gql(
      `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`,
      {
        input: {
          addressLine1: '1 Road', town: 'Northfield', postcode: 'NF1 1AA', selfReferral: true, referrerName: 'Reject Me',
          concerns: 'x', consentGiven: true,
          members: [{ firstName: 'Rolled', lastName: 'Back', dateOfBirth: '2015-01-01', role: 'CHILD', relationship: 'Son' }],
        },
      },
    );
    await portal.db.query('ALTER TABLE referral DROP CONSTRAINT test_reject_all');
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors).toEqual([
      {
        message: 'Something went wrong. Try again, and if it keeps happening contact support.',
        path: ['recordReferral'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(await auditSince(start)).toEqual([]);
    const people = await portal.db.query(`SELECT 1 FROM person WHERE first_name = 'Rolled'`);
    expect(people).toEqual([]);
  });
});

// The verifier as an information governance officer runs it (`npm run audit:verify`), built by
// the test command before the suites run.
const ROOT = join(__dirname, '..', '..', '..');
function runVerifier(portal: TestPortal): Promise<{ code: number; output: string }> {
  const cli = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'audit', 'verify-chain.cli.js');
  return new Promise((resolve) => {
    execFile(
      'node',
      ['-r', join(ROOT, 'scripts', 'runtime-paths.cjs'), cli],
      { env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: portal.config.databaseUrl, MIGRATION_DATABASE_URL: portal.config.migrationDatabaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}`.trim() }),
    );
  });
}

describe('the audit hash chain', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('holds for every row written, including concurrent ones', async () => {
    const sessions = await Promise.all((['schoolPractitioner', 'fptManager', 'harbour', 'cgl'] as const).map((u) => portal.signIn(u)));
    await Promise.all(sessions.flatMap((s) => [s.gql('{ caseload { id } }'), s.gql('{ caseload { id } }')]));
    const report = await verifyAuditChain(portal.db);
    expect(report.brokenAt).toBeNull();
    const [{ n }] = await portal.db.query('SELECT count(*)::int AS n FROM audit_event');
    expect(report.rows).toBe(n);
    expect(n).toBeGreaterThan(8);
    expect(await runVerifier(portal)).toEqual({ code: 0, output: `Audit trail intact: ${n} rows verified` });
  });

  it('chains rows written over several statements of one transaction, across a rolled-back savepoint', async () => {
    const insert = (n: number) =>
      `INSERT INTO audit_event (action, entity_type, outcome) SELECT 'LIST_CASELOAD', 'CASE', 'ALLOWED' FROM generate_series(1, ${n})`;
    const runner = portal.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN');
      await runner.query(insert(3));
      await runner.query('SAVEPOINT undone');
      await runner.query(insert(2));
      await runner.query('ROLLBACK TO SAVEPOINT undone');
      await runner.query(insert(4));
      await runner.query('COMMIT');
    } finally {
      await runner.release();
    }
    const report = await verifyAuditChain(portal.db);
    const [{ n, last }] = await portal.db.query('SELECT count(*)::int AS n, max(chain_seq)::int AS last FROM audit_event');
    const [head] = await portal.db.query('SELECT seq::int AS seq, hash FROM audit_chain_head');
    const [lastRow] = await portal.db.query('SELECT hash FROM audit_event ORDER BY chain_seq DESC LIMIT 1');
    expect({ brokenAt: report.brokenAt, rows: report.rows, gapless: last === n, head }).toEqual({ brokenAt: null, rows: n, gapless: true, head: { seq: n, hash: lastRow.hash } });
  });

  it('finds a row changed behind the application’s back', async () => {
    const [middle] = await portal.db.query('SELECT chain_seq FROM audit_event ORDER BY chain_seq OFFSET 3 LIMIT 1');
    await portal.db.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
    await portal.db.query(`UPDATE audit_event SET outcome = 'ALLOWED', action = 'READ_CASE' WHERE chain_seq = $1`, [middle.chain_seq]);
    await portal.db.query(`UPDATE audit_event SET actor_id = NULL WHERE chain_seq = $1`, [middle.chain_seq]);
    await portal.db.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');
    expect(await verifyAuditChain(portal.db)).toEqual({ rows: Number(middle.chain_seq) - 1, brokenAt: Number(middle.chain_seq) });
    expect(await runVerifier(portal)).toEqual({
      code: 2,
      output: `Audit trail broken at chain position ${middle.chain_seq} (after ${Number(middle.chain_seq) - 1} good rows)`,
    });
  });
});
