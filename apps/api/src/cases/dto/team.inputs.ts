import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { LawfulBasis, TEAM_REASON_MAX, TEAM_ROLE_MAX, TeamMembershipBasis } from '@eh/domain';

@InputType()
export class InviteToTeamInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the person to invite from the list' }) inviteeId!: string;
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the role you are asking them to take' })
  @MaxLength(TEAM_ROLE_MAX, { message: `Role must be ${TEAM_ROLE_MAX} characters or fewer` })
  role!: string;
  @Field(() => TeamMembershipBasis)
  @IsEnum(TeamMembershipBasis, { message: 'Choose consent or a lawful basis' })
  basis!: TeamMembershipBasis;
  @Field(() => LawfulBasis, { nullable: true })
  @IsOptional()
  @IsEnum(LawfulBasis, { message: 'Choose the lawful basis from the list' })
  lawfulBasis?: LawfulBasis | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEAM_REASON_MAX, { message: `Reason must be ${TEAM_REASON_MAX} characters or fewer` })
  lawfulBasisReason?: string | null;
}

@InputType()
export class TeamInvitationVersionInput {
  @Field(() => ID) @IsUUID('all', { message: 'invitationId is not a valid id' }) invitationId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType()
export class DeclineTeamInvitationInput extends TeamInvitationVersionInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Give a reason for declining' })
  @MaxLength(TEAM_REASON_MAX, { message: `Reason must be ${TEAM_REASON_MAX} characters or fewer` })
  reason!: string;
}

@InputType()
export class RemoveFromTeamInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the member to remove' }) userId!: string;
  @Field()
  @IsString()
  @MinLength(1, { message: 'Give the reason for removing them' })
  @MaxLength(TEAM_REASON_MAX, { message: `Reason must be ${TEAM_REASON_MAX} characters or fewer` })
  reason!: string;
}

@InputType()
export class AssignPlanSectionInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) sectionKey!: string;
  @Field(() => ID, { nullable: true, description: 'Null: the lead writes the section' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member of the team' })
  userId?: string | null;
}

export enum CaseNoteKind {
  NOTE = 'NOTE',
  ACTION_TAKEN = 'ACTION_TAKEN',
}
registerEnumType(CaseNoteKind, { name: 'CaseNoteKind', description: 'A note for the chronology, or an action the writer took' });

export const CASE_NOTE_MAX = 4000;

@InputType()
export class AddCaseNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => CaseNoteKind) @IsEnum(CaseNoteKind, { message: 'Choose a note or an action you took' }) kind!: CaseNoteKind;
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the note' })
  @MaxLength(CASE_NOTE_MAX, { message: `Note must be ${CASE_NOTE_MAX} characters or fewer` })
  text!: string;
}
