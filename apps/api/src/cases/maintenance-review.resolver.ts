import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { MaintenanceReviewModel, RecordMaintenanceReviewInput } from './maintenance-review.models';
import { MaintenanceReviewService } from './maintenance-review.service';
import { EarlyHelpCaseModel } from './models/case.models';

@Resolver(() => EarlyHelpCaseModel)
export class MaintenanceReviewResolver {
  constructor(private readonly reviews: MaintenanceReviewService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [MaintenanceReviewModel], { description: 'The 1, 3, 6 and 12 month maintenance reviews, held, missed or to come' })
  maintenanceReviews(@Parent() c: EarlyHelpCaseModel): Promise<MaintenanceReviewModel[]> {
    return this.reviews.forCase(c.id, c.maintenanceReviewDates);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => MaintenanceReviewModel, { description: 'Record a maintenance review as held or missed' })
  recordMaintenanceReview(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: RecordMaintenanceReviewInput,
  ): Promise<MaintenanceReviewModel> {
    return this.reviews.record(ctx, input);
  }
}
