import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { registerEnumType } from '@nestjs/graphql';
import { MeetingAction } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { IdArg, OptionalIdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  AddAgendaItemInput,
  AttendanceInput,
  CurateItemInput,
  CurationAction,
  MoveMeetingInput,
  RecordDecisionInput,
  ScheduleMeetingsInput,
  TakeAgendaItemInput,
  UrgentStepUpInput,
} from './forum.inputs';
import { AgendaItemModel, AgendaModel, ForumActionModel, ForumMeetingModel, HandoverModel, LiveAgendaItemModel } from './forum.models';
import { ForumContributionInput } from './escalation-concerns.inputs';
import { ActionsService } from './actions.service';
import { AgendaService } from './agenda.service';
import { DecisionsService } from './decisions.service';
import { HandoversService } from './handovers.service';
import { LiveMeetingService } from './live-meeting.service';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';

registerEnumType(CurationAction, { name: 'CurationAction' });

// Chair-only doors check the FPT manager role in the services too; item visibility follows the
// case access rule.
@Resolver(() => ForumMeetingModel)
export class ForumResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly decisions: DecisionsService,
    private readonly minutesOf: MinutesService,
    private readonly actions: ActionsService,
    private readonly handovers: HandoversService,
    private readonly liveMeeting: LiveMeetingService,
  ) {}

  @Allow(Policy.SignedIn)
  @Query(() => [ForumMeetingModel], { description: 'Forum meetings from a date (default today), soonest first' })
  forumMeetings(@Args('from', { type: () => String, nullable: true }) from: string | null): Promise<ForumMeetingModel[]> {
    return this.meetings.from(from ?? null);
  }

  @Allow(Policy.SignedIn)
  @Query(() => AgendaModel)
  agenda(@SignedIn() ctx: SignedInContext, @IdArg('meetingId') meetingId: string): Promise<AgendaModel> {
    return this.agendas.read(ctx, meetingId);
  }

  @Allow(Policy.SignedIn)
  @Query(() => LiveAgendaItemModel, {
    description:
      'One item of a meeting’s agenda (NOT_FOUND unless it is on it and the viewer may see its case) and where the meeting stands: what a live page reads on a signal naming the item',
  })
  liveAgendaItem(
    @SignedIn() ctx: SignedInContext,
    @IdArg('meetingId') meetingId: string,
    @OptionalIdArg('itemId') itemId: string | null,
  ): Promise<LiveAgendaItemModel> {
    return this.agendas.liveItem(ctx, meetingId, itemId);
  }

  @Allow(Policy.SignedIn)
  @Query(() => AgendaModel, { description: 'Discussed items only, limited to the cases the viewer may read' })
  minutes(@SignedIn() ctx: SignedInContext, @IdArg('meetingId') meetingId: string): Promise<AgendaModel> {
    return this.minutesOf.minutes(ctx, meetingId);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [ForumActionModel])
  myActions(@SignedIn() ctx: SignedInContext): Promise<ForumActionModel[]> {
    return this.actions.mine(ctx);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [HandoverModel], { description: 'Step-up handovers waiting for the receiving team' })
  openHandovers(@SignedIn() ctx: SignedInContext): Promise<HandoverModel[]> {
    return this.handovers.waiting(ctx);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => [ForumMeetingModel])
  scheduleForumMeetings(@SignedIn() ctx: SignedInContext, @Args('input') input: ScheduleMeetingsInput): Promise<ForumMeetingModel[]> {
    return this.meetings.schedule(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ForumMeetingModel)
  moveForumMeeting(@SignedIn() ctx: SignedInContext, @Args('input') input: MoveMeetingInput): Promise<ForumMeetingModel> {
    return this.meetings.move(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ForumMeetingModel)
  cancelForumMeeting(
    @SignedIn() ctx: SignedInContext,
    @IdArg('meetingId') meetingId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ForumMeetingModel> {
    return this.meetings.change(ctx, meetingId, version, MeetingAction.CANCEL);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ForumMeetingModel, { description: 'The chair opens the meeting: decisions and attendance can be recorded' })
  startForumMeeting(
    @SignedIn() ctx: SignedInContext,
    @IdArg('meetingId') meetingId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ForumMeetingModel> {
    return this.meetings.change(ctx, meetingId, version, MeetingAction.START);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ForumMeetingModel, {
    description: 'The chair closes the meeting: it was held; the minutes are finished and published next',
  })
  closeForumMeeting(
    @SignedIn() ctx: SignedInContext,
    @IdArg('meetingId') meetingId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ForumMeetingModel> {
    return this.meetings.change(ctx, meetingId, version, MeetingAction.CLOSE);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => AgendaItemModel, { description: 'A written contribution on an item, before the meeting, from someone who cannot attend' })
  sendForumContribution(@SignedIn() ctx: SignedInContext, @Args('input') input: ForumContributionInput): Promise<AgendaItemModel> {
    return this.agendas.contribute(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ForumMeetingModel)
  publishAgenda(@SignedIn() ctx: SignedInContext, @IdArg('meetingId') meetingId: string): Promise<ForumMeetingModel> {
    return this.meetings.publish(ctx, meetingId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => AgendaItemModel)
  addAgendaItem(@SignedIn() ctx: SignedInContext, @Args('input') input: AddAgendaItemInput): Promise<AgendaItemModel> {
    return this.agendas.addItem(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => AgendaItemModel)
  curateAgendaItem(@SignedIn() ctx: SignedInContext, @Args('input') input: CurateItemInput): Promise<AgendaItemModel> {
    return this.agendas.curate(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => AgendaModel)
  recordAttendance(@SignedIn() ctx: SignedInContext, @Args('input') input: AttendanceInput): Promise<AgendaModel> {
    return this.minutesOf.recordAttendance(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => ForumMeetingModel, { description: 'The chair signs off the minutes: only then can others read them' })
  signOffMinutes(
    @SignedIn() ctx: SignedInContext,
    @IdArg('meetingId') meetingId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ForumMeetingModel> {
    return this.minutesOf.signOff(ctx, meetingId, version);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => AgendaModel, {
    description: 'In session, the chair takes the meeting to an item of its agenda; every attendee’s page follows',
  })
  takeAgendaItem(@SignedIn() ctx: SignedInContext, @Args('input') input: TakeAgendaItemInput): Promise<AgendaModel> {
    return this.liveMeeting.take(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => AgendaItemModel)
  recordForumDecision(@SignedIn() ctx: SignedInContext, @Args('input') input: RecordDecisionInput): Promise<AgendaItemModel> {
    return this.decisions.record(ctx, input);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => ForumActionModel)
  completeForumAction(@SignedIn() ctx: SignedInContext, @IdArg('actionId') actionId: string): Promise<ForumActionModel> {
    return this.actions.complete(ctx, actionId);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => HandoverModel, { description: 'Urgent safeguarding concern: straight to the front door, never held for the Forum' })
  urgentStepUp(@SignedIn() ctx: SignedInContext, @Args('input') input: UrgentStepUpInput): Promise<HandoverModel> {
    return this.handovers.urgentStepUp(ctx, input);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Mutation(() => HandoverModel)
  acceptHandover(@SignedIn() ctx: SignedInContext, @IdArg('handoverId') handoverId: string): Promise<HandoverModel> {
    return this.handovers.accept(ctx, handoverId);
  }
}
