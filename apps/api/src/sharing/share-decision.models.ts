import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  NotSharingReason,
  SHARE_REASON_MAX,
  SHARE_RECIPIENT_MAX,
  SHARE_WHAT_MAX,
  ShareDecision,
  ShareDecisionSource,
  ShareLawfulBasis,
} from '@eh/domain';

registerEnumType(ShareDecision, { name: 'ShareDecision' });
registerEnumType(ShareLawfulBasis, {
  name: 'ShareLawfulBasis',
  description:
    'CONSENT; DUTY_TO_SHARE (s16LA Children Act 2004); OPERATION_ENCOMPASS (s49A Domestic Abuse Act 2021); SAFEGUARDING (DPA 2018 Sch 1 para 18); PUBLIC_TASK',
});
registerEnumType(NotSharingReason, { name: 'NotSharingReason' });
registerEnumType(ShareDecisionSource, { name: 'ShareDecisionSource', description: 'Which share the decision records' });

@ObjectType('ShareDecisionRecord', { description: 'One decision to share information about a child, or not to' })
export class ShareDecisionModel {
  @Field(() => ID) id!: string;
  @Field(() => ShareDecision) decision!: ShareDecision;
  @Field(() => ShareLawfulBasis) lawfulBasis!: ShareLawfulBasis;
  @Field(() => NotSharingReason, { nullable: true, description: 'Only for a decision not to share' }) reason!: NotSharingReason | null;
  @Field(() => String, { nullable: true }) reasonText!: string | null;
  @Field() whatShared!: string;
  @Field({ description: 'The agency, or who it was in words' }) sharedWith!: string;
  @Field(() => String, { nullable: true }) childName!: string | null;
  @Field(() => ShareDecisionSource) source!: ShareDecisionSource;
  @Field() decidedByName!: string;
  @Field() decidedByAgency!: string;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
}

@InputType({ description: 'A decision not to share, or a share made outside the portal (e.g. by phone)' })
export class RecordShareDecisionInput {
  @Field(() => ID) @IsUUID('all', { message: 'caseId is not a valid id' }) caseId!: string;
  @Field(() => ShareDecision)
  @IsEnum(ShareDecision, { message: 'Choose whether the information was shared or not' })
  decision!: ShareDecision;
  @Field(() => ShareLawfulBasis) @IsEnum(ShareLawfulBasis, { message: 'Choose the lawful basis' }) lawfulBasis!: ShareLawfulBasis;
  @Field(() => NotSharingReason, { nullable: true })
  @IsOptional()
  @IsEnum(NotSharingReason, { message: 'Choose why the information was not shared' })
  reason?: NotSharingReason | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SHARE_REASON_MAX, { message: `Reason must be ${SHARE_REASON_MAX} characters or fewer` })
  reasonText?: string | null;
  @Field()
  @IsString()
  @MaxLength(SHARE_WHAT_MAX, { message: `What was shared must be ${SHARE_WHAT_MAX} characters or fewer` })
  whatShared!: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an agency from the list' })
  sharedWithAgencyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who it was shared with (or not), when not an agency in the portal' })
  @IsOptional()
  @IsString()
  @MaxLength(SHARE_RECIPIENT_MAX, { message: `Who it was shared with must be ${SHARE_RECIPIENT_MAX} characters or fewer` })
  sharedWithOther?: string | null;
  @Field(() => ID, { nullable: true, description: 'The child it was about, where it was about one' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a child from the family' })
  childId?: string | null;
}

@ObjectType('ShareDecisionCount', { description: 'Decisions in a month by decision, lawful basis and (not sharing) reason' })
export class ShareDecisionCountModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => ShareDecision) decision!: ShareDecision;
  @Field(() => ShareLawfulBasis) lawfulBasis!: ShareLawfulBasis;
  @Field(() => NotSharingReason, { nullable: true }) reason!: NotSharingReason | null;
  @Field(() => Int) decisions!: number;
}
