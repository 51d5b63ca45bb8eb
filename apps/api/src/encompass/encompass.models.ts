import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ENCOMPASS_CHILDREN_MAX,
  ENCOMPASS_NOTE_MAX,
  ENCOMPASS_SUMMARY_MAX,
  EncompassResponse,
  EncompassStage,
  INCIDENT_REFERENCE_MAX,
} from '@eh/domain';
import { PersonLookupInput } from '../referrals/dto/referral.inputs';
import { ShareModel } from '../impact/impact.models';

registerEnumType(EncompassResponse, { name: 'EncompassResponse', description: 'What the school will do' });
registerEnumType(EncompassStage, { name: 'EncompassStage', description: 'Where a notification stands at a setting' });

@InputType()
export class EncompassChildInput extends PersonLookupInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The school the officer believes the child attends, if known: used when the portal does not know the child’s setting',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a setting from the directory' })
  settingId?: string | null;
}

@InputType()
export class RecordEncompassNotificationInput {
  @Field()
  @IsString()
  @MaxLength(INCIDENT_REFERENCE_MAX, { message: `Incident reference must be ${INCIDENT_REFERENCE_MAX} characters or fewer` })
  incidentReference!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the incident happened' })
  @IsDate({ message: 'Enter the date and time of the incident' })
  occurredAt!: Date;

  @Field({ description: 'A short factual summary' })
  @IsString()
  @MaxLength(ENCOMPASS_SUMMARY_MAX, { message: `Summary must be ${ENCOMPASS_SUMMARY_MAX} characters or fewer` })
  summary!: string;

  @Field(() => [EncompassChildInput], { description: 'The children present or affected' })
  @ValidateNested({ each: true })
  @Type(() => EncompassChildInput)
  @ArrayMinSize(1, { message: 'Add each child who was present or affected' })
  @ArrayMaxSize(ENCOMPASS_CHILDREN_MAX, { message: `Add ${ENCOMPASS_CHILDREN_MAX} children or fewer` })
  children!: EncompassChildInput[];
}

@InputType()
export class AcknowledgeEncompassInput {
  @Field(() => ID, { description: 'The setting’s route of the notification' })
  @IsUUID('all', { message: 'routeId is not a valid id' })
  routeId!: string;

  @Field(() => Int, { description: 'The version read: someone else’s acknowledgement in between is a conflict' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => EncompassResponse)
  @IsEnum(EncompassResponse, { message: 'Choose what the school will do' })
  response!: EncompassResponse;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter a note, or leave it out' })
  @MaxLength(ENCOMPASS_NOTE_MAX, { message: `Note must be ${ENCOMPASS_NOTE_MAX} characters or fewer` })
  note?: string | null;
}

@InputType()
export class PassOnEncompassInput {
  @Field(() => ID, { description: 'The route with the council’s contact (a setting the portal cannot reach)' })
  @IsUUID('all', { message: 'routeId is not a valid id' })
  routeId!: string;

  @Field(() => Int, { description: 'The version read: someone else’s change in between is a conflict' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ description: 'How it was passed on, e.g. telephoned the DSL, secure email' })
  @IsString()
  @IsNotEmpty({ message: 'Enter how it was passed on' })
  @MaxLength(ENCOMPASS_NOTE_MAX, { message: `How it was passed on must be ${ENCOMPASS_NOTE_MAX} characters or fewer` })
  note!: string;
}

@ObjectType('EncompassRoute', { description: 'A setting the notification went to, or the council’s contact' })
export class EncompassRouteModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Null: no setting known (the council’s contact passes it on)' })
  settingName!: string | null;
  @Field({ description: 'A setting outside the council, or none known: the council’s Operation Encompass contact takes it' })
  withCouncilContact!: boolean;
  @Field(() => GraphQLISODateTime, { description: 'The start of the setting’s next school day after it was recorded' })
  dueAt!: Date;
  @Field(() => EncompassStage) stage!: EncompassStage;
  @Field(() => GraphQLISODateTime, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedByName!: string | null;
  @Field(() => EncompassResponse, { nullable: true }) response!: EncompassResponse | null;
  @Field(() => String, { nullable: true }) responseNote!: string | null;
  @Field(() => Int) version!: number;
  @Field({ description: 'The viewer is this setting’s DSL or a deputy and it awaits acknowledgement' }) canAcknowledge!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the council’s contact passed it on to the setting' })
  passedOnAt!: Date | null;
  @Field(() => String, { nullable: true }) passedOnByName!: string | null;
  @Field(() => String, { nullable: true, description: 'How it was passed on' }) passedOnNote!: string | null;
  @Field({ description: 'The viewer is the council’s contact (front door) and it is theirs to pass on, not yet passed on' })
  canPassOn!: boolean;
}

@ObjectType('EncompassChild')
export class EncompassChildModel {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() dateOfBirth!: string;
  @Field(() => String, { nullable: true }) nhsNumber!: string | null;
  @Field(() => String, { nullable: true }) uniquePupilNumber!: string | null;
  @Field(() => String, { nullable: true }) councilPersonNumber!: string | null;
  @Field(() => String, { nullable: true }) settingName!: string | null;
}

@ObjectType('EncompassNotificationSummary', { description: 'A notification in a list: no child or family details' })
export class EncompassNotificationSummaryModel {
  @Field(() => ID) id!: string;
  @Field() incidentReference!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field() recordedByAgency!: string;
  @Field(() => Int) childCount!: number;
  @Field(() => [EncompassRouteModel]) routes!: EncompassRouteModel[];
}

@ObjectType('EncompassNotification', {
  description: 'Restricted: the recording force, the settings’ DSLs and deputies, an open case’s lead',
})
export class EncompassNotificationModel extends EncompassNotificationSummaryModel {
  @Field() summary!: string;
  @Field() recordedByName!: string;
  @Field(() => [EncompassChildModel]) children!: EncompassChildModel[];
}

@ObjectType('EncompassFigures')
export class EncompassFiguresModel {
  @Field(() => Int) notifications!: number;
  @Field(() => ShareModel, { description: 'Routes to the council’s settings read by their DSL or a deputy before the school day started' })
  readBeforeSchoolDay!: ShareModel;
  @Field(() => Float, { nullable: true, description: 'Median minutes from recording to acknowledgement' })
  medianMinutesToAcknowledge!: number | null;
  @Field(() => Int) escalatedToDeputies!: number;
  @Field(() => Int) escalatedToCouncil!: number;
}

@ObjectType('EncompassFiguresFor')
export class EncompassFiguresForModel {
  @Field({ description: 'A month (YYYY-MM) or a setting’s name' }) key!: string;
  @Field(() => EncompassFiguresModel) figures!: EncompassFiguresModel;
}

@ObjectType('EncompassImpact')
export class EncompassImpactModel {
  @Field(() => EncompassFiguresModel) total!: EncompassFiguresModel;
  @Field(() => [EncompassFiguresForModel]) byMonth!: EncompassFiguresForModel[];
  @Field(() => [EncompassFiguresForModel]) bySetting!: EncompassFiguresForModel[];
}
