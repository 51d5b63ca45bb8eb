import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobRegistry } from './job-registry';
import { JobName, JobOf, QUEUE_OF_JOB, QueueName } from './jobs';
import { outboxEntryOfJob, OutboxStore } from './outbox-relay';

export interface QueueConnection {
  readonly redisUrl: string;
  readonly prefix: string;
}

function connect(connection: QueueConnection): Redis {
  // BullMQ needs blocking commands to wait indefinitely.
  return new Redis(connection.redisUrl, { maxRetriesPerRequest: null });
}

// The only place that knows BullMQ: the API publishes through this, the worker consumes.
export class JobPublisher {
  private readonly redis: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: QueueConnection,
    // Failed deliveries retry with exponential backoff: 5s, 10s, 20s, 40s, then stay failed.
    private readonly retry: { readonly attempts: number; readonly backoffMs: number } = { attempts: 5, backoffMs: 5000 },
  ) {
    // Fail fast while Redis is away: the outbox keeps the job and the relay tries again.
    this.redis = new Redis(connection.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    // Connection errors surface as failed publishes, which the relay retries.
    this.redis.on('error', () => undefined);
  }

  get ready(): boolean {
    return this.redis.status === 'ready';
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.connection.prefix });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  // A job id makes publishing idempotent: BullMQ ignores a second add with the same id, so an
  // outbox entry relayed twice (a crash between add and mark) is still delivered once.
  async publish<N extends JobName>(job: N, payload: JobOf<N>, jobId?: string): Promise<void> {
    if (!this.ready) throw new Error('Redis is not connected');
    await this.queue(QUEUE_OF_JOB[job]).add(job, payload, {
      jobId,
      attempts: this.retry.attempts,
      backoff: { type: 'exponential', delay: this.retry.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: false,
    });
  }

  // A job that runs on a schedule (cron pattern, UK time); re-running this replaces the schedule.
  async schedule<N extends JobName>(job: N, payload: JobOf<N>, pattern: string): Promise<void> {
    if (!this.ready) throw new Error('Redis is not connected');
    await this.queue(QUEUE_OF_JOB[job]).upsertJobScheduler(job, { pattern, tz: 'Europe/London' }, { name: job, data: payload });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    if (this.ready) await this.redis.quit();
    else this.redis.disconnect();
  }
}

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  close(): Promise<void>;
}

export interface WorkerOptions {
  // Where a job relayed from the outbox is marked completed once its handler has done its work
  // (before BullMQ records it, so a job completed in Redis is always completed in PostgreSQL).
  readonly outbox: Pick<OutboxStore, 'complete'>;
  // Errors of the workers' own Redis traffic (a lost connection, a job Redis no longer holds).
  readonly onError?: (error: Error) => void;
}

export function startWorkers(connection: QueueConnection, registry: JobRegistry, options: WorkerOptions): RunningWorkers {
  const redis = connect(connection);
  const workers = Object.values(QueueName).map((name) => {
    const worker = new Worker(
      name,
      async (job) => {
        const outcome = await registry.handlerFor(job.name)(job.data);
        const entryId = outboxEntryOfJob(job.id);
        if (entryId) await options.outbox.complete(entryId);
        return outcome;
      },
      {
        connection: redis,
        prefix: connection.prefix,
        // Deliveries wait on I/O (SMTP, PostgreSQL), so many run side by side.
        concurrency: 16,
      },
    );
    worker.on('error', (error) => options.onError?.(error));
    return worker;
  });
  return {
    workers,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await redis.quit();
    },
  };
}

// Counts of jobs by state, for health checks and tests.
export async function jobCounts(connection: QueueConnection, name: QueueName): Promise<Record<string, number>> {
  const redis = connect(connection);
  const queue = new Queue(name, { connection: redis, prefix: connection.prefix });
  try {
    return await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
  } finally {
    await queue.close();
    await redis.quit();
  }
}

export interface FailedJob {
  readonly id: string;
  readonly name: string;
  readonly failedReason: string;
  readonly attemptsMade: number;
  readonly failedAt: Date | null;
}

// What still fails after its retries, for an administrator to see and send again.
export async function failedJobs(connection: QueueConnection, name: QueueName): Promise<FailedJob[]> {
  const redis = connect(connection);
  const queue = new Queue(name, { connection: redis, prefix: connection.prefix });
  try {
    const jobs = await queue.getFailed(0, 99);
    return jobs.map((job) => ({
      id: job.id ?? '',
      name: job.name,
      // The reason is an error's message from our own handlers; payloads (ids only) are not shown.
      failedReason: (job.failedReason ?? 'Unknown').slice(0, 300),
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  } finally {
    await queue.close();
    await redis.quit();
  }
}

export async function retryFailedJob(connection: QueueConnection, name: QueueName, jobId: string): Promise<boolean> {
  const redis = connect(connection);
  const queue = new Queue(name, { connection: redis, prefix: connection.prefix });
  try {
    const job = await queue.getJob(jobId);
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed');
    return true;
  } finally {
    await queue.close();
    await redis.quit();
  }
}
