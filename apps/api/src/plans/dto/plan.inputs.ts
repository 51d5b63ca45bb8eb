import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AceIndicator, ActionStatus, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '@eh/domain';
import { tooLong } from '../../common/validation';

// Shapes and sizes are checked here; what must be filled in, and dates, by the domain rules,
// so that each message names the field in the practitioner's words.

@InputType({ isAbstract: true })
class SectionSave {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => Int, { description: 'The section version the edit started from (0 for a first save)' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@InputType({ isAbstract: true })
class ChildSectionSave extends SectionSave {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a child from the family' })
  personId!: string;
}

@InputType()
export class SaveFamilyStoryInput extends SectionSave {
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The story', LONG_TEXT_MAX)) story!: string;
  @Field() @IsString() @MaxLength(SHORT_TEXT_MAX, tooLong('Language', SHORT_TEXT_MAX)) language!: string;
  @Field() @IsBoolean() interpreterNeeded!: boolean;
}

@InputType()
export class SaveSignsOfSafetyInput extends SectionSave {
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('What we are worried about', LONG_TEXT_MAX)) worries!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('What is working well', LONG_TEXT_MAX)) workingWell!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('What needs to happen', LONG_TEXT_MAX)) needsToHappen!: string;
}

@InputType()
export class SaveThreeHousesInput extends ChildSectionSave {
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The house of worries', LONG_TEXT_MAX)) worries!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The house of good things', LONG_TEXT_MAX)) goodThings!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The house of dreams', LONG_TEXT_MAX)) dreams!: string;
}

@InputType()
export class SaveAceInput extends ChildSectionSave {
  @Field(() => [AceIndicator])
  @IsArray()
  @IsEnum(AceIndicator, { each: true, message: 'Choose indicators from the list' })
  @ArrayUnique({ message: 'Choose each indicator once' })
  @ArrayMaxSize(Object.keys(AceIndicator).length, { message: 'Choose indicators from the list' })
  indicators!: AceIndicator[];
}

@InputType()
export class GoalActionInput {
  @Field() @IsString() @MaxLength(SHORT_TEXT_MAX, tooLong('Who', SHORT_TEXT_MAX)) who!: string;
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('What', LONG_TEXT_MAX)) what!: string;
  @Field() @IsString() byWhen!: string;
  @Field(() => ActionStatus) @IsEnum(ActionStatus, { message: 'Choose the action’s status' }) status!: ActionStatus;
}

@InputType()
export class FamilyGoalInput {
  @Field() @IsString() @MaxLength(LONG_TEXT_MAX, tooLong('The goal', LONG_TEXT_MAX)) goal!: string;

  @Field(() => [GoalActionInput])
  @ValidateNested({ each: true })
  @Type(() => GoalActionInput)
  @ArrayMaxSize(50, { message: 'A goal can have at most 50 actions' })
  actions!: GoalActionInput[];
}

@InputType()
export class SaveGoalsInput extends SectionSave {
  @Field(() => [FamilyGoalInput])
  @ValidateNested({ each: true })
  @Type(() => FamilyGoalInput)
  @ArrayMaxSize(30, { message: 'A plan can have at most 30 goals' })
  goals!: FamilyGoalInput[];
}

@InputType()
export class QaCommentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) sectionKey?: string | null;
  @Field() @IsString() @MaxLength(4000, tooLong('The comment', 4000)) comment!: string;
}

@InputType()
export class ReturnPlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;

  @Field(() => [QaCommentInput])
  @ValidateNested({ each: true })
  @Type(() => QaCommentInput)
  @ArrayMinSize(1, { message: 'Add at least one comment saying what needs to change' })
  @ArrayMaxSize(50)
  comments!: QaCommentInput[];
}

@InputType()
export class UploadDrawingInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose a child from the family' }) personId!: string;
  @Field({ description: 'image/png, image/jpeg, image/gif or image/webp' }) @IsString() @MaxLength(40) contentType!: string;
  // 2 MB of picture is under 2.8 million base64 characters.
  @Field({ description: 'The file, base64-encoded' })
  @IsString()
  @MaxLength(2_800_000, { message: 'The file must be smaller than 2 MB' })
  dataBase64!: string;
}

// One section of a case's plan. The key is as `sectionKey` in libs/domain builds it: the kind, and
// for a child's section the child's id (`THREE_HOUSES:<uuid>`).
@ArgsType()
export class PlanSectionArgs {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;

  @Field()
  @Matches(/^[A-Z_]{1,40}(:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i, { message: 'Choose a section of the plan' })
  sectionKey!: string;
}

@ArgsType()
export class PlanSectionAtVersionArgs extends PlanSectionArgs {
  @Field(() => Int) @IsInt() version!: number;
}
