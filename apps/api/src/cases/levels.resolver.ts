import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { periodDates } from '../impact/impact-period';
import { SignedIn, SignedInContext } from '../common/request-context';
import { PractitionerModel } from '../identity/models/identity.models';
import { ImpactFiguresModel } from '../impact/impact.models';
import { CasesService } from './cases.service';
import { OfferCaseTransferInput } from './dto/lead-change.inputs';
import { LeadChangeService } from './lead-change.service';
import { AcceptStepUpInput, LevelMovementCountModel, StepDownFromSocialCareInput, StepUpAcceptedModel } from './levels.models';
import { LevelsService } from './levels.service';
import { EarlyHelpCaseModel } from './models/case.models';

@Resolver()
export class LevelsResolver {
  constructor(
    private readonly levels: LevelsService,
    private readonly leads: LeadChangeService,
    private readonly cases: CasesService,
  ) {}

  @Allow(Policy.FamilyPartnershipTeam)
  @Query(() => [PractitionerModel], { description: 'The Family Casework Team’s caseworkers, who lead level 3 cases' })
  familyCaseworkers(): Promise<PractitionerModel[]> {
    return this.levels.caseworkers();
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => StepUpAcceptedModel, {
    description: 'Accept a step up to Family Casework (Forum or urgent route): the case is held at level 3 by the caseworker named',
  })
  acceptStepUp(@SignedIn() ctx: SignedInContext, @Args('input') input: AcceptStepUpInput): Promise<StepUpAcceptedModel> {
    return this.levels.acceptStepUp(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, {
    description: 'Offer a level 3 case down to a partner agency’s lead; it becomes level 2 when the agency accepts (on /transfers)',
  })
  async offerStepDown(@SignedIn() ctx: SignedInContext, @Args('input') input: OfferCaseTransferInput): Promise<EarlyHelpCaseModel> {
    await this.leads.offer(ctx, input, true);
    return this.cases.get(ctx, input.caseId);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => EarlyHelpCaseModel, {
    description: 'Record a step-down from children’s social care: the case opens with its history, offered to a partner agency',
  })
  async recordStepDownFromSocialCare(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: StepDownFromSocialCareInput,
  ): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.levels.stepDownFromSocialCare(ctx, input));
  }
}

@Resolver(() => ImpactFiguresModel)
export class ImpactLevelMovementsResolver {
  constructor(private readonly levels: LevelsService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [LevelMovementCountModel], {
    description:
      'Step-ups to level 3, step-downs from level 3 and from social care, by month, within the same agency, agency type and locality as the other figures (the council’s team only)',
  })
  levelMovements(@Parent() figures: ImpactFiguresModel): Promise<LevelMovementCountModel[]> {
    const period = periodDates(figures);
    return this.levels.movements(period.from, period.to, figures.scope);
  }
}
