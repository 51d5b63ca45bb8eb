import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MentoringStatus, MentoringTopic } from '@eh/domain';
import { PractitionerModel } from '../identity/models/identity.models';

registerEnumType(MentoringStatus, { name: 'MentoringStatus' });
registerEnumType(MentoringTopic, { name: 'MentoringTopic' });

@ObjectType('MentoringSession')
export class MentoringSessionModel {
  @Field(() => ID) id!: string;
  @Field() heldOn!: string;
  @Field() advice!: string;
  @Field() nextSteps!: string;
  @Field() recordedByName!: string;
}

@ObjectType('MentoringRequest')
export class MentoringRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field(() => PractitionerModel) requestedBy!: PractitionerModel;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => Int, { description: 'Working days since the request was made' }) ageWorkingDays!: number;
  @Field(() => MentoringTopic) topic!: MentoringTopic;
  @Field() question!: string;
  @Field(() => MentoringStatus) status!: MentoringStatus;
  @Field(() => PractitionerModel, { nullable: true }) assignedTo!: PractitionerModel | null;
  @Field(() => String, { nullable: true }) closingSummary!: string | null;
  @Field(() => [MentoringSessionModel]) sessions!: MentoringSessionModel[];
  @Field(() => Int) version!: number;
}

@InputType()
export class RequestMentoringInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a case' }) caseId!: string;
  @Field(() => MentoringTopic) @IsEnum(MentoringTopic, { message: 'Choose what the request is about' }) topic!: MentoringTopic;
  @Field() @IsString() @MaxLength(4000, { message: 'The question must be 4,000 characters or fewer' }) question!: string;
}

@InputType()
export class AssignMentoringInput {
  @Field(() => ID) @IsUUID('all') requestId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID) @IsUUID('all', { message: 'Choose a worker or specialist' }) assigneeId!: string;
}

@InputType()
export class MentoringSessionInput {
  @Field(() => ID) @IsUUID('all') requestId!: string;
  @Field() @IsString() heldOn!: string;
  @Field() @IsString() @MaxLength(10000, { message: 'The advice must be 10,000 characters or fewer' }) advice!: string;
  @Field() @IsString() @MaxLength(4000, { message: 'Next steps must be 4,000 characters or fewer' }) nextSteps!: string;
}

@InputType()
export class CloseMentoringInput {
  @Field(() => ID) @IsUUID('all') requestId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @MaxLength(4000, { message: 'The summary must be 4,000 characters or fewer' }) summary!: string;
}
