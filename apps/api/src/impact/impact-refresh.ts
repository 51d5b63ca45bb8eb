import { DataSource } from 'typeorm';
import { IsoDate, londonToday } from '@eh/domain';
import { Db } from '../database/db';
import { ImpactRepository } from './impact.repository';

export interface RefreshResult {
  readonly asOf: IsoDate;
  readonly refreshedAt: Date;
  // The maintained views refreshed, in the order they were refreshed (one statement each).
  readonly views: readonly string[];
}

// Recomputes the impact figures as at today (UK time). CONCURRENTLY keeps the old rows readable
// while the new ones are built, so the dashboard never waits on a refresh. Runs in the worker, as
// its role, in a transaction of its own (ImpactRepository.refresh).
export async function refreshImpactFigures(db: DataSource, now: Date = new Date()): Promise<RefreshResult> {
  const asOf = londonToday(now);
  const views = await new ImpactRepository(new Db(db)).refresh(asOf, now);
  return { asOf, refreshedAt: now, views };
}
