import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PersonRole, TriageDecision } from '@eh/domain';
import { IsRealDate } from '../../common/validation';

const POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;

@InputType()
export class PersonMatchInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the first name' })
  @MaxLength(100, { message: 'First name must be 100 characters or fewer' })
  firstName!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the last name' })
  @MaxLength(100, { message: 'Last name must be 100 characters or fewer' })
  lastName!: string;

  @Field()
  @IsRealDate('Date of birth must be a real date')
  dateOfBirth!: string;
}

@InputType()
export class ReferralMemberInput extends PersonMatchInput {
  @Field(() => PersonRole)
  @IsEnum(PersonRole, { message: 'Choose child or adult' })
  role!: PersonRole;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the relationship, for example Mother' })
  @MaxLength(100, { message: 'Relationship must be 100 characters or fewer' })
  relationship!: string;

  @Field(() => ID, { nullable: true, description: 'A child’s current education setting, from the directory' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a setting from the directory' })
  educationSettingId?: string | null;

  @Field(() => String, { nullable: true, description: 'The date the child started at that setting' })
  @IsOptional()
  @IsRealDate('Enter the date the child started at the setting')
  educationSettingStartedOn?: string | null;
}

// The family as the referrer describes them: their address and members.
@InputType({ isAbstract: true })
export class ReferredFamilyInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the first line of the address' })
  @MaxLength(200, { message: 'Address line 1 must be 200 characters or fewer' })
  addressLine1!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Address line 2 must be 200 characters or fewer' })
  addressLine2?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the town or city' })
  @MaxLength(100, { message: 'Town must be 100 characters or fewer' })
  town!: string;

  @Field()
  @Matches(POSTCODE, { message: 'Enter a real postcode, like TS1 2AB' })
  postcode!: string;

  @Field(() => [ReferralMemberInput])
  @ValidateNested({ each: true })
  @Type(() => ReferralMemberInput)
  @ArrayMinSize(1, { message: 'Add at least one family member' })
  @ArrayMaxSize(30, { message: 'A referral can list at most 30 family members' })
  members!: ReferralMemberInput[];

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Describe the concerns' })
  @MaxLength(10000, { message: 'Concerns must be 10,000 characters or fewer' })
  concerns!: string;

  @Field({ description: 'The family agreed to the referral' })
  @IsBoolean()
  consentGiven!: boolean;

  @Field(() => String, { nullable: true, description: 'Without agreement: why (for a partner, the safeguarding concern)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Consent note must be 4,000 characters or fewer' })
  consentNote?: string | null;
}

@InputType()
export class RecordReferralInput extends ReferredFamilyInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a family from the list' })
  existingFamilyId?: string | null;

  @Field()
  @IsBoolean()
  selfReferral!: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the referring agency' })
  referrerAgencyId?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the name of the person making the referral' })
  @MaxLength(200, { message: 'Referrer name must be 200 characters or fewer' })
  referrerName!: string;
}

// A partner's referral: their own agency refers, the family's details as the partner knows them.
@InputType()
export class MakeReferralInput extends ReferredFamilyInput {
  @Field(() => String, { nullable: true, description: 'The concerns as the family put them, where they can' })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'The family’s words must be 10,000 characters or fewer' })
  familyWords?: string | null;

  @Field(() => String, { nullable: true, description: 'The date the family agreed' })
  @IsOptional()
  @IsRealDate('The date the family agreed must be a real date')
  consentOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Made without the family’s agreement on a safeguarding basis' })
  @IsOptional()
  @IsBoolean()
  safeguardingBasis?: boolean | null;
}

@InputType()
export class TriageReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'referralId is not a valid id' })
  referralId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => TriageDecision)
  @IsEnum(TriageDecision, { message: 'Choose a decision' })
  decision!: TriageDecision;

  @Field()
  @IsString()
  @MaxLength(4000, { message: 'Reason must be 4,000 characters or fewer' })
  reason!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the agency that will lead' })
  leadAgencyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the lead practitioner' })
  leadPractitionerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to open a second case for a family whose case is still open' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'The reason for a second case must be 4,000 characters or fewer' })
  secondCaseReason?: string | null;
}

@InputType()
export class AddReferralToCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'referralId is not a valid id' })
  referralId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the family’s open case' })
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'What the lead practitioner should know about the new referral' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'The note must be 4,000 characters or fewer' })
  note?: string | null;
}
