import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CaseStatus, FirstContactOutcome } from '@eh/domain';
import { AgencyModel, PractitionerModel } from '../../identity/models/identity.models';
import { FamilyModel } from '../../referrals/models/referral.models';

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
}
