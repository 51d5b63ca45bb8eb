import { MigrationInterface, QueryRunner } from 'typeorm';

const ROW_HASH = `encode(digest(concat_ws('|', NEW.chain_seq, NEW.prev_hash, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.entity_type,
                                       NEW.entity_id, NEW.family_id, NEW.outcome, NEW.request_id, NEW.client_ip), 'sha256'), 'hex')`;

// The audit chain (migration 0011) updated its head row once per audit row. Listing a caseload
// writes one audit row per case, so a list of 900 cases updated the head 900 times in one
// statement, each update a new version of the same row for the next one to step over: the cost
// grew with the square of the list. Now the first audit row of a transaction locks the head (as
// before, so writers still queue and cannot fork the chain), each row carries the running head
// forward in transaction-local settings, and the head row is written once per statement. The
// hash of each row is unchanged, so the verifier and existing rows are unaffected.
export class AuditChainPerStatement1732300000021 implements MigrationInterface {
  name = 'AuditChainPerStatement1732300000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE head_seq bigint; head_hash char(64);
      BEGIN
        IF current_setting('eh.audit_chain_tx', true) IS DISTINCT FROM txid_current()::text THEN
          SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_chain_head h FOR UPDATE;
        ELSE
          head_seq := current_setting('eh.audit_chain_seq')::bigint;
          head_hash := current_setting('eh.audit_chain_hash');
        END IF;
        NEW.chain_seq := head_seq + 1;
        NEW.prev_hash := head_hash;
        NEW.hash := ${ROW_HASH};
        PERFORM set_config('eh.audit_chain_tx', txid_current()::text, true),
                set_config('eh.audit_chain_seq', NEW.chain_seq::text, true),
                set_config('eh.audit_chain_hash', NEW.hash, true);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION audit_chain_head_save() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF current_setting('eh.audit_chain_tx', true) = txid_current()::text THEN
          UPDATE audit_chain_head SET seq = current_setting('eh.audit_chain_seq')::bigint, hash = current_setting('eh.audit_chain_hash');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_event_chain_head AFTER INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_save()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_event_chain_head ON audit_event`);
    await q.query(`DROP FUNCTION IF EXISTS audit_chain_head_save()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE head audit_chain_head%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        NEW.chain_seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := ${ROW_HASH};
        UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash;
        RETURN NEW;
      END $$`);
  }
}
