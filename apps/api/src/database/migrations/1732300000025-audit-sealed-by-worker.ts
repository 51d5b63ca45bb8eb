import { MigrationInterface, QueryRunner } from 'typeorm';

// The audit chain (migrations 0011 and 0021) hashed each row as it was written, under a lock on
// one head row: every audited read of the whole council queued behind it, and at REPEATABLE
// READ two requests that both read and audited failed with a serialization error. Now rows are
// appended with no lock, each numbered from a sequence (`seq`), and the worker seals them in
// order a few seconds later into blocks: each block hashes the previous block's hash and the
// canonical text of every row in its range of numbers, so a changed, deleted, inserted or
// reordered row breaks its block, and the verifier (`npm run audit:verify`) says which.
//
// The order guarantee: a row's number is drawn only after its transaction has an id (the
// trigger asks for one first), so every number up to a value read from the sequence belongs to a
// transaction that had started before a snapshot taken just after. The sealer seals up to such a
// mark only once every transaction running at that snapshot has ended (its oldest running id is
// past the snapshot's end), so no row can commit later into a range already sealed.
//
// A list view is now one row naming the cases (and families) it showed, not one row per case.
//
// The canonical text of a row is written here and again in audit/audit-canonical.ts (the
// verifier, which must not trust a function stored in the database it checks); audit.int-spec
// fails if the two differ.
const CANONICAL = `json_build_array(a.seq, to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.actor_id, a.action,
  a.entity_type, a.entity_id, a.family_id, a.outcome, a.request_id, a.client_ip, a.entity_ids, a.family_ids)::text`;

export class AuditSealedByWorker1732300000025 implements MigrationInterface {
  name = 'AuditSealedByWorker1732300000025';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_event_chain_head ON audit_event`);
    await q.query(`DROP TRIGGER IF EXISTS audit_event_chain ON audit_event`);
    await q.query(`DROP FUNCTION IF EXISTS audit_chain_head_save()`);
    await q.query(`DROP FUNCTION IF EXISTS audit_event_chain()`);

    await q.query(`ALTER TABLE audit_event ADD COLUMN seq bigint, ADD COLUMN entity_ids uuid[], ADD COLUMN family_ids uuid[]`);
    // Rows of the old chain keep its order (and their old hashes); the first blocks seal them.
    await q.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`);
    await q.query(`
      UPDATE audit_event a SET seq = o.n
        FROM (SELECT id, row_number() OVER (ORDER BY chain_seq NULLS LAST, id) AS n FROM audit_event) o
       WHERE o.id = a.id`);
    await q.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`);
    await q.query(`CREATE SEQUENCE audit_seq AS bigint`);
    await q.query(`SELECT setval('audit_seq', coalesce((SELECT max(seq) FROM audit_event), 0) + 1, false)`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN seq SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX audit_event_seq ON audit_event (seq)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_id)`);
    await q.query(`CREATE INDEX audit_event_entity_ids_idx ON audit_event USING gin (entity_ids)`);
    await q.query(`CREATE INDEX audit_event_family_ids_idx ON audit_event USING gin (family_ids)`);

    // Numbers are always drawn here, after the transaction has its id; a number given by the
    // writer is ignored.
    await q.query(`
      CREATE FUNCTION audit_event_number() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM pg_current_xact_id();
        NEW.seq := nextval('audit_seq');
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_number BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_number()`);

    await q.query(`
      CREATE TABLE audit_seal (
        block bigint PRIMARY KEY,
        from_seq bigint NOT NULL,
        to_seq bigint NOT NULL,
        row_count integer NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_seq <= to_seq)
      )`);
    await q.query(`
      CREATE TRIGGER audit_seal_no_change BEFORE UPDATE OR DELETE ON audit_seal
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    // The mark waiting to become safe: the sequence's value and the snapshot's end when read.
    await q.query(`
      CREATE TABLE audit_seal_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        pending_seq bigint,
        pending_xmax xid8
      )`);
    await q.query(`INSERT INTO audit_seal_state DEFAULT VALUES`);

    await q.query(`
      CREATE FUNCTION eh_seal_audit(block_rows integer, max_blocks integer)
        RETURNS TABLE (sealed_block bigint, sealed_to bigint, sealed_rows integer, sealed_hash char(64))
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        drawn bigint;
        snap pg_snapshot;
        st audit_seal_state%ROWTYPE;
        last audit_seal%ROWTYPE;
        safe bigint;
        upto bigint;
        n integer;
        h char(64);
        sealed integer := 0;
      BEGIN
        -- The sequence first, then the snapshot: every number drawn so far belongs to a
        -- transaction older than the snapshot's end.
        SELECT CASE WHEN s.is_called THEN s.last_value ELSE s.last_value - 1 END INTO drawn FROM audit_seq s;
        snap := pg_current_snapshot();
        SELECT * INTO st FROM audit_seal_state FOR UPDATE;
        SELECT * INTO last FROM audit_seal s ORDER BY s.block DESC LIMIT 1;
        IF st.pending_xmax IS NOT NULL AND st.pending_xmax <= pg_snapshot_xmin(snap) THEN
          safe := st.pending_seq;
          UPDATE audit_seal_state SET pending_seq = drawn, pending_xmax = pg_snapshot_xmax(snap);
        ELSIF st.pending_xmax IS NULL THEN
          safe := NULL;
          UPDATE audit_seal_state SET pending_seq = drawn, pending_xmax = pg_snapshot_xmax(snap);
        ELSE
          safe := NULL; -- a transaction older than the mark is still running: wait for it
        END IF;
        IF safe IS NULL THEN RETURN; END IF;
        WHILE sealed < max_blocks AND coalesce(last.to_seq, 0) < safe LOOP
          SELECT count(*), max(r.seq) INTO n, upto
            FROM (SELECT a.seq FROM audit_event a WHERE a.seq > coalesce(last.to_seq, 0) AND a.seq <= safe ORDER BY a.seq LIMIT block_rows) r;
          EXIT WHEN n = 0;
          IF n < block_rows THEN upto := safe; END IF;
          SELECT encode(digest(coalesce(last.hash, repeat('0', 64)) || string_agg(E'\\n' || ${CANONICAL}, '' ORDER BY a.seq), 'sha256'), 'hex')
            INTO h FROM audit_event a WHERE a.seq > coalesce(last.to_seq, 0) AND a.seq <= upto;
          INSERT INTO audit_seal (block, from_seq, to_seq, row_count, prev_hash, hash)
          VALUES (coalesce(last.block, 0) + 1, coalesce(last.to_seq, 0) + 1, upto, n, coalesce(last.hash, repeat('0', 64)), h)
          RETURNING * INTO last;
          sealed_block := last.block; sealed_to := last.to_seq; sealed_rows := last.row_count; sealed_hash := last.hash;
          RETURN NEXT;
          sealed := sealed + 1;
        END LOOP;
      END $$`);

    await q.query(`REVOKE ALL ON audit_seal, audit_seal_state, audit_seq FROM eh_app, eh_worker`);
    await q.query(`REVOKE ALL ON FUNCTION eh_seal_audit(integer, integer) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION eh_seal_audit(integer, integer) TO eh_worker`);
    await q.query(`REVOKE ALL ON FUNCTION audit_event_number() FROM PUBLIC`);
    await q.query(`DROP TABLE audit_chain_head`);
  }

  async down(): Promise<void> {
    // The old chain cannot be rebuilt over rows written since without rewriting the trail.
    throw new Error(
      'The sealed audit trail cannot be turned back into the per-row chain; restore from a backup taken before this migration',
    );
  }
}
