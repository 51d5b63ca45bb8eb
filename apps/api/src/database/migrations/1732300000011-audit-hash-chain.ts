import { MigrationInterface, QueryRunner } from 'typeorm';

// Each audit row carries the hash of the one before it, so a changed or removed row breaks the
// chain and `npm run audit:verify` finds where. The chain is built by the database itself, one
// row at a time under a lock, so concurrent writers cannot fork it.
export class AuditHashChain1732300000011 implements MigrationInterface {
  name = 'AuditHashChain1732300000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash char(64), ADD COLUMN hash char(64)`);
    await q.query(
      `CREATE TABLE audit_chain_head (id boolean PRIMARY KEY DEFAULT true CHECK (id), seq bigint NOT NULL, hash char(64) NOT NULL)`,
    );
    await q.query(`INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64))`);
    await q.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        NEW.chain_seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := encode(digest(concat_ws('|', NEW.chain_seq, NEW.prev_hash, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.entity_type,
                                            NEW.entity_id, NEW.family_id, NEW.outcome, NEW.request_id, NEW.client_ip), 'sha256'), 'hex');
        UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash;
        RETURN NEW;
      END $$`);
    // Rows written before the chain existed are chained now, in id order.
    await q.query(`
      DO $$
      DECLARE r RECORD; head audit_chain_head%ROWTYPE;
      BEGIN
        FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
          SELECT * INTO head FROM audit_chain_head;
          ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change;
          UPDATE audit_event SET chain_seq = head.seq + 1, prev_hash = head.hash,
                 hash = encode(digest(concat_ws('|', head.seq + 1, head.hash, r.occurred_at, r.actor_id, r.action, r.entity_type,
                                                r.entity_id, r.family_id, r.outcome, r.request_id, r.client_ip), 'sha256'), 'hex')
           WHERE id = r.id;
          ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change;
          UPDATE audit_chain_head SET seq = head.seq + 1, hash = (SELECT hash FROM audit_event WHERE id = r.id);
        END LOOP;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
    await q.query(`CREATE UNIQUE INDEX audit_event_chain_seq ON audit_event (chain_seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_event_chain ON audit_event`);
    await q.query(`DROP FUNCTION IF EXISTS audit_event_chain`);
    await q.query(`DROP TABLE IF EXISTS audit_chain_head`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
