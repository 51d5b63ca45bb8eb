import { ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { Args, ArgsType, Context, Field, GqlExecutionContext, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength, validateSync } from 'class-validator';
import { DomainError, DomainErrorCode } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { Ctx, GqlContext, RequestContext, requestOf, SignedIn, SignedInContext } from '../common/request-context';
import { DirectoryService } from './directory.service';
import { LOCAL_STRATEGY } from './local.strategy';
import { SignInNextStep, SignInResultModel } from './mfa/multi-factor.models';
import { MultiFactorService } from './mfa/multi-factor.service';
import { AgencyModel, PractitionerModel, ViewerModel } from './models/identity.models';
import { SESSION_COOKIE, SessionService } from './session.service';

@ArgsType()
export class SignInArgs {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@example.org' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(200)
  password!: string;
}

// passport-local reads the credentials from the request body; a GraphQL mutation carries them
// as arguments, so they are handed over for the duration of the check. Guards run before pipes,
// so the arguments are validated here to name a malformed field rather than fail generically.
@Injectable()
export class SignInGuard extends AuthGuard(LOCAL_STRATEGY) {
  override getRequest(context: ExecutionContext) {
    const req = requestOf(context);
    const args = GqlExecutionContext.create(context).getArgs<SignInArgs>();
    const problems = validateSync(plainToInstance(SignInArgs, args)).map((error) => ({
      field: error.property,
      message: Object.values(error.constraints ?? {})[0] ?? 'Check this field',
    }));
    if (problems.length) throw DomainError.invalid(problems);
    req.body = { ...req.body, email: args.email, password: args.password };
    return req;
  }
}

@InputType()
export class AddAgencyInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the agency’s name' })
  @MaxLength(200, { message: 'Name must be 200 characters or fewer' })
  name!: string;

  @Field({ description: 'For example School, Police, Health, Domestic abuse service' })
  @IsString()
  @IsNotEmpty({ message: 'Enter the type of agency, for example School' })
  @MaxLength(60, { message: 'Type must be 60 characters or fewer' })
  agencyType!: string;
}

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly sessions: SessionService,
    private readonly mfa: MultiFactorService,
  ) {}

  @Allow(Policy.Public)
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in user, or null when signed out' })
  me(@Ctx() ctx: RequestContext): Promise<ViewerModel | null> {
    return ctx.actor ? this.directory.viewer(ctx.actor.userId) : Promise.resolve(null);
  }

  // A right password opens a session that waits for the second factor; nothing else is readable
  // until then. A wrong password and an unknown email fail alike, in the local strategy.
  @Allow(Policy.Public)
  @UseGuards(SignInGuard)
  @Mutation(() => SignInResultModel, { description: 'Check the password; the second factor comes next' })
  async signIn(@Args() _credentials: SignInArgs, @Context() { req, res }: GqlContext): Promise<SignInResultModel> {
    delete req.body.password;
    const actor = req.user;
    if (!actor) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in to continue');
    const enrolled = await this.mfa.isEnrolled(actor.userId);
    this.sessions.setCookie(res, await this.sessions.startPending(actor.userId));
    return { next: enrolled ? SignInNextStep.ENTER_CODE : SignInNextStep.SET_UP_AUTHENTICATOR };
  }

  @Allow(Policy.Public)
  @Mutation(() => Boolean)
  async signOut(@Context() { req, res }: GqlContext): Promise<boolean> {
    const cookies: Record<string, unknown> = req.cookies ?? {};
    const token = cookies[SESSION_COOKIE];
    if (typeof token === 'string') await this.sessions.end(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Allow(Policy.SignedIn)
  @Query(() => [AgencyModel])
  agencies(): Promise<AgencyModel[]> {
    return this.directory.agencies();
  }

  @Allow(Policy.FptManager)
  @Mutation(() => AgencyModel, { description: 'Add a partner agency (FPT manager)' })
  addAgency(@Args('input') input: AddAgencyInput): Promise<AgencyModel> {
    return this.directory.addAgency(input.name, input.agencyType);
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Query(() => [PractitionerModel], { description: 'The Family Partnership Team: who can take mentoring requests' })
  familyPartnershipTeam(): Promise<PractitionerModel[]> {
    return this.directory.familyPartnershipTeam();
  }

  @Allow(Policy.FamilyPartnershipTeam)
  @Query(() => [PractitionerModel], { description: 'Practitioners who can lead a case for an agency' })
  practitioners(@SignedIn() _ctx: SignedInContext, @IdArg('agencyId') agencyId: string): Promise<PractitionerModel[]> {
    return this.directory.practitioners(agencyId);
  }
}
