import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NotifyClient } from 'notifications-node-client';
import { EmailChannel, GovUkNotifyEmailChannel, JobName, JobPublisher, JobRegistry, SmtpEmailChannel, startOutboxRelay, startWorkers } from '@eh/notifications';
import { loadConfig } from './config/app-config';
import { createDataSource } from './database/data-source';
import { workerJobHandlers } from './notifications/job-handlers';
import { IMPACT_REFRESH_SCHEDULE } from './impact/impact-jobs';
import { PostgresOutboxStore } from './notifications/outbox';
import { startAuditSealer } from './audit/audit-sealer';

// The second entry point: the BullMQ workers, from the same code as the API.
async function main(): Promise<void> {
  const logger = new Logger('Worker');
  const config = loadConfig();
  const db = createDataSource(config.workerDatabaseUrl);
  await db.initialize();
  const connection = { redisUrl: config.redisUrl, prefix: `${config.redisPrefix}:bull` };
  const publisher = new JobPublisher(connection);
  const channel: EmailChannel | null =
    config.email.channel === 'govuk-notify'
      ? new GovUkNotifyEmailChannel(new NotifyClient(config.email.apiKey), {
          attention: config.email.attentionTemplate,
          digest: config.email.digestTemplate,
        })
      : config.smtpUrl
        ? new SmtpEmailChannel(config.smtpUrl, config.mailFrom)
        : null;
  const email = channel ? { channel, portalUrl: config.portalUrl } : null;
  if (!email) logger.log('No email channel configured (SMTP_URL or EMAIL_CHANNEL=govuk-notify): notifications are in-app only');
  const registry = JobRegistry.fromHandlers(workerJobHandlers(db, email));
  const store = new PostgresOutboxStore(db);
  const running = startWorkers(connection, registry, { outbox: store });
  const relay = startOutboxRelay(store, publisher, {
    intervalMs: 500,
    batchSize: 100,
    resendAfterMs: config.outboxResendSeconds * 1000,
    onError: (error) => logger.warn(`Outbox relay paused: ${error instanceof Error ? error.name : 'unknown error'}`),
  });
  // The audit trail is sealed in order every two seconds; each newest block is logged as an
  // anchor for `npm run audit:verify -- block:hash` (a hash, no personal data).
  const sealer = startAuditSealer(db, {
    intervalMs: 2000,
    onSealed: (block) => logger.log(`Audit sealed to block ${block.block}: anchor ${block.block}:${block.hash}`),
    onError: (error) => logger.warn(`Audit sealing paused: ${error instanceof Error ? error.name : 'unknown error'}`),
  });
  for (const worker of running.workers) {
    worker.on('failed', (job, error) => logger.warn(`Job ${job?.name ?? '?'} ${job?.id ?? '?'} failed: ${error.name}`));
  }
  // Reminders at 6:30am, the digest at 7am and the retention purge at 2am, UK time, and the
  // impact figures every 10 minutes; schedules live in Redis and survive restarts.
  setTimeout(() => {
    Promise.all([
      publisher.schedule(JobName.RetentionPurge, { trigger: 'schedule' }, '0 2 * * *'),
      publisher.schedule(JobName.DailyReminders, { trigger: 'schedule' }, '30 6 * * *'),
      publisher.schedule(JobName.DailyDigest, { trigger: 'schedule' }, '0 7 * * *'),
      publisher.schedule(JobName.RefreshImpactFigures, { trigger: 'schedule' }, IMPACT_REFRESH_SCHEDULE),
    ]).catch(() => logger.warn('Could not schedule the daily jobs yet; they will be scheduled at the next start'));
  }, 1000);
  logger.log(`Worker started: ${running.workers.map((w) => w.name).join(', ')}`);
  const stop = async () => {
    await relay.stop();
    await sealer.stop();
    await running.close();
    await publisher.close();
    email?.channel.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  new Logger('Worker').error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
