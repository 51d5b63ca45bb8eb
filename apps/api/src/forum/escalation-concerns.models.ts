import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConcernStatus, ConcernUrgency, ForumDecision } from '@eh/domain';

registerEnumType(ConcernUrgency, { name: 'ConcernUrgency' });
registerEnumType(ConcernStatus, { name: 'ConcernStatus' });

@ObjectType('EscalationConcern')
export class EscalationConcernModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field() familyName!: string;
  @Field() worry!: string;
  @Field() tried!: string;
  @Field(() => ConcernUrgency) urgency!: ConcernUrgency;
  @Field(() => ConcernStatus) status!: ConcernStatus;
  @Field() raisedByName!: string;
  @Field() raisedByAgency!: string;
  @Field(() => GraphQLISODateTime) raisedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The chair’s written answer' }) response!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The date of the Forum it was placed on' }) forumMeetsOn!: string | null;
  @Field(() => ForumDecision, { nullable: true, description: 'The Forum’s decision, once its minutes are readable' })
  forumDecision!: ForumDecision | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'For the chair, while it waits: the scheduled meeting its urgency sends it to (the next whose agenda is open; urgency passes the cut-off)',
  })
  proposedMeetingId!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('ForumContribution', { description: 'A written contribution on an agenda item from someone who cannot attend' })
export class ForumContributionModel {
  @Field(() => ID) id!: string;
  @Field() authorName!: string;
  @Field() authorAgency!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
}
