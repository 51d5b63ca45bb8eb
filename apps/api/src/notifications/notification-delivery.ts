import { DataSource } from 'typeorm';
import type { ClaimRule } from '@eh/domain';
import {
  JobName,
  JobPublisher,
  JobRegistry,
  keepSchedules,
  QueueConnection,
  RunningWorkers,
  Schedule,
  startOutboxRelay,
  startWorkers,
} from '@eh/notifications';
import { Clock, systemClock } from '../common/clock';
import { ENCOMPASS_SWEEP_SCHEDULE } from '../encompass/encompass-delivery';
import { IMPACT_REFRESH_SCHEDULE } from '../impact/impact-jobs';
import { LiveSignalPublisher } from '../live/live-signals';
import { EmailDelivery } from './in-app-notifications.service';
import { workerJobHandlers } from './job-handlers';
import { PostgresOutboxStore } from './outbox';

// Sustainment checks at 6:15am, before the reminders (and once whenever the worker starts).
export const SUSTAINMENT_CHECK_SCHEDULE = '15 6 * * *';

// Reminders at 6:30am, the digest at 7am and the retention purge at 2am, UK time, and the impact
// figures every 10 minutes; the Operation Encompass escalation sweep every minute.
export const WORKER_SCHEDULES: readonly Schedule[] = [
  { job: JobName.RetentionPurge, payload: { trigger: 'schedule' }, pattern: '0 2 * * *' },
  { job: JobName.DailyReminders, payload: { trigger: 'schedule' }, pattern: '30 6 * * *' },
  { job: JobName.DailyDigest, payload: { trigger: 'schedule' }, pattern: '0 7 * * *' },
  { job: JobName.RefreshImpactFigures, payload: { trigger: 'schedule' }, pattern: IMPACT_REFRESH_SCHEDULE },
  { job: JobName.EncompassEscalations, payload: { trigger: 'schedule' }, pattern: ENCOMPASS_SWEEP_SCHEDULE },
  { job: JobName.SustainmentChecks, payload: { trigger: 'schedule' }, pattern: SUSTAINMENT_CHECK_SCHEDULE },
];

export interface DeliveryOptions {
  readonly relayIntervalMs: number;
  readonly relayBatchSize: number;
  // An outbox entry relayed but not completed this long ago is relayed again (same job id).
  readonly resendAfterMs: number;
  // How often the schedules are checked, and upserted again if Redis lost them.
  readonly scheduleCheckMs: number;
  readonly schedules: readonly Schedule[];
  readonly clock?: Clock;
  // Live signals to the API's replicas when in-app notifications are written (none if absent).
  readonly live?: LiveSignalPublisher;
  readonly claimRule?: ClaimRule;
  // Names and ids only: nothing here carries a family's details.
  readonly log?: { warn(message: string): void; log(message: string): void };
}

export interface RunningDelivery {
  readonly publisher: JobPublisher;
  readonly workers: RunningWorkers;
  // Resolves once the schedules have first been upserted.
  readonly scheduled: Promise<void>;
  flush(): Promise<number>;
  stop(): Promise<void>;
}

const reason = (error: unknown) => (error instanceof Error ? error.name : 'unknown error');

// While Redis is away every reconnection attempt fails the same way: say so once a minute.
function oncePerMinute(write: (message: string) => void): (message: string) => void {
  const lastSaid = new Map<string, number>();
  return (message) => {
    const now = Date.now();
    if (now - (lastSaid.get(message) ?? 0) < 60_000) return;
    lastSaid.set(message, now);
    write(message);
  };
}

// What the worker process runs for notifications and scheduled jobs: the outbox relay (which
// sends again what Redis lost), the BullMQ workers (which mark each outbox entry completed when
// its work is done) and the schedules (upserted at start, checked and restored periodically).
export function startNotificationDelivery(
  db: DataSource,
  connection: QueueConnection,
  email: EmailDelivery | null,
  options: DeliveryOptions,
): RunningDelivery {
  const log = options.log;
  const publisher = new JobPublisher(connection);
  const store = new PostgresOutboxStore(db);
  const queueError = oncePerMinute((message) => log?.warn(message));
  const workers = startWorkers(
    connection,
    JobRegistry.fromHandlers(workerJobHandlers(db, email, options.clock ?? systemClock, options.live ?? null, options.claimRule)),
    {
      outbox: store,
      onError: (error) => queueError(`Queue worker: ${error.message}`),
    },
  );
  for (const worker of workers.workers) {
    worker.on('failed', (job, error) => log?.warn(`Job ${job?.name ?? '?'} ${job?.id ?? '?'} failed: ${error.name}`));
  }
  const relay = startOutboxRelay(store, publisher, {
    intervalMs: options.relayIntervalMs,
    batchSize: options.relayBatchSize,
    resendAfterMs: options.resendAfterMs,
    onError: (error) => log?.warn(`Outbox relay paused: ${reason(error)}`),
  });
  const schedules = keepSchedules(publisher, options.schedules, {
    checkEveryMs: options.scheduleCheckMs,
    onRestored: (jobs) => log?.warn(`Redis had lost the schedules of ${jobs.join(', ')}: scheduled again`),
    onError: (error) =>
      log?.warn(`Could not check the schedules yet (${reason(error)}); trying again in ${Math.round(options.scheduleCheckMs / 1000)} s`),
  });
  return {
    publisher,
    workers,
    scheduled: schedules.ready,
    flush: () => relay.flush(),
    async stop() {
      await relay.stop();
      await schedules.stop();
      await workers.close();
      await publisher.close();
    },
  };
}
