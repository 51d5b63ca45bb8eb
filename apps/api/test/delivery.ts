import { JobPublisher, QueueConnection, RunningWorkers } from '@eh/notifications';
import { EmailDelivery } from '../src/notifications/in-app-notifications.service';
import { DeliveryOptions, startNotificationDelivery } from '../src/notifications/notification-delivery';
import { TestPortal } from './test-app';

// Polls until `done` holds (up to about 15 s), then returns the last value read.
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

export function queueConnection(portal: TestPortal, redisUrl = portal.config.redisUrl): QueueConnection {
  return { redisUrl, prefix: `${portal.config.redisPrefix}:bull` };
}

// What the worker process runs (the outbox relay and the notification workers) for one test
// portal, as the worker's database role; no schedules unless a test asks for them.
export function startDelivery(
  portal: TestPortal,
  options: { readonly redisUrl?: string; readonly email?: EmailDelivery } & Partial<DeliveryOptions> = {},
): {
  readonly publisher: JobPublisher;
  readonly workers: RunningWorkers;
  readonly scheduled: Promise<void>;
  flush(): Promise<number>;
  stop(): Promise<void>;
} {
  const { redisUrl, email, ...delivery } = options;
  return startNotificationDelivery(portal.workerDb, queueConnection(portal, redisUrl), email ?? null, {
    relayIntervalMs: 100,
    relayBatchSize: 50,
    resendAfterMs: 60_000,
    scheduleCheckMs: 60_000,
    schedules: [],
    ...delivery,
  });
}
