import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LawfulBasis, TeamInvitationStatus, TeamMembershipBasis } from '@eh/domain';

registerEnumType(TeamMembershipBasis, { name: 'TeamMembershipBasis' });
registerEnumType(LawfulBasis, { name: 'LawfulBasis' });
registerEnumType(TeamInvitationStatus, { name: 'TeamInvitationStatus' });

@ObjectType('TeamMember', { description: 'A professional in the team around the family (the lead practitioner among them)' })
export class TeamMemberModel {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field() jobTitle!: string;
  @Field() agencyName!: string;
  @Field({ description: 'The role they take in the team, in plain words' }) role!: string;
  @Field() isLead!: boolean;
  @Field({ description: 'On what footing they see the family’s record, in plain words' }) basisLabel!: string;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
}

@ObjectType('TeamInvitation', { description: 'An invitation to the case’s team, and what became of it' })
export class TeamInvitationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) inviteeId!: string;
  @Field() inviteeName!: string;
  @Field() agencyName!: string;
  @Field() role!: string;
  @Field(() => TeamInvitationStatus) status!: TeamInvitationStatus;
  @Field({ description: 'The status in plain words' }) statusLabel!: string;
  @Field() basisLabel!: string;
  @Field(() => String, { nullable: true, description: 'The lawful basis’s reason, when there is one' }) lawfulBasisReason!: string | null;
  @Field() invitedByName!: string;
  @Field(() => GraphQLISODateTime) invitedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they left or were removed' }) endedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why they declined, or were removed' }) reason!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('CaseTeam', { description: 'The team around the family, as the viewer may see and change it' })
export class CaseTeamModel {
  @Field(() => [TeamMemberModel]) members!: TeamMemberModel[];
  @Field(() => [TeamInvitationModel], { description: 'Invitations not yet answered' }) pendingInvitations!: TeamInvitationModel[];
  @Field(() => [TeamInvitationModel], { description: 'Declined and withdrawn invitations and former members, newest first' })
  history!: TeamInvitationModel[];
  @Field({ description: 'Whether the viewer may invite, withdraw invitations and remove members' }) canManage!: boolean;
  @Field({ description: 'Whether the viewer is a member (not the lead) who may leave' }) canLeave!: boolean;
  @Field(() => [ID], { description: 'Agencies the family currently consents to share with (and the lead agency)' })
  consentedAgencyIds!: string[];
}

@ObjectType('TeamInvitationForMe', { description: 'An invitation to the signed-in user: what they need to decide, not the case' })
export class TeamInvitationForMeModel {
  @Field(() => ID) id!: string;
  @Field() caseReference!: string;
  @Field({ description: 'The family’s surname initial only, e.g. “D. family”' }) familyLabel!: string;
  @Field() role!: string;
  @Field() basisLabel!: string;
  @Field() invitedByName!: string;
  @Field() invitedByAgency!: string;
  @Field(() => GraphQLISODateTime) invitedAt!: Date;
  @Field(() => Int) version!: number;
}
