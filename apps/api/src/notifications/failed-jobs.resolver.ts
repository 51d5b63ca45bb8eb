import { Inject } from '@nestjs/common';
import { Args, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '@eh/domain';
import { failedJobs, QueueName, retryFailedJob } from '@eh/notifications';
import { Allow, Policy } from '../access/policy';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@ObjectType('FailedJob')
class FailedJobModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() failedReason!: string;
  @Field(() => Int) attemptsMade!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) failedAt!: Date | null;
}

// Deliveries that still failed after their retries, for the FPT manager (the portal's
// administrator here) to see and send again.
@Resolver()
export class FailedJobsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get connection() {
    return { redisUrl: this.config.redisUrl, prefix: `${this.config.redisPrefix}:bull` };
  }

  @Allow(Policy.FptManager)
  @Query(() => [FailedJobModel])
  failedNotificationJobs(): Promise<FailedJobModel[]> {
    return failedJobs(this.connection, QueueName.Notifications);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => Boolean)
  async retryNotificationJob(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    if (!(await retryFailedJob(this.connection, QueueName.Notifications, id))) throw DomainError.notFound();
    return true;
  }
}
