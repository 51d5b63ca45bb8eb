import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

const NOTE_MAX = 4000;

@InputType()
export class ChangeLeadPractitionerInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the new lead practitioner from the list' }) newLeadId!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX, { message: 'Reason must be 4,000 characters or fewer' })
  reason?: string | null;
}

@InputType()
export class OfferCaseTransferInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the agency to offer the case to' }) toAgencyId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Choose a practitioner from the list' }) toPractitionerId?:
    string | null;
  @Field()
  @IsString()
  @MinLength(1, { message: 'Say why the case should move and what the agency needs to know to decide' })
  @MaxLength(NOTE_MAX, { message: 'Note must be 4,000 characters or fewer' })
  note!: string;
}

@InputType()
export class AcceptCaseTransferInput {
  @Field(() => ID) @IsUUID('all', { message: 'transferId is not a valid id' }) transferId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the new lead practitioner from the list' }) newLeadId!: string;
}

@InputType()
export class DeclineCaseTransferInput {
  @Field(() => ID) @IsUUID('all', { message: 'transferId is not a valid id' }) transferId!: string;
  @Field()
  @IsString()
  @MinLength(1, { message: 'Give a reason for declining' })
  @MaxLength(NOTE_MAX, { message: 'Reason must be 4,000 characters or fewer' })
  reason!: string;
}
