import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { RetentionRecordType, RetentionRule, RetentionState } from '@eh/domain';
import { IsRealDate } from '../common/validation';

registerEnumType(RetentionRecordType, { name: 'RetentionRecordType' });
registerEnumType(RetentionRule, { name: 'RetentionRule' });
registerEnumType(RetentionState, { name: 'RetentionState' });

@ObjectType('RetentionPolicy')
export class RetentionPolicyModel {
  @Field(() => RetentionRecordType) recordType!: RetentionRecordType;
  @Field(() => RetentionRule) rule!: RetentionRule;
  @Field(() => Int, { description: 'An age in years, a number of years or a number of days, by rule' }) period!: number;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'Who last changed it; null for the defaults' }) updatedBy!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@InputType()
export class UpdateRetentionPolicyInput {
  @Field(() => RetentionRecordType) @IsEnum(RetentionRecordType, { message: 'Choose a kind of record' }) recordType!: RetentionRecordType;
  @Field(() => RetentionRule) @IsEnum(RetentionRule, { message: 'Choose how long this record is kept' }) rule!: RetentionRule;
  @Field(() => Int) @IsInt({ message: 'Period must be a whole number' }) period!: number;
  @Field(() => Int) @IsInt() version!: number;
}

@ObjectType('LegalHold')
export class LegalHoldModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field() reason!: string;
  @Field() placedBy!: string;
  @Field(() => GraphQLISODateTime) placedAt!: Date;
  @Field(() => String, { nullable: true }) liftedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) liftedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@InputType()
export class PlaceLegalHoldInput {
  @Field({ description: 'The case reference, for example C-1001' })
  @IsString()
  @Matches(/^C-\d{1,10}$/i, { message: 'Enter a case reference like C-1001' })
  caseReference!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter why the records must be kept' })
  @MaxLength(1000, { message: 'The reason must be 1,000 characters or fewer' })
  reason!: string;
}

@InputType()
export class LiftLegalHoldInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a legal hold' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@ObjectType('RetentionReviewItem')
export class RetentionReviewItemModel {
  @Field(() => RetentionRecordType) recordType!: RetentionRecordType;
  @Field({ description: 'CASE or REFERRAL' }) entityType!: string;
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => RetentionState) state!: RetentionState;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field() legalHold!: boolean;
  @Field({ description: 'Another case for the family is open, or a referral awaits triage' }) familyActive!: boolean;
}

@ObjectType('SubjectAccessPerson')
export class SubjectAccessPersonModel {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() dateOfBirth!: string;
  @Field() role!: string;
  @Field() familyReference!: string;
}

@InputType()
export class SubjectAccessSearchInput {
  @Field() @IsString() @MinLength(2, { message: 'Enter at least 2 letters of the last name' }) @MaxLength(100) lastName!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) firstName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsRealDate('Enter a real date of birth')
  dateOfBirth?: string | null;
}

@ObjectType('SubjectAccessExport')
export class SubjectAccessExportModel {
  @Field({ description: 'A file name without personal data, e.g. subject-access-F-1001-2026-11-18.html' }) fileName!: string;
  @Field({ description: 'A self-contained, print-friendly HTML document' }) html!: string;
  @Field({ description: 'The same content as structured JSON' }) json!: string;
  @Field(() => Int, { description: 'How many passages are marked for the officer to consider redacting' }) redactionMarks!: number;
}
