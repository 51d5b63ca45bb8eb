// Redis killed mid-burst (issue 12): events to many people, each wanting email at once as well as
// in-app, through the worker's real delivery (outbox relay, BullMQ workers, schedules) and
// PostgreSQL. The benchmark's own Redis, on a free port and without persistence (as
// docker/compose.yaml ran it before), is killed with kill -9 halfway through the burst and
// restarted empty some seconds later. Prints what was expected, delivered and duplicated, and how
// long after the restart everything had arrived and the schedules were back.
//   npm run bench:redis-kill [-- --events 100 --recipients 50 --outage-seconds 5 --resend-seconds 60 --schedule-check-seconds 60]
const { spawn } = require('node:child_process');
const { once } = require('node:events');
const { randomBytes, randomUUID } = require('node:crypto');
const { createServer } = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Redis } = require('ioredis');
const { SMTPServer } = require('smtp-server');
const { numberArg, runMain } = require('./lib/cli.cjs');
const { emailNowRecipients } = require('./lib/notification-recipients.cjs');

const dist = path.join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src');
const { migrate, dropDatabase } = require(path.join(dist, 'database', 'migrate.js'));
const { createDataSource } = require(path.join(dist, 'database', 'data-source.js'));
const { seedDemoData } = require(path.join(dist, 'database', 'seed.js'));
const { startNotificationDelivery, WORKER_SCHEDULES } = require(path.join(dist, 'notifications', 'notification-delivery.js'));
const n = require('@eh/notifications');

const argv = process.argv.slice(2);
const EVENTS = numberArg(argv, '--events', 100);
const RECIPIENTS = numberArg(argv, '--recipients', 50);
const OUTAGE_MS = numberArg(argv, '--outage-seconds', 5) * 1000;
const RESEND_MS = numberArg(argv, '--resend-seconds', 60) * 1000;
const SCHEDULE_CHECK_MS = numberArg(argv, '--schedule-check-seconds', 60) * 1000;
// The burst: one event every 50 ms, so it lasts about 5 s at 100 events.
const SPACING_MS = 50;

const loadAverage = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The benchmark's own Redis, started empty each time and killed only by its own pid.
function ownRedis(port) {
  const url = `redis://127.0.0.1:${port}/0`;
  let child = null;
  return {
    url,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
        {
          stdio: 'ignore',
        },
      );
      for (let i = 0; i < 100; i++) {
        const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        // Refused while it starts: the answer below says so.
        probe.on('error', () => undefined);
        const up = await probe.connect().then(
          () => probe.ping(),
          () => null,
        );
        probe.disconnect();
        if (up === 'PONG') return child.pid;
        await pause(50);
      }
      throw new Error('Benchmark Redis did not start');
    },
    async kill() {
      if (!child) return;
      const killed = child;
      child = null;
      process.kill(killed.pid, 'SIGKILL');
      if (killed.exitCode === null && killed.signalCode === null) await once(killed, 'exit');
    },
  };
}

async function main() {
  console.log(`before: ${loadAverage()}`);
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/eh_bench_${suffix}`;
  const redis = ownRedis(await freePort());
  await redis.start();
  const mailTo = new Map();
  let emails = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, cb) {
      stream.resume();
      stream.on('end', () => {
        emails += 1;
        for (const r of session.envelope.rcptTo) mailTo.set(r.address, (mailTo.get(r.address) ?? 0) + 1);
        cb();
      });
    },
  });
  await new Promise((r) => sink.listen(0, '127.0.0.1', r));
  await migrate(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  let delivery = null;
  const channel = new n.SmtpEmailChannel(`smtp://127.0.0.1:${sink.server.address().port}`, 'bench@example.org');
  try {
    const ids = await seedDemoData(db, new Date());
    const caseId = ids.cases.brook;
    const recipientIds = await emailNowRecipients(db, ids, RECIPIENTS);

    const connection = { redisUrl: redis.url, prefix: `eh-bench-${suffix}:bull` };
    // The worker process's delivery with its production intervals.
    delivery = startNotificationDelivery(
      db,
      connection,
      { channel, portalUrl: 'http://127.0.0.1', serviceName: 'Early Help Partnership Portal' },
      {
        relayIntervalMs: 500,
        relayBatchSize: 100,
        resendAfterMs: RESEND_MS,
        scheduleCheckMs: SCHEDULE_CHECK_MS,
        schedules: WORKER_SCHEDULES,
      },
    );
    await delivery.scheduled;
    const delayed = async () => ({
      notifications: (await n.jobCounts(connection, n.QueueName.Notifications)).delayed,
      figures: (await n.jobCounts(connection, n.QueueName.Figures)).delayed,
    });
    const scheduledBefore = await delayed();

    let restartedAt = 0;
    let outage = Promise.resolve();
    for (let i = 0; i < EVENTS; i++) {
      if (i === Math.floor(EVENTS / 2)) {
        await redis.kill();
        outage = pause(OUTAGE_MS).then(async () => {
          await redis.start();
          restartedAt = Date.now();
        });
      }
      await db.query(`INSERT INTO job_outbox (job_name, payload) VALUES ($1, $2)`, [
        n.JobName.CaseUpdate,
        { eventId: randomUUID(), kind: 'FORUM_DECISION', caseId, recipientIds },
      ]);
      await pause(SPACING_MS);
    }
    await outage;

    const expected = EVENTS * RECIPIENTS;
    const inApp = async () => (await db.query(`SELECT count(*)::int AS c FROM notification WHERE kind = 'FORUM_DECISION'`))[0].c;
    const healed = { inApp: null, emails: null, schedules: null };
    const deadline = restartedAt + RESEND_MS + SCHEDULE_CHECK_MS + 180_000;
    while (Date.now() < deadline && Object.values(healed).some((v) => v === null)) {
      const now = Date.now() - restartedAt;
      if (healed.inApp === null && (await inApp()) >= expected) healed.inApp = now;
      if (healed.emails === null && emails >= expected) healed.emails = now;
      if (healed.schedules === null) {
        const d = await delayed().catch(() => null);
        if (d && d.notifications >= scheduledBefore.notifications && d.figures >= scheduledBefore.figures) healed.schedules = now;
      }
      await pause(100);
    }
    // Whatever would arrive twice has time to.
    await pause(5000);
    const [{ c: rows, distinct }] = await db.query(
      `SELECT count(*)::int AS c, count(DISTINCT (user_id, kind, entity_id, event_key))::int AS distinct FROM notification WHERE kind = 'FORUM_DECISION'`,
    );
    const perUser = await db.query(`SELECT count(*)::int AS c FROM notification WHERE kind = 'FORUM_DECISION' GROUP BY user_id`);
    const duplicatedInApp = rows - distinct + perUser.reduce((sum, u) => sum + Math.max(0, u.c - EVENTS), 0);
    const duplicatedEmails = [...mailTo.values()].reduce((sum, c) => sum + Math.max(0, c - EVENTS), 0);
    const scheduledAfter = await delayed();
    const open = (await db.query(`SELECT count(*)::int AS c FROM job_outbox WHERE completed_at IS NULL`))[0].c;
    const seconds = (ms) => (ms === null ? 'not within the wait' : `${(ms / 1000).toFixed(1)} s`);

    console.log(
      `events: ${EVENTS}, recipients each: ${RECIPIENTS}, all wanting email at once; Redis without persistence killed with kill -9 after ${Math.floor(EVENTS / 2)} events, restarted empty ${OUTAGE_MS / 1000} s later`,
    );
    console.log(`relayed again after ${RESEND_MS / 1000} s if not completed; schedules checked every ${SCHEDULE_CHECK_MS / 1000} s`);
    console.log(`in-app notifications: expected ${expected}, delivered ${rows}, duplicated ${duplicatedInApp}`);
    console.log(`emails: expected ${expected}, sent ${emails}, duplicated ${duplicatedEmails}`);
    console.log(
      `delayed (scheduled) jobs: before the kill ${scheduledBefore.notifications + scheduledBefore.figures}, at the end ${scheduledAfter.notifications + scheduledAfter.figures}; outbox entries not completed: ${open}`,
    );
    console.log(
      `time to heal after the restart: in-app ${seconds(healed.inApp)}, emails ${seconds(healed.emails)}, schedules ${seconds(healed.schedules)}`,
    );
    console.log(`after: ${loadAverage()}`);
  } finally {
    if (delivery) await delivery.stop();
    channel.close();
    await db.destroy();
    await dropDatabase(databaseUrl);
    sink.close();
    await redis.kill();
  }
}

runMain(main);
