import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  AssignMentoringInput,
  CloseMentoringInput,
  MentoringRequestModel,
  MentoringSessionInput,
  RequestMentoringInput,
} from './mentoring.models';
import { MentoringService } from './mentoring.service';

@Resolver(() => MentoringRequestModel)
export class MentoringResolver {
  constructor(private readonly mentoring: MentoringService) {}

  @Allow(Policy.SignedIn)
  @Query(() => [MentoringRequestModel], { description: 'FPT: every request. Partners: requests on cases they may read.' })
  mentoringRequests(
    @SignedIn() ctx: SignedInContext,
    @Args('includeClosed', { defaultValue: false }) includeClosed: boolean,
  ): Promise<MentoringRequestModel[]> {
    return this.mentoring.list(ctx, includeClosed);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => MentoringRequestModel)
  requestMentoring(@SignedIn() ctx: SignedInContext, @Args('input') input: RequestMentoringInput): Promise<MentoringRequestModel> {
    return this.mentoring.request(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => MentoringRequestModel)
  assignMentoring(@SignedIn() ctx: SignedInContext, @Args('input') input: AssignMentoringInput): Promise<MentoringRequestModel> {
    return this.mentoring.assign(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => MentoringRequestModel)
  recordMentoringSession(@SignedIn() ctx: SignedInContext, @Args('input') input: MentoringSessionInput): Promise<MentoringRequestModel> {
    return this.mentoring.recordSession(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => MentoringRequestModel)
  closeMentoring(@SignedIn() ctx: SignedInContext, @Args('input') input: CloseMentoringInput): Promise<MentoringRequestModel> {
    return this.mentoring.close(ctx, input);
  }
}
