import { createHash } from 'node:crypto';

// The canonical text of an audit row, as the sealer hashes it (migration 1732300000025 holds the
// same expression; the verifier uses this copy so that it never trusts a function stored in the
// database it checks). Every field in a fixed order, nulls as null, the time in UTC to the
// microsecond: the text cannot shift from one field to the next.
export const CANONICAL_ROW = `json_build_array(a.seq, to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.actor_id, a.action,
  a.entity_type, a.entity_id, a.family_id, a.outcome, a.request_id, a.client_ip, a.entity_ids, a.family_ids)::text`;

export const GENESIS_HASH = '0'.repeat(64);

// A block's hash: the previous block's hash, then each row's canonical text after a newline, in
// the order of their numbers.
export function blockHash(previous: string, rows: readonly string[]): string {
  const hash = createHash('sha256').update(previous);
  for (const row of rows) hash.update(`\n${row}`);
  return hash.digest('hex');
}
