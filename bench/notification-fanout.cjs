// Notification fan-out benchmark (issue 5): 100 events x 50 recipients x 2 channels (in-app and
// email to a local SMTP sink), through the real outbox, BullMQ, worker handlers and PostgreSQL,
// measured beside a bare BullMQ add-and-process loop in the same process.
//   npm run build:api && node -r ./scripts/runtime-paths.cjs bench/notification-fanout.cjs
const { randomBytes, randomUUID } = require('node:crypto');
const path = require('node:path');
const { Queue, Worker } = require('bullmq');
const { Redis } = require('ioredis');
const { SMTPServer } = require('smtp-server');

const dist = path.join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src');
const { migrate, dropDatabase } = require(path.join(dist, 'database', 'migrate.js'));
const { createDataSource } = require(path.join(dist, 'database', 'data-source.js'));
const { seedDemoData } = require(path.join(dist, 'database', 'seed.js'));
const { startNotificationDelivery } = require(path.join(dist, 'notifications', 'notification-delivery.js'));
const n = require('@eh/notifications');
const { emailNowRecipients } = require('./lib/notification-recipients.cjs');

const EVENTS = 100;
const RECIPIENTS = 50;
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379/0';

function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

async function waitFor(check, timeoutMs = 300_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function bareBullmq(prefix, jobs) {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('bare', { connection, prefix });
  let done = 0;
  const worker = new Worker(
    'bare',
    async () => {
      done += 1;
    },
    { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }), prefix, concurrency: 4 },
  );
  const start = process.hrtime.bigint();
  for (let i = 0; i < jobs; i++) await queue.add('noop', { i });
  await waitFor(async () => done >= jobs);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
  return seconds;
}

async function main() {
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/eh_bench_${suffix}`;
  const prefix = `eh-bench-${suffix}`;
  let emails = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      stream.resume();
      stream.on('end', () => {
        emails += 1;
        cb();
      });
    },
  });
  await new Promise((r) => sink.listen(0, '127.0.0.1', r));
  await migrate(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  try {
    const ids = await seedDemoData(db, new Date());
    const caseId = ids.cases.brook;
    // 50 recipients in the lead agency, each wanting email at once as well as in-app.
    const recipientIds = await emailNowRecipients(db, ids, RECIPIENTS);

    const connection = { redisUrl: REDIS_URL, prefix: `${prefix}:bull` };
    const channel = new n.SmtpEmailChannel(`smtp://127.0.0.1:${sink.server.address().port}`, 'bench@example.org');
    // The worker's delivery (relay, workers, outbox completion), relaying every 20 ms.
    const delivery = startNotificationDelivery(
      db,
      connection,
      { channel, portalUrl: 'http://127.0.0.1', serviceName: 'Early Help Partnership Portal' },
      {
        relayIntervalMs: 20,
        relayBatchSize: 100,
        resendAfterMs: 60_000,
        scheduleCheckMs: 60_000,
        schedules: [],
      },
    );
    await waitFor(async () => delivery.publisher.ready);

    const start = process.hrtime.bigint();
    for (let i = 0; i < EVENTS; i++) {
      await db.query(`INSERT INTO job_outbox (job_name, payload) VALUES ($1, $2)`, [
        n.JobName.CaseUpdate,
        { eventId: randomUUID(), kind: 'FORUM_DECISION', caseId, recipientIds },
      ]);
    }
    await waitFor(async () => (await db.query(`SELECT count(*)::int AS c FROM notification`))[0].c >= EVENTS * RECIPIENTS);
    const inAppSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    await waitFor(
      async () => (await db.query(`SELECT count(*)::int AS c FROM notification WHERE emailed_at IS NOT NULL`))[0].c >= EVENTS * RECIPIENTS,
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const latencies = await db.query(
      `SELECT extract(epoch FROM (n.created_at - o.created_at)) * 1000 AS ms
         FROM notification n JOIN job_outbox o ON o.payload->>'eventId' = n.event_key`,
    );
    await delivery.stop();
    channel.close();

    const bareSeconds = await bareBullmq(`${prefix}:bare`, EVENTS);
    const eventsPerSecond = EVENTS / seconds;
    const bareJobsPerSecond = EVENTS / bareSeconds;
    console.log(`events: ${EVENTS}, recipients each: ${RECIPIENTS}, channels: 2 (in-app + email)`);
    console.log(
      `portal fan-out: ${seconds.toFixed(2)} s, ${eventsPerSecond.toFixed(1)} jobs/s, ${((EVENTS * RECIPIENTS * 2) / seconds).toFixed(0)} deliveries/s (${emails} emails)`,
    );
    console.log(
      `in-app only: all ${EVENTS * RECIPIENTS} visible after ${inAppSeconds.toFixed(2)} s, ${(EVENTS / inAppSeconds).toFixed(1)} jobs/s, ratio to bare ${(EVENTS / inAppSeconds / bareJobsPerSecond).toFixed(3)}`,
    );
    console.log(`bare BullMQ add-and-process: ${bareSeconds.toFixed(2)} s, ${bareJobsPerSecond.toFixed(1)} jobs/s`);
    console.log(`ratio portal/bare jobs per second: ${(eventsPerSecond / bareJobsPerSecond).toFixed(3)}`);
    console.log(`p95 event to visible in-app notification: ${p95(latencies.map((l) => Number(l.ms))).toFixed(0)} ms`);
  } finally {
    await db.destroy();
    await dropDatabase(databaseUrl);
    sink.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
