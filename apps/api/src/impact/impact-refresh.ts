import { DataSource } from 'typeorm';
import { IsoDate, londonToday } from '@eh/domain';

// The views the dashboard reads, in the order they depend on each other.
export const IMPACT_VIEWS = ['impact_case_facts', 'impact_monthly', 'impact_monthly_by_type', 'impact_caseload'] as const;

export interface RefreshResult {
  readonly asOf: IsoDate;
  readonly refreshedAt: Date;
}

// Recomputes the impact figures as at today (UK time). CONCURRENTLY keeps the old rows readable
// while the new ones are built, so the dashboard never waits on a refresh. Runs in the worker,
// which keeps an owner-level connection; the API only reads the views.
export async function refreshImpactFigures(db: DataSource, now: Date = new Date()): Promise<RefreshResult> {
  const asOf = londonToday(now);
  // One transaction: readers see the old as-at date with the old rows until all views are new.
  return db.transaction(async (em) => {
    await em.query(`UPDATE impact_refresh SET as_of = $1, refreshed_at = $2`, [asOf, now]);
    for (const view of IMPACT_VIEWS) await em.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`);
    return { asOf, refreshedAt: now };
  });
}
