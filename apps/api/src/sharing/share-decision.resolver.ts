import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { EarlyHelpCaseModel } from '../cases/models/case.models';
import { periodDates } from '../impact/impact-period';
import { ImpactFiguresModel } from '../impact/impact.models';
import { RecordShareDecisionInput, ShareDecisionCountModel, ShareDecisionModel } from './share-decision.models';
import { ShareDecisionService } from './share-decision.service';

@Resolver()
export class ShareDecisionResolver {
  constructor(private readonly decisions: ShareDecisionService) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => ShareDecisionModel, {
    description:
      'Record a decision not to share information about the family, or a share made outside the portal; anyone who can see the case may',
  })
  recordShareDecision(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordShareDecisionInput): Promise<ShareDecisionModel> {
    return this.decisions.recordOnCase(ctx, input);
  }
}

@Resolver(() => EarlyHelpCaseModel)
export class CaseShareDecisionsResolver {
  constructor(private readonly decisions: ShareDecisionService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [ShareDecisionModel], {
    description: 'The family’s share and don’t-share ledger, newest first, as far as the viewer may see it (audited)',
  })
  shareDecisions(@SignedIn() ctx: SignedInContext, @Parent() earlyHelpCase: EarlyHelpCaseModel): Promise<ShareDecisionModel[]> {
    return this.decisions.forCase(ctx, earlyHelpCase.id);
  }
}

@Resolver(() => ImpactFiguresModel)
export class ImpactShareDecisionsResolver {
  constructor(private readonly decisions: ShareDecisionService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [ShareDecisionCountModel], {
    description:
      'Decisions to share or not, by month, lawful basis and reason: every agency’s for the council’s team, a partner’s own otherwise',
  })
  shareDecisions(@Parent() figures: ImpactFiguresModel): Promise<ShareDecisionCountModel[]> {
    const period = periodDates(figures);
    return this.decisions.counts(period.from, period.to);
  }
}
