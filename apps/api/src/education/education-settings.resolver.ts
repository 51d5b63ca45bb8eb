import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { PersonModel } from '../referrals/models/referral.models';
import { ChildSettingService } from './child-setting.service';
import { EducationSettingsService } from './education-settings.service';
import { ChildEducationSettingModel, EducationSettingInput, EducationSettingModel, RecordChildSettingInput } from './education.models';

@Resolver(() => EducationSettingModel)
export class EducationSettingsResolver {
  constructor(private readonly settings: EducationSettingsService) {}

  @Allow(Policy.SignedIn)
  @Query(() => [EducationSettingModel], { description: 'The directory of schools, colleges and early-years settings' })
  educationSettings(): Promise<EducationSettingModel[]> {
    return this.settings.all();
  }

  @Allow(Policy.SignedIn)
  @Query(() => EducationSettingModel)
  educationSetting(@IdArg('id') id: string): Promise<EducationSettingModel> {
    return this.settings.one(id);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => EducationSettingModel, { description: 'Add a setting to the directory (Family Partnership Team)' })
  addEducationSetting(@SignedIn() ctx: SignedInContext, @Args('input') input: EducationSettingInput): Promise<EducationSettingModel> {
    return this.settings.add(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => EducationSettingModel, { description: 'Change a setting in the directory (Family Partnership Team)' })
  updateEducationSetting(
    @SignedIn() ctx: SignedInContext,
    @IdArg('id') id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: EducationSettingInput,
  ): Promise<EducationSettingModel> {
    return this.settings.update(ctx, id, expectedVersion, input);
  }
}

@Resolver(() => PersonModel)
export class ChildSettingResolver {
  constructor(private readonly children: ChildSettingService) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => [ChildEducationSettingModel], { description: 'A child’s education settings, current first' })
  async educationSettings(@Parent() person: PersonModel): Promise<ChildEducationSettingModel[]> {
    if (person.educationSettings) return person.educationSettings;
    return (await this.children.ofPeople([person.id])).get(person.id) ?? [];
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => [ChildEducationSettingModel], { description: 'Record a child’s new education setting; it ends the current one' })
  recordChildSetting(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: RecordChildSettingInput,
  ): Promise<ChildEducationSettingModel[]> {
    return this.children.record(ctx, input);
  }
}
