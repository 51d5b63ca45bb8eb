import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AgendaReason, ForumDecision, ReceivingTeam } from '@eh/domain';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class ScheduleMeetingsInput {
  @Field() @IsString() firstMeetsOn!: string;
  @Field() @Matches(TIME, { message: 'Enter a time like 14:00' }) startsAt!: string;
  @Field() @IsString() @MaxLength(300, { message: 'Place must be 300 characters or fewer' }) place!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) onlineLink?: string | null;
  @Field(() => Int, { description: 'How many fortnightly meetings to add' })
  @IsInt()
  @Min(1)
  @Max(26, { message: 'Add at most 26 meetings (a year) at once' })
  count!: number;
  @Field(() => Int, { defaultValue: 2 }) @IsInt() @Min(0) @Max(10) agendaCutoffWorkingDays!: number;
}

@InputType()
export class TakeAgendaItemInput {
  @Field(() => ID) @IsUUID('all') meetingId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID, { nullable: true, description: 'The item to discuss now; null: none (between items)' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an item on the agenda' })
  itemId?: string | null;
}

@InputType()
export class MoveMeetingInput {
  @Field(() => ID) @IsUUID('all') meetingId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() meetsOn!: string;
  @Field() @Matches(TIME, { message: 'Enter a time like 14:00' }) startsAt!: string;
  @Field() @IsString() @MaxLength(300) place!: string;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose a meeting' }) meetingId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose a case' }) caseId!: string;
  @Field(() => AgendaReason) @IsEnum(AgendaReason, { message: 'Choose why the case is coming to the Forum' }) reason!: AgendaReason;
  @Field() @IsString() @MaxLength(4000, { message: 'The summary must be 4,000 characters or fewer' }) summary!: string;
}

export enum CurationAction {
  ACCEPT = 'ACCEPT',
  DEFER = 'DEFER',
  DECLINE = 'DECLINE',
}

@InputType()
export class CurateItemInput {
  @Field(() => ID) @IsUUID('all') itemId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => CurationAction) @IsEnum(CurationAction) action!: CurationAction;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(999) position?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TIME, { message: 'Enter a time like 14:20' }) slot?: string | null;
}

@InputType()
export class ForumActionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose who owns the action' }) ownerId!: string;
  @Field() @IsString() @MaxLength(2000) description!: string;
  @Field() @IsString() dueOn!: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID) @IsUUID('all') itemId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @MaxLength(10000, { message: 'The discussion must be 10,000 characters or fewer' }) discussion!: string;
  @Field(() => ForumDecision) @IsEnum(ForumDecision, { message: 'Choose the decision' }) decision!: ForumDecision;
  @Field(() => String, { nullable: true, description: 'The service referred to, for REFER_OTHER_SERVICE' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  referredTo?: string | null;

  @Field(() => [ForumActionInput])
  @ValidateNested({ each: true })
  @Type(() => ForumActionInput)
  @ArrayMaxSize(20)
  actions!: ForumActionInput[];
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsUUID('all') meetingId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose an agency' }) agencyId!: string;
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @MaxLength(200, { each: true }) @ArrayMaxSize(20) attendees!: string[];
}

@InputType()
export class UrgentStepUpInput {
  @Field(() => ID) @IsUUID('all') caseId!: string;
  @Field(() => ReceivingTeam) @IsEnum(ReceivingTeam, { message: 'Choose the team the family needs' }) toTeam!: ReceivingTeam;
  @Field() @IsString() @MaxLength(4000) reason!: string;
}
