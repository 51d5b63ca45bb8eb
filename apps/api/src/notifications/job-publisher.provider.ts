import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobName, JobOf, JobPublisher } from '@eh/notifications';
import { APP_CONFIG, AppConfig } from '../config/app-config';

// The API's side of the queues. A job that cannot be queued is logged by id and does not undo
// the change that caused it; a transactional outbox (issue 5) will make delivery certain.
@Injectable()
export class Jobs implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly publisher: JobPublisher;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publisher = new JobPublisher({ redisUrl: config.redisUrl, prefix: `${config.redisPrefix}:bull` });
  }

  async publish<N extends JobName>(job: N, payload: JobOf<N>): Promise<void> {
    try {
      await this.publisher.publish(job, payload);
    } catch (error) {
      this.logger.warn(`Could not queue ${job}: ${error instanceof Error ? error.name : 'unknown error'}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }
}
