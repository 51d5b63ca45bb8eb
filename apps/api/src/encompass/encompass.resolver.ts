import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { periodDates } from '../impact/impact-period';
import { ImpactFiguresModel } from '../impact/impact.models';
import {
  AcknowledgeEncompassInput,
  EncompassImpactModel,
  EncompassNotificationModel,
  EncompassNotificationSummaryModel,
  PassOnEncompassInput,
  RecordEncompassNotificationInput,
} from './encompass.models';
import { EncompassService } from './encompass.service';

@Resolver()
export class EncompassResolver {
  constructor(private readonly encompass: EncompassService) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => EncompassNotificationModel, {
    description: 'A police officer records an Operation Encompass notification; it goes to each child’s setting (audited)',
  })
  recordEncompassNotification(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: RecordEncompassNotificationInput,
  ): Promise<EncompassNotificationModel> {
    return this.encompass.record(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [EncompassNotificationSummaryModel], {
    description: 'The Operation Encompass notifications the viewer may read, newest first, with their status (audited)',
  })
  encompassNotifications(@SignedIn() ctx: SignedInContext): Promise<EncompassNotificationSummaryModel[]> {
    return this.encompass.list(ctx);
  }

  @Allow(Policy.SignedIn)
  @Query(() => EncompassNotificationModel, { description: 'One notification, for its readers only; every read audited' })
  encompassNotification(@SignedIn() ctx: SignedInContext, @IdArg('id') id: string): Promise<EncompassNotificationModel> {
    return this.encompass.read(ctx, id);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EncompassNotificationModel, {
    description: 'Open a notification to read it: as the query, and keeps the first time the setting’s DSL or a deputy read it',
  })
  openEncompassNotification(@SignedIn() ctx: SignedInContext, @IdArg('id') id: string): Promise<EncompassNotificationModel> {
    return this.encompass.read(ctx, id, true);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EncompassNotificationModel, {
    description: 'The setting’s DSL or a deputy acknowledges a notification with what the school will do',
  })
  acknowledgeEncompassNotification(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: AcknowledgeEncompassInput,
  ): Promise<EncompassNotificationModel> {
    return this.encompass.acknowledge(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EncompassNotificationModel, {
    description: 'The council’s Operation Encompass contact records passing on a notification for a setting the portal cannot reach',
  })
  passOnEncompassNotification(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: PassOnEncompassInput,
  ): Promise<EncompassNotificationModel> {
    return this.encompass.passOn(ctx, input);
  }
}

@Resolver(() => ImpactFiguresModel)
export class ImpactEncompassResolver {
  constructor(private readonly service: EncompassService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => EncompassImpactModel, {
    description:
      'Operation Encompass: notifications, reads before the school day, time to acknowledge, escalations (council team; none for partners)',
  })
  encompass(@Parent() figures: ImpactFiguresModel): Promise<EncompassImpactModel> {
    const period = periodDates(figures);
    return this.service.figures(period.from, period.to);
  }
}
