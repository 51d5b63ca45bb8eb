import { ConfigError, loadConfig } from './app-config';

const PRODUCTION_DATABASES = {
  DATABASE_URL: 'postgres://eh_app@db/eh',
  WORKER_DATABASE_URL: 'postgres://eh_worker@db/eh',
  MIGRATION_DATABASE_URL: 'postgres://eh_owner@db/eh',
};
const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('keeps metrics off the public port: off unless a port of their own is named', () => {
    expect(loadConfig({})).toMatchObject({ metricsPort: null, workerMetricsPort: null, metricsToken: null, logFormat: 'json' });
    expect(loadConfig({ METRICS_PORT: '9464', WORKER_METRICS_PORT: '9465', METRICS_TOKEN: 'sixteen-or-more-chars' })).toMatchObject({
      metricsPort: 9464,
      workerMetricsPort: 9465,
      metricsHost: '127.0.0.1',
      metricsToken: 'sixteen-or-more-chars',
    });
  });

  it('refuses a short metrics token, an unknown log format and a grace period out of range, naming the setting', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(new ConfigError('METRICS_TOKEN must be at least 16 characters'));
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(new ConfigError('LOG_FORMAT must be json or text'));
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: '0' })).toThrow(
      new ConfigError('SHUTDOWN_GRACE_SECONDS must be a whole number from 1 to 600'),
    );
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '45', READY_TIMEOUT_MS: '500' })).toMatchObject({
      shutdownGraceMs: 45_000,
      readyTimeoutMs: 500,
    });
  });

  it('uses the local services in development', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://eh_app@127.0.0.1:5432/early_help');
    expect(config.workerDatabaseUrl).toBe('postgres://eh_worker@127.0.0.1:5432/early_help');
    expect(config.migrationDatabaseUrl).toBe('postgres://postgres@127.0.0.1:5432/early_help');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379/0');
    expect(config.cookieSecure).toBe(false);
  });

  it('refuses to start in production without the database named', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', REDIS_URL: 'redis://r:6379' })).toThrow(
      new ConfigError('DATABASE_URL must be set in production'),
    );
  });

  it('derives the worker and migration connections from the API database in development', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://eh_app:secret@db.internal:5433/eh_other' });
    expect(config.workerDatabaseUrl).toBe('postgres://eh_worker@db.internal:5433/eh_other');
    expect(config.migrationDatabaseUrl).toBe('postgres://postgres@db.internal:5433/eh_other');
  });

  it('requires every role’s connection in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://eh_app@db/eh', REDIS_URL: 'redis://r:6379' })).toThrow(
      new ConfigError('WORKER_DATABASE_URL must be set in production'),
    );
  });

  it('sets secure cookies in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...PRODUCTION_DATABASES, REDIS_URL: 'redis://r:6379', MFA_ENCRYPTION_KEY: KEY });
    expect(config.cookieSecure).toBe(true);
  });

  it('selects GOV.UK Notify only with its key and templates', () => {
    expect(() => loadConfig({ EMAIL_CHANNEL: 'govuk-notify' })).toThrow('NOTIFY_API_KEY must be set when EMAIL_CHANNEL is govuk-notify');
    expect(
      loadConfig({ EMAIL_CHANNEL: 'govuk-notify', NOTIFY_API_KEY: 'k', NOTIFY_TEMPLATE_ATTENTION: 'a', NOTIFY_TEMPLATE_DIGEST: 'd' }).email,
    ).toEqual({ channel: 'govuk-notify', apiKey: 'k', attentionTemplate: 'a', digestTemplate: 'd' });
    expect(loadConfig({}).email).toEqual({ channel: 'smtp' });
  });

  it('relays again after a minute and checks the schedules every minute unless told otherwise, within bounds', () => {
    expect(loadConfig({})).toMatchObject({ outboxResendSeconds: 60, scheduleCheckSeconds: 60 });
    expect(loadConfig({ OUTBOX_RESEND_SECONDS: '5', SCHEDULE_CHECK_SECONDS: '10' })).toMatchObject({
      outboxResendSeconds: 5,
      scheduleCheckSeconds: 10,
    });
    expect(() => loadConfig({ OUTBOX_RESEND_SECONDS: '0' })).toThrow('OUTBOX_RESEND_SECONDS must be a whole number from 1 to 3600');
    expect(() => loadConfig({ SCHEDULE_CHECK_SECONDS: 'hourly' })).toThrow('SCHEDULE_CHECK_SECONDS must be a whole number from 1 to 3600');
  });

  it('rejects a port that is not a number, naming the setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535');
  });

  it('refuses to start in production without the MFA encryption key, and takes a 32-byte key', () => {
    const production = { NODE_ENV: 'production', ...PRODUCTION_DATABASES, REDIS_URL: 'redis://r:6379' };
    expect(() => loadConfig(production)).toThrow(new ConfigError('MFA_ENCRYPTION_KEY must be set in production'));
    expect(loadConfig({ ...production, MFA_ENCRYPTION_KEY: KEY }).mfaEncryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ MFA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      'MFA_ENCRYPTION_KEY must be 32 bytes, base64-encoded',
    );
  });

  it('uses a fixed development MFA key when none is set outside production', () => {
    expect(loadConfig({}).mfaEncryptionKey).toHaveLength(32);
    expect(loadConfig({}).mfaEncryptionKey).toEqual(loadConfig({ NODE_ENV: 'test' }).mfaEncryptionKey);
  });

  it('limits every database connection, with the client-side wait a little above the statement timeout', () => {
    expect(loadConfig({}).databaseLimits).toEqual({
      poolSize: 10,
      statementTimeoutMs: 15000,
      idleInTransactionTimeoutMs: 30000,
      connectTimeoutMs: 5000,
      queryTimeoutMs: 17000,
    });
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '1000' }).databaseLimits.queryTimeoutMs).toBe(3000);
  });

  it('gives the worker its own, longer limits, set apart from the API’s', () => {
    expect(loadConfig({}).workerDatabaseLimits).toEqual({
      poolSize: 10,
      statementTimeoutMs: 600000,
      idleInTransactionTimeoutMs: 60000,
      connectTimeoutMs: 30000,
      queryTimeoutMs: 630000,
    });
    const config = loadConfig({ WORKER_DB_STATEMENT_TIMEOUT_MS: '120000', DB_STATEMENT_TIMEOUT_MS: '2000' });
    expect([config.workerDatabaseLimits.statementTimeoutMs, config.workerDatabaseLimits.queryTimeoutMs]).toEqual([120000, 150000]);
    expect(config.databaseLimits.statementTimeoutMs).toBe(2000);
    expect(() => loadConfig({ WORKER_DB_STATEMENT_TIMEOUT_MS: '9000', WORKER_DB_QUERY_TIMEOUT_MS: '9000' })).toThrow(
      new ConfigError('WORKER_DB_QUERY_TIMEOUT_MS must be longer than WORKER_DB_STATEMENT_TIMEOUT_MS'),
    );
  });

  it('refuses a client-side query timeout that would fire before PostgreSQL’s own', () => {
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '5000', DB_QUERY_TIMEOUT_MS: '5000' })).toThrow(
      new ConfigError('DB_QUERY_TIMEOUT_MS must be longer than DB_STATEMENT_TIMEOUT_MS'),
    );
  });

  it('names the setting when a limit is not a whole number in range', () => {
    expect(() => loadConfig({ MAX_REQUESTS_IN_FLIGHT: '0' })).toThrow(
      new ConfigError('MAX_REQUESTS_IN_FLIGHT must be a whole number from 1 to 10000'),
    );
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(
      new ConfigError('REQUEST_TIMEOUT_MS must be a whole number from 500 to 600000'),
    );
  });

  it('believes X-Forwarded-For from the loopback only, unless told which proxies to trust', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'loopback,uniquelocal, 203.0.113.0/24' }).trustProxy).toBe('loopback, uniquelocal, 203.0.113.0/24');
    for (const wrong of ['everyone', '10.0.0.0/33', '203.0.113.7/8/1', 'true']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(/^TRUST_PROXY must list/);
    }
  });

  it('sends live-update heartbeats every 25 s and checks the streams’ sessions every 30 s unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ liveHeartbeatSeconds: 25, liveSessionCheckSeconds: 30 });
    expect(loadConfig({ LIVE_HEARTBEAT_SECONDS: '10', LIVE_SESSION_CHECK_SECONDS: '5' })).toMatchObject({
      liveHeartbeatSeconds: 10,
      liveSessionCheckSeconds: 5,
    });
    expect(() => loadConfig({ LIVE_HEARTBEAT_SECONDS: '0' })).toThrow(
      new ConfigError('LIVE_HEARTBEAT_SECONDS must be a whole number from 1 to 300'),
    );
  });
});
