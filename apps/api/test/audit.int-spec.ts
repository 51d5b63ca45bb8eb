import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { CANONICAL_ROW } from '../src/audit/audit-canonical';
import { SealedBlock, sealAuditTrail } from '../src/audit/audit-sealer';
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

  it('records a caseload as one row naming every case it listed, and their families', async () => {
    const start = await lastId();
    const manager = await portal.signIn('fptManager');
    const listed = await manager.gql<{ caseload: { id: string }[] }>('{ caseload { id } }');
    const rows: { action: string; entity_id: string | null; entity_ids: string[]; family_ids: string[] }[] = await portal.db.query(
      'SELECT action, entity_id, entity_ids, family_ids FROM audit_event WHERE id > $1 ORDER BY id',
      [start],
    );
    const families: { family_id: string }[] = await portal.db.query('SELECT DISTINCT family_id FROM early_help_case WHERE id = ANY($1)', [
      listed.data!.caseload.map((c) => c.id),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'LIST_CASELOAD', entity_id: null });
    expect([...rows[0].entity_ids].sort()).toEqual(Object.values(portal.ids.cases).sort());
    expect([...rows[0].family_ids].sort()).toEqual(families.map((f) => f.family_id).sort());
  });

  it('records a write with ids only, never the values written', async () => {
    const start = await lastId();
    const frontDoor = await portal.signIn('frontDoor');
    const result = await frontDoor.gql<{ recordReferral: { id: string; family: { id: string } } }>(
      `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id family { id } } }`,
      {
        input: {
          addressLine1: '7 Secret Lane',
          town: 'Northfield',
          postcode: 'NF1 1AA',
          selfReferral: true,
          referrerName: 'Parent',
          concerns: 'Distinctive concern text',
          consentGiven: true,
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
    const colleague = await (
      await portal.signIn('police')
    ).gql('query($id: ID!) { caseAccessLog(caseId: $id) { who } }', { id: portal.ids.cases.hartley });
    expect(colleague.errors).toBeUndefined(); // a named professional on Hartley may see it
    const other = await (
      await portal.signIn('healthVisitor')
    ).gql('query($id: ID!) { caseAccessLog(caseId: $id) { who } }', { id: portal.ids.cases.brook });
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
    const result = await frontDoor.gql(`mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`, {
      input: {
        addressLine1: '1 Road',
        town: 'Northfield',
        postcode: 'NF1 1AA',
        selfReferral: true,
        referrerName: 'Reject Me',
        concerns: 'x',
        consentGiven: true,
        members: [{ firstName: 'Rolled', lastName: 'Back', dateOfBirth: '2015-01-01', role: 'CHILD', relationship: 'Son' }],
      },
    });
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
function runVerifier(portal: TestPortal, ...args: string[]): Promise<{ code: number; output: string }> {
  const cli = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'audit', 'verify-chain.cli.js');
  return new Promise((resolve) => {
    execFile(
      'node',
      ['-r', join(ROOT, 'scripts', 'runtime-paths.cjs'), cli, ...args],
      {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: portal.config.databaseUrl,
          MIGRATION_DATABASE_URL: portal.config.migrationDatabaseUrl,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}`.trim() }),
    );
  });
}

describe('the sealed audit trail', () => {
  let portal: TestPortal;
  beforeEach(async () => {
    portal = await startTestPortal();
  });
  afterEach(() => portal.close());

  // Rounds until every row written so far is sealed: the first marks what has been written, a
  // later one seals it once every transaction that was running then has ended (in the whole
  // cluster, so other test files' transactions may hold it back a little).
  async function sealAll(): Promise<SealedBlock[]> {
    const [{ written }] = await portal.db.query('SELECT coalesce(max(seq), 0)::int AS written FROM audit_event');
    const sealed: SealedBlock[] = [];
    for (let round = 0; round < 200; round += 1) {
      sealed.push(...(await sealAuditTrail(portal.workerDb)));
      const [{ upto }] = await portal.db.query('SELECT coalesce(max(to_seq), 0)::int AS upto FROM audit_seal');
      if (upto >= written && round > 0) return sealed;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The sealer did not reach row ${written} in 200 rounds`);
  }

  async function count(): Promise<number> {
    const [{ n }] = await portal.db.query('SELECT count(*)::int AS n FROM audit_event');
    return n;
  }

  async function tamper(sql: string, parameters: unknown[] = []): Promise<void> {
    await portal.db.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    try {
      await portal.db.query(sql, parameters);
    } finally {
      await portal.db.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    }
  }

  const write = (n: number) =>
    `INSERT INTO audit_event (action, entity_type, outcome) SELECT 'READ_CASE', 'CASE', 'ALLOWED' FROM generate_series(1, ${n})`;

  // Three sealed blocks, so that a change can be placed in the middle one. The middle block has
  // requests' rows and an unused number (a rolled-back write), as a real trail does.
  async function threeBlocks(): Promise<{ to: number; gap: number }> {
    await portal.db.query(write(3));
    expect((await sealAll()).map((b) => b.block)).toEqual([1]);
    const sessions = await Promise.all((['schoolPractitioner', 'fptManager'] as const).map((u) => portal.signIn(u)));
    await Promise.all(sessions.map((s) => s.gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook })));
    const undone = portal.db.createQueryRunner();
    await undone.connect();
    await undone.query('BEGIN');
    await undone.query(write(1));
    const [{ gap }] = await undone.query('SELECT max(seq)::int AS gap FROM audit_event');
    await undone.query('ROLLBACK');
    await undone.release();
    await portal.db.query(write(2));
    const middle = await sealAll();
    expect(middle.map((b) => b.block)).toEqual([2]);
    await Promise.all(sessions.map((s) => s.gql('{ caseload { id } }')));
    expect((await sealAll()).map((b) => b.block)).toEqual([3]);
    return { to: middle[0].toSeq, gap };
  }

  it('seals every row written, concurrent requests included, and the verifier command finds it intact', async () => {
    const sessions = await Promise.all((['schoolPractitioner', 'fptManager', 'harbour', 'cgl'] as const).map((u) => portal.signIn(u)));
    await Promise.all(
      sessions.flatMap((s) => [
        s.gql('{ caseload { id } }'),
        s.gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook }),
      ]),
    );
    const blocks = await sealAll();
    const n = await count();
    expect(n).toBe(8); // four caseloads, four case pages
    expect(await verifyAuditChain(portal.db)).toEqual({
      rows: n,
      blocks: blocks.length,
      awaitingSeal: 0,
      brokenAt: null,
      anchorHeld: null,
    });
    expect(await runVerifier(portal)).toEqual({
      code: 0,
      output: `Audit trail intact: ${n} rows verified in ${blocks.length} sealed blocks`,
    });
  });

  it('numbers rows with no lock: concurrent reads at REPEATABLE READ all succeed', async () => {
    const sessions = await Promise.all(
      (['schoolPractitioner', 'fptManager', 'harbour', 'cgl', 'police'] as const).map((u) => portal.signIn(u)),
    );
    const results = await Promise.all(sessions.flatMap((s) => Array.from({ length: 4 }, () => s.gql('{ caseload { id } }'))));
    expect(results.map((r) => r.errors ?? null)).toEqual(results.map(() => null));
    const [{ n, distinct }] = await portal.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct FROM audit_event WHERE action = 'LIST_CASELOAD'`,
    );
    expect({ n, distinct }).toEqual({ n: 20, distinct: 20 });
  });

  it('does not seal past a row whose transaction is still open, and seals it once committed', async () => {
    const open = portal.db.createQueryRunner();
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(write(1));
      const [{ seq: early }] = await open.query(`SELECT max(seq)::int AS seq FROM audit_event`);
      await portal.db.query(write(1));
      const sealed: SealedBlock[] = [];
      for (let round = 0; round < 5; round += 1) {
        sealed.push(...(await sealAuditTrail(portal.workerDb)));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(sealed.every((b) => b.toSeq < early)).toBe(true);
      await open.query('COMMIT');
    } finally {
      await open.release();
    }
    await sealAll();
    expect(await verifyAuditChain(portal.db)).toMatchObject({ rows: await count(), awaitingSeal: 0, brokenAt: null });
  });

  it('ignores a number given by the writer', async () => {
    await portal.db.query(`INSERT INTO audit_event (seq, action, entity_type, outcome) VALUES (1, 'READ_CASE', 'CASE', 'ALLOWED')`);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE seq = 1`);
    expect(n).toBe(1);
  });

  it('finds a row changed behind the application’s back, and says which block', async () => {
    const { to } = await threeBlocks();
    await tamper(`UPDATE audit_event SET outcome = 'DENIED', actor_id = NULL WHERE seq = $1`, [to]);
    const report = await verifyAuditChain(portal.db);
    expect(report.brokenAt).toMatchObject({ block: 2, toSeq: to });
    expect(await runVerifier(portal)).toMatchObject({
      code: 2,
      output: expect.stringMatching(/^Audit trail broken in sealed block 2 \(rows numbered \d+ to \d+\), after \d+ good rows$/),
    });
  });

  it('finds a row deleted', async () => {
    const { to } = await threeBlocks();
    await tamper('DELETE FROM audit_event WHERE seq = $1', [to]);
    expect((await verifyAuditChain(portal.db)).brokenAt).toMatchObject({ block: 2 });
  });

  it('finds two rows swapped in order', async () => {
    const { to } = await threeBlocks();
    const [{ b }] = await portal.db.query('SELECT max(seq)::int AS b FROM audit_event WHERE seq <= $1 AND actor_id IS NOT NULL', [to]);
    const a = to; // a row with no actor, swapped with a request's row
    await tamper('UPDATE audit_event SET seq = -1 WHERE seq = $1', [a]);
    await tamper('UPDATE audit_event SET seq = $1 WHERE seq = $2', [a, b]);
    await tamper('UPDATE audit_event SET seq = $1 WHERE seq = -1', [b]);
    expect((await verifyAuditChain(portal.db)).brokenAt).toMatchObject({ block: 2 });
  });

  it('finds a row slipped into a sealed block', async () => {
    const { gap } = await threeBlocks();
    await tamper(`INSERT INTO audit_event (seq, action, entity_type, outcome) VALUES ($1, 'READ_CASE', 'CASE', 'DENIED')`, [gap]);
    expect(await portal.db.query('SELECT count(*)::int AS n FROM audit_event WHERE seq = $1', [gap])).toEqual([{ n: 1 }]);
    expect((await verifyAuditChain(portal.db)).brokenAt).toMatchObject({ block: 2 });
  });

  it('finds the newest blocks removed with their rows, given the anchor the worker logged', async () => {
    await threeBlocks();
    const [last]: { block: string; hash: string; from_seq: string }[] = await portal.db.query(
      'SELECT block, hash, from_seq FROM audit_seal ORDER BY block DESC LIMIT 1',
    );
    const anchor = `${last.block}:${last.hash}`;
    expect(await runVerifier(portal, anchor)).toMatchObject({ code: 0 });
    await portal.db.query('ALTER TABLE audit_seal DISABLE TRIGGER USER');
    await portal.db.query('DELETE FROM audit_seal WHERE block = $1', [last.block]);
    await portal.db.query('ALTER TABLE audit_seal ENABLE TRIGGER USER');
    await tamper('DELETE FROM audit_event WHERE seq >= $1', [last.from_seq]);
    expect((await verifyAuditChain(portal.db)).brokenAt).toBeNull();
    expect(await runVerifier(portal, anchor)).toEqual({
      code: 2,
      output: `Audit trail broken: sealed block ${last.block} is missing or differs from the anchor logged when it was sealed`,
    });
  });

  it('hashes rows exactly as the migration does (the verifier keeps its own copy of the canonical text)', async () => {
    const [{ src }] = await portal.db.query(`SELECT prosrc AS src FROM pg_proc WHERE proname = 'eh_seal_audit'`);
    const squash = (text: string) => text.replace(/\s+/g, ' ');
    expect(squash(src)).toContain(squash(CANONICAL_ROW));
  });

  it('keeps the seals append-only and the sealer to the worker', async () => {
    await portal.db.query(write(2));
    expect(await sealAll()).toHaveLength(1);
    await expect(portal.db.query('DELETE FROM audit_seal')).rejects.toThrow('append-only');
    await expect(portal.db.query(`UPDATE audit_seal SET hash = repeat('0', 64)`)).rejects.toThrow('append-only');
    const asApp = new Client({ connectionString: portal.config.databaseUrl });
    await asApp.connect();
    try {
      await expect(asApp.query('SELECT * FROM eh_seal_audit(10, 1)')).rejects.toThrow(/permission denied/);
      await expect(asApp.query('SELECT * FROM audit_seal')).rejects.toThrow(/permission denied/);
    } finally {
      await asApp.end();
    }
  });
});
