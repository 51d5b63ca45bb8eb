import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobRegistry } from './job-registry';
import { JobName, JobOf, QUEUE_OF_JOB, QueueName } from './jobs';
import { outboxEntryOfJob, OutboxStore } from './outbox-relay';

// A job run on a schedule: its cron pattern, in UK time.
export type Schedule = { readonly [N in JobName]: { readonly job: N; readonly payload: JobOf<N>; readonly pattern: string } }[JobName];

const SCHEDULE_TZ = 'Europe/London';

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

  // A job that runs on a schedule (cron pattern, UK time): a BullMQ job scheduler named after the
  // job, which keeps the next run as a delayed job. Re-running this replaces the schedule.
  async schedule(schedule: Schedule): Promise<void> {
    if (!this.ready) throw new Error('Redis is not connected');
    await this.queue(QUEUE_OF_JOB[schedule.job]).upsertJobScheduler(
      schedule.job,
      { pattern: schedule.pattern, tz: SCHEDULE_TZ },
      { name: schedule.job, data: schedule.payload },
    );
  }

  // Whether Redis holds this schedule as given (a Redis that lost its data holds none).
  async isScheduled(schedule: Schedule): Promise<boolean> {
    if (!this.ready) throw new Error('Redis is not connected');
    const held = await this.queue(QUEUE_OF_JOB[schedule.job]).getJobScheduler(schedule.job);
    return held?.pattern === schedule.pattern && held.tz === SCHEDULE_TZ;
  }

  // Jobs of one queue by state, on this publisher's connection (the worker's queue-depth metrics).
  async jobCounts(name: QueueName): Promise<Record<string, number>> {
    if (!this.ready) throw new Error('Redis is not connected');
    return this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed');
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

export interface KeptSchedules {
  // Resolves once every schedule has been upserted (retried until Redis answers).
  readonly ready: Promise<void>;
  // Upserts whichever schedules Redis no longer holds; resolves with their jobs.
  check(): Promise<JobName[]>;
  stop(): Promise<void>;
}

// The worker's schedules live in Redis, so a Redis that lost its data has none. They are upserted
// at start and checked every `checkEveryMs`: any missing is upserted again.
export function keepSchedules(
  publisher: Pick<JobPublisher, 'schedule' | 'isScheduled'>,
  schedules: readonly Schedule[],
  options: { readonly checkEveryMs: number; readonly onRestored?: (jobs: JobName[]) => void; readonly onError?: (error: unknown) => void },
): KeptSchedules {
  let upserted = false;
  let stopped = false;
  let running: Promise<JobName[]> = Promise.resolve([]);
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const check = (): Promise<JobName[]> => {
    running = running
      .then(async () => {
        if (!upserted) {
          await Promise.all(schedules.map((s) => publisher.schedule(s)));
          upserted = true;
          resolveReady();
          return [];
        }
        const held = await Promise.all(schedules.map((s) => publisher.isScheduled(s)));
        const missing = schedules.filter((_, i) => !held[i]);
        await Promise.all(missing.map((s) => publisher.schedule(s)));
        if (missing.length) options.onRestored?.(missing.map((s) => s.job));
        return missing.map((s) => s.job);
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        return [];
      });
    return running;
  };
  // The first upsert waits for Redis a little; later checks keep to the interval.
  const first = setTimeout(() => void check(), 100);
  const timer = setInterval(() => {
    if (!stopped) void check();
  }, options.checkEveryMs);
  return {
    ready,
    check,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

export interface QueueRedisSettings {
  readonly maxmemoryPolicy: string | null;
  readonly appendOnly: boolean | null;
}

// Read from INFO (CONFIG may be disabled on a managed Redis); null where Redis does not say.
export async function queueRedisSettings(connection: QueueConnection): Promise<QueueRedisSettings> {
  const redis = connect(connection);
  try {
    const info = `${await redis.info('memory')}\n${await redis.info('persistence')}`;
    const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1].trim() ?? null;
    const aof = field('aof_enabled');
    return { maxmemoryPolicy: field('maxmemory_policy'), appendOnly: aof === null ? null : aof === '1' };
  } finally {
    redis.disconnect();
  }
}

// What the worker says at start about its Redis. Queues need every key kept until BullMQ removes
// it: any eviction policy but noeviction lets Redis drop jobs and schedules under memory pressure.
// Persistence is recommended, not relied on: the outbox relays again what a restarted Redis lost.
export function queueRedisAdvice(settings: QueueRedisSettings): { readonly warnings: string[]; readonly notes: string[] } {
  const warnings: string[] = [];
  const notes: string[] = [];
  if (settings.maxmemoryPolicy !== 'noeviction') {
    warnings.push(
      `Redis maxmemory-policy is ${settings.maxmemoryPolicy ?? 'not reported'}, not noeviction: under memory pressure Redis may drop queued jobs and schedules. Set maxmemory-policy noeviction (see docker/compose.yaml).`,
    );
  }
  if (settings.appendOnly === false) {
    notes.push('Redis has no append-only file: after a restart the outbox relays again what Redis lost, and the schedules are restored');
  }
  return { warnings, notes };
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
