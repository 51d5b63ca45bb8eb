import { MigrationInterface, QueryRunner } from 'typeorm';
import { MEASURE_COUNTS } from './1732300000048-impact-measures';

// The measures' roll-up by agency type and locality holds one row per month (issue 17's national
// benchmark). At 3,000,000 cases `impact_measures_by_type` had a row per month x days from
// referral to allocation x type x locality (49,897 rows): the page's read without filters summed
// 2,435 of them after scanning all, 8 to 23 ms a statement, and sent them all to be summed again.
//
// Now each row is one month of one combination of the two filters (GROUPING bits in `grouped`:
// type 2, locality 1), with its counts summed and the days from referral to allocation kept as a
// histogram: `days_to_allocation` (ascending, distinct) and `cases_by_days` (the cases allocated
// after each). The median and the bands over any period still come from the summed histograms
// exactly (libs/domain medianDays, allocationBands). A read for any filters without an agency is
// one index range: a row per month.

const sums = MEASURE_COUNTS.map((c) => `sum(${c})::int AS ${c}`).join(', ');

async function replaceView(q: QueryRunner, definition: string, key: string): Promise<void> {
  await q.query(`DROP MATERIALIZED VIEW impact_measures_by_type`);
  await q.query(`CREATE MATERIALIZED VIEW impact_measures_by_type AS ${definition} WITH DATA`);
  await q.query(`CREATE UNIQUE INDEX impact_measures_by_type_key ON impact_measures_by_type (${key}) NULLS NOT DISTINCT`);
  await q.query(`REVOKE ALL ON impact_measures_by_type FROM eh_app, eh_worker`);
  await q.query(`GRANT SELECT ON impact_measures_by_type TO eh_app`);
}

export class MeasuresByMonth1732300000057 implements MigrationInterface {
  name = 'MeasuresByMonth1732300000057';

  async up(q: QueryRunner): Promise<void> {
    await replaceView(
      q,
      `WITH by_days AS (
         SELECT GROUPING(agency_type, locality_id) AS grouped, month, agency_type, locality_id, allocation_days, ${sums}
           FROM impact_measures
          GROUP BY month, allocation_days, CUBE (agency_type, locality_id)
       )
       SELECT grouped, month, agency_type, locality_id, ${sums},
              array_agg(allocation_days ORDER BY allocation_days) AS days_to_allocation,
              array_agg(cases ORDER BY allocation_days) AS cases_by_days
         FROM by_days
        GROUP BY grouped, month, agency_type, locality_id`,
      'grouped, month, agency_type, locality_id',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceView(
      q,
      `SELECT GROUPING(agency_type, locality_id) AS grouped, month, agency_type, locality_id, allocation_days, ${sums}
         FROM impact_measures
        GROUP BY month, allocation_days, CUBE (agency_type, locality_id)`,
      'grouped, month, agency_type, locality_id, allocation_days',
    );
  }
}
