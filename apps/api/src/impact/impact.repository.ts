import { Injectable } from '@nestjs/common';
import { Expression, expressionBuilder, NotNull, sql, SqlBool } from 'kysely';
import { IsoDate } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import type { DB, ImpactMeasures, ImpactMeasuresByType, ImpactMonthly, ImpactMonthlyByType } from '../database/schema';

// The filter every figure is read with; null is "all".
export interface ImpactScope {
  readonly agencyId: string | null;
  readonly agencyType: string | null;
  readonly localityId: string | null;
}

// The counts summed per month, the same in both monthly views.
const MONTH_COUNTS = [
  'allocated',
  'allocated_children',
  'from_education',
  'from_police',
  'from_health',
  'from_self',
  'from_other',
  'declined',
  'contact_due',
  'contact_on_time',
  'plan_due',
  'plan_on_time',
  'level4_eligible',
  'level4_not_reached',
  'closed',
  'closed_children',
  'closed_needs_met',
  'rereferral_eligible',
  'not_rereferred',
  'escalations',
] as const satisfies readonly (keyof ImpactMonthly & keyof ImpactMonthlyByType)[];

// The measures' counts (issue 17, part 5), the same in impact_measures and its roll-up by type.
export const MEASURE_COUNTS = [
  'cases',
  'previously_social_care',
  'from_social_care',
  'from_family_casework',
  'to_level_3',
  'to_level_4',
  'looked_after',
  'stepped_up_or_looked_after',
  'repeat_referral',
] as const satisfies readonly (keyof ImpactMeasures & keyof ImpactMeasuresByType)[];

// One month of the measures: the counts, and cases by days from referral to allocation.
export type MonthMeasures = { readonly month: string; readonly days_to_allocation: number[]; readonly cases_by_days: number[] } & {
  readonly [K in (typeof MEASURE_COUNTS)[number]]: number;
};

function summed<K extends (typeof MONTH_COUNTS)[number] | (typeof MEASURE_COUNTS)[number]>(count: K) {
  return sql<number>`sum(${sql.ref(count)})::int`.as(count);
}

// A month's sums, by month (YYYY-MM). Days open may pass 2^31 over a council's years: bigint, as text.
const monthSums = [
  sql<string>`to_char(month, 'YYYY-MM')`.as('month'),
  ...MONTH_COUNTS.map(summed),
  sql<string>`sum(closed_days)::bigint`.as('closed_days'),
];

// The same filter on every view: the lead agency, its type, and the family's locality. Every view
// read with it has these columns, as impact_caseload does.
const viewColumns = expressionBuilder<DB, 'impact_caseload'>();
export function within(scope: ImpactScope): Expression<SqlBool> {
  return viewColumns.and([
    ...(scope.agencyId !== null ? [viewColumns('lead_agency_id', '=', scope.agencyId)] : []),
    ...(scope.agencyType !== null ? [viewColumns('agency_type', '=', scope.agencyType)] : []),
    ...(scope.localityId !== null ? [viewColumns('locality_id', '=', scope.localityId)] : []),
  ]);
}

// The rows of a view rolled up with `CUBE (lead_agency_id, agency_type, locality_id)` that answer
// these filters: their GROUPING bits (agency 4, type 2, locality 1) mark the filters left out.
export function groupedFor(scope: ImpactScope): number {
  return (scope.agencyId === null ? 4 : 0) | (scope.agencyType === null ? 2 : 0) | (scope.localityId === null ? 1 : 0);
}

// Reads the maintained aggregates (see the ImpactDashboard migration), never the case tables, and
// keeps the council's localities. The refresh runs as the worker's role in a transaction of its own.
@Injectable()
export class ImpactRepository {
  constructor(private readonly db: Db) {}

  // The date the figures are as at, and when they were computed.
  refreshed() {
    return this.db.kysely.selectFrom('impact_refresh').select(['as_of', 'refreshed_at']).executeTakeFirstOrThrow();
  }

  // One transaction: readers see the old as-at date with the old rows until all views are new.
  // Only the views' owner may refresh them, so it goes through eh_refresh_impact_view(position)
  // (migration 0056), one statement per view in the order they depend on each other: each view's
  // refresh is held to the worker's statement timeout on its own (at 3,000,000 cases the whole
  // refresh takes longer than that timeout). Returns the views refreshed, in order.
  refresh(asOf: IsoDate, refreshedAt: Date): Promise<string[]> {
    return this.db.transaction(async (_manager, tx) => {
      await tx.updateTable('impact_refresh').set({ as_of: asOf, refreshed_at: refreshedAt }).execute();
      const refreshed: string[] = [];
      for (;;) {
        const { rows } = await sql<{ view: string | null }>`SELECT eh_refresh_impact_view(${refreshed.length + 1}) AS view`.execute(tx);
        const view = rows[0]?.view;
        if (!view) return refreshed;
        refreshed.push(view);
      }
    });
  }

  // Month by month up to `until` (the first of a month). One agency: its own rows; otherwise the
  // roll-up by agency type, a few rows per month.
  monthly(scope: ImpactScope, until: IsoDate) {
    return this.db.kysely
      .selectFrom(scope.agencyId !== null ? 'impact_monthly' : 'impact_monthly_by_type')
      .select(monthSums)
      .where('month', '<=', sql<string>`${until}::date`)
      .where(within(scope))
      .groupBy('month')
      .orderBy('month')
      .execute();
  }

  // The measures' counts by month of allocation for the months `from` to `to` (firsts of months),
  // each month with its histogram of days from referral to allocation (`days_to_allocation`
  // ascending, `cases_by_days` the cases at each). Without an agency: the roll-up by type and
  // locality, one row per month for the filters chosen (GROUPING bits: type 2, locality 1; migration
  // 0057). One agency: its own rows of impact_measures, summed by month the same way.
  measures(scope: ImpactScope, from: IsoDate, to: IsoDate): Promise<MonthMeasures[]> {
    const month = sql<string>`to_char(month, 'YYYY-MM')`.as('month');
    if (scope.agencyId === null) {
      // The roll-up has no agency column: its GROUPING bits are the type's and the locality's.
      return this.db.kysely
        .selectFrom('impact_measures_by_type')
        .select([month, ...MEASURE_COUNTS, 'days_to_allocation', 'cases_by_days'])
        .where('grouped', '=', groupedFor(scope) & 3)
        .where('month', '>=', sql<string>`${from}::date`)
        .where('month', '<=', sql<string>`${to}::date`)
        .where(within(scope))
        .orderBy('month')
        .$narrowType<{ [K in (typeof MEASURE_COUNTS)[number] | 'days_to_allocation' | 'cases_by_days']: NotNull }>()
        .execute();
    }
    const byDays = this.db.kysely
      .selectFrom('impact_measures')
      .select(['month', 'allocation_days', ...MEASURE_COUNTS.map(summed)])
      .where('month', '>=', sql<string>`${from}::date`)
      .where('month', '<=', sql<string>`${to}::date`)
      .where(within(scope))
      .groupBy(['month', 'allocation_days'])
      .as('d');
    return this.db.kysely
      .selectFrom(byDays)
      .select([
        month,
        ...MEASURE_COUNTS.map(summed),
        sql<number[]>`array_agg(allocation_days ORDER BY allocation_days)`.as('days_to_allocation'),
        sql<number[]>`array_agg(cases ORDER BY allocation_days)`.as('cases_by_days'),
      ])
      .groupBy('month')
      .orderBy('month')
      .execute();
  }

  // Needs met by heading (issue 17): every heading of the council's framework in its order, with the
  // needs of the cases closed in the months `from` to `to` (firsts of months) within the filters,
  // summed from the view's rows for these filters (at most months x headings rows).
  needsMet(scope: ImpactScope, from: IsoDate, to: IsoDate) {
    const sums = this.db.kysely
      .selectFrom('impact_needs_met')
      .select([
        'heading_id',
        sql<number>`sum(needs)::int`.as('needs'),
        sql<number>`sum(met)::int`.as('met'),
        sql<number>`sum(checked)::int`.as('checked'),
        sql<number>`sum(sustained)::int`.as('sustained'),
      ])
      .where('grouped', '=', groupedFor(scope))
      .where('month', '>=', sql<string>`${from}::date`)
      .where('month', '<=', sql<string>`${to}::date`)
      .where(within(scope))
      .groupBy('heading_id')
      .as('v');
    return this.db.kysely
      .selectFrom('outcome_heading as h')
      .leftJoin(sums, 'v.heading_id', 'h.id')
      .select([
        'h.id',
        'h.name',
        sql<boolean>`h.retired_at IS NOT NULL`.as('retired'),
        sql<number>`coalesce(v.needs, 0)`.as('needs'),
        sql<number>`coalesce(v.met, 0)`.as('met'),
        sql<number>`coalesce(v.checked, 0)`.as('checked'),
        sql<number>`coalesce(v.sustained, 0)`.as('sustained'),
      ])
      .orderBy('h.position')
      .orderBy('h.name')
      .execute();
  }

  // Practitioners with open cases, their open cases and the highest caseloads within the filters:
  // one row of the summary, whose GROUPING bits (agency 4, type 2, locality 1) mark the filters
  // left out. Undefined when nobody has an open case.
  caseloadSummary(scope: ImpactScope) {
    return this.db.kysely
      .selectFrom('impact_caseload_summary')
      .select(['practitioners', 'open_cases', 'highest'])
      .where('grouped', '=', groupedFor(scope))
      .where(within(scope))
      .$narrowType<{ practitioners: NotNull; open_cases: NotNull; highest: NotNull }>()
      .executeTakeFirst();
  }

  // Open cases per lead practitioner on the as-at date.
  caseload(scope: ImpactScope) {
    return this.db.kysely
      .selectFrom('impact_caseload')
      .select([
        'lead_practitioner_id as practitionerId',
        'lead_practitioner_name as name',
        'agency_name as agencyName',
        sql<number>`sum(open_cases)::int`.as('openCases'),
      ])
      .where(within(scope))
      .groupBy(['lead_practitioner_id', 'lead_practitioner_name', 'agency_name'])
      .orderBy('lead_practitioner_name')
      .orderBy('lead_practitioner_id')
      .$narrowType<{ practitionerId: NotNull; name: NotNull; agencyName: NotNull }>()
      .execute();
  }

  // Open cases with nothing recorded for 8 weeks, oldest activity first, with the days since as at
  // `asOf`. The view answers the council team only.
  drifting(scope: ImpactScope, asOf: IsoDate) {
    return this.db.kysely
      .selectFrom('impact_case_facts_for_council')
      .select(['case_id', 'family_id', 'case_reference', 'agency_name', 'lead_practitioner_name', 'last_activity_on'])
      .select(sql<number>`(${asOf}::date - last_activity_on)::int`.as('days'))
      .where(sql.ref<SqlBool>('drifting'))
      .where(within(scope))
      .orderBy('last_activity_on')
      .orderBy('case_reference')
      .$narrowType<{
        case_id: NotNull;
        family_id: NotNull;
        case_reference: NotNull;
        agency_name: NotNull;
        lead_practitioner_name: NotNull;
        last_activity_on: NotNull;
      }>()
      .execute();
  }

  localities(db: Database = this.db.kysely) {
    return db.selectFrom('locality').select(['id', 'name', 'postcode_districts as postcodeDistricts']).orderBy('name').execute();
  }

  locality(tx: Database, id: string) {
    return tx
      .selectFrom('locality')
      .select(['id', 'name', 'postcode_districts as postcodeDistricts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  // Saves queue on the table, so two cannot both claim a district or a name.
  async lockLocalities(tx: Database): Promise<void> {
    await sql`LOCK TABLE locality IN SHARE ROW EXCLUSIVE MODE`.execute(tx);
  }

  // Which of these districts another locality (not `exceptId`) already has.
  districtsTaken(tx: Database, districts: readonly string[], exceptId: string | null) {
    let query = tx
      .selectFrom(['locality', sql<{ district: string }>`unnest(postcode_districts)`.as<'d'>(sql`d(district)`)])
      .select(['locality.name', 'd.district'])
      .where((e) => e('d.district', '=', e.fn.any(e.val([...districts]))));
    if (exceptId !== null) query = query.where('locality.id', '<>', exceptId);
    return query.execute();
  }

  async nameTaken(tx: Database, name: string, exceptId: string | null): Promise<boolean> {
    let query = tx
      .selectFrom('locality')
      .select('id')
      .where((e) => e(e.fn('lower', ['name']), '=', e.fn('lower', [e.val(name)])));
    if (exceptId !== null) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  // False when there is no such locality.
  async update(tx: Database, id: string, name: string, districts: readonly string[]): Promise<boolean> {
    const result = await tx
      .updateTable('locality')
      .set({ name, postcode_districts: [...districts] })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async add(tx: Database, name: string, districts: readonly string[]): Promise<string> {
    const row = await tx
      .insertInto('locality')
      .values({ name, postcode_districts: [...districts] })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
}
