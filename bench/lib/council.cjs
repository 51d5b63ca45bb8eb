// A council's database for the case-list and load benchmarks: the demo council migrated and
// seeded, 10,000 synthetic partner-led cases (bench/impact-data.cjs; about 900 open, all visible
// to the FPT manager), the school practitioner named on four of them beside their own (a handful
// of cases), and a Forum meeting with the seeded level-2 cases on its agenda. Each benchmark gets
// its own database and Redis prefix, dropped by `drop()`.
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { Redis } = require('ioredis');
const { generateImpactData } = require('../impact-data.cjs');

const dist = path.join(__dirname, '..', '..', 'dist', 'api');
const api = path.join(dist, 'apps', 'api', 'src');
const { migrate, dropDatabase } = require(path.join(api, 'database', 'migrate.js'));
const { createDataSource } = require(path.join(api, 'database', 'data-source.js'));
const { seedDemoData } = require(path.join(api, 'database', 'seed.js'));
const { DEMO_USERS } = require(path.join(api, 'database', 'seed-data.js'));
const { APP_ROLE, WORKER_ROLE } = require(path.join(api, 'database', 'roles.js'));
const { addCalendarDays, londonToday } = require(path.join(dist, 'libs', 'domain', 'src', 'index.js'));

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379/0';
const PG_HOST = '127.0.0.1';
const PG_PORT = 5432;
const NAMED_CASES = 4;
const AGENDA_CASES = ['brook', 'hartley', 'nowak', 'adeyemi'];

async function benchUser(db, ids, key) {
  const demo = DEMO_USERS.find((u) => u.key === key);
  const [row] = await db.query(`SELECT id, agency_id, role FROM app_user WHERE id = $1`, [ids.users[key]]);
  return { key, email: demo.email, id: row.id, agencyId: row.agency_id, role: row.role };
}

async function loadCouncil(db, { cases, now }) {
  const ids = await seedDemoData(db, now);
  await generateImpactData(db, { cases, now });
  // A practitioner with a handful of cases: their own, and four more they are named on.
  await db.query(
    `INSERT INTO case_professional (case_id, user_id, role)
     SELECT id, $1, 'Named professional' FROM early_help_case
      WHERE reference LIKE 'BC-%' AND status IN ('AWAITING_FIRST_CONTACT', 'OPEN') ORDER BY reference LIMIT $2`,
    [ids.users.schoolPractitioner, NAMED_CASES],
  );
  // Next week's Forum, with the seeded partner-led cases accepted onto its agenda.
  const [meeting] = await db.query(
    `INSERT INTO forum_meeting (meets_on, starts_at, place, created_by) VALUES ($1, '14:00', 'Northfield Family Hub, Room 2', $2) RETURNING id`,
    [addCalendarDays(londonToday(now), 7), ids.users.fptManager],
  );
  await db.query(
    `INSERT INTO agenda_item (meeting_id, case_id, added_by, reason, summary, status, position)
     SELECT $1, c.id, c.lead_practitioner_id, 'CONSIDERING_ESCALATION', 'Worries are growing.', 'ACCEPTED', k.n
       FROM unnest($2::uuid[]) WITH ORDINALITY AS k(case_id, n) JOIN early_help_case c ON c.id = k.case_id`,
    [meeting.id, AGENDA_CASES.map((key) => ids.cases[key])],
  );
  await db.query('ANALYZE');
  return {
    ids,
    meetingId: meeting.id,
    agendaItems: AGENDA_CASES.length,
    casePageId: ids.cases.brook,
    users: { fptManager: await benchUser(db, ids, 'fptManager'), practitioner: await benchUser(db, ids, 'schoolPractitioner') },
  };
}

// Creates the database; the caller must `drop()` it (and its Redis keys) when done.
async function createCouncil({ cases = 10_000, now = new Date() } = {}) {
  const name = `eh_bench_${randomBytes(4).toString('hex')}`;
  const ownerUrl = `postgres://postgres@${PG_HOST}:${PG_PORT}/${name}`;
  const redisPrefix = `eh-bench-${name}`;
  const drop = async () => {
    await dropDatabase(ownerUrl);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  };
  let council;
  try {
    await migrate(ownerUrl);
    const db = createDataSource(ownerUrl);
    await db.initialize();
    try {
      council = await loadCouncil(db, { cases, now });
      const [{ n: total }] = await db.query(`SELECT count(*)::int AS n FROM early_help_case`);
      council.total = total;
    } finally {
      await db.destroy();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...council,
    ownerUrl,
    // The portal's settings: the API as eh_app under row-level security, as in production;
    // `databasePort` puts a proxy (the wire counter) between the API and PostgreSQL.
    portalEnv: ({ port = 0, databasePort = PG_PORT } = {}) => ({
      DATABASE_URL: `postgres://${APP_ROLE}@${PG_HOST}:${databasePort}/${name}`,
      WORKER_DATABASE_URL: `postgres://${WORKER_ROLE}@${PG_HOST}:${PG_PORT}/${name}`,
      MIGRATION_DATABASE_URL: ownerUrl,
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      HOST: '127.0.0.1',
      PORT: String(port),
    }),
    drop,
  };
}

module.exports = { createCouncil };
