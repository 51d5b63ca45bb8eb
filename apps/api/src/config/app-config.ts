import { isIP } from 'node:net';
import { createHash } from 'node:crypto';
import { ClaimRule, CouncilTerms, parseClaimRule, parseCouncilTerms } from '@eh/domain';

// Configuration is read and checked once, at boot. Development has working defaults for the
// local PostgreSQL and Redis; production refuses to start unless each one is set explicitly.
export interface AppConfig {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  // Three connections, three roles (docs/security.md): the API's (eh_app, under row-level
  // security), the worker's (eh_worker) and the migrations' (the tables' owner).
  readonly databaseUrl: string;
  readonly workerDatabaseUrl: string;
  readonly migrationDatabaseUrl: string;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  // Limits on every connection of the API's pool (docs/decisions.md, "Requests that hang").
  readonly databaseLimits: DatabaseLimits;
  // The worker's own: its jobs are background work, and the impact figures' refresh of a national
  // deployment runs for minutes, so its statements may run longer than a request's.
  readonly workerDatabaseLimits: DatabaseLimits;
  // A request still running after this many milliseconds is given up: its transaction ends and
  // its client is told to try again.
  readonly requestTimeoutMs: number;
  // GraphQL requests in flight at once; one more is refused at once with 503 and Retry-After.
  readonly maxRequestsInFlight: number;
  readonly cookieSecure: boolean;
  readonly webDistDir: string | null;
  readonly sessionHours: number;
  readonly sessionIdleMinutes: number;
  // AES-256 key (32 bytes) sealing each person's authenticator secret at rest.
  readonly mfaEncryptionKey: Buffer;
  // Email is off unless an SMTP server is named (in development, a local sink).
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly portalUrl: string;
  // The council's words for its offer (COUNCIL_TERMS: a preset's name or JSON; libs/domain/src/terms).
  readonly terms: CouncilTerms;
  // The council's rule for claiming a family's sustained result (OUTCOME_CLAIM_RULE, JSON over
  // libs/domain's DEFAULT_CLAIM_RULE), with the months before the former lead is asked.
  readonly claimRule: ClaimRule;
  // Development and browser journeys only: the portal's calendar stands this many days from the
  // real one (PORTAL_CLOCK_OFFSET_DAYS), so a journey can reach a date months after closure.
  // Production refuses it. Sessions and second factors keep real time (PostgreSQL's now()).
  readonly clockOffsetDays: number;
  // The worker relays again an outbox entry relayed this long ago and not completed (Redis may have
  // lost it), and checks this often that Redis still holds its schedules.
  readonly outboxResendSeconds: number;
  readonly scheduleCheckSeconds: number;
  // Operations (README, "Operations"): Prometheus metrics on a port of their own, never the public
  // one (null: off), optionally behind a bearer token; how long /health/ready waits for PostgreSQL
  // and Redis; how long a SIGTERM waits for requests and jobs to finish; JSON or text logs.
  readonly metricsPort: number | null;
  readonly workerMetricsPort: number | null;
  readonly metricsHost: string;
  readonly metricsToken: string | null;
  readonly readyTimeoutMs: number;
  readonly shutdownGraceMs: number;
  readonly logFormat: 'json' | 'text';
  // The live channel (GET /events, apps/api/src/live): a comment line this often so that proxies
  // keep idle streams open, and each stream's session checked again this often (idle, expired,
  // moved agency), besides the signal that ends it at once on sign-out or removal.
  readonly liveHeartbeatSeconds: number;
  // Which peers are proxies whose X-Forwarded-For is believed (Express's `trust proxy`): the
  // client's address (sign-in throttling per address, the audit trail) comes from them. Default
  // the loopback only; behind a proxy on another host (docker/compose.yaml), its network too.
  readonly trustProxy: string;
  readonly liveSessionCheckSeconds: number;
  // 'smtp' (default) or GOV.UK Notify with its API key and template ids.
  readonly email:
    | { readonly channel: 'smtp' }
    | { readonly channel: 'govuk-notify'; readonly apiKey: string; readonly attentionTemplate: string; readonly digestTemplate: string };
}

export interface DatabaseLimits {
  readonly poolSize: number;
  // Enforced by PostgreSQL.
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
  // Enforced by the API itself, so that a server that has stopped answering cannot hold a request:
  // waiting for a connection of the pool (or for a new one to open), and waiting for a statement's
  // answer (a little longer than the statement timeout, so PostgreSQL's own error normally wins).
  readonly connectTimeoutMs: number;
  readonly queryTimeoutMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {}

function setting(env: Env, name: string, fallback: string, production: boolean): string {
  const value = env[name];
  if (value !== undefined && value !== '') return value;
  if (production) throw new ConfigError(`${name} must be set in production`);
  return fallback;
}

// Development defaults: the same local database, reached as each role (trust authentication).
function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

function integer(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function emailConfig(env: Env): AppConfig['email'] {
  if ((env.EMAIL_CHANNEL ?? 'smtp') === 'smtp') return { channel: 'smtp' };
  if (env.EMAIL_CHANNEL !== 'govuk-notify') throw new ConfigError('EMAIL_CHANNEL must be smtp or govuk-notify');
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new ConfigError(`${name} must be set when EMAIL_CHANNEL is govuk-notify`);
    return value;
  };
  return {
    channel: 'govuk-notify',
    apiKey: required('NOTIFY_API_KEY'),
    attentionTemplate: required('NOTIFY_TEMPLATE_ATTENTION'),
    digestTemplate: required('NOTIFY_TEMPLATE_DIGEST'),
  };
}

// A fixed key in development and tests, so a restarted portal can still read its secrets; a real
// deployment must bring its own (e.g. `openssl rand -base64 32`).
const DEVELOPMENT_MFA_KEY = createHash('sha256').update('early-help-portal development MFA key').digest();

function mfaKey(env: Env, production: boolean): Buffer {
  const raw = env.MFA_ENCRYPTION_KEY;
  if (!raw) {
    if (production) throw new ConfigError('MFA_ENCRYPTION_KEY must be set in production');
    return DEVELOPMENT_MFA_KEY;
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new ConfigError('MFA_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  return key;
}

type LimitDefaults = {
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly answerMarginMs: number;
};

// DB_* for the API, WORKER_DB_* for the worker.
function databaseLimits(env: Env, prefix: string, defaults: LimitDefaults): DatabaseLimits {
  const name = (suffix: string) => `${prefix}${suffix}`;
  const statementTimeoutMs = integer(
    name('STATEMENT_TIMEOUT_MS'),
    env[name('STATEMENT_TIMEOUT_MS')] ?? String(defaults.statementTimeoutMs),
    100,
    3600000,
  );
  const queryTimeoutMs = integer(
    name('QUERY_TIMEOUT_MS'),
    env[name('QUERY_TIMEOUT_MS')] ?? String(statementTimeoutMs + defaults.answerMarginMs),
    100,
    3700000,
  );
  if (queryTimeoutMs <= statementTimeoutMs)
    throw new ConfigError(`${name('QUERY_TIMEOUT_MS')} must be longer than ${name('STATEMENT_TIMEOUT_MS')}`);
  return {
    poolSize: integer(name('POOL_SIZE'), env[name('POOL_SIZE')] ?? '10', 1, 200),
    statementTimeoutMs,
    idleInTransactionTimeoutMs: integer(
      name('IDLE_IN_TRANSACTION_TIMEOUT_MS'),
      env[name('IDLE_IN_TRANSACTION_TIMEOUT_MS')] ?? String(defaults.idleInTransactionTimeoutMs),
      1000,
      3600000,
    ),
    connectTimeoutMs: integer(
      name('CONNECT_TIMEOUT_MS'),
      env[name('CONNECT_TIMEOUT_MS')] ?? String(defaults.connectTimeoutMs),
      100,
      600000,
    ),
    queryTimeoutMs,
  };
}

const API_LIMITS: LimitDefaults = {
  statementTimeoutMs: 15000,
  idleInTransactionTimeoutMs: 30000,
  connectTimeoutMs: 5000,
  answerMarginMs: 2000,
};
const WORKER_LIMITS: LimitDefaults = {
  statementTimeoutMs: 600000,
  idleInTransactionTimeoutMs: 60000,
  connectTimeoutMs: 30000,
  answerMarginMs: 30000,
};

function optionalPort(env: Env, name: string): number | null {
  const raw = env[name];
  return raw === undefined || raw === '' ? null : integer(name, raw, 0, 65535);
}

function metricsToken(env: Env): string | null {
  const token = env.METRICS_TOKEN;
  if (!token) return null;
  if (token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  return token;
}

const PROXY_PRESETS: ReadonlySet<string> = new Set(['loopback', 'linklocal', 'uniquelocal']);

// A comma-separated list of Express's presets and addresses or subnets (CIDR); anything else stops
// the start, naming the setting.
function trustProxy(env: Env): string {
  const value = env.TRUST_PROXY || 'loopback';
  const entries = value.split(',').map((e) => e.trim());
  const valid = (entry: string) => {
    if (PROXY_PRESETS.has(entry)) return true;
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  if (!entries.every(valid)) {
    throw new ConfigError(
      'TRUST_PROXY must list loopback, linklocal, uniquelocal or IP addresses and subnets (like 10.0.0.0/8), separated by commas',
    );
  }
  return entries.join(', ');
}

function claimRule(env: Env): ClaimRule {
  const { rule, problems } = parseClaimRule(env.OUTCOME_CLAIM_RULE);
  if (problems.length) throw new ConfigError(problems.join('; '));
  return rule;
}

function clockOffsetDays(env: Env, production: boolean): number {
  const raw = env.PORTAL_CLOCK_OFFSET_DAYS;
  if (raw === undefined || raw === '') return 0;
  if (production) throw new ConfigError('PORTAL_CLOCK_OFFSET_DAYS is for development and tests only');
  return integer('PORTAL_CLOCK_OFFSET_DAYS', raw, -3660, 3660);
}

function logFormat(env: Env): AppConfig['logFormat'] {
  const format = env.LOG_FORMAT || 'json';
  if (format !== 'json' && format !== 'text') throw new ConfigError('LOG_FORMAT must be json or text');
  return format;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = setting(env, 'DATABASE_URL', 'postgres://eh_app@127.0.0.1:5432/early_help', production);
  const terms = parseCouncilTerms(env.COUNCIL_TERMS);
  return {
    email: emailConfig(env),
    production,
    port: integer('PORT', env.PORT ?? '3000', 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    workerDatabaseUrl: setting(env, 'WORKER_DATABASE_URL', asRole(databaseUrl, 'eh_worker'), production),
    migrationDatabaseUrl: setting(env, 'MIGRATION_DATABASE_URL', asRole(databaseUrl, 'postgres'), production),
    redisUrl: setting(env, 'REDIS_URL', 'redis://127.0.0.1:6379/0', production),
    redisPrefix: env.REDIS_PREFIX || 'eh',
    databaseLimits: databaseLimits(env, 'DB_', API_LIMITS),
    workerDatabaseLimits: databaseLimits(env, 'WORKER_DB_', WORKER_LIMITS),
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS ?? '20000', 500, 600000),
    maxRequestsInFlight: integer('MAX_REQUESTS_IN_FLIGHT', env.MAX_REQUESTS_IN_FLIGHT ?? '40', 1, 10000),
    cookieSecure: (env.COOKIE_SECURE ?? (production ? 'true' : 'false')) === 'true',
    webDistDir: env.WEB_DIST_DIR || null,
    sessionHours: integer('SESSION_HOURS', env.SESSION_HOURS ?? '10', 1, 24),
    sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES ?? '30', 5, 480),
    mfaEncryptionKey: mfaKey(env, production),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || `${terms.serviceName} <no-reply@early-help.invalid>`,
    outboxResendSeconds: integer('OUTBOX_RESEND_SECONDS', env.OUTBOX_RESEND_SECONDS ?? '60', 1, 3600),
    scheduleCheckSeconds: integer('SCHEDULE_CHECK_SECONDS', env.SCHEDULE_CHECK_SECONDS ?? '60', 1, 3600),
    terms,
    claimRule: claimRule(env),
    clockOffsetDays: clockOffsetDays(env, production),
    metricsPort: optionalPort(env, 'METRICS_PORT'),
    workerMetricsPort: optionalPort(env, 'WORKER_METRICS_PORT'),
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    metricsToken: metricsToken(env),
    readyTimeoutMs: integer('READY_TIMEOUT_MS', env.READY_TIMEOUT_MS ?? '1000', 50, 30000),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS ?? '30', 1, 600) * 1000,
    logFormat: logFormat(env),
    trustProxy: trustProxy(env),
    liveHeartbeatSeconds: integer('LIVE_HEARTBEAT_SECONDS', env.LIVE_HEARTBEAT_SECONDS ?? '25', 1, 300),
    liveSessionCheckSeconds: integer('LIVE_SESSION_CHECK_SECONDS', env.LIVE_SESSION_CHECK_SECONDS ?? '30', 1, 600),
    portalUrl: (env.PORTAL_URL || `http://127.0.0.1:${env.PORT ?? '3000'}`).replace(/\/$/, ''),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
