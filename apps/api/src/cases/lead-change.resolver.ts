import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { CasesService } from './cases.service';
import {
  AcceptCaseTransferInput,
  ChangeLeadPractitionerInput,
  DeclineCaseTransferInput,
  OfferCaseTransferInput,
} from './dto/lead-change.inputs';
import { LeadChangeService } from './lead-change.service';
import { PractitionerModel } from '../identity/models/identity.models';
import { EarlyHelpCaseModel } from './models/case.models';
import { CaseTransferOfferModel, LeadChangeModel } from './models/lead-change.models';

@Resolver(() => EarlyHelpCaseModel)
export class LeadChangeResolver {
  constructor(
    private readonly leads: LeadChangeService,
    private readonly cases: CasesService,
  ) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => LeadChangeModel)
  leadChange(@SignedIn() ctx: SignedInContext, @Parent() c: EarlyHelpCaseModel): Promise<LeadChangeModel> {
    return this.leads.forCase(ctx, {
      id: c.id,
      status: c.status,
      leadAgencyId: c.leadAgency.id,
      leadPractitionerId: c.leadPractitioner.id,
    });
  }

  @Allow(Policy.SignedIn)
  @Query(() => [CaseTransferOfferModel], { description: 'Cases other agencies have offered to the signed-in user’s agency' })
  caseTransferOffers(@SignedIn() ctx: SignedInContext): Promise<CaseTransferOfferModel[]> {
    return this.leads.offers(ctx);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [PractitionerModel], {
    description: 'Practitioners of a partner agency a case could be offered to (agency managers and the FPT manager)',
  })
  practitionersToOfferTo(@SignedIn() ctx: SignedInContext, @IdArg('agencyId') agencyId: string): Promise<PractitionerModel[]> {
    return this.leads.practitionersToOfferTo(ctx, agencyId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Moves the case to another practitioner in the lead agency' })
  async changeLeadPractitioner(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: ChangeLeadPractitionerInput,
  ): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.leads.changeLead(ctx, input));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Offers the case to another agency; the current lead keeps it until accepted' })
  async offerCaseTransfer(@SignedIn() ctx: SignedInContext, @Args('input') input: OfferCaseTransferInput): Promise<EarlyHelpCaseModel> {
    await this.leads.offer(ctx, input);
    return this.cases.get(ctx, input.caseId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel)
  async withdrawCaseTransfer(@SignedIn() ctx: SignedInContext, @IdArg('transferId') transferId: string): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.leads.withdraw(ctx, transferId));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Accepts a case offered to the agency, choosing its new lead practitioner' })
  async acceptCaseTransfer(@SignedIn() ctx: SignedInContext, @Args('input') input: AcceptCaseTransferInput): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.leads.accept(ctx, input));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => Boolean, { description: 'Declines a case offered to the agency; it stays with its current lead' })
  declineCaseTransfer(@SignedIn() ctx: SignedInContext, @Args('input') input: DeclineCaseTransferInput): Promise<boolean> {
    return this.leads.decline(ctx, input);
  }
}
