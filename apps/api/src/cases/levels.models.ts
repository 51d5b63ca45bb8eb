import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LevelMovement } from '@eh/domain';
import { PractitionerModel } from '../identity/models/identity.models';
import { FamilyMembersField, ReferralMemberInput, ReferredFamilyInput } from '../referrals/dto/referral.inputs';

registerEnumType(LevelMovement, { name: 'LevelMovement' });

@InputType()
export class AcceptStepUpInput {
  @Field(() => ID) @IsUUID('all', { message: 'handoverId is not a valid id' }) handoverId!: string;
  @Field(() => ID, { description: 'The family caseworker who will lead the case at level 3' })
  @IsUUID('all', { message: 'Choose the family caseworker who will lead' })
  leadPractitionerId!: string;
}

@ObjectType('StepUpAccepted', { description: 'A case now held at level 3 by the Family Casework Team' })
export class StepUpAcceptedModel {
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field(() => Int) level!: number;
  @Field(() => PractitionerModel) leadPractitioner!: PractitionerModel;
  @Field() leadAgencyName!: string;
}

// A family stepped down from children's social care: who they are, their history, and the partner
// agency offered the lead.
@InputType()
export class StepDownFromSocialCareInput extends ReferredFamilyInput {
  @FamilyMembersField(() => ReferralMemberInput)
  members!: ReferralMemberInput[];

  @Field({ description: 'What children’s social care did and why the case steps down' })
  @IsString()
  @MinLength(1, { message: 'Enter the history summary from children’s social care' })
  @MaxLength(10000, { message: 'The history summary must be 10,000 characters or fewer' })
  historySummary!: string;

  @Field(() => ID) @IsUUID('all', { message: 'Choose the partner agency to offer the lead to' }) toAgencyId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a practitioner from the list' })
  toPractitionerId?: string | null;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Say what the agency needs to know to decide' })
  @MaxLength(4000, { message: 'Note must be 4,000 characters or fewer' })
  note!: string;
}

@ObjectType('LevelMovementCount', { description: 'Cases moved between levels of need in a month' })
export class LevelMovementCountModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => LevelMovement) movement!: LevelMovement;
  @Field(() => Int) cases!: number;
}
