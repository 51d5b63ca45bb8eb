import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { CasesService } from './cases.service';
import { CaseWorkService } from './case-work.service';
import { CloseCaseInput, RecordConsentInput, RecordReviewInput, ReopenCaseInput } from './dto/case-work.inputs';
import { ConsentModel, ReviewModel } from './models/case-work.models';
import { EarlyHelpCaseModel } from './models/case.models';

@Resolver(() => EarlyHelpCaseModel)
export class CaseWorkResolver {
  constructor(
    private readonly work: CaseWorkService,
    private readonly cases: CasesService,
  ) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => ConsentModel)
  recordConsent(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordConsentInput): Promise<ConsentModel> {
    return this.work.recordConsent(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => ConsentModel)
  withdrawConsent(
    @SignedIn() ctx: SignedInContext,
    @IdArg('consentId') consentId: string,
    @Args('withdrawnOn') withdrawnOn: string,
  ): Promise<ConsentModel> {
    return this.work.withdrawConsent(ctx, consentId, withdrawnOn);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => ReviewModel)
  recordReview(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordReviewInput): Promise<ReviewModel> {
    return this.work.recordReview(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel)
  async closeCase(@SignedIn() ctx: SignedInContext, @Args('input') input: CloseCaseInput): Promise<EarlyHelpCaseModel> {
    await this.work.close(ctx, input);
    return this.cases.get(ctx, input.caseId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel)
  async reopenCase(@SignedIn() ctx: SignedInContext, @Args('input') input: ReopenCaseInput): Promise<EarlyHelpCaseModel> {
    await this.work.reopen(ctx, input);
    return this.cases.get(ctx, input.caseId);
  }
}
