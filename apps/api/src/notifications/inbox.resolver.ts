import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { InboxModel } from './inbox.models';
import { InboxService } from './inbox.service';

@Resolver()
export class InboxResolver {
  constructor(private readonly inboxes: InboxService) {}

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
