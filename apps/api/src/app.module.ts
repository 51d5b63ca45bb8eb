import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { compiledExecution } from './common/compiled-execution';
import { CouncilTermsResolver } from './common/council-terms.resolver';
import { GraphQLModule } from '@nestjs/graphql';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';
import { PolicyGuard } from './access/policy.guard';
import { AccessLogResolver } from './audit/access-log.resolver';
import { AccessLogRepository } from './audit/access-log.repository';
import { AuditService } from './audit/audit.service';
import { CasesResolver } from './cases/cases.resolver';
import { CaseAccessService } from './cases/case-access.service';
import { CasesService } from './cases/cases.service';
import { CaseRepository } from './cases/case.repository';
import { VisibilityRepository } from './cases/visibility.repository';
import { CaseWorkResolver } from './cases/case-work.resolver';
import { CaseWorkRepository } from './cases/case-work.repository';
import { CaseWorkService } from './cases/case-work.service';
import { CalendarController, CalendarResolver } from './forum/calendar.controller';
import { ForumResolver } from './forum/forum.resolver';
import { EscalationConcernsResolver } from './forum/escalation-concerns.resolver';
import { EscalationConcernsService } from './forum/escalation-concerns.service';
import { EscalationConcernRepository } from './forum/escalation-concern.repository';
import { ContributionRepository } from './forum/contribution.repository';
import { ActionRepository } from './forum/action.repository';
import { ActionsService } from './forum/actions.service';
import { AgendaRepository } from './forum/agenda.repository';
import { AgendaService } from './forum/agenda.service';
import { CalendarFeedRepository } from './forum/calendar-feed.repository';
import { DecisionsService } from './forum/decisions.service';
import { HandoverRepository } from './forum/handover.repository';
import { HandoversService } from './forum/handovers.service';
import { MeetingRepository } from './forum/meeting.repository';
import { MeetingsService } from './forum/meetings.service';
import { MinutesService } from './forum/minutes.service';
import { LiveMeetingService } from './forum/live-meeting.service';
import { ImpactMeasuresResolver, ImpactResolver } from './impact/impact.resolver';
import { ImpactService } from './impact/impact.service';
import { ImpactRepository } from './impact/impact.repository';
import { MentoringResolver } from './mentoring/mentoring.resolver';
import { InboxService } from './notifications/inbox.service';
import { InboxResolver } from './notifications/inbox.resolver';
import { SharingResolver } from './sharing/sharing.resolver';
import { SharingService } from './sharing/sharing.service';
import { SharingRepository } from './sharing/sharing.repository';
import { CaseShareDecisionsResolver, ImpactShareDecisionsResolver, ShareDecisionResolver } from './sharing/share-decision.resolver';
import { ShareDecisionService } from './sharing/share-decision.service';
import { ShareDecisionRepository } from './sharing/share-decision.repository';
import { MentoringRepository } from './mentoring/mentoring.repository';
import { MentoringService } from './mentoring/mentoring.service';
import { PlansResolver } from './plans/plans.resolver';
import { PlanRepository } from './plans/plan.repository';
import { PlansService } from './plans/plans.service';
import { DrawingRepository } from './plans/drawing.repository';
import { DrawingsService } from './plans/drawings.service';
import { CLOCK, Clock, systemClock } from './common/clock';
import { GraphqlErrorFilter, maskError } from './common/graphql-errors';
import { graphqlLimitRules, graphqlParseOptions } from './common/graphql-limits';
import { plainTextOnly } from './common/plain-text.plugin';
import { GqlContext } from './common/request-context';
import { RequestScopeMiddleware } from './common/request-scope.middleware';
import { createValidationPipe } from './common/validation';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Db } from './database/db';
import { LeadChangeRepository } from './cases/lead-change.repository';
import { LeadChangeResolver } from './cases/lead-change.resolver';
import { ImpactLevelMovementsResolver, LevelsResolver } from './cases/levels.resolver';
import { LevelsRepository } from './cases/levels.repository';
import { LevelsService } from './cases/levels.service';
import { MaintenanceReviewRepository } from './cases/maintenance-review.repository';
import { MaintenanceReviewResolver } from './cases/maintenance-review.resolver';
import { MaintenanceReviewService } from './cases/maintenance-review.service';
import { LeadChangeService } from './cases/lead-change.service';
import { TeamRepository } from './cases/team.repository';
import { TeamResolver } from './cases/team.resolver';
import { TeamService } from './cases/team.service';
import { RequestTransactionPlugin } from './database/request-transaction.plugin';
import { ApiMetrics } from './operations/api-metrics';
import { HealthState } from './operations/health';
import { apiPoolOptions, dataSourceOptions } from './database/data-source';
import { DirectoryRepository } from './identity/directory.repository';
import { DirectoryService } from './identity/directory.service';
import { IdentityResolver } from './identity/identity.resolver';
import { oneSignInPerRequest } from './identity/one-sign-in-per-request.plugin';
import { LocalStrategy } from './identity/local.strategy';
import { MultiFactorResolver } from './identity/mfa/multi-factor.resolver';
import { MultiFactorService } from './identity/mfa/multi-factor.service';
import { MfaRepository } from './identity/mfa/mfa.repository';
import { RedisClient } from './identity/redis.provider';
import { LiveHub } from './live/live-hub';
import { LiveSignals } from './live/live-signals.service';
import { SessionService } from './identity/session.service';
import { SessionRepository } from './identity/session.repository';
import { SessionStrategy } from './identity/session.strategy';
import { SignInThrottle } from './identity/sign-in-throttle.service';
import { SignInService } from './identity/sign-in.service';
import { UserAdministrationResolver } from './identity/user-administration.resolver';
import { UserAdministrationService } from './identity/user-administration.service';
import { UserRepository } from './identity/user.repository';
import { Outbox } from './notifications/outbox';
import { PreferencesResolver } from './notifications/preferences.resolver';
import { FailedJobsResolver } from './notifications/failed-jobs.resolver';
import { FamilyRepository } from './referrals/family.repository';
import { FamilyService } from './referrals/family.service';
import { ReferralRepository } from './referrals/referral.repository';
import { GovernanceResolver } from './governance/governance.resolver';
import { GovernanceService } from './governance/governance.service';
import { LegalHoldRepository } from './governance/legal-hold.repository';
import { RetentionPolicyRepository } from './governance/retention-policy.repository';
import { RetentionPurgeService } from './governance/retention-purge.service';
import { SubjectAccessService } from './governance/subject-access.service';
import { SubjectAccessRepository } from './governance/subject-access.repository';
import { ReferralsResolver } from './referrals/referrals.resolver';
import { ReferralsService } from './referrals/referrals.service';
import { CaseRestrictedInformationResolver, RestrictedInformationResolver } from './restricted-information/restricted-information.resolver';
import { RestrictedInformationService } from './restricted-information/restricted-information.service';
import { RestrictedInformationRepository } from './restricted-information/restricted-information.repository';
import { ChildSettingRepository } from './education/child-setting.repository';
import { ChildSettingService } from './education/child-setting.service';
import { EducationSettingRepository } from './education/education-setting.repository';
import { ChildSettingResolver, EducationSettingsResolver } from './education/education-settings.resolver';
import { EducationSettingsService } from './education/education-settings.service';
import { EncompassRepository } from './encompass/encompass.repository';
import { EncompassResolver, ImpactEncompassResolver } from './encompass/encompass.resolver';
import { EncompassService } from './encompass/encompass.service';
import { CaseOutcomesResolver, OutcomesResolver } from './outcomes/outcomes.resolver';
import { OutcomesService } from './outcomes/outcomes.service';
import { OutcomeRepository } from './outcomes/outcome.repository';

// Every class that opens GraphQL doors; the policy coverage test walks this list.
export const RESOLVERS = [
  CouncilTermsResolver,
  IdentityResolver,
  MultiFactorResolver,
  ReferralsResolver,
  CasesResolver,
  LeadChangeResolver,
  MaintenanceReviewResolver,
  LevelsResolver,
  ImpactLevelMovementsResolver,
  TeamResolver,
  PlansResolver,
  CaseWorkResolver,
  ForumResolver,
  EscalationConcernsResolver,
  MentoringResolver,
  CalendarResolver,
  SharingResolver,
  ShareDecisionResolver,
  CaseShareDecisionsResolver,
  ImpactShareDecisionsResolver,
  InboxResolver,
  PreferencesResolver,
  FailedJobsResolver,
  AccessLogResolver,
  RestrictedInformationResolver,
  CaseRestrictedInformationResolver,
  UserAdministrationResolver,
  GovernanceResolver,
  ImpactResolver,
  ImpactMeasuresResolver,
  EducationSettingsResolver,
  ChildSettingResolver,
  EncompassResolver,
  ImpactEncompassResolver,
  OutcomesResolver,
  CaseOutcomesResolver,
];

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly clock?: Clock;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot({ config, clock = systemClock }: AppModuleOptions): DynamicModule {
    const metrics = new ApiMetrics();
    return {
      module: AppModule,
      controllers: [CalendarController],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config.databaseUrl),
            extra: apiPoolOptions(config.databaseLimits),
          }),
        }),
        PassportModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !config.production,
          hideSchemaDetailsFromClientErrors: config.production,
          includeStacktraceInErrorResponses: false,
          fieldResolverEnhancers: ['guards', 'filters'],
          context: ({ req, res }: GqlContext): GqlContext => ({ req, res }),
          formatError: maskError,
          // Size limits (docs/decisions.md, "The GraphQL door"); the landing page is off (playground: false).
          validationRules: graphqlLimitRules(),
          parseOptions: graphqlParseOptions,
          csrfPrevention: true,
          // create-app.ts marks every response no-store; Apollo's cache hints are off entirely (they
          // cost a hook on every field resolved, for a header we never send).
          plugins: [oneSignInPerRequest, plainTextOnly, ApolloServerPluginCacheControlDisabled(), metrics.apolloPlugin()],
          allowBatchedHttpRequests: false,
          // Repeated operations run compiled (common/compiled-execution.ts).
          ...(({ transformSchema, gateway }) => ({ transformSchema, gateway }))(compiledExecution()),
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: ApiMetrics, useValue: metrics },
        HealthState,
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        Db,
        AuditService,
        AccessLogRepository,
        RequestTransactionPlugin,
        RedisClient,
        LiveSignals,
        LiveHub,
        Outbox,
        SessionService,
        SessionRepository,
        SessionStrategy,
        LocalStrategy,
        SignInService,
        SignInThrottle,
        MultiFactorService,
        MfaRepository,
        DirectoryService,
        DirectoryRepository,
        FamilyService,
        FamilyRepository,
        ReferralsService,
        ReferralRepository,
        CaseAccessService,
        CasesService,
        CaseRepository,
        LeadChangeService,
        LeadChangeRepository,
        MaintenanceReviewService,
        MaintenanceReviewRepository,
        EducationSettingRepository,
        EducationSettingsService,
        ChildSettingRepository,
        ChildSettingService,
        LevelsService,
        LevelsRepository,
        TeamService,
        TeamRepository,
        VisibilityRepository,
        CaseWorkService,
        CaseWorkRepository,
        PlansService,
        PlanRepository,
        DrawingsService,
        DrawingRepository,
        MeetingsService,
        MeetingRepository,
        AgendaService,
        AgendaRepository,
        EscalationConcernsService,
        EscalationConcernRepository,
        ContributionRepository,
        DecisionsService,
        MinutesService,
        LiveMeetingService,
        ActionsService,
        ActionRepository,
        HandoversService,
        HandoverRepository,
        CalendarFeedRepository,
        MentoringService,
        MentoringRepository,
        SharingService,
        SharingRepository,
        ShareDecisionService,
        ShareDecisionRepository,
        InboxService,
        RestrictedInformationService,
        RestrictedInformationRepository,
        UserAdministrationService,
        UserRepository,
        GovernanceService,
        RetentionPolicyRepository,
        LegalHoldRepository,
        SubjectAccessService,
        SubjectAccessRepository,
        { provide: RetentionPurgeService, useFactory: (db: Db, c: Clock) => new RetentionPurgeService(db, c), inject: [Db, CLOCK] },
        ImpactService,
        ImpactRepository,
        EncompassService,
        EncompassRepository,
        OutcomesService,
        OutcomeRepository,
        ...RESOLVERS,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // The request id is set first of all, in create-app.ts.
    consumer.apply(cookieParser(), RequestScopeMiddleware).forRoutes('*path');
  }
}
