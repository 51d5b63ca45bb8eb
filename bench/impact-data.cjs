// Synthetic impact data through the real schema, set-based (generate_series), for the impact
// dashboard benchmark. Every name is invented. One council: 10,000 cases over 5 years; the
// national option: 3,000,000. Allocations follow weekdays with school-holiday peaks (Easter,
// summer, Christmas); about 8% of families decline, most first contacts are on time, cases stay
// open about six months, 5.5% are stepped up to level 4 and 1.5% become looked after, about a
// fifth of closed families are referred again (most within the year), referrals wait 0 to 45 days
// for allocation (median 2 days), 15% of families were sent to social care before, and 8% of
// cases arrive stepped down from social care or Family Casework. Cases with a plan have one to three
// needs coded against the outcome framework, with outcomes at closure and sustainment checks.
//
//   npm run build:api && node -r ./scripts/runtime-paths.cjs bench/impact-data.cjs [--cases N | --national]
//   (on DATABASE_URL, which must hold the migrated, seeded demo council)
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist', 'api');
const { addCalendarDays, firstContactDueDate, myFamilyPlanDueDate, londonToday } = require(
  path.join(dist, 'libs', 'domain', 'src', 'index.js'),
);

const YEARS = 5;
const NATIONAL_CASES = 3_000_000;

function sizeFromArgs(argv) {
  if (argv.includes('--national')) return NATIONAL_CASES;
  const i = argv.indexOf('--cases');
  return i >= 0 ? Number(argv[i + 1]) : 10_000;
}

// `query(sql, params)` is any PostgreSQL client (a TypeORM DataSource or pg Client).
async function generateImpactData(db, { cases = 10_000, now = new Date(), log = () => undefined } = {}) {
  const q = (sql, params) => db.query(sql, params);
  const today = londonToday(now);
  const start = addCalendarDays(today, -YEARS * 365);
  const step = async (label, sql, params) => {
    const t = process.hrtime.bigint();
    await q(sql, params);
    log(`  ${label}: ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s`);
  };

  // Deadlines in working days (bank holidays included) come from libs/domain, once per date.
  const dates = [];
  for (let d = addCalendarDays(start, -10); d <= today; d = addCalendarDays(d, 1)) dates.push(d);
  await q(`DROP TABLE IF EXISTS bench_due`);
  await q(`CREATE UNLOGGED TABLE bench_due (d date PRIMARY KEY, contact_due date NOT NULL, plan_due date NOT NULL)`);
  await q(`INSERT INTO bench_due SELECT * FROM unnest($1::date[], $2::date[], $3::date[])`, [
    dates,
    dates.map((d) => firstContactDueDate(d)),
    dates.map((d) => myFamilyPlanDueDate(d)),
  ]);

  // Partner agencies and practitioners in proportion (a caseload of about 35 open cases).
  const practitioners = Math.max(30, Math.ceil(cases / 60));
  const agencies = Math.max(10, Math.ceil(practitioners / 4));
  await step(
    'agencies and practitioners',
    `
    WITH types(t, share) AS (VALUES ('School', 0.45), ('Police', 0.05), ('Health', 0.2), ('Voluntary sector', 0.15),
                                    ('Domestic abuse service', 0.1), ('Substance misuse service', 0.05))
    INSERT INTO agency (name, agency_type)
    SELECT 'Bench ' || t || ' ' || g, t FROM types, generate_series(1, greatest(1, ceil($1 * share)::int)) g`,
    [agencies],
  );
  await q(`DROP TABLE IF EXISTS bench_agency`);
  await q(`CREATE UNLOGGED TABLE bench_agency AS
           SELECT row_number() OVER (ORDER BY id) AS idx, id, agency_type FROM agency WHERE name LIKE 'Bench %'`);
  await step(
    'practitioners',
    `
    INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash)
    SELECT 'bench.' || g || '@example.org', 'Practitioner ' || g, 'Family practitioner', 'PRACTITIONER',
           (SELECT id FROM bench_agency WHERE idx = 1 + (g % (SELECT count(*) FROM bench_agency))), 'not-a-password'
      FROM generate_series(1, $1) g`,
    [practitioners],
  );
  await q(`DROP TABLE IF EXISTS bench_lead`);
  await q(`CREATE UNLOGGED TABLE bench_lead AS
           SELECT row_number() OVER (ORDER BY id) AS idx, id AS user_id, agency_id FROM app_user WHERE email LIKE 'bench.%'`);
  await q(`DROP TABLE IF EXISTS bench_referrer`);
  await q(`CREATE UNLOGGED TABLE bench_referrer AS
           SELECT agency_type, row_number() OVER (PARTITION BY agency_type ORDER BY id) AS idx, id,
                  count(*) OVER (PARTITION BY agency_type) AS n FROM agency`);
  // Picking a referrer joins on (type, position): at national scale there are thousands of
  // agencies of each type, and a join on type alone compared every case with every one of them.
  await q(`CREATE INDEX ON bench_referrer (agency_type, idx)`);
  await q(`DROP TABLE IF EXISTS bench_referrer_type`);
  await q(`CREATE UNLOGGED TABLE bench_referrer_type AS SELECT agency_type, count(*) AS n FROM agency GROUP BY agency_type`);
  const [{ id: frontDoor }] = await q(`SELECT id FROM app_user WHERE role = 'FRONT_DOOR_OFFICER' ORDER BY email LIMIT 1`);

  // One row per case with its dice; weekdays only, weighted by month for school-holiday peaks.
  await q(`DROP TABLE IF EXISTS bench_case`);
  await step(
    'case plan',
    `
    CREATE UNLOGGED TABLE bench_case AS
    WITH candidates AS (
      SELECT $2::date + floor(random() * ($3::date - $2::date))::int AS d, random() AS keep
        FROM generate_series(1, $1 * 3)
    ), days AS (
      SELECT d FROM candidates
       WHERE extract(isodow FROM d) < 6
         AND keep < CASE extract(month FROM d) WHEN 8 THEN 1.0 WHEN 7 THEN 0.9 WHEN 12 THEN 0.85 WHEN 4 THEN 0.85 ELSE 0.6 END
       LIMIT $1
    ), dice AS (
      SELECT row_number() OVER () AS n, d AS allocated_on, random() AS r_lead, random() AS r_src, random() AS r_ref,
             random() AS r_decl, random() AS r_contact, random() AS r_late, random() AS r_dur, random() AS r_out,
             random() AS r_plan, random() AS r_sub, random() AS r_drift, random() AS r_back, random() AS r_when,
             random() AS r_wait, random() AS r_hist,
             1 + floor(random() * 3)::int AS children
        FROM days
    )
    SELECT dice.*, due.contact_due, due.plan_due,
           CASE WHEN r_src < 0.3 THEN 'School' WHEN r_src < 0.5 THEN 'Police' WHEN r_src < 0.7 THEN 'Health'
                WHEN r_src < 0.8 THEN NULL WHEN r_src < 0.9 THEN 'Voluntary sector' ELSE 'Domestic abuse service' END AS referrer_type
      FROM dice JOIN bench_due due ON due.d = dice.allocated_on`,
    [cases, start, today],
  );
  await q(`
    ALTER TABLE bench_case ADD COLUMN declined boolean, ADD COLUMN first_contact_on date, ADD COLUMN closed_on date,
      ADD COLUMN outcome varchar(40), ADD COLUMN status varchar(30), ADD COLUMN submitted_on date, ADD COLUMN quiet_since date`);
  await step(
    'case outcomes',
    `
    UPDATE bench_case SET
      declined = r_decl < 0.08,
      first_contact_on = CASE
        WHEN r_contact < 0.85 THEN allocated_on + floor(r_late * (contact_due - allocated_on + 1))::int
        ELSE contact_due + 1 + floor(r_late * 6)::int END`,
  );
  await q(`UPDATE bench_case SET first_contact_on = NULL WHERE first_contact_on > $1::date`, [today]);
  await q(`
    UPDATE bench_case SET closed_on = first_contact_on + ceil(-ln(1 - r_dur) * 180)::int
     WHERE NOT declined AND first_contact_on IS NOT NULL`);
  await q(`UPDATE bench_case SET closed_on = NULL WHERE closed_on > $1::date`, [today]);
  await q(
    `
    UPDATE bench_case SET
      outcome = CASE WHEN closed_on IS NULL THEN NULL WHEN r_out < 0.68 THEN 'NEEDS_MET' WHEN r_out < 0.80 THEN 'STEPPED_DOWN_TO_UNIVERSAL'
                     WHEN r_out < 0.85 THEN 'STEPPED_UP_TO_LEVEL_3' WHEN r_out < 0.905 THEN 'STEPPED_UP_TO_LEVEL_4'
                     WHEN r_out < 0.92 THEN 'BECAME_LOOKED_AFTER'
                     WHEN r_out < 0.97 THEN 'MOVED_AWAY' ELSE 'OTHER' END,
      status = CASE WHEN declined AND first_contact_on IS NOT NULL THEN 'DECLINED' WHEN closed_on IS NOT NULL THEN 'CLOSED'
                    WHEN first_contact_on IS NULL THEN 'AWAITING_FIRST_CONTACT' ELSE 'OPEN' END,
      submitted_on = CASE WHEN NOT declined AND first_contact_on IS NOT NULL AND r_plan < 0.8
                          THEN allocated_on + 15 + floor(r_sub * 40)::int END,
      quiet_since = CASE WHEN closed_on IS NULL AND r_drift < 0.06 THEN $1::date - 60 - floor(r_drift * 2000)::int END`,
    [today],
  );
  await q(`UPDATE bench_case SET submitted_on = NULL WHERE submitted_on > least(coalesce(closed_on, $1::date), $1::date)`, [today]);
  await q(
    `UPDATE bench_case SET quiet_since = greatest(quiet_since, coalesce(first_contact_on, allocated_on)) WHERE quiet_since IS NOT NULL`,
  );
  // Each UPDATE above left a dead copy of every row: reclaim them before the joins that follow.
  await q(`VACUUM ANALYZE bench_case`);

  await step(
    'families',
    `
    INSERT INTO family (reference, address_line1, town, postcode)
    SELECT 'B-' || n, n || ' Bench Street', 'Northfield', (ARRAY['NF1', 'NF2', 'NF3', 'NF4'])[1 + n % 4] || ' 1AA' FROM bench_case`,
  );
  await q(`ALTER TABLE bench_case ADD COLUMN family_id uuid, ADD COLUMN referral_id uuid, ADD COLUMN case_id uuid,
           ADD COLUMN lead_id uuid, ADD COLUMN lead_agency_id uuid`);
  await q(`UPDATE bench_case b SET family_id = f.id FROM family f WHERE f.reference = 'B-' || b.n`);
  await q(`UPDATE bench_case b SET lead_id = l.user_id, lead_agency_id = l.agency_id
             FROM bench_lead l WHERE l.idx = 1 + floor(b.r_lead * (SELECT count(*) FROM bench_lead))::int`);
  await step(
    'people',
    `
    INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship)
    SELECT family_id, 'Parent', 'Bench' || n, DATE '1985-01-01', 'ADULT', 'Parent' FROM bench_case
    UNION ALL
    SELECT family_id, 'Child ' || k, 'Bench' || n, allocated_on - (365 * (1 + k * 3)), 'CHILD', 'Child'
      FROM bench_case, generate_series(1, children) k`,
  );
  await step(
    'referrals',
    `
    INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_agency_id, referrer_name, concerns, consent_given,
                          received_at, status, decision, decided_by, decided_at, lead_agency_id, lead_practitioner_id)
    SELECT 'BR-' || b.n, b.family_id, $1, b.referrer_type IS NULL, r.id, 'Referrer', 'Synthetic concerns', true,
           (b.allocated_on - least(floor(-ln(1 - b.r_wait) * 4)::int, 45))::timestamp AT TIME ZONE 'Europe/London' + interval '10 hours',
           'DECIDED', 'LEVEL_2_PARTNER_LED', $1,
           b.allocated_on::timestamp AT TIME ZONE 'Europe/London' + interval '9 hours', b.lead_agency_id, b.lead_id
      FROM bench_case b
      LEFT JOIN bench_referrer_type t ON t.agency_type = b.referrer_type
      LEFT JOIN bench_referrer r ON r.agency_type = b.referrer_type AND r.idx = 1 + floor(b.r_ref * t.n)::int`,
    [frontDoor],
  );
  await q(`UPDATE bench_case b SET referral_id = r.id FROM referral r WHERE r.reference = 'BR-' || b.n`);
  await step(
    'cases',
    `
    INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id, allocated_on,
                                 first_contact_due, my_family_plan_due, first_contact_on, declined_reason, closed_on, closure_outcome)
    SELECT 'BC-' || n, family_id, referral_id, 2, status, lead_agency_id, lead_id, allocated_on, contact_due, plan_due,
           first_contact_on, CASE WHEN status = 'DECLINED' THEN 'Family did not want help' END, closed_on, outcome
      FROM bench_case`,
  );
  await q(`UPDATE bench_case b SET case_id = c.id FROM early_help_case c WHERE c.reference = 'BC-' || b.n`);
  await q(`INSERT INTO case_professional (case_id, user_id, role) SELECT case_id, lead_id, 'Lead practitioner' FROM bench_case`);
  await step(
    'plans',
    `
    INSERT INTO my_family_plan (case_id, status, started_by, started_at, submitted_at)
    SELECT case_id, 'SUBMITTED', lead_id, allocated_on + 7, submitted_on::timestamp AT TIME ZONE 'Europe/London' + interval '14 hours'
      FROM bench_case WHERE submitted_on IS NOT NULL`,
  );
  // The chronology: opening, first contact, plan, a note a month while open, closure.
  await step(
    'chronology',
    `
    INSERT INTO case_event (case_id, event_type, summary, actor_id, occurred_at)
    SELECT case_id, 'CASE_OPENED', 'Allocated at triage', lead_id, allocated_on::timestamp AT TIME ZONE 'Europe/London' + interval '9 hours'
      FROM bench_case
    UNION ALL
    SELECT case_id, CASE WHEN status = 'DECLINED' THEN 'FAMILY_DECLINED' ELSE 'FIRST_CONTACT' END, 'First contact', lead_id,
           first_contact_on::timestamp AT TIME ZONE 'Europe/London' + interval '11 hours'
      FROM bench_case WHERE first_contact_on IS NOT NULL
    UNION ALL
    SELECT case_id, 'PLAN_SUBMITTED', 'My Family Plan submitted', lead_id, submitted_on::timestamp AT TIME ZONE 'Europe/London' + interval '14 hours'
      FROM bench_case WHERE submitted_on IS NOT NULL AND (quiet_since IS NULL OR submitted_on <= quiet_since)
    UNION ALL
    SELECT case_id, 'CASE_NOTE', 'Visit recorded', lead_id, (first_contact_on + 30 * k)::timestamp AT TIME ZONE 'Europe/London' + interval '15 hours'
      FROM bench_case, generate_series(1, 40) k
     WHERE status IN ('OPEN', 'CLOSED') AND first_contact_on + 30 * k < coalesce(quiet_since, closed_on, $1::date)
    UNION ALL
    SELECT case_id, 'CASE_CLOSED', 'Case closed', lead_id, closed_on::timestamp AT TIME ZONE 'Europe/London' + interval '16 hours'
      FROM bench_case WHERE closed_on IS NOT NULL`,
    [today],
  );
  // About a fifth of closed families come back; most within the year.
  await step(
    're-referrals',
    `
    INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, received_at)
    SELECT 'BRR-' || n, family_id, $1, true, 'Parent', 'Back again', true,
           (closed_on + CASE WHEN r_when < 0.7 THEN floor(r_when / 0.7 * 365) ELSE 365 + floor(r_when * 500) END::int)::timestamp
             AT TIME ZONE 'Europe/London' + interval '10 hours'
      FROM bench_case
     WHERE closed_on IS NOT NULL AND r_back < 0.2
       AND closed_on + CASE WHEN r_when < 0.7 THEN floor(r_when / 0.7 * 365) ELSE 365 + floor(r_when * 500) END::int <= $2::date`,
    [frontDoor, today],
  );
  // Where families came from (issue 17): 15% were sent to children's social care by the front door
  // before, 5% arrive stepped down from social care and 3% from Family Casework.
  await step(
    'earlier social care referrals',
    `
    INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, received_at,
                          status, decision, decided_by, decided_at)
    SELECT 'BRS-' || n, family_id, $1, true, 'Parent', 'Synthetic concerns', true,
           (allocated_on - 100 - floor(r_hist * 4000)::int)::timestamp AT TIME ZONE 'Europe/London' + interval '10 hours',
           'DECIDED', 'LEVEL_4_CHILDRENS_SOCIAL_CARE', $1,
           (allocated_on - 99 - floor(r_hist * 4000)::int)::timestamp AT TIME ZONE 'Europe/London' + interval '10 hours'
      FROM bench_case WHERE r_hist < 0.15`,
    [frontDoor],
  );
  await step(
    'step-downs',
    `
    INSERT INTO case_level_change (case_id, movement, from_level, to_level, changed_on, recorded_by, agency_id)
    SELECT case_id, CASE WHEN r_hist < 0.20 THEN 'STEP_DOWN_FROM_SOCIAL_CARE' ELSE 'STEP_DOWN_FROM_LEVEL_3' END,
           CASE WHEN r_hist < 0.20 THEN 4 ELSE 3 END, 2, allocated_on, $1, lead_agency_id
      FROM bench_case WHERE r_hist >= 0.15 AND r_hist < 0.23`,
    [frontDoor],
  );
  // Needs coded against the outcome framework (issue 17): one to three per case with a plan, on a
  // heading at random; at closure 55% significant progress, 20% some, 15% no change, 5% worse and
  // 5% not recorded. Six months after closure the former lead is asked; 80% have answered (within
  // 20 days) and progress held on 75% of needs.
  await q(`DROP TABLE IF EXISTS bench_heading`);
  await q(`CREATE UNLOGGED TABLE bench_heading AS SELECT row_number() OVER (ORDER BY position) AS idx, id FROM outcome_heading`);
  await step(
    'needs',
    `
    INSERT INTO plan_need (case_id, heading_id, description, evidence, evidence_agency_id, identified_on, recorded_by, outcome,
                           outcome_evidence, outcome_recorded_by, outcome_recorded_at)
    SELECT b.case_id, h.id, 'Synthetic need', 'Synthetic evidence', b.lead_agency_id, b.allocated_on + 7, b.lead_id, o.outcome,
           CASE WHEN o.outcome IS NOT NULL THEN 'Synthetic outcome' END, CASE WHEN o.outcome IS NOT NULL THEN b.lead_id END,
           CASE WHEN o.outcome IS NOT NULL THEN b.closed_on::timestamp AT TIME ZONE 'Europe/London' + interval '16 hours' END
      FROM bench_case b
     CROSS JOIN LATERAL generate_series(1, 1 + floor(b.r_sub * 3)::int) k
     CROSS JOIN LATERAL (SELECT 1 + floor(random() * (SELECT count(*) FROM bench_heading))::int + 0 * k AS idx,
                                random() + 0 * k AS r) x
      JOIN bench_heading h ON h.idx = x.idx
     CROSS JOIN LATERAL (SELECT CASE WHEN b.closed_on IS NULL THEN NULL WHEN x.r < 0.55 THEN 'SIGNIFICANT_PROGRESS'
                                     WHEN x.r < 0.75 THEN 'SOME_PROGRESS' WHEN x.r < 0.90 THEN 'NO_CHANGE' WHEN x.r < 0.95 THEN 'WORSE'
                                END AS outcome) o
     WHERE b.submitted_on IS NOT NULL`,
  );
  await step(
    'sustainment checks',
    `
    INSERT INTO sustainment_check (case_id, due_on, lead_practitioner_id, asked_on)
    SELECT case_id, (closed_on + interval '6 months')::date, lead_id, (closed_on + interval '6 months')::date
      FROM bench_case WHERE submitted_on IS NOT NULL AND closed_on IS NOT NULL AND (closed_on + interval '6 months')::date <= $1::date`,
    [today],
  );
  await q(
    `UPDATE sustainment_check SET confirmed_on = due_on + floor(random() * 20)::int, confirmed_by = lead_practitioner_id
      WHERE random() < 0.8 AND due_on + 20 <= $1::date`,
    [today],
  );
  await step(
    'sustainment answers',
    `
    INSERT INTO need_sustainment (need_id, case_id, held, source, evidence, recorded_by)
    SELECT n.id, n.case_id, random() < 0.75, 'SCHOOL_ATTENDANCE', 'Synthetic check', c.confirmed_by
      FROM plan_need n JOIN sustainment_check c ON c.case_id = n.case_id WHERE c.confirmed_on IS NOT NULL`,
  );
  for (const table of ['bench_case', 'bench_due', 'bench_agency', 'bench_lead', 'bench_referrer', 'bench_referrer_type', 'bench_heading'])
    await q(`DROP TABLE ${table}`);
  await q(`ANALYZE`);
}

module.exports = { generateImpactData, sizeFromArgs };

if (require.main === module) {
  const { createDataSource } = require(path.join(dist, 'apps', 'api', 'src', 'database', 'data-source.js'));
  const { refreshImpactFigures } = require(path.join(dist, 'apps', 'api', 'src', 'impact', 'impact-refresh.js'));
  (async () => {
    const db = createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/early_help');
    await db.initialize();
    const cases = sizeFromArgs(process.argv);
    console.log(`Generating ${cases} synthetic cases over ${YEARS} years`);
    await generateImpactData(db, { cases, log: console.log });
    await refreshImpactFigures(db);
    await db.destroy();
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
