import { DataSource } from 'typeorm';
import { ClaimRule, DEFAULT_CLAIM_RULE } from '@eh/domain';
import { JobHandlers, JobName } from '@eh/notifications';
import { Clock, systemClock } from '../common/clock';
import { retentionPurgeJob } from '../governance/retention-purge.job';
import { RetentionPurgeService } from '../governance/retention-purge.service';
import { EncompassDelivery } from '../encompass/encompass-delivery';
import { impactJobHandlers } from '../impact/impact-jobs';
import { LiveSignalPublisher } from '../live/live-signals';
import { EmailDelivery, InAppNotificationsService } from './in-app-notifications.service';

// Every job the worker runs, each to its one handler.
export function workerJobHandlers(
  db: DataSource,
  email: EmailDelivery | null = null,
  clock: Clock = systemClock,
  live: LiveSignalPublisher | null = null,
  claimRule: ClaimRule = DEFAULT_CLAIM_RULE,
): JobHandlers {
  return {
    ...new InAppNotificationsService(db, email, clock, live, claimRule).handlers(),
    [JobName.RetentionPurge]: retentionPurgeJob(new RetentionPurgeService(db, clock)),
    ...impactJobHandlers(db, clock),
    ...new EncompassDelivery(db, email, clock).handlers(),
  };
}
