import { JobHandler, JobHandlers, JobName } from './jobs';

export class JobRegistryError extends Error {}

interface Registration {
  readonly job: JobName;
  readonly handler: JobHandler<JobName>;
}

// The worker refuses to start when a job has no handler or two, rather than failing later on
// the first job of that kind.
export class JobRegistry {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(registrations: readonly Registration[]) {
    for (const { job, handler } of registrations) {
      if (this.handlers.has(job)) throw new JobRegistryError(`Job ${job} has more than one handler`);
      this.handlers.set(job, handler);
    }
    const missing = Object.values(JobName).filter((job) => !this.handlers.has(job));
    if (missing.length) throw new JobRegistryError(`No handler for job ${missing.join(', ')}`);
  }

  static fromHandlers(handlers: JobHandlers): JobRegistry {
    return new JobRegistry(Object.values(JobName).map((job) => ({ job, handler: handlers[job] as JobHandler<JobName> })));
  }

  handlerFor(job: string): JobHandler<JobName> {
    const handler = this.handlers.get(job as JobName);
    if (!handler) throw new JobRegistryError(`Unknown job ${job}`);
    return handler;
  }
}
