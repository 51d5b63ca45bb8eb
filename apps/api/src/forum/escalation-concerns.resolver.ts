import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import {
  AnswerConcernInput,
  PlaceConcernOnAgendaInput,
  RaiseEscalationConcernInput,
  TakeConcernUrgentRouteInput,
} from './escalation-concerns.inputs';
import { EscalationConcernModel } from './escalation-concerns.models';
import { EscalationConcernsService } from './escalation-concerns.service';

// Escalation concerns: raised by a partner who sees the case, decided by the Forum chair (the
// services check the one visibility rule and the chair's role).
@Resolver(() => EscalationConcernModel)
export class EscalationConcernsResolver {
  constructor(private readonly concerns: EscalationConcernsService) {}

  @Allow(Policy.SignedIn)
  @Query(() => [EscalationConcernModel], { description: 'The concerns I raised, newest first, with what the chair decided' })
  myEscalationConcerns(@SignedIn() ctx: SignedInContext): Promise<EscalationConcernModel[]> {
    return this.concerns.mine(ctx);
  }

  @Allow(Policy.FptManager)
  @Query(() => [EscalationConcernModel], { description: 'Concerns waiting for the Forum chair' })
  escalationConcernsAwaitingChair(@SignedIn() ctx: SignedInContext): Promise<EscalationConcernModel[]> {
    return this.concerns.waiting(ctx);
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => EscalationConcernModel)
  raiseEscalationConcern(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: RaiseEscalationConcernInput,
  ): Promise<EscalationConcernModel> {
    return this.concerns.raise(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => EscalationConcernModel, { description: 'The chair places the concern on a Forum agenda (urgency bends the cut-off)' })
  placeConcernOnAgenda(@SignedIn() ctx: SignedInContext, @Args('input') input: PlaceConcernOnAgendaInput): Promise<EscalationConcernModel> {
    return this.concerns.placeOnAgenda(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => EscalationConcernModel, { description: 'The chair takes the urgent safeguarding route: a step up to the front door' })
  takeConcernUrgentRoute(
    @SignedIn() ctx: SignedInContext,
    @Args('input') input: TakeConcernUrgentRouteInput,
  ): Promise<EscalationConcernModel> {
    return this.concerns.takeUrgentRoute(ctx, input);
  }

  @Allow(Policy.FptManager)
  @Mutation(() => EscalationConcernModel, { description: 'The chair answers the concern in writing' })
  answerEscalationConcern(@SignedIn() ctx: SignedInContext, @Args('input') input: AnswerConcernInput): Promise<EscalationConcernModel> {
    return this.concerns.answer(ctx, input);
  }
}
