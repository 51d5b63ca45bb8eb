import { SealedBlock, startAuditSealer } from '../src/audit/audit-sealer';
import { verifyAuditChain } from '../src/audit/verify-chain';
import { OwnPostgres, startOwnPostgres } from './own-postgres';
import { Session, startTestPortal, TestPortal } from './test-app';

// The worker's audit sealer (docs/security.md, "Audit trail") while its database is killed with
// kill -9 and started again, as a failed machine would be: the rounds that meet the outage fail
// and are retried, a seal cut off half-way leaves nothing behind (it is one transaction), and
// once the server is back every row, those written before, during and after, is sealed in order
// and the trail verifies, the anchors logged before the crash included. On a server of the test's
// own, never the shared one.
const CASELOAD = '{ caseload { id } }';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await pause(100);
  }
}

describe('the audit sealer when PostgreSQL is killed and restarted', () => {
  let server: OwnPostgres;
  let portal: TestPortal;
  let session: Session;

  beforeAll(async () => {
    server = await startOwnPostgres();
    portal = await startTestPortal({ databaseServerPort: server.port });
    session = await portal.signIn('schoolPractitioner');
  }, 120_000);

  afterAll(async () => {
    await portal?.close();
    await server?.stop();
  }, 60_000);

  const written = async (): Promise<number> => {
    const [{ upto }] = await portal.db.query('SELECT coalesce(max(seq), 0)::int AS upto FROM audit_event');
    return upto;
  };
  const sealedTo = async (): Promise<number> => {
    const [{ upto }] = await portal.db.query('SELECT coalesce(max(to_seq), 0)::int AS upto FROM audit_seal');
    return upto;
  };
  // Five case lists at once: five audit rows, each in its request's transaction. Every answer's
  // error code is kept: while the server is away a request must be told to try again, not fail.
  const codes: string[] = [];
  const readLists = async (): Promise<boolean> => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => session.gql(CASELOAD)));
    codes.push(...answers.flatMap((a) => (a.errors ?? []).map((e) => String(e.extensions?.code))));
    return answers.every((a) => !a.errors);
  };

  it('seals every row once the server is back, and the trail and the earlier anchors verify', async () => {
    const anchors: SealedBlock[] = [];
    const errors: unknown[] = [];
    const sealer = startAuditSealer(portal.workerDb, { intervalMs: 50, onSealed: (b) => anchors.push(b), onError: (e) => errors.push(e) });
    try {
      expect(await readLists()).toBe(true);
      const before = await written();
      await until(sealedTo, (upto) => upto >= before);
      const anchorBefore = anchors.at(-1);
      if (!anchorBefore) throw new Error('No block sealed before the crash');

      // Requests keep coming while the server is killed, mid-round for the sealer.
      const traffic = Promise.all(Array.from({ length: 10 }, (_, i) => pause(i * 30).then(() => readLists().catch(() => false))));
      await pause(100);
      await server.crash();
      await traffic;
      await pause(500);
      const failedRounds = errors.length;
      expect(failedRounds).toBeGreaterThan(0);
      await server.restart();

      // Back by itself: requests succeed again, and the sealer catches up with every row.
      await until(readLists, (ok) => ok);
      const after = await written();
      await until(sealedTo, (upto) => upto >= after);

      const [{ n }] = await portal.db.query('SELECT count(*)::int AS n FROM audit_event');
      const report = await verifyAuditChain(portal.db, { block: anchorBefore.block, hash: anchorBefore.hash });
      expect(report).toMatchObject({ rows: n, awaitingSeal: 0, brokenAt: null, anchorHeld: true });
      // Every refusal while the server was away was a "try again", none a server error.
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      const newest = anchors.at(-1)!;
      expect(newest.block).toBeGreaterThan(anchorBefore.block);
      expect((await verifyAuditChain(portal.db, { block: newest.block, hash: newest.hash })).anchorHeld).toBe(true);
    } finally {
      await sealer.stop();
    }
  }, 120_000);
});
