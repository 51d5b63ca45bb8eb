import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  DriftingCasesArgs,
  DriftingCasesModel,
  ImpactFiguresModel,
  ImpactFilterInput,
  ImpactMeasuresModel,
  LocalityModel,
  SaveLocalityInput,
} from './impact.models';
import { ImpactService } from './impact.service';

@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Allow(Policy.SignedIn)
  @Query(() => ImpactFiguresModel, {
    description: 'The Family Partnership Team: any agency, agency type or locality. Partners: their own agency only.',
  })
  impactFigures(@SignedIn() ctx: SignedInContext, @Args('filter') filter: ImpactFilterInput): Promise<ImpactFiguresModel> {
    return this.impact.figures(ctx, filter);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Query(() => DriftingCasesModel, { description: 'Open cases with nothing recorded for 8 weeks; each listing is audited' })
  driftingCases(@SignedIn() ctx: SignedInContext, @Args() { filter }: DriftingCasesArgs): Promise<DriftingCasesModel> {
    return this.impact.drifting(ctx, filter ?? {});
  }

  @Allow(Policy.SignedIn)
  @Query(() => [LocalityModel], { description: 'The council’s localities' })
  localities(): Promise<LocalityModel[]> {
    return this.impact.localities();
  }

  @Allow(Policy.FptManager)
  @Mutation(() => LocalityModel, { description: 'Add a locality, or change one’s name and postcode districts (FPT manager)' })
  saveLocality(@Args('input') input: SaveLocalityInput): Promise<LocalityModel> {
    return this.impact.saveLocality(input);
  }
}

@Resolver(() => ImpactFiguresModel)
export class ImpactMeasuresResolver {
  constructor(private readonly impact: ImpactService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => ImpactMeasuresModel, {
    description:
      'Where families came from and went to, days from referral to allocation, and repeat referrals, over the cases allocated in the period, within the same filters',
  })
  measures(@Parent() figures: ImpactFiguresModel): Promise<ImpactMeasuresModel> {
    return this.impact.measures(figures);
  }
}
