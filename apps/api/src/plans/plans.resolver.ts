import { AssignPlanSectionInput } from '../cases/dto/team.inputs';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SectionKind } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  ReturnPlanInput,
  UploadDrawingInput,
  SaveAceInput,
  SaveFamilyStoryInput,
  SaveGoalsInput,
  SaveSignsOfSafetyInput,
  SaveThreeHousesInput,
  PlanSectionArgs,
  PlanSectionAtVersionArgs,
} from './dto/plan.inputs';
import { DrawingsService } from './drawings.service';
import { DrawingModel, MyFamilyPlanModel, PlanSectionModel, SectionVersionModel } from './models/plan.models';
import { PlansService } from './plans.service';

// Who may change a plan is decided per case (lead practitioner and named professionals edit,
// FPT quality-assure) in PlansService with the policy functions from libs/domain.
@Resolver(() => MyFamilyPlanModel)
export class PlansResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly drawings: DrawingsService,
  ) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => DrawingModel, { description: 'Add a photo or scan of a child’s three houses drawing (image, under 2 MB)' })
  uploadDrawing(@SignedIn() ctx: SignedInContext, @Args('input') input: UploadDrawingInput): Promise<DrawingModel> {
    return this.drawings.upload(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Query(() => String, { description: 'The drawing as a data: URL, for people who may read the case' })
  drawingImage(@SignedIn() ctx: SignedInContext, @IdArg('id') id: string): Promise<string> {
    return this.drawings.image(ctx, id);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [SectionVersionModel], { description: 'Every saved version of a plan section, newest first' })
  planSectionVersions(@SignedIn() ctx: SignedInContext, @Args() { caseId, sectionKey }: PlanSectionArgs): Promise<SectionVersionModel[]> {
    return this.plans.versions(ctx, caseId, sectionKey);
  }

  @Allow(Policy.SignedIn)
  @Query(() => PlanSectionModel)
  planSectionAtVersion(
    @SignedIn() ctx: SignedInContext,
    @Args() { caseId, sectionKey, version }: PlanSectionAtVersionArgs,
  ): Promise<PlanSectionModel> {
    return this.plans.atVersion(ctx, caseId, sectionKey, version);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => MyFamilyPlanModel, { description: 'The case must be OPEN (first contact recorded)' })
  startMyFamilyPlan(@SignedIn() ctx: SignedInContext, @IdArg('caseId') caseId: string): Promise<MyFamilyPlanModel> {
    return this.plans.start(ctx, caseId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => PlanSectionModel)
  saveFamilyStory(@SignedIn() ctx: SignedInContext, @Args('input') { caseId, expectedVersion, ...familyStory }: SaveFamilyStoryInput) {
    return this.plans.saveSection(ctx, caseId, null, expectedVersion, { kind: SectionKind.FAMILY_STORY, familyStory });
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => PlanSectionModel)
  saveSignsOfSafety(
    @SignedIn() ctx: SignedInContext,
    @Args('input') { caseId, expectedVersion, ...signsOfSafety }: SaveSignsOfSafetyInput,
  ) {
    return this.plans.saveSection(ctx, caseId, null, expectedVersion, { kind: SectionKind.SIGNS_OF_SAFETY, signsOfSafety });
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => PlanSectionModel)
  saveThreeHouses(
    @SignedIn() ctx: SignedInContext,
    @Args('input') { caseId, personId, expectedVersion, ...threeHouses }: SaveThreeHousesInput,
  ) {
    return this.plans.saveSection(ctx, caseId, personId, expectedVersion, { kind: SectionKind.THREE_HOUSES, threeHouses });
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => PlanSectionModel)
  saveAce(@SignedIn() ctx: SignedInContext, @Args('input') { caseId, personId, expectedVersion, indicators }: SaveAceInput) {
    return this.plans.saveSection(ctx, caseId, personId, expectedVersion, { kind: SectionKind.ACE, ace: { indicators } });
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => PlanSectionModel)
  saveGoals(
    @SignedIn() ctx: SignedInContext,
    @Args('input') { caseId, expectedVersion, goals }: SaveGoalsInput,
  ): Promise<PlanSectionModel> {
    return this.plans.saveSection(ctx, caseId, null, expectedVersion, { kind: SectionKind.GOALS, goals: { goals } });
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => MyFamilyPlanModel)
  submitMyFamilyPlan(
    @SignedIn() ctx: SignedInContext,
    @IdArg('caseId') caseId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<MyFamilyPlanModel> {
    return this.plans.submit(ctx, caseId, version);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => MyFamilyPlanModel, { description: 'Family Partnership Team: back to the lead with at least one comment' })
  returnMyFamilyPlan(@SignedIn() ctx: SignedInContext, @Args('input') input: ReturnPlanInput): Promise<MyFamilyPlanModel> {
    return this.plans.returnPlan(ctx, input.caseId, input.version, input.comments);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => MyFamilyPlanModel, { description: 'Family Partnership Team: the plan becomes ACTIVE; reviews fall due every 6 weeks' })
  approveMyFamilyPlan(
    @SignedIn() ctx: SignedInContext,
    @IdArg('caseId') caseId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<MyFamilyPlanModel> {
    return this.plans.approve(ctx, caseId, version);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => MyFamilyPlanModel, {
    description: 'The lead practitioner asks a member of the team to write a section (userId null: takes it back)',
  })
  assignPlanSection(@SignedIn() ctx: SignedInContext, @Args('input') input: AssignPlanSectionInput): Promise<MyFamilyPlanModel> {
    return this.plans.assignSection(ctx, input.caseId, input.sectionKey, input.userId ?? null);
  }
}
