import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { EarlyHelpCaseModel } from '../cases/models/case.models';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  AddOutcomeHeadingInput,
  ConfirmSustainmentInput,
  EvidencePackModel,
  NationalReturnArgs,
  NationalReturnModel,
  OutcomeHeadingModel,
  PlanNeedModel,
  RecordNeedInput,
  RecordNeedOutcomesInput,
  RecordNeedProgressInput,
  RemoveNeedInput,
  RenameOutcomeHeadingInput,
  RetireOutcomeHeadingInput,
  SustainmentCheckModel,
} from './outcomes.models';
import { OutcomesService } from './outcomes.service';

@Resolver()
export class OutcomesResolver {
  constructor(private readonly outcomes: OutcomesService) {}

  @Allow(Policy.SignedIn)
  @Query(() => [OutcomeHeadingModel], { description: 'The council’s outcome framework, in order' })
  outcomeHeadings(@Args('includeRetired', { defaultValue: false }) includeRetired: boolean): Promise<OutcomeHeadingModel[]> {
    return this.outcomes.headings(includeRetired);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => OutcomeHeadingModel, { description: 'Add a heading to the outcome framework' })
  addOutcomeHeading(@SignedIn() ctx: SignedInContext, @Args('input') input: AddOutcomeHeadingInput): Promise<OutcomeHeadingModel> {
    return this.outcomes.addHeading(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => OutcomeHeadingModel, { description: 'Rename a heading of the outcome framework' })
  renameOutcomeHeading(@SignedIn() ctx: SignedInContext, @Args('input') input: RenameOutcomeHeadingInput): Promise<OutcomeHeadingModel> {
    return this.outcomes.renameHeading(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => OutcomeHeadingModel, { description: 'Retire a heading (or bring it back); headings are never deleted' })
  retireOutcomeHeading(@SignedIn() ctx: SignedInContext, @Args('input') input: RetireOutcomeHeadingInput): Promise<OutcomeHeadingModel> {
    return this.outcomes.retireHeading(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => PlanNeedModel, { description: 'Code a need identified in the family’s plan against the outcome framework' })
  recordNeed(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordNeedInput): Promise<PlanNeedModel> {
    return this.outcomes.recordNeed(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => Boolean, { description: 'Remove a need coded in error, before anything is recorded against it' })
  removeNeed(@SignedIn() ctx: SignedInContext, @Args('input') input: RemoveNeedInput): Promise<boolean> {
    return this.outcomes.removeNeed(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => [PlanNeedModel], { description: 'Record progress on needs at a Team Around the Family review' })
  recordNeedProgress(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordNeedProgressInput): Promise<PlanNeedModel[]> {
    return this.outcomes.recordProgress(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => [PlanNeedModel], { description: 'Record the outcome of each need once the case has closed' })
  recordNeedOutcomes(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordNeedOutcomesInput): Promise<PlanNeedModel[]> {
    return this.outcomes.recordOutcomes(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [SustainmentCheckModel], { description: 'Closed families whose progress the signed-in former lead is asked to confirm' })
  sustainmentChecksForMe(@SignedIn() ctx: SignedInContext): Promise<SustainmentCheckModel[]> {
    return this.outcomes.waitingForMe(ctx);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => SustainmentCheckModel, { description: 'The former lead confirms, need by need, whether progress held' })
  confirmSustainment(@SignedIn() ctx: SignedInContext, @Args('input') input: ConfirmSustainmentInput): Promise<SustainmentCheckModel> {
    return this.outcomes.confirm(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Query(() => EvidencePackModel, { description: 'Every closed family with coded needs, judged by the claim rule; audited' })
  evidencePack(@SignedIn() ctx: SignedInContext): Promise<EvidencePackModel> {
    return this.outcomes.evidencePack(ctx);
  }

  @Allow(Policy.FptManager)
  @Query(() => NationalReturnModel, { description: 'The families claimed in a quarter, for the national return; audited' })
  nationalReturn(@SignedIn() ctx: SignedInContext, @Args() { quarter }: NationalReturnArgs): Promise<NationalReturnModel> {
    return this.outcomes.nationalReturn(ctx, quarter);
  }
}

// A case's needs and its sustainment check, on the case page (the case itself was read and audited).
@Resolver(() => EarlyHelpCaseModel)
export class CaseOutcomesResolver {
  constructor(private readonly outcomes: OutcomesService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [PlanNeedModel], { description: 'Needs coded against the outcome framework, oldest first' })
  needs(@Parent() c: EarlyHelpCaseModel): Promise<PlanNeedModel[]> {
    return this.outcomes.needsOfCase(c.id);
  }

  @Allow(Policy.SignedIn)
  @ResolveField(() => SustainmentCheckModel, { nullable: true, description: 'Null until the sustainment check has come' })
  sustainmentCheck(@SignedIn() ctx: SignedInContext, @Parent() c: EarlyHelpCaseModel): Promise<SustainmentCheckModel | null> {
    return this.outcomes.checkOfCase(ctx, c.id);
  }
}
