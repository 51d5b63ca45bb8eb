import { DataSource } from 'typeorm';
import { createKysely } from '../database/kysely';
import { blockHash, GENESIS_HASH } from './audit-canonical';
import { auditTrail } from './audit-trail.repository';

export interface Anchor {
  readonly block: number;
  readonly hash: string;
}

export interface AuditReport {
  readonly rows: number; // rows verified in sealed blocks
  readonly blocks: number; // sealed blocks verified
  readonly awaitingSeal: number; // rows newer than the last block, sealed within seconds by the worker
  readonly brokenAt: { readonly block: number; readonly fromSeq: number; readonly toSeq: number } | null;
  readonly anchorHeld: boolean | null; // null when no anchor was given
}

// Recomputes every sealed block from the rows it covers, in order: each block must follow the
// one before (numbers and hash) and hash to what was sealed. A row changed, deleted, inserted
// or renumbered breaks its block; blocks removed from the middle break the link. Blocks removed
// from the end (with their rows) are found by an anchor logged by the worker when it sealed.
export async function verifyAuditChain(db: DataSource, anchor?: Anchor): Promise<AuditReport> {
  const kysely = createKysely(db);
  const seals = await auditTrail.seals(kysely);
  let previous = GENESIS_HASH;
  let lastSeq = 0;
  let rows = 0;
  let blocks = 0;
  for (const seal of seals) {
    const range = { block: Number(seal.block), fromSeq: Number(seal.from_seq), toSeq: Number(seal.to_seq) };
    const texts = await auditTrail.canonicalRows(kysely, seal.from_seq, seal.to_seq);
    const holds =
      range.block === blocks + 1 &&
      range.fromSeq === lastSeq + 1 &&
      seal.prev_hash === previous &&
      texts.length === seal.row_count &&
      blockHash(
        previous,
        texts.map((r) => r.text),
      ) === seal.hash;
    if (!holds) return { rows, blocks, awaitingSeal: 0, brokenAt: range, anchorHeld: null };
    previous = seal.hash;
    lastSeq = range.toSeq;
    rows += texts.length;
    blocks += 1;
  }
  const n = await auditTrail.countAfter(kysely, lastSeq);
  const anchorHeld = anchor ? seals.some((s) => Number(s.block) === anchor.block && s.hash === anchor.hash) : null;
  return { rows, blocks, awaitingSeal: n, brokenAt: null, anchorHeld };
}

// What the verifier prints, and whether the trail holds.
export function describeReport(report: AuditReport, anchor?: Anchor): { ok: boolean; text: string } {
  if (report.brokenAt) {
    const { block, fromSeq, toSeq } = report.brokenAt;
    return {
      ok: false,
      text: `Audit trail broken in sealed block ${block} (rows numbered ${fromSeq} to ${toSeq}), after ${report.rows} good rows`,
    };
  }
  if (anchor && !report.anchorHeld) {
    return {
      ok: false,
      text: `Audit trail broken: sealed block ${anchor.block} is missing or differs from the anchor logged when it was sealed`,
    };
  }
  const waiting = report.awaitingSeal > 0 ? `; ${report.awaitingSeal} newer rows not yet sealed` : '';
  return { ok: true, text: `Audit trail intact: ${report.rows} rows verified in ${report.blocks} sealed blocks${waiting}` };
}

// `block:hash`, as the worker logs it.
export function parseAnchor(text: string | undefined): Anchor | undefined {
  if (!text) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new Error('The anchor must be block:hash, as the worker logs it (for example 12:9f86d0…)');
  return { block: Number(match[1]), hash: match[2] };
}
