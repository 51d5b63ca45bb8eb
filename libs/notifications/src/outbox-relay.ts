import { JobName, JobOf } from './jobs';

// Notifications are written to an outbox in the same database transaction as the change that
// causes them, then relayed to the queues. If Redis is down the entries wait, and go as soon as
// it is back: nothing is lost.
export interface OutboxEntry {
  readonly id: string;
  readonly job: JobName;
  readonly payload: JobOf<JobName>;
}

export interface OutboxStore {
  // Claims up to `limit` unrelayed entries (skipping ones another relay holds), hands them to
  // `relay`, and marks as relayed the ids it returns, all in one transaction.
  relayBatch(limit: number, relay: (entries: readonly OutboxEntry[]) => Promise<string[]>): Promise<number>;
}

export interface OutboxPublisher {
  publish(job: JobName, payload: JobOf<JobName>, jobId: string): Promise<void>;
}

export function outboxJobId(entryId: string): string {
  return `outbox-${entryId}`;
}

// Publishes entries in order and stops at the first failure, returning what went.
export async function relayEntries(publisher: OutboxPublisher, entries: readonly OutboxEntry[]): Promise<string[]> {
  const sent: string[] = [];
  for (const entry of entries) {
    try {
      await publisher.publish(entry.job, entry.payload, outboxJobId(entry.id));
    } catch {
      break;
    }
    sent.push(entry.id);
  }
  return sent;
}

export interface RunningRelay {
  // Relays everything pending now; resolves with how many entries went.
  flush(): Promise<number>;
  stop(): Promise<void>;
}

export function startOutboxRelay(
  store: OutboxStore,
  publisher: OutboxPublisher,
  options: { intervalMs: number; batchSize: number; onError?: (error: unknown) => void },
): RunningRelay {
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  const flush = (): Promise<number> => {
    running = running.then(async () => {
      let total = 0;
      for (;;) {
        const sent = await store.relayBatch(options.batchSize, (entries) => relayEntries(publisher, entries));
        total += sent;
        if (sent < options.batchSize) return total;
      }
    }).catch((error: unknown) => {
      options.onError?.(error);
      return 0;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void flush();
  }, options.intervalMs);
  return {
    flush,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
