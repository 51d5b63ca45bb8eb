import { MigrationInterface, QueryRunner } from 'typeorm';

// A retention rule for Operation Encompass notifications none of whose children the portal ever
// matched to a person it holds (docs/decisions.md, "Retention of unmatched Encompass
// notifications"). Those have no family whose purge would take them, so they were kept for ever.
// Default: two years after the last of its settings acknowledged it (or the council's contact
// passed it on), as for a referral closed with no further action; one still waiting on a setting
// is live work and is never due. The worker reads when each route was settled.
export class UnmatchedEncompassRetention1732300000055 implements MigrationInterface {
  name = 'UnmatchedEncompassRetention1732300000055';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO retention_policy (record_type, rule, period) VALUES ('ENCOMPASS_UNMATCHED', 'YEARS_AFTER_END', 2)`);
    await q.query(`GRANT SELECT (acknowledged_at, passed_on_at) ON encompass_route TO eh_worker`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT (acknowledged_at, passed_on_at) ON encompass_route FROM eh_worker`);
    await q.query(`DELETE FROM retention_policy WHERE record_type = 'ENCOMPASS_UNMATCHED'`);
  }
}
