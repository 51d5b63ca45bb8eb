import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { ConcernUrgency, ReceivingTeam } from '@eh/domain';

@InputType()
export class RaiseEscalationConcernInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a case' }) caseId!: string;
  @Field() @IsString() @MaxLength(4000, { message: 'What worries you must be 4,000 characters or fewer' }) worry!: string;
  @Field() @IsString() @MaxLength(4000, { message: 'What has been tried must be 4,000 characters or fewer' }) tried!: string;
  @Field(() => ConcernUrgency) @IsEnum(ConcernUrgency, { message: 'Choose how urgent it is' }) urgency!: ConcernUrgency;
}

@InputType()
export class PlaceConcernOnAgendaInput {
  @Field(() => ID) @IsUUID('all') concernId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID, { nullable: true, description: 'The meeting; by default the next one its urgency allows' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a meeting' })
  meetingId?: string | null;
}

@InputType()
export class TakeConcernUrgentRouteInput {
  @Field(() => ID) @IsUUID('all') concernId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ReceivingTeam) @IsEnum(ReceivingTeam, { message: 'Choose the team the family needs' }) toTeam!: ReceivingTeam;
  @Field() @IsString() @MaxLength(4000) reason!: string;
}

@InputType()
export class AnswerConcernInput {
  @Field(() => ID) @IsUUID('all') concernId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @MaxLength(4000, { message: 'The response must be 4,000 characters or fewer' }) response!: string;
}

@InputType()
export class ForumContributionInput {
  @Field(() => ID) @IsUUID('all') itemId!: string;
  @Field() @IsString() @MaxLength(4000, { message: 'The contribution must be 4,000 characters or fewer' }) body!: string;
}
