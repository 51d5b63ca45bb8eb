import { JobName, JobOf } from './jobs';

// Notifications are written to an outbox in the same database transaction as the change that
// causes them, then relayed to the queues. If Redis is down the entries wait, and go as soon as
// it is back. An entry is done only when its job has done its work (the worker marks it
// completed): one relayed but not completed after a while is relayed again under the same job id,
// so a Redis that lost what it held (restarted without persistence) loses nothing, and a job
// still queued ignores the second add.
export interface OutboxEntry {
  readonly id: string;
  readonly job: JobName;
  readonly payload: JobOf<JobName>;
}

export interface OutboxStore {
  // Claims up to `limit` entries due (never relayed, or relayed at least `resendAfterMs` ago and
  // not completed), skipping ones another relay holds, hands them to `relay`, and marks as
  // relayed now the ids it returns, all in one transaction.
  relayBatch(limit: number, resendAfterMs: number, relay: (entries: readonly OutboxEntry[]) => Promise<string[]>): Promise<number>;
  // The entry's work is done: it is never relayed again.
  complete(entryId: string): Promise<void>;
}

export interface OutboxPublisher {
  publish(job: JobName, payload: JobOf<JobName>, jobId: string): Promise<void>;
}

const JOB_ID_PREFIX = 'outbox-';

export function outboxJobId(entryId: string): string {
  return `${JOB_ID_PREFIX}${entryId}`;
}

// The outbox entry a job was relayed from, if it was.
export function outboxEntryOfJob(jobId: string | undefined): string | null {
  if (!jobId?.startsWith(JOB_ID_PREFIX)) return null;
  const entryId = jobId.slice(JOB_ID_PREFIX.length);
  return /^\d+$/.test(entryId) ? entryId : null;
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
  // Relays everything due now; resolves with how many entries went.
  flush(): Promise<number>;
  stop(): Promise<void>;
}

export interface RelayOptions {
  readonly intervalMs: number;
  readonly batchSize: number;
  // How long a relayed entry may stay uncompleted before it is relayed again.
  readonly resendAfterMs: number;
  readonly onError?: (error: unknown) => void;
}

export function startOutboxRelay(store: OutboxStore, publisher: OutboxPublisher, options: RelayOptions): RunningRelay {
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  const flush = (): Promise<number> => {
    running = running
      .then(async () => {
        let total = 0;
        for (;;) {
          const sent = await store.relayBatch(options.batchSize, options.resendAfterMs, (entries) => relayEntries(publisher, entries));
          total += sent;
          if (sent < options.batchSize) return total;
        }
      })
      .catch((error: unknown) => {
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
