import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AlertKind, SharingBasis } from '@eh/domain';

registerEnumType(AlertKind, { name: 'AlertKind' });
registerEnumType(SharingBasis, { name: 'SharingBasis' });

@InputType()
export class RaiseAlertInput {
  @Field() @IsString() @MaxLength(100) firstName!: string;
  @Field() @IsString() @MaxLength(100) lastName!: string;
  @Field() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date of birth must be a real date' }) dateOfBirth!: string;
  @Field(() => AlertKind) @IsEnum(AlertKind, { message: 'Choose what happened' }) kind!: AlertKind;
  @Field() @IsString() @MaxLength(4000, { message: 'The summary must be 4,000 characters or fewer' }) summary!: string;
  @Field() @IsBoolean() urgent!: boolean;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsUUID('all', { each: true }) @ArrayMaxSize(20) extraAgencyIds!: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) safeguardingReason?: string | null;
}

@ObjectType('AlertReceipt', { description: 'Says the alert was sent, never whether the family is known' })
export class AlertReceiptModel {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) raisedAt!: Date;
}

@ObjectType('SharingAlert')
export class SharingAlertModel {
  @Field(() => ID) id!: string;
  @Field(() => AlertKind) kind!: AlertKind;
  @Field() summary!: string;
  @Field() urgent!: boolean;
  @Field() raisedByName!: string;
  @Field() raisedByAgency!: string;
  @Field(() => GraphQLISODateTime) raisedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Only for viewers who may open the case' }) caseId!: string | null;
  @Field(() => String, { nullable: true }) caseReference!: string | null;
  @Field(() => SharingBasis, { nullable: true, description: 'Why the viewer’s agency received it' }) basis!: SharingBasis | null;
}

@ObjectType('SharingRecord')
export class SharingRecordModel {
  @Field(() => ID) alertId!: string;
  @Field(() => AlertKind) kind!: AlertKind;
  @Field() raisedByName!: string;
  @Field() raisedByAgency!: string;
  @Field() sharedWith!: string;
  @Field(() => SharingBasis) basis!: SharingBasis;
  @Field(() => String, { nullable: true }) safeguardingReason!: string | null;
  @Field(() => GraphQLISODateTime) sharedAt!: Date;
}
