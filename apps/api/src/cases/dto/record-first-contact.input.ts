import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { FirstContactOutcome } from '@eh/domain';

@InputType()
export class RecordFirstContactInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => Int) @IsInt() @Min(1)
  version!: number;

  @Field(() => FirstContactOutcome) @IsEnum(FirstContactOutcome, { message: 'Choose whether the family was contacted or declined help' })
  outcome!: FirstContactOutcome;

  @Field() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date of contact must be a real date' })
  contactedOn!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000, { message: 'Note must be 4,000 characters or fewer' })
  note?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000, { message: 'Reason must be 4,000 characters or fewer' })
  declinedReason?: string | null;
}
