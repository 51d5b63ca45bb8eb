import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { CasesService } from './cases.service';
import { RecordFirstContactInput } from './dto/case-work.inputs';
import { CaseSummaryModel, EarlyHelpCaseModel } from './models/case.models';

@Resolver(() => EarlyHelpCaseModel)
export class CasesResolver {
  constructor(private readonly cases: CasesService) {}

  @Allow(Policy.SignedIn)
  @Query(() => [CaseSummaryModel], { description: 'Open cases the signed-in user may see, soonest deadline first' })
  caseload(@SignedIn() ctx: SignedInContext): Promise<CaseSummaryModel[]> {
    return this.cases.caseload(ctx);
  }

  @Allow(Policy.SignedIn)
  @Query(() => EarlyHelpCaseModel, {
    name: 'case',
    description: 'NOT_FOUND when it does not exist or the viewer may not see it (indistinguishable)',
  })
  earlyHelpCase(@SignedIn() ctx: SignedInContext, @IdArg('id') id: string): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, id);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, {
    description: 'CONTACTED opens the case; DECLINED records that the family declined help, with the reason',
  })
  recordFirstContact(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordFirstContactInput): Promise<EarlyHelpCaseModel> {
    return this.cases.recordFirstContact(ctx, input);
  }
}
