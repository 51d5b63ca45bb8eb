import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ClosureOutcome, FirstContactOutcome, LONG_TEXT_MAX, NEXT_REVIEW_REASON_MAX_LENGTH } from '@eh/domain';
import { tooLong } from '../../common/validation';

// The lead's work on a case beyond the plan itself: first contact, consent to share, reviews,
// closing and reopening.

@InputType()
export class RecordFirstContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => FirstContactOutcome)
  @IsEnum(FirstContactOutcome, { message: 'Choose whether the family was contacted or declined help' })
  outcome!: FirstContactOutcome;

  @Field()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date of contact must be a real date' })
  contactedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Note must be 4,000 characters or fewer' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the outcome is DECLINED' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Reason must be 4,000 characters or fewer' })
  declinedReason?: string | null;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose who gave consent from the family members' }) givenByPersonId!: string;
  @Field() @IsBoolean() competenceConfirmed!: boolean;
  @Field(() => [ID])
  @IsArray()
  @IsUUID('all', { each: true, message: 'Choose agencies from the list' })
  @ArrayMaxSize(50)
  agencyIds!: string[];
  @Field() @IsString() givenOn!: string;
}

@InputType()
export class ChildViewInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a child from the family' }) personId!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The child’s view', LONG_TEXT_MAX)) view!: string;
}

export enum ReviewAttendance {
  PRESENT = 'PRESENT',
  APOLOGIES = 'APOLOGIES',
}
registerEnumType(ReviewAttendance, { name: 'ReviewAttendance', description: 'Present at the meeting, or absent with apologies' });

@InputType()
export class ReviewAttendanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a member of the team' }) userId!: string;
  @Field(() => ReviewAttendance) @IsEnum(ReviewAttendance, { message: 'Choose present or apologies' }) attendance!: ReviewAttendance;
}

@InputType()
export class RecordReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field() @IsString() heldOn!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('Who attended', LONG_TEXT_MAX)) attendees!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('Progress on the goals', LONG_TEXT_MAX)) goalProgress!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The family’s view', LONG_TEXT_MAX)) familyView!: string;

  @Field(() => [ChildViewInput])
  @ValidateNested({ each: true })
  @Type(() => ChildViewInput)
  @ArrayMaxSize(30)
  childViews!: ChildViewInput[];

  @Field(() => [ReviewAttendanceInput], {
    nullable: true,
    description: 'Members of the team around the family: present, or absent with apologies',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReviewAttendanceInput)
  @ArrayMaxSize(50)
  teamAttendance?: ReviewAttendanceInput[] | null;

  @Field(() => String, { nullable: true, description: 'Defaults to 6 weeks after heldOn' })
  @IsOptional()
  @IsString()
  nextReviewOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the next review is not 4 to 6 weeks after this one' })
  @IsOptional()
  @IsString()
  @MaxLength(NEXT_REVIEW_REASON_MAX_LENGTH, tooLong('The reason for the next review date', NEXT_REVIEW_REASON_MAX_LENGTH))
  nextReviewReason?: string | null;
}

@InputType()
export class CrisisCardInput {
  @Field() @IsString() @MaxLength(4000, tooLong('Who to call', 4000)) whoToCall!: string;
  @Field() @IsString() @MaxLength(4000, tooLong('Early-warning signs', 4000)) warningSigns!: string;
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ClosureOutcome) @IsEnum(ClosureOutcome, { message: 'Choose the outcome' }) outcome!: ClosureOutcome;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000, tooLong('The reason', 4000)) reason?: string | null;

  @Field(() => CrisisCardInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CrisisCardInput)
  crisisCard?: CrisisCardInput | null;

  @Field({ description: 'True moves the family into maintenance instead of closing the case' })
  @IsBoolean()
  maintenance!: boolean;
}

@InputType()
export class ReopenCaseInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @MaxLength(4000, tooLong('The reason', 4000)) reason!: string;
}
