import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { AlertReceiptModel, RaiseAlertInput, SharingAlertModel } from './sharing.models';
import { SharingService } from './sharing.service';

@Resolver()
export class SharingResolver {
  constructor(private readonly sharing: SharingService) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => AlertReceiptModel)
  raiseSharingAlert(@SignedIn() ctx: SignedInContext, @Args('input') input: RaiseAlertInput): Promise<AlertReceiptModel> {
    return this.sharing.raise(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [SharingAlertModel], { description: 'Alerts shared with the viewer’s agency, and those the viewer raised' })
  sharingAlerts(@SignedIn() ctx: SignedInContext): Promise<SharingAlertModel[]> {
    return this.sharing.alerts(ctx);
  }
}
