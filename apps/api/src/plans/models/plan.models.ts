import { PractitionerModel } from '../../identity/models/identity.models';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AceIndicator, ActionStatus, PlanStatus, SectionKind } from '@eh/domain';
import { PersonModel } from '../../referrals/models/referral.models';

registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(SectionKind, { name: 'SectionKind' });
registerEnumType(AceIndicator, { name: 'AceIndicator' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });

@ObjectType('FamilyStory')
export class FamilyStoryModel {
  @Field() story!: string;
  @Field() language!: string;
  @Field() interpreterNeeded!: boolean;
}

@ObjectType('SignsOfSafety')
export class SignsOfSafetyModel {
  @Field() worries!: string;
  @Field() workingWell!: string;
  @Field() needsToHappen!: string;
}

@ObjectType('ThreeHouses')
export class ThreeHousesModel {
  @Field() worries!: string;
  @Field() goodThings!: string;
  @Field() dreams!: string;
}

@ObjectType('AceRecord')
export class AceRecordModel {
  @Field(() => [AceIndicator]) indicators!: AceIndicator[];
  @Field(() => Int) count!: number;
}

@ObjectType('GoalAction')
export class GoalActionModel {
  @Field() who!: string;
  @Field() what!: string;
  @Field() byWhen!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
}

@ObjectType('FamilyGoal')
export class FamilyGoalModel {
  @Field() goal!: string;
  @Field(() => [GoalActionModel]) actions!: GoalActionModel[];
}

@ObjectType('QaComment')
export class QaCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) sectionKey!: string | null;
  @Field() comment!: string;
  @Field() madeByName!: string;
  @Field(() => GraphQLISODateTime) madeAt!: Date;
}

@ObjectType('PlanSection')
export class PlanSectionModel {
  @Field({
    description:
      'The section in the plan: FAMILY_STORY, SIGNS_OF_SAFETY, GOALS, or THREE_HOUSES:<personId> and ACE:<personId> for each child',
  })
  key!: string;
  @Field(() => ID, { nullable: true, description: 'The member the lead asked to write this section; null: the lead writes it' })
  assignedToId!: string | null;
  @Field(() => String, { nullable: true }) assignedToName!: string | null;
  @Field({ description: 'Whether the viewer may change this section' }) canEdit!: boolean;
  @Field(() => SectionKind) kind!: SectionKind;
  @Field(() => PersonModel, { nullable: true, description: 'The child, for THREE_HOUSES and ACE' }) person!: PersonModel | null;
  @Field({ description: 'As shown in the task list, e.g. “The family’s story”, “Mia’s three houses”' }) title!: string;
  @Field({ description: 'Needed before the plan can be submitted (ACE is optional)' }) required!: boolean;
  @Field() saved!: boolean;
  @Field(() => Int, { description: '0 when never saved; sent back as expectedVersion when saving (CONFLICT when stale)' })
  version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) savedAt!: Date | null;
  @Field(() => String, { nullable: true }) savedByName!: string | null;
  @Field(() => FamilyStoryModel, { nullable: true }) familyStory!: FamilyStoryModel | null;
  @Field(() => SignsOfSafetyModel, { nullable: true }) signsOfSafety!: SignsOfSafetyModel | null;
  @Field(() => ThreeHousesModel, { nullable: true }) threeHouses!: ThreeHousesModel | null;
  @Field(() => AceRecordModel, { nullable: true }) ace!: AceRecordModel | null;
  @Field(() => [FamilyGoalModel], { nullable: true }) goals!: FamilyGoalModel[] | null;
  @Field(() => [QaCommentModel], { description: 'Comments on this section from the latest return' }) qaComments!: QaCommentModel[];
}

@ObjectType('SectionVersion')
export class SectionVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) savedAt!: Date;
  @Field() savedByName!: string;
}

@ObjectType('MyFamilyPlan')
export class MyFamilyPlanModel {
  @Field(() => ID) id!: string;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => Int) version!: number;
  @Field({ description: '30 working days from allocation (a calendar date)' }) dueDate!: string;
  @Field(() => Int) workingDaysLeft!: number;
  @Field() overdue!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) approvedByName!: string | null;
  @Field(() => [PlanSectionModel], {
    description: 'In task-list order: the story, Signs of Safety, each child’s houses and ACE, the goals',
  })
  sections!: PlanSectionModel[];
  @Field(() => [String], { description: 'Titles of required sections not yet saved' }) missingSections!: string[];
  @Field(() => [QaCommentModel], { description: 'Every comment from the latest return (some are on no section)' })
  qaComments!: QaCommentModel[];
  @Field({ description: 'The viewer is the lead practitioner or a named professional, and the plan’s state allows changes' })
  canEdit!: boolean;
  @Field({ description: 'The viewer is in the Family Partnership Team and the plan is SUBMITTED' }) canQualityAssure!: boolean;
  @Field({ description: 'Whether the viewer (the lead practitioner) may assign sections to members of the team' })
  canAssignSections!: boolean;
  @Field(() => [PractitionerModel], { description: 'Members of the team the lead may assign sections to' })
  assignableMembers!: PractitionerModel[];
}

@ObjectType('Drawing')
export class DrawingModel {
  @Field(() => ID) id!: string;
  @Field(() => PersonModel) person!: PersonModel;
  @Field() contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
  @Field() uploadedByName!: string;
}
