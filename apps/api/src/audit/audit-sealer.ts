import { DataSource } from 'typeorm';
import { createKysely, Database } from '../database/kysely';
import { auditTrail } from './audit-trail.repository';

export interface SealedBlock {
  readonly block: number;
  readonly toSeq: number;
  readonly rows: number;
  readonly hash: string;
}

const BLOCK_ROWS = 10000;
const MAX_BLOCKS = 20;

// One sealing round (eh_seal_audit, migration 1732300000025): seals the rows whose numbers are
// now safe into blocks, at most MAX_BLOCKS of BLOCK_ROWS. Rows are sealed one round after they
// are written, once every transaction that could still add a lower number has ended.
export function sealAuditTrail(db: DataSource): Promise<SealedBlock[]> {
  return sealWith(createKysely(db));
}

async function sealWith(kysely: Database): Promise<SealedBlock[]> {
  const rows = await auditTrail.seal(kysely, BLOCK_ROWS, MAX_BLOCKS);
  return rows.map((r) => ({ block: Number(r.sealed_block), toSeq: Number(r.sealed_to), rows: r.sealed_rows, hash: r.sealed_hash }));
}

export interface AuditSealer {
  stop(): Promise<void>;
}

// The worker seals every `intervalMs`. Each newest block's hash is handed to `onSealed` to be
// logged outside the database: an anchor the verifier can be given (`npm run audit:verify --
// block:hash`), so that removing the newest blocks with their rows is found too. While
// PostgreSQL is away the rounds fail and are retried; nothing is lost, rows just wait longer.
export function startAuditSealer(
  db: DataSource,
  options: { intervalMs: number; onSealed: (block: SealedBlock) => void; onError: (error: unknown) => void },
): AuditSealer {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const kysely = createKysely(db);
  const round = async () => {
    try {
      const blocks = await sealWith(kysely);
      if (blocks.length > 0) options.onSealed(blocks[blocks.length - 1]);
    } catch (error) {
      options.onError(error);
    }
    if (!stopped) timer = setTimeout(() => (running = round()), options.intervalMs);
  };
  timer = setTimeout(() => (running = round()), options.intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
