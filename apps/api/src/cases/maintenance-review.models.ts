import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { MaintenanceReviewOutcome } from '@eh/domain';
import { IsRealDate } from '../common/validation';

registerEnumType(MaintenanceReviewOutcome, { name: 'MaintenanceReviewOutcome' });

@ObjectType('MaintenanceReview', { description: 'One of the reviews at 1, 3, 6 and 12 months after a case moved into maintenance' })
export class MaintenanceReviewModel {
  @Field(() => Int) months!: number;
  @Field() dueOn!: string;
  @Field({ description: 'The date has passed and nothing is recorded' }) overdue!: boolean;
  @Field(() => MaintenanceReviewOutcome, { nullable: true }) outcome!: MaintenanceReviewOutcome | null;
  @Field(() => String, { nullable: true, description: 'Held: the date it was held. Missed: the date it was recorded as missed' })
  recordedOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
}

@InputType()
export class RecordMaintenanceReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field({ description: 'The review’s date (one of the 1, 3, 6 and 12 month dates)' })
  @IsRealDate('Choose one of the maintenance reviews')
  dueOn!: string;

  @Field(() => MaintenanceReviewOutcome)
  @IsEnum(MaintenanceReviewOutcome, { message: 'Choose held or missed' })
  outcome!: MaintenanceReviewOutcome;

  @Field()
  @IsRealDate('Enter a real date')
  recordedOn!: string;

  @Field()
  @IsString()
  @MaxLength(4000, { message: 'The note must be 4,000 characters or fewer' })
  note!: string;
}
