import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { EducationPhase, SafeguardingRole } from '@eh/domain';
import { IsRealDate, tooLong } from '../common/validation';

registerEnumType(EducationPhase, { name: 'EducationPhase' });
registerEnumType(SafeguardingRole, { name: 'SafeguardingRole', description: 'Designated safeguarding lead, or one of its deputies' });

@ObjectType('SafeguardingLead')
export class SafeguardingLeadModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() jobTitle!: string;
  @Field(() => SafeguardingRole) role!: SafeguardingRole;
}

@ObjectType('EducationSetting', { description: 'A school, college or early-years setting (no personal data about children)' })
export class EducationSettingModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The DfE unique reference number, six digits' }) urn!: string;
  @Field(() => EducationPhase) phase!: EducationPhase;
  @Field() addressLine1!: string;
  @Field(() => String, { nullable: true }) addressLine2!: string | null;
  @Field() town!: string;
  @Field() postcode!: string;
  @Field({ description: 'When the school day starts, HH:MM London time' }) schoolDayStartsAt!: string;
  @Field(() => [String], { description: 'Days it is closed beyond weekends and bank holidays' }) closureDays!: string[];
  @Field({ description: 'In the council: reached through its DSL and deputies. Outside: through its contact address' })
  inCouncil!: boolean;
  @Field(() => ID, { nullable: true, description: 'Its partner agency, for a setting in the council' }) agencyId!: string | null;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
  @Field(() => String, { nullable: true, description: 'A setting outside the council: who to contact' }) contactEmail!: string | null;
  @Field(() => [SafeguardingLeadModel]) safeguardingLeads!: SafeguardingLeadModel[];
  @Field(() => Int) version!: number;
}

@InputType()
export class SafeguardingLeadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId is not a valid id' })
  userId!: string;

  @Field(() => SafeguardingRole)
  @IsEnum(SafeguardingRole, { message: 'Choose designated safeguarding lead or deputy' })
  role!: SafeguardingRole;
}

@InputType()
export class EducationSettingInput {
  @Field()
  @IsString()
  @MaxLength(200, tooLong('Name', 200))
  name!: string;

  @Field()
  @IsString()
  @MaxLength(6, { message: 'Enter the URN as 6 digits, like 123456' })
  urn!: string;

  @Field()
  @IsString()
  @MaxLength(30, { message: 'Choose the setting’s phase' })
  phase!: string;

  @Field()
  @IsString()
  @MaxLength(200, tooLong('Address line 1', 200))
  addressLine1!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, tooLong('Address line 2', 200))
  addressLine2?: string | null;

  @Field()
  @IsString()
  @MaxLength(100, tooLong('Town or city', 100))
  town!: string;

  @Field()
  @IsString()
  @MaxLength(10, { message: 'Enter a real postcode, like NF1 2AB' })
  postcode!: string;

  @Field({ description: 'HH:MM, 24-hour, London time' })
  @IsString()
  @MaxLength(5, { message: 'Enter the time the school day starts as a 24-hour time, like 08:45' })
  schoolDayStartsAt!: string;

  @Field(() => [String], { description: 'YYYY-MM-DD' })
  @IsArray()
  @ArrayMaxSize(100, { message: 'A setting can have at most 100 closure days' })
  @IsRealDate('Enter each closure day as a real date', { each: true })
  closureDays!: string[];

  @Field()
  @IsBoolean()
  inCouncil!: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId is not a valid id' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254, tooLong('Contact email address', 254))
  contactEmail?: string | null;

  @Field(() => [SafeguardingLeadInput], { description: 'In the council: its DSL and deputies, portal users of its agency' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SafeguardingLeadInput)
  @ArrayMaxSize(20, { message: 'A setting can have at most 20 safeguarding leads' })
  safeguardingLeads!: SafeguardingLeadInput[];
}

@ObjectType('ChildEducationSetting', { description: 'A child’s time at a setting' })
export class ChildEducationSettingModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) settingId!: string;
  @Field() settingName!: string;
  @Field() urn!: string;
  @Field() startedOn!: string;
  @Field(() => String, { nullable: true, description: 'Null while it is the child’s current setting' }) endedOn!: string | null;
}

@InputType()
export class RecordChildSettingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the child' })
  personId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the setting' })
  settingId!: string;

  @Field({ description: 'The date the child started there, YYYY-MM-DD' })
  @IsRealDate('Enter the date the child started at the setting')
  startedOn!: string;
}
