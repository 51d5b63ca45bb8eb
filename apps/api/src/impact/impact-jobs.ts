import { DataSource } from 'typeorm';
import { JobHandlers, JobName, JobOutcome } from '@eh/notifications';
import { Clock, systemClock } from '../common/clock';
import { refreshImpactFigures } from './impact-refresh';

// Every ten minutes, UK time; the schedule lives in Redis and survives restarts.
export const IMPACT_REFRESH_SCHEDULE = '*/10 * * * *';

export function impactJobHandlers(db: DataSource, clock: Clock = systemClock): Pick<JobHandlers, JobName.RefreshImpactFigures> {
  return {
    [JobName.RefreshImpactFigures]: async () => {
      await refreshImpactFigures(db, clock.now());
      return JobOutcome.Done;
    },
  };
}
