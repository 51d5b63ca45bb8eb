import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { PractitionerModel } from '../identity/models/identity.models';
import { CasesService } from './cases.service';
import {
  AddCaseNoteInput,
  DeclineTeamInvitationInput,
  InviteToTeamInput,
  RemoveFromTeamInput,
  TeamInvitationVersionInput,
} from './dto/team.inputs';
import { EarlyHelpCaseModel } from './models/case.models';
import { CaseTeamModel, TeamInvitationForMeModel } from './models/team.models';
import { TeamService } from './team.service';

@Resolver(() => EarlyHelpCaseModel)
export class TeamResolver {
  constructor(
    private readonly teams: TeamService,
    private readonly cases: CasesService,
  ) {}

  @Allow(Policy.SignedIn)
  @ResolveField(() => CaseTeamModel, { description: 'The team around the family' })
  team(@SignedIn() ctx: SignedInContext, @Parent() c: EarlyHelpCaseModel): Promise<CaseTeamModel> {
    return this.teams.forCase(ctx, c.id);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [TeamInvitationForMeModel], { description: 'Invitations to join a team around a family, waiting for the signed-in user' })
  teamInvitations(@SignedIn() ctx: SignedInContext): Promise<TeamInvitationForMeModel[]> {
    return this.teams.invitationsForMe(ctx);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [PractitionerModel], { description: 'Practitioners of a partner agency who could be invited to the case’s team' })
  practitionersToInvite(
    @SignedIn() ctx: SignedInContext,
    @IdArg('caseId') caseId: string,
    @IdArg('agencyId') agencyId: string,
  ): Promise<PractitionerModel[]> {
    return this.teams.practitionersToInvite(ctx, caseId, agencyId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Invites a professional to the team around the family' })
  async inviteToTeam(@SignedIn() ctx: SignedInContext, @Args('input') input: InviteToTeamInput): Promise<EarlyHelpCaseModel> {
    await this.teams.invite(ctx, input);
    return this.cases.get(ctx, input.caseId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Withdraws an invitation not yet answered' })
  async withdrawTeamInvitation(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: TeamInvitationVersionInput,
  ): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.teams.withdraw(ctx, input));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Accepts an invitation: the signed-in user joins the team and sees the case' })
  async acceptTeamInvitation(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: TeamInvitationVersionInput,
  ): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.teams.accept(ctx, input));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => Boolean, { description: 'Declines an invitation, with a reason' })
  declineTeamInvitation(@SignedIn() ctx: SignedInContext, @Args('input') input: DeclineTeamInvitationInput): Promise<boolean> {
    return this.teams.decline(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => Boolean, { description: 'The signed-in member leaves the team (they may no longer see the case)' })
  leaveTeam(@SignedIn() ctx: SignedInContext, @IdArg('caseId') caseId: string): Promise<boolean> {
    return this.teams.leave(ctx, caseId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'Removes a member from the team, with a reason (never the lead practitioner)' })
  async removeFromTeam(@SignedIn() ctx: SignedInContext, @Args('input') input: RemoveFromTeamInput): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.teams.remove(ctx, input));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EarlyHelpCaseModel, { description: 'A member of the team adds a note, or an action they took, to the chronology' })
  async addCaseNote(@SignedIn() ctx: SignedInContext, @Args('input') input: AddCaseNoteInput): Promise<EarlyHelpCaseModel> {
    return this.cases.get(ctx, await this.teams.addNote(ctx, input));
  }
}
