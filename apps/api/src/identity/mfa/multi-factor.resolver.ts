import { Args, ArgsType, Context, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DomainError, DomainErrorCode } from '@eh/domain';
import { Allow, Policy } from '../../access/policy';
import { throttleAddressOf } from '../../common/client-address';
import { GqlContext, Pending, PendingSignIn } from '../../common/request-context';
import { DirectoryService } from '../directory.service';
import { ViewerModel } from '../models/identity.models';
import { SessionService } from '../session.service';
import { MfaEnrolmentConfirmationModel, MfaEnrolmentModel } from './multi-factor.models';
import { MultiFactorService } from './multi-factor.service';

@ArgsType()
export class MfaCodeArgs {
  @Field({ description: 'Six digits from the authenticator app, or (to verify) a recovery code' })
  @IsString()
  @IsNotEmpty({ message: 'Enter the code' })
  @MaxLength(40, { message: 'Enter the code' })
  code!: string;
}

// The second step of signing in. Only a session whose password was right and which waits for its
// second factor may use these doors; each request may carry one of them (see the plugin).
@Resolver()
export class MultiFactorResolver {
  constructor(
    private readonly mfa: MultiFactorService,
    private readonly sessions: SessionService,
    private readonly directory: DirectoryService,
  ) {}

  @Allow(Policy.SecondFactor)
  @Mutation(() => MfaEnrolmentModel, { description: 'Start setting up an authenticator app (first sign-in)' })
  beginMfaEnrolment(@Pending() pending: PendingSignIn): Promise<MfaEnrolmentModel> {
    return this.mfa.beginEnrolment(pending);
  }

  @Allow(Policy.SecondFactor)
  @Mutation(() => MfaEnrolmentConfirmationModel, { description: 'Finish setting up the app with its first code; signs in' })
  async confirmMfaEnrolment(
    @Pending() pending: PendingSignIn,
    @Args() { code }: MfaCodeArgs,
    @Context() { req, res }: GqlContext,
  ): Promise<MfaEnrolmentConfirmationModel> {
    const done = await this.mfa.confirmEnrolment(pending, code, throttleAddressOf(req));
    this.sessions.setCookie(res, done.token);
    return { recoveryCodes: done.recoveryCodes, viewer: await this.viewer(pending) };
  }

  @Allow(Policy.SecondFactor)
  @Mutation(() => ViewerModel, { description: 'Give a code from the authenticator app, or a recovery code; signs in' })
  async verifyMfaCode(
    @Pending() pending: PendingSignIn,
    @Args() { code }: MfaCodeArgs,
    @Context() { req, res }: GqlContext,
  ): Promise<ViewerModel> {
    const done = await this.mfa.verify(pending, code, throttleAddressOf(req));
    this.sessions.setCookie(res, done.token);
    return this.viewer(pending);
  }

  private async viewer(pending: PendingSignIn): Promise<ViewerModel> {
    const viewer = await this.directory.viewer(pending.actor.userId);
    if (!viewer) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
    return viewer;
  }
}
