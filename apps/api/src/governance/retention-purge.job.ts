import { Logger } from '@nestjs/common';
import { JobHandler, JobName, JobOutcome } from '@eh/notifications';
import { RetentionPurgeService } from './retention-purge.service';

// The daily purge: thin, the service does the work. Anything that could not be purged fails the
// job, so it is retried and then shows on the failed deliveries page; what did go stays gone.
export function retentionPurgeJob(service: RetentionPurgeService): JobHandler<JobName.RetentionPurge> {
  const logger = new Logger('RetentionPurge');
  return async () => {
    const result = await service.run();
    logger.log(`Retention purge ${result.runId}: ${result.purged.length} purged, ${result.held} held, ${result.failed} failed`);
    if (result.failed > 0) throw new Error(`${result.failed} records could not be purged; see the worker log`);
    return result.purged.length ? JobOutcome.Done : JobOutcome.Skipped;
  };
}
