import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  AddReferralToCaseInput,
  MakeReferralInput,
  PersonLookupInput,
  RecordReferralInput,
  TriageReferralInput,
  UpdatePersonIdentifiersInput,
} from './dto/referral.inputs';
import { FamilyService } from './family.service';
import { FamilyMatchModel, PersonModel, ReferralModel, ReferralStatus } from './models/referral.models';
import { ReferralsService } from './referrals.service';

@ArgsType()
class PossibleMatchesArgs {
  @Field(() => [PersonLookupInput])
  @ValidateNested({ each: true })
  @Type(() => PersonLookupInput)
  @ArrayMaxSize(30)
  people!: PersonLookupInput[];
}

@Resolver(() => ReferralModel)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly families: FamilyService,
  ) {}

  @Allow(Policy.FamilyPartnershipTeam)
  @Query(() => [FamilyMatchModel], {
    description: 'Existing families with the same people: by NHS number, UPN or council person number first, then name and date of birth',
  })
  possibleFamilyMatches(@SignedIn() ctx: SignedInContext, @Args() { people }: PossibleMatchesArgs): Promise<FamilyMatchModel[]> {
    return this.service.possibleFamilyMatches(ctx, people);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [ReferralModel], { description: 'FPT: every referral. Partners: referrals their agency made or leads.' })
  referrals(
    @SignedIn() ctx: SignedInContext,
    @Args('status', { type: () => ReferralStatus, nullable: true }) status: ReferralStatus | null,
  ): Promise<ReferralModel[]> {
    return this.service.list(ctx, status ?? null);
  }

  @Allow(Policy.SignedIn)
  @Query(() => ReferralModel, { description: 'NOT_FOUND when it does not exist or the viewer may not see it (indistinguishable)' })
  referral(@SignedIn() ctx: SignedInContext, @IdArg('id') id: string): Promise<ReferralModel> {
    return this.service.get(ctx, id);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => ReferralModel, { description: 'The front door records a referral; consentNote is required when consentGiven is false' })
  recordReferral(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordReferralInput): Promise<ReferralModel> {
    return this.service.record(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [ReferralModel], { description: 'Referrals the signed-in partner made, newest first, with their progress and decision' })
  myReferrals(@SignedIn() ctx: SignedInContext): Promise<ReferralModel[]> {
    return this.service.mine(ctx);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => ReferralModel, { description: 'A partner practitioner or DSL refers a family to the front door for their agency' })
  makeReferral(@SignedIn() ctx: SignedInContext, @Args('input') input: MakeReferralInput): Promise<ReferralModel> {
    return this.service.make(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => ReferralModel, {
    description: 'Level 2 opens a case with the lead agency and practitioner; the decision goes back to the referrer',
  })
  triageReferral(@SignedIn() ctx: SignedInContext, @Args('input') input: TriageReferralInput): Promise<ReferralModel> {
    return this.service.triage(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => ReferralModel, { description: 'Triage: add the referral to the family’s open case instead of opening another' })
  addReferralToCase(@SignedIn() ctx: SignedInContext, @Args('input') input: AddReferralToCaseInput): Promise<ReferralModel> {
    return this.service.addToCase(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => PersonModel, {
    description: 'The front door changes a person’s identifiers on the family record (each left out is cleared); audited',
  })
  updatePersonIdentifiers(@SignedIn() ctx: SignedInContext, @Args('input') input: UpdatePersonIdentifiersInput): Promise<PersonModel> {
    const { personId, version, ...identifiers } = input;
    return this.families.updateIdentifiers(ctx, personId, version, identifiers);
  }
}
