import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { InboxService } from './inbox.service';
import { AlertReceiptModel, InboxModel, RaiseAlertInput, SharingAlertModel } from './sharing.models';
import { SharingService } from './sharing.service';

@Resolver()
export class SharingResolver {
  constructor(
    private readonly sharing: SharingService,
    private readonly inboxes: InboxService,
  ) {}

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

  @Allow(Policy.SignedIn)
  @Query(() => InboxModel)
  inbox(@SignedIn() ctx: SignedInContext): Promise<InboxModel> {
    return this.inboxes.inbox(ctx);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => InboxModel, { description: 'Mark one notification read, or all when no id is given' })
  markNotificationsRead(
    @SignedIn() ctx: SignedInContext,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
  ): Promise<InboxModel> {
    return this.inboxes.markRead(ctx, id ?? null);
  }
}
