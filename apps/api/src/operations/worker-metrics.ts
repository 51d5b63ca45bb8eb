import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { JobPublisher, QueueName, RunningWorkers } from '@eh/notifications';
import { Database } from '../database/kysely';
import { operationsRepository } from './operations.repository';

const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

// The worker's Prometheus metrics: queue depths and outbox lag, read when Prometheus scrapes;
// job durations and failures, counted as jobs finish. Labels are queue, state and job names only.
export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly durations = new Histogram({
    name: 'eh_job_duration_seconds',
    help: 'Time a job ran, from starting to completing or failing, by job name and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900],
    registers: [this.registry],
  });
  private readonly failures = new Counter({
    name: 'eh_job_failures_total',
    help: 'Job attempts that failed (each retry counts), by job name',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });

  constructor(publisher: Pick<JobPublisher, 'jobCounts'>, db: Database) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'eh_queue_jobs',
      help: 'Jobs in each queue by state (waiting, active, delayed, failed)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        // A Redis that does not answer leaves the gauge empty: the scrape itself still succeeds.
        const counts = await Promise.all(Object.values(QueueName).map((queue) => publisher.jobCounts(queue).catch(() => null)));
        Object.values(QueueName).forEach((queue, i) => {
          for (const state of STATES) if (counts[i]) this.set({ queue, state }, counts[i][state] ?? 0);
        });
      },
    });
    new Gauge({
      name: 'eh_outbox_lag_seconds',
      help: 'Age of the oldest outbox entry not yet relayed to the queues (0 when none waits)',
      registers: [this.registry],
      async collect() {
        this.set(await operationsRepository.oldestUnrelayedOutboxAgeSeconds(db));
      },
    });
  }

  observe(workers: RunningWorkers['workers']): void {
    for (const worker of workers) {
      worker.on('completed', (job) => this.finished(job.name, 'completed', job.processedOn, job.finishedOn));
      worker.on('failed', (job) => {
        if (!job) return;
        this.failures.inc({ job: job.name });
        this.finished(job.name, 'failed', job.processedOn, job.finishedOn);
      });
    }
  }

  private finished(job: string, outcome: 'completed' | 'failed', processedOn: number | undefined, finishedOn: number | undefined): void {
    if (processedOn === undefined) return;
    this.durations.observe({ job, outcome }, Math.max(0, (finishedOn ?? Date.now()) - processedOn) / 1000);
  }
}
