import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { EarlyHelpCaseModel } from '../cases/models/case.models';
import { RecordRestrictedInformationInput, RestrictedEntry, RestrictedInformationModel } from './restricted-information.models';
import { RestrictedInformationService } from './restricted-information.service';

@Resolver(() => RestrictedInformationModel)
export class RestrictedInformationResolver {
  constructor(private readonly restricted: RestrictedInformationService) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => RestrictedInformationModel, {
    description: 'Record information more sensitive than the case; anyone who can see the case may',
  })
  recordRestrictedInformation(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: RecordRestrictedInformationInput,
  ): Promise<RestrictedEntry> {
    return this.restricted.record(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @ResolveField(() => String, { nullable: true, description: 'Null unless the viewer may read it; every request is audited' })
  content(@SignedIn() ctx: SignedInContext, @Parent() entry: RestrictedEntry): Promise<string | null> {
    return this.restricted.content(ctx, entry);
  }
}

@Resolver(() => EarlyHelpCaseModel)
export class CaseRestrictedInformationResolver {
  constructor(private readonly restricted: RestrictedInformationService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [RestrictedInformationModel], {
    description:
      'Restricted information on the case, newest first: its existence is shown to all who see the case, its content to readers only',
  })
  restrictedInformation(@SignedIn() ctx: SignedInContext, @Parent() earlyHelpCase: EarlyHelpCaseModel): Promise<RestrictedEntry[]> {
    return this.restricted.forCase(ctx, earlyHelpCase.id);
  }
}
