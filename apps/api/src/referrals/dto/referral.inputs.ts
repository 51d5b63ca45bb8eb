import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, IntersectionType, OmitType } from '@nestjs/graphql';
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
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { PersonIdentifiers, personIdentifierProblems, PersonRole, TriageDecision } from '@eh/domain';
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

// An identifier of a person, optional, checked at the door by the domain's rules (check digits,
// shape, length) with a message naming the field. Longer raw text than any identifier allows is
// refused before it is looked at; spaces are allowed and dropped when stored.
const PersonIdentifierField = (name: keyof PersonIdentifiers, description: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(100, { message: `${IDENTIFIER_LABELS[name]} must be 100 characters or fewer` }),
    ValidateBy(
      { name: `is_${name}`, validator: { validate: (value) => personIdentifierProblems({ [name]: value }).length === 0 } },
      { message: (args) => personIdentifierProblems({ [name]: args.value })[0]?.message ?? `Check the ${IDENTIFIER_LABELS[name]}` },
    ),
  );

const IDENTIFIER_LABELS: Record<keyof PersonIdentifiers, string> = {
  nhsNumber: 'NHS number',
  uniquePupilNumber: 'Unique pupil number',
  councilPersonNumber: 'Council person number',
  consistentChildIdentifier: 'Consistent child identifier',
};

// A person's identifiers, as the front door records them.
@InputType({ isAbstract: true })
export class PersonIdentifiersInput {
  @PersonIdentifierField('nhsNumber', 'NHS number (10 digits)')
  nhsNumber?: string | null;

  @PersonIdentifierField('uniquePupilNumber', 'Unique pupil number (13 characters)')
  uniquePupilNumber?: string | null;

  @PersonIdentifierField('councilPersonNumber', 'The council’s own person number')
  councilPersonNumber?: string | null;

  @PersonIdentifierField(
    'consistentChildIdentifier',
    'The consistent child identifier: not yet in use (free text until regulations name it)',
  )
  consistentChildIdentifier?: string | null;
}

// The duplicate check's person: names and date of birth, and any identifiers the front door has.
@InputType()
export class PersonLookupInput extends IntersectionType(
  PersonMatchInput,
  OmitType(PersonIdentifiersInput, ['consistentChildIdentifier']),
) {}

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

// A family member as the front door records them: with any identifiers it has.
@InputType()
export class FrontDoorMemberInput extends IntersectionType(ReferralMemberInput, PersonIdentifiersInput) {}

// A referral's family members, one to thirty of them.
export const FamilyMembersField = (type: () => typeof ReferralMemberInput) =>
  applyDecorators(
    Field(() => [type()]),
    ValidateNested({ each: true }),
    Type(type),
    ArrayMinSize(1, { message: 'Add at least one family member' }),
    ArrayMaxSize(30, { message: 'A referral can list at most 30 family members' }),
  );

// The family as the referrer describes them: their address (members in each kind of referral).
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
  @FamilyMembersField(() => FrontDoorMemberInput)
  members!: FrontDoorMemberInput[];

  @Field(() => ID, { nullable: true, description: 'A family chosen from possibleFamilyMatches; new members are added to it' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a family from the list' })
  existingFamilyId?: string | null;

  @Field()
  @IsBoolean()
  selfReferral!: boolean;

  @Field(() => ID, { nullable: true, description: 'Required unless selfReferral' })
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
// No identifiers: the front door adds them (decisions.md, issue 14 part 4).
@InputType()
export class MakeReferralInput extends ReferredFamilyInput {
  @FamilyMembersField(() => ReferralMemberInput)
  members!: ReferralMemberInput[];

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

  @Field(() => ID, { nullable: true, description: 'Required for LEVEL_2_PARTNER_LED, with leadPractitionerId' })
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

// The front door changes a person's identifiers on the family record: each given is stored, each
// left out or empty is cleared.
@InputType()
export class UpdatePersonIdentifiersInput extends PersonIdentifiersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId is not a valid id' })
  personId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;
}
