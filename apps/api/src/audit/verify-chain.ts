import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface ChainReport {
  readonly rows: number;
  readonly brokenAt: number | null; // the first chain position whose hash or link does not hold
}

interface Row {
  chain_seq: string;
  prev_hash: string;
  hash: string;
  occurred_at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  family_id: string | null;
  outcome: string;
  request_id: string | null;
  client_ip: string | null;
}

// Recomputes every hash in chain order (by the numeric column: the text alias would sort 1, 10, 2),
// reading the rows as PostgreSQL prints them (the same
// text the trigger hashed), a page at a time.
export async function verifyAuditChain(db: DataSource, pageSize = 5000): Promise<ChainReport> {
  let previous = '0'.repeat(64);
  let position = 0;
  for (;;) {
    const rows: Row[] = await db.query(
      `SELECT chain_seq::text, prev_hash, hash, occurred_at::text, actor_id::text, action, entity_type, entity_id::text, family_id::text,
              outcome, request_id, client_ip
         FROM audit_event WHERE chain_seq > $1 ORDER BY audit_event.chain_seq LIMIT $2`,
      [position, pageSize],
    );
    for (const r of rows) {
      const expectedSeq = position + 1;
      const fields = [r.chain_seq, r.prev_hash, r.occurred_at, r.actor_id, r.action, r.entity_type, r.entity_id, r.family_id, r.outcome, r.request_id, r.client_ip];
      // concat_ws skips NULLs, so they are left out here too.
      const hash = createHash('sha256').update(fields.filter((f) => f !== null).join('|')).digest('hex');
      if (Number(r.chain_seq) !== expectedSeq || r.prev_hash !== previous || r.hash !== hash) {
        return { rows: position, brokenAt: expectedSeq };
      }
      previous = r.hash;
      position = expectedSeq;
    }
    if (rows.length < pageSize) break;
  }
  const [head]: { seq: string; hash: string }[] = await db.query(`SELECT seq::text, hash FROM audit_chain_head`);
  if (Number(head.seq) !== position || head.hash !== previous) return { rows: position, brokenAt: position + 1 };
  return { rows: position, brokenAt: null };
}
