import { JobPublisher, JobRegistry, QueueConnection, startOutboxRelay, startWorkers } from '@eh/notifications';
import { EmailDelivery } from '../src/notifications/in-app-notifications.service';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { PostgresOutboxStore } from '../src/notifications/outbox';
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

// What the worker process runs: the outbox relay and the notification workers, for one test portal.
export function startDelivery(portal: TestPortal, options: { readonly email?: EmailDelivery } = {}): { readonly publisher: JobPublisher; stop(): Promise<void> } {
  const connection = queueConnection(portal);
  const store = new PostgresOutboxStore(portal.db);
  const workers = startWorkers(connection, JobRegistry.fromHandlers(workerJobHandlers(portal.db, options.email ?? null)), { outbox: store });
  const publisher = new JobPublisher(connection);
  const relay = startOutboxRelay(store, publisher, { intervalMs: 100, batchSize: 50, resendAfterMs: 60_000 });
  return {
    publisher,
    async stop() {
      await relay.stop();
      await publisher.close();
      await workers.close();
    },
  };
}
