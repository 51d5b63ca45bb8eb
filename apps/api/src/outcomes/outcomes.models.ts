import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ClaimCondition, NEED_TEXT_MAX, NeedProgress, OUTCOME_HEADING_NAME_MAX, SustainmentSource } from '@eh/domain';
import { IsRealDate } from '../common/validation';

registerEnumType(NeedProgress, { name: 'NeedProgress', description: 'Progress on a need, worst first' });
registerEnumType(SustainmentSource, { name: 'SustainmentSource', description: 'Where the former lead found whether progress held' });
registerEnumType(ClaimCondition, { name: 'ClaimCondition' });

@ObjectType('OutcomeHeading', { description: 'A heading of the council’s outcome framework' })
export class OutcomeHeadingModel {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => Int) position!: number;
  @Field({ description: 'Retired: no new need is coded against it (headings are never deleted)' }) retired!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType('NeedMember', { description: 'A family member a need concerns' })
export class NeedMemberModel {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

@ObjectType('NeedProgressEntry', { description: 'Progress on a need at one review' })
export class NeedProgressModel {
  @Field(() => ID) reviewId!: string;
  @Field() heldOn!: string;
  @Field(() => NeedProgress) progress!: NeedProgress;
  @Field() evidence!: string;
  @Field() recordedByName!: string;
}

@ObjectType('NeedSustainment', { description: 'Whether progress on a need held, as the former lead confirmed' })
export class NeedSustainmentModel {
  @Field() held!: boolean;
  @Field(() => SustainmentSource) source!: SustainmentSource;
  @Field() evidence!: string;
  @Field() recordedOn!: string;
}

@ObjectType('PlanNeed', { description: 'A need identified in the family’s plan, coded against the outcome framework' })
export class PlanNeedModel {
  @Field(() => ID) id!: string;
  @Field(() => OutcomeHeadingModel) heading!: OutcomeHeadingModel;
  @Field(() => [NeedMemberModel]) members!: NeedMemberModel[];
  @Field() description!: string;
  @Field() evidence!: string;
  @Field() evidenceAgencyName!: string;
  @Field(() => ID) evidenceAgencyId!: string;
  @Field() identifiedOn!: string;
  @Field(() => [NeedProgressModel], { description: 'Oldest review first' }) progress!: NeedProgressModel[];
  @Field(() => NeedProgress, { nullable: true, description: 'Recorded once the case has closed' }) outcome!: NeedProgress | null;
  @Field(() => String, { nullable: true }) outcomeEvidence!: string | null;
  @Field(() => NeedSustainmentModel, { nullable: true }) sustainment!: NeedSustainmentModel | null;
  @Field(() => Int) version!: number;
}

@ObjectType('ReReferral', { description: 'A referral for the family received after the case closed, found by the portal' })
export class ReReferralModel {
  @Field() receivedOn!: string;
  @Field() foundOn!: string;
}

@ObjectType('SustainmentCheck', { description: 'The check, a set time after closure, that progress held' })
export class SustainmentCheckModel {
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field() dueOn!: string;
  @Field() askedOn!: string;
  @Field(() => String, { nullable: true }) confirmedOn!: string | null;
  @Field({ description: 'The viewer is the former lead who is asked to confirm' }) canConfirm!: boolean;
  @Field(() => [ReReferralModel]) reReferrals!: ReReferralModel[];
  @Field(() => Int) version!: number;
}

@ObjectType('ClaimConditionResult')
export class ClaimConditionModel {
  @Field(() => ClaimCondition) condition!: ClaimCondition;
  @Field() met!: boolean;
  @Field() reason!: string;
}

@ObjectType('ClaimRule', { description: 'The council’s claim rule (OUTCOME_CLAIM_RULE)' })
export class ClaimRuleModel {
  @Field(() => Int) minimumNeeds!: number;
  @Field() everyNeedSignificantAndSustained!: boolean;
  @Field() noReReferral!: boolean;
  @Field() leadPractitioner!: boolean;
  @Field() wholeFamilyAssessment!: boolean;
  @Field() plan!: boolean;
  @Field(() => Int) sustainmentMonths!: number;
}

@ObjectType('ClaimNeedEvidence', { description: 'One need as the evidence pack shows it' })
export class ClaimNeedModel {
  @Field() heading!: string;
  @Field() headingKey!: string;
  @Field() description!: string;
  @Field() evidence!: string;
  @Field() evidenceAgencyName!: string;
  @Field(() => NeedProgress, { nullable: true }) outcome!: NeedProgress | null;
  @Field(() => String, { nullable: true }) outcomeEvidence!: string | null;
  @Field(() => Boolean, { nullable: true }) held!: boolean | null;
  @Field(() => SustainmentSource, { nullable: true }) sustainmentSource!: SustainmentSource | null;
  @Field(() => String, { nullable: true }) sustainmentEvidence!: string | null;
}

@ObjectType('FamilyClaim', { description: 'A closed family with coded needs, judged against the claim rule' })
export class FamilyClaimModel {
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field() familyReference!: string;
  @Field() leadPractitionerName!: string;
  @Field() leadAgencyName!: string;
  @Field() leadAgencyType!: string;
  @Field() closedOn!: string;
  @Field(() => String, { nullable: true }) assessmentApprovedOn!: string | null;
  @Field(() => Int) goalsWithActions!: number;
  @Field(() => Int) reviewsHeld!: number;
  @Field(() => String, { nullable: true }) sustainmentDueOn!: string | null;
  @Field(() => String, { nullable: true }) sustainmentConfirmedOn!: string | null;
  @Field(() => [ReReferralModel]) reReferrals!: ReReferralModel[];
  @Field(() => [ClaimNeedModel]) needs!: ClaimNeedModel[];
  @Field() meetsRule!: boolean;
  @Field(() => [ClaimConditionModel]) conditions!: ClaimConditionModel[];
  @Field(() => [String], { description: 'The conditions not met, in words' }) reasons!: string[];
}

@ObjectType('EvidencePack')
export class EvidencePackModel {
  @Field(() => ClaimRuleModel) rule!: ClaimRuleModel;
  @Field(() => [FamilyClaimModel], { description: 'Every closed family with coded needs, newest closure first' })
  families!: FamilyClaimModel[];
}

@ObjectType('NationalReturnRow', { description: 'A family claimed in the quarter (its sustainment confirmed then)' })
export class NationalReturnRowModel {
  @Field() familyReference!: string;
  @Field() caseReference!: string;
  @Field() leadAgencyType!: string;
  @Field() closedOn!: string;
  @Field() sustainmentConfirmedOn!: string;
  @Field(() => [String], { description: 'The keys of the headings its needs were coded against' }) headingKeys!: string[];
}

@ObjectType('NationalReturn')
export class NationalReturnModel {
  @Field() quarter!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [OutcomeHeadingModel], { description: 'Every heading, retired ones included, for the columns' })
  headings!: OutcomeHeadingModel[];
  @Field(() => [NationalReturnRowModel]) rows!: NationalReturnRowModel[];
}

@ArgsType()
export class NationalReturnArgs {
  @Field({ description: 'A quarter of the financial year (April to June is Q1; 2026-Q3 is October to December 2026): YYYY-Qn' })
  @Matches(/^[0-9]{4}-Q[1-4]$/, { message: 'Choose a quarter' })
  quarter!: string;
}

@InputType()
export class AddOutcomeHeadingInput {
  @Field()
  @IsString()
  @MaxLength(OUTCOME_HEADING_NAME_MAX, { message: `The heading must be ${OUTCOME_HEADING_NAME_MAX} characters or fewer` })
  name!: string;
}

@InputType()
export class RenameOutcomeHeadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id is not a valid id' })
  id!: string;

  @Field()
  @IsString()
  @MaxLength(OUTCOME_HEADING_NAME_MAX, { message: `The heading must be ${OUTCOME_HEADING_NAME_MAX} characters or fewer` })
  name!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class RetireOutcomeHeadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id is not a valid id' })
  id!: string;

  @Field({ description: 'True to retire, false to bring back' })
  @IsBoolean()
  retired!: boolean;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class RecordNeedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a heading' })
  headingId!: string;

  @Field(() => [ID], { description: 'The family members the need concerns' })
  @IsUUID('all', { each: true, message: 'Choose family members from the list' })
  @ArrayMinSize(1, { message: 'Choose who the need concerns' })
  @ArrayMaxSize(30)
  personIds!: string[];

  @Field()
  @IsString()
  @MaxLength(NEED_TEXT_MAX, { message: 'The need must be 4,000 characters or fewer' })
  description!: string;

  @Field()
  @IsString()
  @MaxLength(NEED_TEXT_MAX, { message: 'The evidence must be 4,000 characters or fewer' })
  evidence!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the agency the evidence came from' })
  evidenceAgencyId!: string;

  @Field()
  @IsRealDate('Enter a real date')
  identifiedOn!: string;
}

@InputType()
export class RemoveNeedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId is not a valid id' })
  needId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class NeedProgressEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId is not a valid id' })
  needId!: string;

  @Field(() => NeedProgress)
  @IsEnum(NeedProgress, { message: 'Choose the progress' })
  progress!: NeedProgress;

  @Field()
  @IsString()
  @MaxLength(NEED_TEXT_MAX, { message: 'The evidence must be 4,000 characters or fewer' })
  evidence!: string;
}

@InputType()
export class RecordNeedProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a review' })
  reviewId!: string;

  @Field(() => [NeedProgressEntryInput])
  @ValidateNested({ each: true })
  @Type(() => NeedProgressEntryInput)
  @ArrayMinSize(1, { message: 'Record progress on at least one need' })
  @ArrayMaxSize(50)
  entries!: NeedProgressEntryInput[];
}

@InputType()
export class RecordNeedOutcomesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => [NeedProgressEntryInput], { description: 'The outcome of each need at closure' })
  @ValidateNested({ each: true })
  @Type(() => NeedProgressEntryInput)
  @ArrayMinSize(1, { message: 'Record the outcome of at least one need' })
  @ArrayMaxSize(50)
  entries!: NeedProgressEntryInput[];
}

@InputType()
export class NeedSustainmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId is not a valid id' })
  needId!: string;

  @Field()
  @IsBoolean()
  held!: boolean;

  @Field(() => SustainmentSource)
  @IsEnum(SustainmentSource, { message: 'Choose where you found this' })
  source!: SustainmentSource;

  @Field()
  @IsString()
  @MaxLength(NEED_TEXT_MAX, { message: 'The evidence must be 4,000 characters or fewer' })
  evidence!: string;
}

@InputType()
export class ConfirmSustainmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => [NeedSustainmentInput])
  @ValidateNested({ each: true })
  @Type(() => NeedSustainmentInput)
  @ArrayMinSize(1, { message: 'Confirm each need' })
  @ArrayMaxSize(50)
  needs!: NeedSustainmentInput[];
}
