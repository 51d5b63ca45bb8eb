import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { ManagedUserModel } from './user-administration.models';
import { UserAdministrationService } from './user-administration.service';

const EXPECTED_VERSION = {
  type: () => Int,
  nullable: true,
  description: 'The account version the manager saw; a later change is a CONFLICT',
};

@Resolver(() => ManagedUserModel)
export class UserAdministrationResolver {
  constructor(private readonly users: UserAdministrationService) {}

  @Allow(Policy.FptManager)
  @Query(() => [ManagedUserModel], { description: 'People with an active account, by agency (FPT manager)' })
  people(): Promise<ManagedUserModel[]> {
    return this.users.people();
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ManagedUserModel, {
    description: 'Move a practitioner to another agency: ends their named-professional roles and every session (FPT manager)',
  })
  moveUserToAgency(
    @SignedIn() ctx: SignedInContext,
    @IdArg('userId') userId: string,
    @IdArg('agencyId') agencyId: string,
    @Args('expectedVersion', EXPECTED_VERSION) expectedVersion?: number | null,
  ): Promise<ManagedUserModel> {
    return this.users.moveToAgency(ctx, userId, agencyId, expectedVersion ?? null);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ManagedUserModel, {
    description:
      'Remove someone from their agency (disable the account): ends their named-professional roles and every session (FPT manager)',
  })
  removeUserFromAgency(
    @SignedIn() ctx: SignedInContext,
    @IdArg('userId') userId: string,
    @Args('expectedVersion', EXPECTED_VERSION) expectedVersion?: number | null,
  ): Promise<ManagedUserModel> {
    return this.users.removeFromAgency(ctx, userId, expectedVersion ?? null);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ManagedUserModel, { description: 'Say whether a practitioner manages their agency’s cases (FPT manager)' })
  setAgencyManager(
    @SignedIn() ctx: SignedInContext,
    @IdArg('userId') userId: string,
    @Args('manager') manager: boolean,
    @Args('expectedVersion', EXPECTED_VERSION) expectedVersion?: number | null,
  ): Promise<ManagedUserModel> {
    return this.users.setAgencyManager(ctx, userId, manager, expectedVersion ?? null);
  }
}
