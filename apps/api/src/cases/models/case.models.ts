import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CaseStatus, FirstContactOutcome } from '@eh/domain';
import { AgencyModel, PractitionerModel } from '../../identity/models/identity.models';
import { FamilyModel } from '../../referrals/models/referral.models';
import { SharingRecordModel } from '../../sharing/sharing.models';
import { DrawingModel, MyFamilyPlanModel } from '../../plans/models/plan.models';
import { ClosureOutcome, ConsentModel, CrisisCardModel, ReviewModel, ReviewState } from './case-work.models';

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(FirstContactOutcome, { name: 'FirstContactOutcome' });

@ObjectType('CaseSummary')
export class CaseSummaryModel {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() familyName!: string;
  @Field(() => Int) childrenCount!: number;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => AgencyModel) leadAgency!: AgencyModel;
  @Field(() => PractitionerModel) leadPractitioner!: PractitionerModel;
  @Field() allocatedOn!: string;
  @Field() firstContactDue!: string;
  @Field() firstContactOverdue!: boolean;
  @Field() myFamilyPlanDue!: string;
  @Field() myFamilyPlanOverdue!: boolean;
  @Field(() => Int, { description: 'Negative when the My Family Plan is overdue' }) workingDaysToMyFamilyPlan!: number;
  @Field(() => String, {
    nullable: true,
    description: 'While the case is open with an approved plan: the last review’s chosen date, or 6 weeks after approval',
  })
  nextReviewDue!: string | null;
}

@ObjectType('CaseEvent')
export class CaseEventModel {
  @Field(() => ID) id!: string;
  @Field() type!: string;
  @Field() summary!: string;
  @Field() actorName!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
}

@ObjectType('EarlyHelpCase')
export class EarlyHelpCaseModel extends CaseSummaryModel {
  @Field(() => Int) version!: number;
  @Field(() => Int) level!: number;
  @Field(() => FamilyModel) family!: FamilyModel;
  @Field(() => String, { nullable: true }) firstContactOn!: string | null;
  @Field(() => String, { nullable: true }) declinedReason!: string | null;
  @Field() referralConcerns!: string;
  @Field(() => [CaseEventModel], { description: 'Newest first' }) chronology!: CaseEventModel[];
  @Field(() => MyFamilyPlanModel, { nullable: true, description: 'Null until the plan is started' }) plan!: MyFamilyPlanModel | null;
  @Field({ description: 'The viewer may start the plan, save sections, record consent and reviews, and close the case' })
  canEditPlan!: boolean;
  @Field(() => [ConsentModel], { description: 'Newest first, withdrawn consents included' }) consents!: ConsentModel[];
  @Field(() => [ReviewModel], { description: 'Newest first' }) reviews!: ReviewModel[];
  @Field(() => ReviewState, { nullable: true, description: 'DUE_SOON from 4 weeks after the last review; null before approval' })
  reviewState!: ReviewState | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => ClosureOutcome, { nullable: true }) closureOutcome!: ClosureOutcome | null;
  @Field(() => String, { nullable: true }) closureReason!: string | null;
  @Field(() => CrisisCardModel, { nullable: true }) crisisCard!: CrisisCardModel | null;
  @Field(() => [String], { description: '1, 3, 6 and 12 months after moving into maintenance' }) maintenanceReviewDates!: string[];
  @Field(() => [DrawingModel], { description: 'Children’s drawings, newest first (pictures via drawingImage)' }) drawings!: DrawingModel[];
  @Field(() => [SharingRecordModel], { description: 'Every share of information about this family: who, with whom, when, on which basis' })
  sharingHistory!: SharingRecordModel[];
}
