import { DataSource } from 'typeorm';
import { IsoDate, londonToday } from '@eh/domain';

export interface RefreshResult {
  readonly asOf: IsoDate;
  readonly refreshedAt: Date;
}

// Recomputes the impact figures as at today (UK time). CONCURRENTLY keeps the old rows readable
// while the new ones are built, so the dashboard never waits on a refresh. Runs in the worker;
// only the views' owner may refresh them, so it goes through eh_refresh_impact_figures()
// (migration 0020), which refreshes the four views in the order they depend on each other.
export async function refreshImpactFigures(db: DataSource, now: Date = new Date()): Promise<RefreshResult> {
  const asOf = londonToday(now);
  // One transaction: readers see the old as-at date with the old rows until all views are new.
  return db.transaction(async (em) => {
    await em.query(`UPDATE impact_refresh SET as_of = $1, refreshed_at = $2`, [asOf, now]);
    await em.query(`SELECT eh_refresh_impact_figures()`);
    return { asOf, refreshedAt: now };
  });
}
