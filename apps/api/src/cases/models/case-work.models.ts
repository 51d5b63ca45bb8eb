import { ReviewAttendance } from '../dto/case-work.inputs';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClosureOutcome, ReviewState } from '@eh/domain';
import { AgencyModel } from '../../identity/models/identity.models';
import { PersonModel } from '../../referrals/models/referral.models';

export enum ReviewKind {
  TEAM_AROUND_FAMILY = 'TEAM_AROUND_FAMILY',
  MAINTENANCE = 'MAINTENANCE',
}

registerEnumType(ClosureOutcome, { name: 'ClosureOutcome' });
registerEnumType(ReviewState, { name: 'ReviewState' });
registerEnumType(ReviewKind, { name: 'ReviewKind' });

@ObjectType('Consent')
export class ConsentModel {
  @Field(() => ID) id!: string;
  @Field(() => PersonModel) givenBy!: PersonModel;
  @Field() competenceConfirmed!: boolean;
  @Field(() => [AgencyModel]) agencies!: AgencyModel[];
  @Field() givenOn!: string;
  @Field(() => String, { nullable: true }) withdrawnOn!: string | null;
  @Field() current!: boolean;
}

@ObjectType('ChildView')
export class ChildViewModel {
  @Field(() => PersonModel) person!: PersonModel;
  @Field() view!: string;
}

@ObjectType('ReviewAttendee', { description: 'A member of the team around the family at a review: present or sent apologies' })
export class ReviewAttendeeModel {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field() agencyName!: string;
  @Field(() => ReviewAttendance) attendance!: ReviewAttendance;
  @Field({ description: 'In plain words' }) attendanceLabel!: string;
}

@ObjectType('Review')
export class ReviewModel {
  @Field(() => ID) id!: string;
  @Field(() => ReviewKind) kind!: ReviewKind;
  @Field() heldOn!: string;
  @Field() attendees!: string;
  @Field(() => [ReviewAttendeeModel], { description: 'Members of the team: present, or absent with apologies' })
  teamAttendance!: ReviewAttendeeModel[];
  @Field() goalProgress!: string;
  @Field() familyView!: string;
  @Field(() => [ChildViewModel]) childViews!: ChildViewModel[];
  @Field(() => String, { nullable: true }) nextReviewOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the next review is not 4 to 6 weeks after this one' }) nextReviewReason!:
    string | null;
  @Field() recordedByName!: string;
}

@ObjectType('CrisisCard')
export class CrisisCardModel {
  @Field() whoToCall!: string;
  @Field() warningSigns!: string;
}

export { ClosureOutcome, ReviewState };
