import { MigrationInterface, QueryRunner } from 'typeorm';

// A declined offer to move a case to another agency is a line in the case's chronology, as an
// acceptance and a withdrawal are. The agency that declines cannot see the case (the one rule), so
// it cannot write the line itself: a trigger on the offer writes it, as the tables' owner, when an
// open offer becomes declined, naming the agency and its reason, with the decider as the actor.
export class DeclinedTransferInChronology1732300000038 implements MigrationInterface {
  name = 'DeclinedTransferInChronology1732300000038';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION eh_case_transfer_declined() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO case_event (case_id, event_type, summary, actor_id)
        SELECT NEW.case_id, 'TRANSFER_DECLINED',
               a.name || ' declined the offer to lead the case: ' || coalesce(NEW.decline_reason, 'no reason given'),
               NEW.decided_by
          FROM agency a WHERE a.id = NEW.to_agency_id;
        RETURN NEW;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION eh_case_transfer_declined() FROM PUBLIC`);
    await q.query(`
      CREATE TRIGGER case_transfer_declined AFTER UPDATE OF status ON case_transfer
        FOR EACH ROW WHEN (OLD.status = 'OFFERED' AND NEW.status = 'DECLINED')
        EXECUTE FUNCTION eh_case_transfer_declined()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER case_transfer_declined ON case_transfer`);
    await q.query(`DROP FUNCTION eh_case_transfer_declined()`);
  }
}
