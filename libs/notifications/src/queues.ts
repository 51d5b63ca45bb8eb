import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobRegistry } from './job-registry';
import { JobName, JobOf, QUEUE_OF_JOB, QueueName } from './jobs';

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

  constructor(private readonly connection: QueueConnection) {
    this.redis = connect(connection);
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.connection.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async publish<N extends JobName>(job: N, payload: JobOf<N>): Promise<void> {
    await this.queue(QUEUE_OF_JOB[job]).add(job, payload, {
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: 1000,
      removeOnFail: false,
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.redis.quit();
  }
}

export function startWorkers(connection: QueueConnection, registry: JobRegistry): Worker[] {
  return Object.values(QueueName).map(
    (name) =>
      new Worker(name, (job) => registry.handlerFor(job.name)(job.data), {
        connection: connect(connection),
        prefix: connection.prefix,
        concurrency: 4,
      }),
  );
}
