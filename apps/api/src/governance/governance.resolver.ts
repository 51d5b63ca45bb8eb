import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  LegalHoldModel,
  LiftLegalHoldInput,
  PlaceLegalHoldInput,
  RetentionPolicyModel,
  RetentionReviewItemModel,
  SubjectAccessExportModel,
  SubjectAccessPersonModel,
  SubjectAccessSearchInput,
  UpdateRetentionPolicyInput,
} from './governance.models';
import { GovernanceService } from './governance.service';
import { SubjectAccessService } from './subject-access.service';

// The part of the HTTP response a resolver may touch.
export interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

// Information governance. The FPT manager holds it here; in a real council these doors would
// belong to an information governance role (docs/information-governance.md).
@Resolver()
export class GovernanceResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly subjectAccess: SubjectAccessService,
  ) {}

  @Allow(Policy.FptManager)
  @Query(() => [RetentionPolicyModel], { description: 'The council’s retention schedule, one rule per kind of record' })
  retentionPolicies(): Promise<RetentionPolicyModel[]> {
    return this.governance.policies();
  }

  @Allow(Policy.FptManager)
  @Mutation(() => RetentionPolicyModel, { description: 'Changes one rule; CONFLICT if someone changed it since `version`' })
  updateRetentionPolicy(@SignedIn() ctx: SignedInContext, @Args('input') input: UpdateRetentionPolicyInput): Promise<RetentionPolicyModel> {
    return this.governance.updatePolicy(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Query(() => [LegalHoldModel])
  legalHolds(@Args('includeLifted', { defaultValue: false }) includeLifted: boolean): Promise<LegalHoldModel[]> {
    return this.governance.holds(includeLifted);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => LegalHoldModel, { description: 'Stops the purge of a case (and its family) until lifted' })
  placeLegalHold(@SignedIn() ctx: SignedInContext, @Args('input') input: PlaceLegalHoldInput): Promise<LegalHoldModel> {
    return this.governance.placeHold(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => LegalHoldModel)
  liftLegalHold(@SignedIn() ctx: SignedInContext, @Args('input') input: LiftLegalHoldInput): Promise<LegalHoldModel> {
    return this.governance.liftHold(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Query(() => [RetentionReviewItemModel], { description: 'Records past their retention date: due for the purge, or held' })
  retentionReview(): Promise<RetentionReviewItemModel[]> {
    return this.governance.review();
  }

  @Allow(Policy.FptManager)
  @Query(() => [SubjectAccessPersonModel], { description: 'Find the person a subject access request is about (audited)' })
  subjectAccessPeople(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: SubjectAccessSearchInput,
  ): Promise<SubjectAccessPersonModel[]> {
    return this.governance.searchPeople(ctx, input);
  }

  // A mutation, not a query: producing an export is an act that is audited, never cached or retried.
  @Allow(Policy.FptManager)
  @Mutation(() => SubjectAccessExportModel, {
    description: 'Everything held about one person, other people’s details marked for redaction',
  })
  subjectAccessExport(
    @SignedIn() ctx: SignedInContext,
    @Context('res') res: HeaderSink,
    @IdArg('personId') personId: string,
  ): Promise<SubjectAccessExportModel> {
    // Never kept by a browser or proxy, whatever the GraphQL endpoint's own caching headers.
    res.setHeader('cache-control', 'no-store');
    return this.subjectAccess.export(ctx, personId);
  }
}
