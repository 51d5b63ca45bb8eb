import { DataSource, DataSourceOptions } from 'typeorm';
import { types } from 'pg';
import type { DatabaseLimits } from '../config/app-config';
import { ENTITIES } from './entities';
import { InitialSchema1732300000000 } from './migrations/1732300000000-initial-schema';
import { InAppNotifications1732300000001 } from './migrations/1732300000001-in-app-notifications';
import { MyFamilyPlans1732300000002 } from './migrations/1732300000002-my-family-plans';
import { ChildDrawings1732300000003 } from './migrations/1732300000003-child-drawings';
import { EarlyHelpForum1732300000004 } from './migrations/1732300000004-early-help-forum';
import { SessionIdleTimeout1732300000005 } from './migrations/1732300000005-session-idle-timeout';
import { NotificationOutbox1732300000006 } from './migrations/1732300000006-notification-outbox';
import { CalendarFeedTokens1732300000007 } from './migrations/1732300000007-calendar-feed-tokens';
import { SharingAlerts1732300000008 } from './migrations/1732300000008-sharing-alerts';
import { NotificationEventKey1732300000009 } from './migrations/1732300000009-notification-event-key';
import { NotificationPreferences1732300000010 } from './migrations/1732300000010-notification-preferences';
import { AuditHashChain1732300000011 } from './migrations/1732300000011-audit-hash-chain';
import { MultiFactor1732300000012 } from './migrations/1732300000012-multi-factor';
import { InformationGovernance1732300000013 } from './migrations/1732300000013-information-governance';
import { ImpactDashboard1732300000014 } from './migrations/1732300000014-impact-dashboard';
import { RestrictedInformation1732300000015 } from './migrations/1732300000015-restricted-information';
import { RowLevelSecurity1732300000020 } from './migrations/1732300000020-row-level-security';
import { AuditChainPerStatement1732300000021 } from './migrations/1732300000021-audit-chain-per-statement';
import { OneVisibilityRule1732300000023 } from './migrations/1732300000023-one-visibility-rule';
import { InboxIndex1732300000024 } from './migrations/1732300000024-inbox-index';
import { AuditSealedByWorker1732300000025 } from './migrations/1732300000025-audit-sealed-by-worker';
import { NamedProfessionalRowsFirst1732300000026 } from './migrations/1732300000026-named-professional-rows-first';
import { FamiliesOfVisibleCasesFirst1732300000027 } from './migrations/1732300000027-families-of-visible-cases-first';
import { OutboxCompletion1732300000028 } from './migrations/1732300000028-outbox-completion';
import { WorkerLeastPrivilege1732300000029 } from './migrations/1732300000029-worker-least-privilege';
import { RulePlansKeptPerConnection1732300000030 } from './migrations/1732300000030-rule-plans-kept-per-connection';
import { OneCasePerFamilyAndReviewRule1732300000031 } from './migrations/1732300000031-one-case-per-family-and-review-rule';
import { CaseLeadChanges1732300000032 } from './migrations/1732300000032-case-lead-changes';
import { ForumMinutesSignOff1732300000033 } from './migrations/1732300000033-forum-minutes-sign-off';
import { NextReviewAsAView1732300000034 } from './migrations/1732300000034-next-review-as-a-view';
import { TeamAroundTheFamily1732300000035 } from './migrations/1732300000035-team-around-the-family';
import { EscalationConcernsAndHeldMeetings1732300000036 } from './migrations/1732300000036-escalation-concerns-and-held-meetings';
import { PartnerReferralsLevelsAndMaintenanceReviews1732300000037 } from './migrations/1732300000037-partner-referrals-levels-and-maintenance-reviews';
import { DeclinedTransferInChronology1732300000038 } from './migrations/1732300000038-declined-transfer-in-chronology';
import { CouncilTeamSeesFamilyCasework1732300000039 } from './migrations/1732300000039-council-team-sees-family-casework';
import { LevelMovementsFollowTheFilters1732300000040 } from './migrations/1732300000040-level-movements-follow-the-filters';
import { PersonIdentifiers1732300000041 } from './migrations/1732300000041-person-identifiers';
import { EducationSettings1732300000042 } from './migrations/1732300000042-education-settings';
import { ShareDecisionLedger1732300000043 } from './migrations/1732300000043-share-decision-ledger';
import { OperationEncompass1732300000044 } from './migrations/1732300000044-operation-encompass';
import { OutcomesThatCanBeEvidenced1732300000046 } from './migrations/1732300000046-outcomes-that-can-be-evidenced';
import { ImpactMeasures1732300000048 } from './migrations/1732300000048-impact-measures';
import { ForumCurrentItem1732300000050 } from './migrations/1732300000050-forum-current-item';
import { EncompassInInformationGovernance1732300000051 } from './migrations/1732300000051-encompass-in-information-governance';
import { NeedsMetByHeading1732300000052 } from './migrations/1732300000052-needs-met-by-heading';
import { LevelMovementsMaintained1732300000053 } from './migrations/1732300000053-level-movements-maintained';
import { UnmatchedEncompassRetention1732300000055 } from './migrations/1732300000055-unmatched-encompass-retention';
import { ImpactRefreshViewByView1732300000056 } from './migrations/1732300000056-impact-refresh-view-by-view';
import { MeasuresByMonth1732300000057 } from './migrations/1732300000057-measures-by-month';
import { ImpactViewKeysNotNull1732300000058 } from './migrations/1732300000058-impact-view-keys-not-null';

// DATE columns stay calendar dates ('YYYY-MM-DD'): parsing them into a JS Date would shift them
// by the server's timezone.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value: string) => value);

export const MIGRATIONS = [
  InitialSchema1732300000000,
  InAppNotifications1732300000001,
  MyFamilyPlans1732300000002,
  ChildDrawings1732300000003,
  EarlyHelpForum1732300000004,
  SessionIdleTimeout1732300000005,
  NotificationOutbox1732300000006,
  CalendarFeedTokens1732300000007,
  SharingAlerts1732300000008,
  NotificationEventKey1732300000009,
  NotificationPreferences1732300000010,
  AuditHashChain1732300000011,
  MultiFactor1732300000012,
  InformationGovernance1732300000013,
  ImpactDashboard1732300000014,
  RestrictedInformation1732300000015,
  // Grants on, and secures, every table created before it; later tables get its default grants
  // and must add their own row-level security.
  RowLevelSecurity1732300000020,
  AuditChainPerStatement1732300000021,
  OneVisibilityRule1732300000023,
  InboxIndex1732300000024,
  AuditSealedByWorker1732300000025,
  NamedProfessionalRowsFirst1732300000026,
  FamiliesOfVisibleCasesFirst1732300000027,
  OutboxCompletion1732300000028,
  WorkerLeastPrivilege1732300000029,
  RulePlansKeptPerConnection1732300000030,
  OneCasePerFamilyAndReviewRule1732300000031,
  CaseLeadChanges1732300000032,
  ForumMinutesSignOff1732300000033,
  NextReviewAsAView1732300000034,
  TeamAroundTheFamily1732300000035,
  EscalationConcernsAndHeldMeetings1732300000036,
  PartnerReferralsLevelsAndMaintenanceReviews1732300000037,
  DeclinedTransferInChronology1732300000038,
  CouncilTeamSeesFamilyCasework1732300000039,
  LevelMovementsFollowTheFilters1732300000040,
  PersonIdentifiers1732300000041,
  EducationSettings1732300000042,
  ShareDecisionLedger1732300000043,
  OperationEncompass1732300000044,
  OutcomesThatCanBeEvidenced1732300000046,
  ImpactMeasures1732300000048,
  ForumCurrentItem1732300000050,
  EncompassInInformationGovernance1732300000051,
  NeedsMetByHeading1732300000052,
  LevelMovementsMaintained1732300000053,
  UnmatchedEncompassRetention1732300000055,
  ImpactRefreshViewByView1732300000056,
  MeasuresByMonth1732300000057,
  ImpactViewKeysNotNull1732300000058,
];

export function dataSourceOptions(databaseUrl: string, pool: Record<string, unknown> = { max: 10 }): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: pool,
  };
}

// The API's pool (docs/decisions.md, "Requests that hang"). PostgreSQL ends a statement that runs
// too long and a connection left idle inside a transaction (a request that died half-way), and
// stops a statement whose client has gone (checked every second). Because a server that has
// stopped answering enforces nothing, the API also waits at most `connectTimeoutMs` for a
// connection and `queryTimeoutMs` for a statement's answer. No JIT compilation: row-level
// security makes the case list's estimated cost cross JIT's threshold, and compiling it cost
// about 200 ms on every request for nothing.
export function apiPoolOptions(limits: DatabaseLimits): Record<string, unknown> {
  return { ...workerPoolOptions(limits), options: '-c jit=off -c client_connection_check_interval=1000' };
}

// The worker's pool: the same four limits, with the worker's longer values (a frozen server
// fails a job, which BullMQ retries, instead of holding it for ever); the server's default JIT,
// which the impact figures' analytic refresh may use.
export function workerPoolOptions(limits: DatabaseLimits): Record<string, unknown> {
  return {
    max: limits.poolSize,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    query_timeout: limits.queryTimeoutMs,
  };
}

export function createDataSource(databaseUrl: string, pool?: Record<string, unknown>): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, pool));
}
