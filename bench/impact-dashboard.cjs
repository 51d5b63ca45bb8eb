// Impact dashboard benchmark (issues 7 and 17), printed side by side from one run:
//  - the dashboard's month query and the measures' query on the maintained views vs the same
//    figures aggregated live from the case tables (p95, and the ratio);
//  - the time to refresh the views;
//  - the movements between levels from their maintained view vs the live eh_level_movements();
//  - the whole impactFigures answer the impact page asks for (its two documents' fields), p95,
//    and each of its parts alone, with the rows each view holds;
//  - the case-list GraphQL query vs a bare `pg` HTTP endpoint returning the same rows (req/s).
//   npm run bench:impact [-- --cases N | -- --national] [-- --keep]
//   npm run bench:impact -- --database NAME   (only the GraphQL answers, again, on a database a run
//                                              kept: generating 3,000,000 cases takes ~45 minutes)
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { Pool } = require('pg');
const { Redis } = require('ioredis');
const { generateImpactData, sizeFromArgs } = require('./impact-data.cjs');
const { serveJson } = require('./lib/bare-caseload.cjs');
const { graphqlAs, signInWithAuthenticator } = require('./lib/portal.cjs');

const dist = path.join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src');
const { migrate, dropDatabase } = require(path.join(dist, 'database', 'migrate.js'));
const { createDataSource } = require(path.join(dist, 'database', 'data-source.js'));
const { seedDemoData } = require(path.join(dist, 'database', 'seed.js'));
const { refreshImpactFigures } = require(path.join(dist, 'impact', 'impact-refresh.js'));
const { loadConfig } = require(path.join(dist, 'config', 'app-config.js'));
const { createApp } = require(path.join(dist, 'create-app.js'));

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379/0';
const RUNS = 40;
const LIVE_RUNS = 10;
const THROUGHPUT_SECONDS = 10;
const CONCURRENCY = 4;

function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

const KEYS = [
  'allocated',
  'allocated_children',
  'from_education',
  'from_police',
  'from_health',
  'from_self',
  'from_other',
  'declined',
  'contact_due',
  'contact_on_time',
  'plan_due',
  'plan_on_time',
  'level4_eligible',
  'level4_not_reached',
  'closed',
  'closed_children',
  'closed_needs_met',
  'closed_days',
  'rereferral_eligible',
  'not_rereferred',
  'escalations',
];
const SUMS = KEYS.map((k) => `sum(${k})::bigint AS ${k}`).join(', ');

// The dashboard's month query (ImpactRepository.monthly, apps/api/src/impact/impact.repository.ts): one agency's rows
// of impact_monthly, or else the roll-up by agency type.
function viewsQuery([agencyId, agencyType, localityId], to) {
  return agencyId
    ? [
        `SELECT to_char(month, 'YYYY-MM') AS month, ${SUMS} FROM impact_monthly
         WHERE month <= $4::date AND lead_agency_id = $1::uuid AND ($2::varchar IS NULL OR agency_type = $2::varchar)
           AND ($3::uuid IS NULL OR locality_id = $3::uuid) GROUP BY month ORDER BY month`,
        [agencyId, agencyType, localityId, to],
      ]
    : [
        `SELECT to_char(month, 'YYYY-MM') AS month, ${SUMS} FROM impact_monthly_by_type
         WHERE month <= $3::date AND ($1::varchar IS NULL OR agency_type = $1::varchar) AND ($2::uuid IS NULL OR locality_id = $2::uuid)
         GROUP BY month ORDER BY month`,
        [agencyType, localityId, to],
      ];
}

const MEASURE_KEYS = [
  'cases',
  'previously_social_care',
  'from_social_care',
  'from_family_casework',
  'to_level_3',
  'to_level_4',
  'looked_after',
  'stepped_up_or_looked_after',
  'repeat_referral',
];
const MEASURE_SUMS = MEASURE_KEYS.map((k) => `sum(${k})::int AS ${k}`).join(', ');
const MEASURE_COLUMNS = MEASURE_KEYS.join(', ');

// The measures' query (ImpactRepository.measures): by month over a period, each month with its
// histogram of days to allocation; without an agency the roll-up by type and locality (a row per
// month), otherwise one agency's rows of impact_measures summed by month; `live` inlines
// impact_measures' definition over the case tables and sums it the same way.
function measuresQuery([agencyId, agencyType, localityId], from, to, live = null) {
  const params = [agencyId, agencyType, localityId, to, from];
  const filters = `month >= $5::date AND month <= $4::date AND ($2::varchar IS NULL OR agency_type = $2::varchar)
    AND ($3::uuid IS NULL OR locality_id = $3::uuid)`;
  const histogram = 'days_to_allocation, cases_by_days';
  if (!live && !agencyId) {
    // The roll-up keeps each combination of the type and locality filters (GROUPING bits: type 2, locality 1).
    const grouped = (agencyType === null ? 2 : 0) | (localityId === null ? 1 : 0);
    return [
      `SELECT to_char(month, 'YYYY-MM') AS month, ${MEASURE_COLUMNS}, ${histogram} FROM impact_measures_by_type
        WHERE ${filters} AND $1::uuid IS NULL AND grouped = ${grouped} ORDER BY month`,
      params,
    ];
  }
  return [
    `${live ?? ''} SELECT to_char(month, 'YYYY-MM') AS month, ${MEASURE_SUMS},
            array_agg(allocation_days ORDER BY allocation_days) AS days_to_allocation,
            array_agg(cases ORDER BY allocation_days) AS cases_by_days
       FROM (SELECT month, allocation_days, ${MEASURE_SUMS} FROM impact_measures
              WHERE ${filters} AND ($1::uuid IS NULL OR lead_agency_id = $1::uuid) GROUP BY month, allocation_days) d
      GROUP BY month ORDER BY month`,
    params,
  ];
}

// The impact page's two documents (apps/web/src/impact/impact-operations.ts IMPACT_FIGURES and
// measures-operations.ts IMPACT_MEASURES), as one query: the whole impactFigures answer it asks for.
const SHARE = 'numerator denominator percent';
const SOURCES = 'newCasesBySource { source cases }';
const PAGE_FIGURES = `asOf refreshedAt from to openCases childrenInOpenCases allocated ${SOURCES} escalationsToLevel4
  notReachingLevel4Within12Months { ${SHARE} } notReReferredWithin12Months { ${SHARE} }
  closedWithOutcomesMet { ${SHARE} } firstContactOnTime { ${SHARE} } myFamilyPlanOnTime { ${SHARE} } declineRate { ${SHARE} }
  averageDaysOpen caseload { practitionerId name agencyName openCases } averageCaseload
  levelMovements { month movement cases }
  months {
    month openCases childrenInOpenCases allocated ${SOURCES} escalationsToLevel4 closed
    closedWithOutcomesMet { ${SHARE} } firstContactOnTime { ${SHARE} } myFamilyPlanOnTime { ${SHARE} } declineRate { ${SHARE} }
    averageDaysOpen
  }`;
const MEASURES = `cases previouslyOpenToSocialCare { ${SHARE} } steppedDownFromSocialCare { ${SHARE} }
  steppedDownFromFamilyCasework { ${SHARE} } steppedUpToLevel3 { ${SHARE} } steppedUpToLevel4 { ${SHARE} }
  becameLookedAfter { ${SHARE} } steppedUpOrLookedAfter { ${SHARE} } repeatReferralsWithin12Months { ${SHARE} }
  medianDaysToAllocation daysToAllocation { band cases }`;
const NEEDS_MET = `needsMetByHeading { headingId heading retired needs met { ${SHARE} } sustainmentChecked sustained { ${SHARE} } }`;
const PAGE_MEASURES = `practitionersWithCases measures { ${MEASURES} months { month ${MEASURES} } ${NEEDS_MET} }
  shareDecisions { month decision lawfulBasis reason decisions }`;
// The whole answer's parts, each asked for alone (with the few fields every answer carries).
const PARTS = {
  'month figures and caseload': PAGE_FIGURES.replace('levelMovements { month movement cases }', ''),
  'movements between levels': 'asOf levelMovements { month movement cases }',
  'measures (with needs met by heading)': `asOf measures { ${MEASURES} months { month ${MEASURES} } ${NEEDS_MET} }`,
  'share-ledger counts': 'asOf shareDecisions { month decision lawfulBasis reason decisions }',
};

// The movements between levels (issue 17): LevelsRepository.movements on the maintained view (as
// its owner, so without the council-only view over it), and the live eh_level_movements() that
// the view replaced, as the council's team.
function movementsView([agencyId, agencyType, localityId], from, to) {
  const grouped = (agencyId === null ? 4 : 0) | (agencyType === null ? 2 : 0) | (localityId === null ? 1 : 0);
  return [
    `SELECT to_char(month, 'YYYY-MM') AS month, movement, sum(cases)::int AS cases FROM impact_level_movements
      WHERE grouped = $6 AND month >= date_trunc('month', $4::date)::date AND month <= $5::date
        AND ($1::uuid IS NULL OR lead_agency_id = $1::uuid) AND ($2::varchar IS NULL OR agency_type = $2::varchar)
        AND ($3::uuid IS NULL OR locality_id = $3::uuid)
      GROUP BY month, movement ORDER BY month, movement`,
    [agencyId, agencyType, localityId, from, to, grouped],
  ];
}

async function movementsLive(pool, [agencyId, agencyType, localityId], from, to) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('eh.role', 'FPT_MANAGER', true)`);
    const result = await client.query(`SELECT * FROM eh_level_movements($1::date, $2::date, $3::uuid, $4::text, $5::uuid)`, [
      from,
      to,
      agencyId,
      agencyType,
      localityId,
    ]);
    await client.query('COMMIT');
    return result;
  } finally {
    client.release();
  }
}
const whole = (fields) => `query($f: ImpactFilterInput!) { impactFigures(filter: $f) { ${fields} } }`;

// The same figures computed live from the case tables, through the views' own definitions.
function liveQuery(ctes, [agencyId, agencyType, localityId], to) {
  return [
    `${ctes} SELECT to_char(month, 'YYYY-MM') AS month, ${SUMS} FROM impact_monthly
            WHERE month <= $4::date AND ($1::uuid IS NULL OR lead_agency_id = $1::uuid) AND ($2::varchar IS NULL OR agency_type = $2::varchar)
              AND ($3::uuid IS NULL OR locality_id = $3::uuid) GROUP BY month ORDER BY month`,
    [agencyId, agencyType, localityId, to],
  ];
}

// Throughput of `request` with a few requests in flight for a fixed time.
async function throughput(request) {
  const until = Date.now() + THROUGHPUT_SECONDS * 1000;
  let done = 0;
  let rows = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        rows = await request();
        done += 1;
      }
    }),
  );
  return { perSecond: done / THROUGHPUT_SECONDS, rows };
}

// The impactFigures answers over GraphQL, as the FPT manager, each filter in turn.
async function answerTimes(gql, asOf, filters) {
  const fromMonth = `${Number(asOf.slice(0, 4)) - 5}${asOf.slice(4, 7)}`;
  const figuresQuery = `query($f: ImpactFilterInput!) { impactFigures(filter: $f) { openCases allocated declineRate { percent }
    caseload { name openCases } months { month openCases allocated firstContactOnTime { percent } } } }`;
  const gqlTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const [agencyId, agencyType, localityId] = filters[i % filters.length];
    gqlTimes.push(
      (await timed(() => gql(figuresQuery, { f: { from: fromMonth, to: asOf.slice(0, 7), agencyId, agencyType, localityId } }))).ms,
    );
  }

  // The whole answer the impact page asks for: one query with both documents' fields, and the
  // page's two requests side by side as the browser sends them.
  const wholeTimes = [];
  const pageTimes = [];
  let practitioners = 0;
  for (let i = 0; i < RUNS; i++) {
    const [agencyId, agencyType, localityId] = filters[i % filters.length];
    const f = { from: fromMonth, to: asOf.slice(0, 7), agencyId, agencyType, localityId };
    const answer = await timed(() => gql(whole(`${PAGE_FIGURES} ${PAGE_MEASURES}`), { f }));
    wholeTimes.push(answer.ms);
    practitioners = Math.max(practitioners, answer.result.impactFigures.practitionersWithCases);
    pageTimes.push((await timed(() => Promise.all([gql(whole(PAGE_FIGURES), { f }), gql(whole(PAGE_MEASURES), { f })]))).ms);
  }

  const partTimes = {};
  for (const [part, fields] of Object.entries(PARTS)) {
    partTimes[part] = [];
    for (let i = 0; i < RUNS; i++) {
      const [agencyId, agencyType, localityId] = filters[i % filters.length];
      const f = { from: fromMonth, to: asOf.slice(0, 7), agencyId, agencyType, localityId };
      partTimes[part].push((await timed(() => gql(whole(fields), { f }))).ms);
    }
  }

  return { gqlTimes, wholeTimes, pageTimes, partTimes, practitioners };
}

// The date the figures are as at, and the four filters every read is timed with: none, one
// agency, one agency type, one locality.
async function asOfAndFilters(db) {
  const [{ as_of: asOf }] = await db.query(`SELECT as_of FROM impact_refresh`);
  const agencies = (await db.query(`SELECT id FROM agency ORDER BY name LIMIT 5`)).map((a) => a.id);
  const localities = (await db.query(`SELECT id FROM locality`)).map((l) => l.id);
  return {
    asOf,
    filters: [
      [null, null, null],
      [agencies[0], null, null],
      [null, 'School', null],
      [null, null, localities[0]],
    ],
  };
}

// The API as it runs, connected as eh_app, under row-level security, as it does in production.
async function startPortal(databaseUrl, redisPrefix) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl.replace('postgres://postgres@', 'postgres://eh_app@'),
    MIGRATION_DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    PORT: '0',
  });
  const app = await createApp({ config }, ['error']);
  await app.listen(0, '127.0.0.1');
  return app;
}

function printAnswerTimes({ gqlTimes, wholeTimes, pageTimes, partTimes, practitioners }, label) {
  const f1 = (x) => x.toFixed(1);
  console.log(label);
  console.log(`impactFigures over GraphQL (5 years, 4 filters; month figures and caseload, as before) p95: ${f1(p95(gqlTimes))} ms`);
  console.log(
    `whole impactFigures answer the page asks for (${practitioners} practitioners with cases) p95: ${f1(p95(wholeTimes))} ms | the page's two requests side by side p95: ${f1(p95(pageTimes))} ms`,
  );
  console.log(
    `the whole answer's parts, each alone, p95: ${Object.entries(partTimes)
      .map(([part, times]) => `${part} ${f1(p95(times))} ms`)
      .join(' | ')}`,
  );
  console.log(`load average at the end (1, 5, 15 min): ${require('node:os').loadavg().map(f1).join(', ')}`);
}

// The answers timed twice: first as the portal has just started (each document's first answers are
// interpreted, then compiled, and V8 has yet to optimise the code that shapes them), then again
// straight after, as a portal that has been running answers them.
async function printColdAndWarm(gql, asOf, filters) {
  printAnswerTimes(await answerTimes(gql, asOf, filters), 'the portal just started (its first answers to each document):');
  printAnswerTimes(await answerTimes(gql, asOf, filters), 'the same again straight after, as a running portal answers:');
}

// `--database NAME`: the GraphQL answers again on a database an earlier run kept (`--keep`),
// which is left as it was.
async function againOn(name) {
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${name}`;
  const redisPrefix = `eh-bench-${randomBytes(4).toString('hex')}`;
  const db = createDataSource(databaseUrl);
  await db.initialize();
  let app;
  try {
    const [{ n: total }] = await db.query(`SELECT count(*)::int AS n FROM early_help_case`);
    const { asOf, filters } = await asOfAndFilters(db);
    // The first run set up the FPT manager's authenticator; this run sets up a new one.
    const fpt = `(SELECT id FROM app_user WHERE email = 'fpt.manager@northfield.example.org')`;
    await db.query(`DELETE FROM mfa_recovery_code WHERE user_id = ${fpt}`);
    await db.query(`DELETE FROM user_mfa WHERE user_id = ${fpt}`);
    app = await startPortal(databaseUrl, redisPrefix);
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const gql = graphqlAs(url, await signInWithAuthenticator(url, 'fpt.manager@northfield.example.org'));
    console.log(
      `cases: ${total} (database ${name}, figures as at ${asOf}); load average at the start: ${require('node:os')
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}`,
    );
    await printColdAndWarm(gql, asOf, filters);
  } finally {
    if (app) await app.close();
    await db.destroy();
    await clearRedis(redisPrefix);
  }
}

async function clearRedis(redisPrefix) {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${redisPrefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}

async function main() {
  const kept = process.argv.indexOf('--database');
  if (kept >= 0) return againOn(process.argv[kept + 1]);
  const cases = sizeFromArgs(process.argv);
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/eh_bench_${suffix}`;
  const redisPrefix = `eh-bench-${suffix}`;
  await migrate(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  const pool = new Pool({ connectionString: databaseUrl, max: CONCURRENCY });
  let app;
  let bare;
  try {
    const now = new Date();
    await seedDemoData(db, now);
    const generated = await timed(() => generateImpactData(db, { cases, now, log: cases > 1_000_000 ? console.log : undefined }));
    const [{ views }] = await db.query(`SELECT count(*)::int AS views FROM pg_matviews WHERE schemaname = 'public'`);
    const refresh = await timed(() => refreshImpactFigures(db, now));
    const refreshAgain = await timed(() => refreshImpactFigures(db, now));
    const { asOf, filters } = await asOfAndFilters(db);
    const to = `${asOf.slice(0, 7)}-01`;

    // The same figures live: the views' own definitions inlined as CTEs over the case tables.
    const [{ facts }] = await db.query(`SELECT pg_get_viewdef('impact_case_facts'::regclass) AS facts`);
    const [{ monthly }] = await db.query(`SELECT pg_get_viewdef('impact_monthly'::regclass) AS monthly`);
    const live = `WITH impact_case_facts AS (${facts.replace(/;\s*$/, '')}), impact_monthly AS (${monthly.replace(/;\s*$/, '')})`;
    const viewTimes = [];
    for (let i = 0; i < RUNS; i++) viewTimes.push((await timed(() => pool.query(...viewsQuery(filters[i % filters.length], to)))).ms);
    // Live aggregation is slow by nature: at national scale each filter is run once (p95 is then
    // the slowest of four), and every live answer is compared with the views' answer.
    const liveRuns = cases > 1_000_000 ? filters.length : LIVE_RUNS;
    const liveTimes = [];
    let same = true;
    for (let i = 0; i < liveRuns; i++) {
      const filter = filters[i % filters.length];
      const { ms, result } = await timed(() => pool.query(...liveQuery(live, filter, to)));
      liveTimes.push(ms);
      if (i < filters.length)
        same = same && JSON.stringify((await pool.query(...viewsQuery(filter, to))).rows) === JSON.stringify(result.rows);
    }

    // The measures (issue 17): the views against their definition run live, each filter once.
    const [{ measuresDef }] = await db.query(`SELECT pg_get_viewdef('impact_measures'::regclass) AS "measuresDef"`);
    const liveMeasures = `WITH impact_measures AS (${measuresDef.replace(/;\s*$/, '')})`;
    const fromDate = `${Number(asOf.slice(0, 4)) - 5}${asOf.slice(4, 7)}-01`;
    const measureTimes = [];
    for (let i = 0; i < RUNS; i++)
      measureTimes.push((await timed(() => pool.query(...measuresQuery(filters[i % filters.length], fromDate, to)))).ms);
    const liveMeasureTimes = [];
    let sameMeasures = true;
    for (const filter of filters) {
      const { ms, result } = await timed(() => pool.query(...measuresQuery(filter, fromDate, to, liveMeasures)));
      liveMeasureTimes.push(ms);
      sameMeasures =
        sameMeasures && JSON.stringify((await pool.query(...measuresQuery(filter, fromDate, to))).rows) === JSON.stringify(result.rows);
    }

    // The movements between levels (issue 17): the view against the live function, each filter.
    const lastDay = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const movementTimes = [];
    for (let i = 0; i < RUNS; i++)
      movementTimes.push((await timed(() => pool.query(...movementsView(filters[i % filters.length], fromDate, lastDay)))).ms);
    const liveMovementTimes = [];
    let sameMovements = true;
    let movementsCounted = 0;
    for (const filter of filters) {
      const { ms, result } = await timed(() => movementsLive(pool, filter, fromDate, lastDay));
      liveMovementTimes.push(ms);
      const viewRows = (await pool.query(...movementsView(filter, fromDate, lastDay))).rows;
      sameMovements = sameMovements && JSON.stringify(viewRows) === JSON.stringify(result.rows);
      movementsCounted = Math.max(
        movementsCounted,
        viewRows.reduce((n, r) => n + r.cases, 0),
      );
    }
    // What the answer's cost depends on: the rows of each view, not the cases.
    const viewRows = await db.query(
      `SELECT matviewname AS name, (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM ' || matviewname, false, true, '')))[1]::text::int AS n
         FROM pg_matviews WHERE schemaname = 'public' ORDER BY matviewname`,
    );

    // The API as it runs, and the dashboard through GraphQL.
    // The API connects as eh_app, under row-level security, as it does in production.
    app = await startPortal(databaseUrl, redisPrefix);
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const gql = graphqlAs(url, await signInWithAuthenticator(url, 'fpt.manager@northfield.example.org'));

    // The case list (the FPT's partner-led cases), and a bare endpoint returning the same rows.
    const caseload = `{ caseload { id reference familyName childrenCount status leadAgency { id name agencyType }
      leadPractitioner { id displayName jobTitle } allocatedOn firstContactDue firstContactOverdue myFamilyPlanDue myFamilyPlanOverdue
      workingDaysToMyFamilyPlan } }`;
    const portalRate = await throughput(async () => (await gql(caseload)).caseload.length);
    const bareSql = `
      SELECT c.id, c.reference, (SELECT p.last_name || ' family' FROM person p WHERE p.family_id = c.family_id
                                  GROUP BY p.last_name ORDER BY count(*) DESC, p.last_name LIMIT 1) AS "familyName",
             (SELECT count(*)::int FROM person p WHERE p.family_id = c.family_id AND p.role = 'CHILD') AS "childrenCount", c.status,
             json_build_object('id', a.id, 'name', a.name, 'agencyType', a.agency_type) AS "leadAgency",
             json_build_object('id', u.id, 'displayName', u.display_name, 'jobTitle', u.job_title) AS "leadPractitioner",
             c.allocated_on AS "allocatedOn", c.first_contact_due AS "firstContactDue", c.my_family_plan_due AS "myFamilyPlanDue"
        FROM early_help_case c JOIN agency a ON a.id = c.lead_agency_id JOIN app_user u ON u.id = c.lead_practitioner_id
       WHERE c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN') ORDER BY c.first_contact_due LIMIT 1000`;
    bare = await serveJson(async () => ({ data: { caseload: (await pool.query(bareSql)).rows } }));
    const bareUrl = `${bare.url}/`;
    const bareRate = await throughput(async () => (await (await fetch(bareUrl)).json()).data.caseload.length);

    const [{ n: total }] = await db.query(`SELECT count(*)::int AS n FROM early_help_case`);
    const f1 = (x) => x.toFixed(1);
    console.log(`cases: ${total} (generated in ${f1(generated.ms / 1000)} s), aggregates equal to live: ${same}`);
    console.log(`refresh (${views} views, concurrently): first ${f1(refresh.ms)} ms, again ${f1(refreshAgain.ms)} ms`);
    console.log(
      `dashboard month query p95: views ${f1(p95(viewTimes))} ms | live over case tables ${f1(p95(liveTimes))} ms | ratio live/views ${f1(p95(liveTimes) / p95(viewTimes))}`,
    );
    console.log(
      `measures query p95: views ${f1(p95(measureTimes))} ms | live over case tables ${f1(p95(liveMeasureTimes))} ms | equal to live: ${sameMeasures}`,
    );
    console.log(
      `movements between levels p95 (5 years, ${movementsCounted} movements): view ${f1(p95(movementTimes))} ms | live eh_level_movements() ${f1(p95(liveMovementTimes))} ms | equal to live: ${sameMovements}`,
    );
    console.log(`views' rows: ${viewRows.map((v) => `${v.name} ${v.n}`).join(', ')}`);
    await printColdAndWarm(gql, asOf, filters);
    console.log(
      `case list (${portalRate.rows} rows, ${CONCURRENCY} in flight): GraphQL ${f1(portalRate.perSecond)} req/s | bare pg ${f1(bareRate.perSecond)} req/s (${bareRate.rows} rows) | ratio GraphQL/bare ${(portalRate.perSecond / bareRate.perSecond).toFixed(3)}`,
    );
  } finally {
    if (bare) await bare.close();
    if (app) await app.close();
    await pool.end();
    await db.destroy();
    if (process.argv.includes('--keep')) console.log(`kept: --database eh_bench_${suffix}`);
    else await dropDatabase(databaseUrl);
    await clearRedis(redisPrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
