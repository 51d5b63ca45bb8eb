import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NotifyClient } from 'notifications-node-client';
import {
  EmailChannel,
  GovUkNotifyEmailChannel,
  JobName,
  queueRedisAdvice,
  queueRedisSettings,
  QueueConnection,
  SmtpEmailChannel,
} from '@eh/notifications';
import { Redis } from 'ioredis';
import { offsetClock } from './common/clock';
import { loadConfig } from './config/app-config';
import { LiveSignalPublisher } from './live/live-signals';
import { createDataSource, workerPoolOptions } from './database/data-source';
import { startNotificationDelivery, WORKER_SCHEDULES } from './notifications/notification-delivery';
import { startAuditSealer } from './audit/audit-sealer';
import { createKysely } from './database/kysely';
import { portalLogger } from './operations/access-log';
import { startMetricsServer } from './operations/metrics-server';
import { drainOnTerminate } from './operations/shutdown';
import { WorkerMetrics } from './operations/worker-metrics';

async function checkRedis(connection: QueueConnection, logger: Logger): Promise<void> {
  const { warnings, notes } = queueRedisAdvice(await queueRedisSettings(connection));
  for (const warning of warnings) logger.warn(warning);
  for (const note of notes) logger.log(note);
}

// The second entry point: the BullMQ workers, from the same code as the API.
async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(portalLogger(config.logFormat));
  const logger = new Logger('Worker');
  const db = createDataSource(config.workerDatabaseUrl, workerPoolOptions(config.workerDatabaseLimits));
  await db.initialize();
  const connection = { redisUrl: config.redisUrl, prefix: `${config.redisPrefix}:bull` };
  const channel: EmailChannel | null =
    config.email.channel === 'govuk-notify'
      ? new GovUkNotifyEmailChannel(new NotifyClient(config.email.apiKey), {
          attention: config.email.attentionTemplate,
          digest: config.email.digestTemplate,
        })
      : config.smtpUrl
        ? new SmtpEmailChannel(config.smtpUrl, config.mailFrom)
        : null;
  const email = channel ? { channel, portalUrl: config.portalUrl, serviceName: config.terms.serviceName } : null;
  if (!email) logger.log('No email channel configured (SMTP_URL or EMAIL_CHANNEL=govuk-notify): notifications are in-app only');
  checkRedis(connection, logger).catch(() => logger.warn('Could not read the Redis settings'));
  // Its own connection for live signals to the API's replicas ("your inbox changed").
  const liveRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  liveRedis.on('error', () => undefined); // LiveSignalPublisher says once that signals are not going
  const live = new LiveSignalPublisher(liveRedis, config.redisPrefix);
  const delivery = startNotificationDelivery(db, connection, email, {
    relayIntervalMs: 500,
    relayBatchSize: 100,
    resendAfterMs: config.outboxResendSeconds * 1000,
    scheduleCheckMs: config.scheduleCheckSeconds * 1000,
    schedules: WORKER_SCHEDULES,
    live,
    clock: offsetClock(config.clockOffsetDays),
    claimRule: config.claimRule,
    log: logger,
  });
  // Sustainment checks once at start as well as daily: a worker that was down at 6:15 asks late
  // rather than a day late (the checks' state is in PostgreSQL; a second run asks nobody twice).
  // Published once Redis has answered (the schedules are upserted first).
  delivery.scheduled
    .then(() => delivery.publisher.publish(JobName.SustainmentChecks, { trigger: 'manual' }))
    .catch(() => logger.warn('Could not queue the sustainment checks at start; the daily schedule will run them'));
  // The audit trail is sealed in order every two seconds; each newest block is logged as an
  // anchor for `npm run audit:verify -- block:hash` (a hash, no personal data).
  const sealer = startAuditSealer(db, {
    intervalMs: 2000,
    onSealed: (block) => logger.log(`Audit sealed to block ${block.block}: anchor ${block.block}:${block.hash}`),
    onError: (error) => logger.warn(`Audit sealing paused: ${error instanceof Error ? error.name : 'unknown error'}`),
  });
  logger.log(`Worker started: ${delivery.workers.workers.map((w) => w.name).join(', ')}`);
  const metrics = new WorkerMetrics(delivery.publisher, createKysely(db));
  metrics.observe(delivery.workers.workers);
  const metricsServer =
    config.workerMetricsPort === null
      ? null
      : await startMetricsServer(metrics.registry, {
          port: config.workerMetricsPort,
          host: config.metricsHost,
          token: config.metricsToken,
        });
  if (metricsServer) logger.log(`Metrics on http://${config.metricsHost}:${metricsServer.port}/metrics`);
  // The relay and schedules stop; BullMQ's workers take no new job and wait for those running.
  drainOnTerminate(
    async () => {
      await delivery.stop();
      await sealer.stop();
      await metricsServer?.close();
      email?.channel.close();
      liveRedis.disconnect();
      await db.destroy();
    },
    { graceMs: config.shutdownGraceMs, log: logger },
  );
}

main().catch((error: unknown) => {
  new Logger('Worker').error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
