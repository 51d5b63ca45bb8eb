import {
  addCalendarDays,
  addMonths,
  CaseHistory,
  caseHistoryMeasures,
  firstContactDueDate,
  IsoDate,
  LevelMovement,
  londonToday,
  myFamilyPlanDueDate,
  NeedFacts,
  NeedProgress,
  needsMetByHeading,
  SocialCareDecision,
} from '@eh/domain';
import { refreshImpactFigures } from '../src/impact/impact-refresh';
import { lastDayOf, monthsOf, random } from './impact-history';
import { Session, startTestPortal, TEST_NOW, TestPortal } from './test-app';

// The measures the council papers report (issue 17, part 5): families with known histories are
// built straight into the case tables (earlier cases closed stepped up, looked after or with needs
// met; referrals sent to social care; step-downs from social care and Family Casework; step-ups to
// Family Casework; repeat referrals inside and outside 12 months; days from referral to allocation
// from 0 to 30), with needs coded against the outcome framework, their outcomes at closure and
// sustainment checks, and every figure the API gives is compared with the libs/domain definitions
// run over facts loaded here from the tables, for the council and for each filter. The movements
// between levels, read from a maintained view, are compared with the live eh_level_movements().

const SHARE = 'numerator denominator percent';
const MEASURES = `cases previouslyOpenToSocialCare { ${SHARE} } steppedDownFromSocialCare { ${SHARE} }
  steppedDownFromFamilyCasework { ${SHARE} } steppedUpToLevel3 { ${SHARE} } steppedUpToLevel4 { ${SHARE} }
  becameLookedAfter { ${SHARE} } steppedUpOrLookedAfter { ${SHARE} } repeatReferralsWithin12Months { ${SHARE} }
  medianDaysToAllocation daysToAllocation { band cases }`;
const NEEDS_MET = `needsMetByHeading { headingId heading retired needs met { ${SHARE} } sustainmentChecked sustained { ${SHARE} } }`;
const QUERY = `query($f: ImpactFilterInput!) { impactFigures(filter: $f) {
  measures { ${MEASURES} months { month ${MEASURES} } ${NEEDS_MET} } } }`;

interface Facts extends CaseHistory {
  readonly agencyId: string;
  readonly agencyType: string;
  readonly localityId: string | null;
}

const LEADS = ['schoolPractitioner', 'schoolDsl', 'police', 'healthVisitor', 'harbour', 'cgl'] as const;
const POSTCODES = ['NF1 2AB', 'NF2 3CD', 'NF3 4EF', 'NF4 5GH', 'ZZ9 9ZZ'];
const OUTCOMES = ['NEEDS_MET', 'NEEDS_MET', 'STEPPED_UP_TO_LEVEL_4', 'BECAME_LOOKED_AFTER', 'MOVED_AWAY', 'DECLINED'];
const at = (date: IsoDate) => `${date} 12:00 Europe/London`;

// Families over three and a half years, each with one to three cases one after another.
async function addHistories(portal: TestPortal, today: IsoDate): Promise<void> {
  const next = random(17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const days = (n: number) => Math.floor(next() * n);
  const q = (text: string, params: unknown[]) => portal.db.query(text, params) as Promise<{ id: string }[]>;
  const frontDoor = portal.ids.users.frontDoor;
  const caseworker = portal.ids.users.caseworker;
  const casework = portal.ids.agencies.casework;
  for (let i = 0; i < 70; i++) {
    const [{ id: familyId }] = await q(
      `INSERT INTO family (reference, address_line1, town, postcode) VALUES ('EH-' || nextval('family_reference_seq'), $1, 'Northfield', $2)
       RETURNING id`,
      [`${i + 1} Measure Street`, pick(POSTCODES)],
    );
    let referredOn = addCalendarDays('2023-05-01', days(1100));
    // Some families were sent to children's social care by the front door, before or after.
    if (next() < 0.25) {
      const decidedOn = addCalendarDays(referredOn, days(400) - 200);
      await q(
        `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, received_at,
                               status, decision, decided_by, decided_at)
         VALUES ('R-' || nextval('referral_reference_seq'), $1, $2, true, 'Parent', 'Synthetic', true, $3::timestamptz,
                 'DECIDED', 'LEVEL_4_CHILDRENS_SOCIAL_CARE', $2, $3::timestamptz)`,
        [familyId, frontDoor, at(decidedOn)],
      );
    }
    const cases = 1 + days(3);
    for (let k = 0; k < cases && referredOn <= today; k++) {
      const lead = pick(LEADS);
      const leadId = portal.ids.users[lead];
      const [{ agency_id: agencyId }] = (await portal.db.query(`SELECT agency_id FROM app_user WHERE id = $1`, [leadId])) as {
        agency_id: string;
      }[];
      const wait = next() < 0.2 ? 0 : days(31);
      const allocatedOn = addCalendarDays(referredOn, wait) > today ? today : addCalendarDays(referredOn, wait);
      const [{ id: referralId }] = await q(
        `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, received_at,
                               status, decision, decided_by, decided_at, lead_agency_id, lead_practitioner_id)
         VALUES ('R-' || nextval('referral_reference_seq'), $1, $2, true, 'Parent', 'Synthetic', true, $3::timestamptz,
                 'DECIDED', 'LEVEL_2_PARTNER_LED', $2, $4::timestamptz, $5, $6) RETURNING id`,
        [familyId, frontDoor, at(referredOn), at(allocatedOn), agencyId, leadId],
      );
      const last = k === cases - 1;
      const closeOn = addCalendarDays(allocatedOn, 10 + days(300));
      const closing = (!last || next() < 0.6) && closeOn <= today;
      const outcome = closing ? pick(OUTCOMES) : null;
      const declined = outcome === 'DECLINED';
      const steppedUp = !closing && next() < 0.3;
      const [{ id: caseId }] = await q(
        `INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id, allocated_on,
                                      first_contact_due, my_family_plan_due, first_contact_on, declined_reason, closed_on, closure_outcome)
         VALUES ('C-' || nextval('case_reference_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          familyId,
          referralId,
          steppedUp ? 3 : 2,
          declined ? 'DECLINED' : closing ? 'CLOSED' : 'OPEN',
          steppedUp ? casework : agencyId,
          steppedUp ? caseworker : leadId,
          allocatedOn,
          firstContactDueDate(allocatedOn),
          myFamilyPlanDueDate(allocatedOn),
          declined ? closeOn : allocatedOn,
          declined ? 'Family did not want help' : null,
          // A decline closes the case on its first contact: some record the date, some do not.
          declined ? (next() < 0.5 ? closeOn : null) : closing ? closeOn : null,
          declined ? null : outcome,
        ],
      );
      const movement = async (kind: LevelMovement, on: IsoDate, from: number, to: number, agency: string) =>
        portal.db.query(
          `INSERT INTO case_level_change (case_id, movement, from_level, to_level, changed_on, recorded_by, agency_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [caseId, kind, from, to, on, frontDoor, agency],
        );
      if (next() < 0.2) await movement(LevelMovement.STEP_DOWN_FROM_SOCIAL_CARE, allocatedOn, 4, 2, agencyId);
      if (next() < 0.15) await movement(LevelMovement.STEP_DOWN_FROM_LEVEL_3, allocatedOn, 3, 2, agencyId);
      if (steppedUp) {
        const on = addCalendarDays(allocatedOn, days(60));
        await movement(LevelMovement.STEP_UP_TO_LEVEL_3, on > today ? today : on, 2, 3, agencyId);
      }
      if (!closing) break;
      // The next referral: within the year for some families, later for others.
      referredOn = addCalendarDays(closeOn, 1 + days(600));
    }
  }
}

// Needs on the cases (a random stream of their own, so the histories above stay as they were):
// none to three per case, coded against the framework except "Financial stability", which is
// retired with no needs; "Secure housing" is retired too, after needs were coded against it. Closed
// cases have outcomes (some not recorded); most closed more than six months ago had their
// sustainment check answered, need by need, some are still waiting.
async function addNeeds(portal: TestPortal, today: IsoDate): Promise<void> {
  const next = random(29);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const headings: { id: string; key: string }[] = await portal.db.query(`SELECT id, key FROM outcome_heading ORDER BY position`);
  const coded = headings.filter((h) => h.key !== 'FINANCIAL_STABILITY');
  const outcomes = [
    ...Array(3).fill(NeedProgress.SIGNIFICANT_PROGRESS),
    NeedProgress.SOME_PROGRESS,
    NeedProgress.NO_CHANGE,
    NeedProgress.WORSE,
    null,
  ];
  const cases: {
    id: string;
    status: string;
    lead_agency_id: string;
    lead_practitioner_id: string;
    allocated_on: string;
    closed_on: string | null;
  }[] = await portal.db.query(
    `SELECT id, status, lead_agency_id, lead_practitioner_id, allocated_on,
              CASE WHEN status = 'DECLINED' THEN coalesce(closed_on, first_contact_on) ELSE closed_on END AS closed_on
         FROM early_help_case ORDER BY allocated_on, reference`,
  );
  for (const c of cases) {
    const needIds: string[] = [];
    const count = Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const outcome = c.closed_on === null ? null : pick(outcomes);
      const [{ id }] = (await portal.db.query(
        `INSERT INTO plan_need (case_id, heading_id, description, evidence, evidence_agency_id, identified_on, recorded_by, outcome,
                                outcome_evidence, outcome_recorded_by, outcome_recorded_at)
         VALUES ($1, $2, 'Synthetic need', 'Synthetic evidence', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          c.id,
          pick(coded).id,
          c.lead_agency_id,
          c.allocated_on,
          c.lead_practitioner_id,
          outcome,
          outcome && 'Synthetic outcome',
          outcome && c.lead_practitioner_id,
          outcome && at(c.closed_on as IsoDate),
        ],
      )) as { id: string }[];
      needIds.push(id);
    }
    const due = c.closed_on === null ? null : addMonths(c.closed_on, 6);
    if (due === null || due > today || needIds.length === 0) continue;
    const answered = next() < 0.8;
    const confirmedOn = addCalendarDays(due, Math.floor(next() * 20));
    await portal.db.query(
      `INSERT INTO sustainment_check (case_id, due_on, lead_practitioner_id, asked_on, confirmed_on, confirmed_by)
       VALUES ($1, $2, $3, $2, $4, $5)`,
      [
        c.id,
        due,
        c.lead_practitioner_id,
        answered ? (confirmedOn > today ? today : confirmedOn) : null,
        answered ? c.lead_practitioner_id : null,
      ],
    );
    if (!answered) continue;
    for (const needId of needIds) {
      await portal.db.query(
        `INSERT INTO need_sustainment (need_id, case_id, held, source, evidence, recorded_by)
         VALUES ($1, $2, $3, 'SCHOOL_ATTENDANCE', 'Synthetic check', $4)`,
        [needId, c.id, next() < 0.75, c.lead_practitioner_id],
      );
    }
  }
  await portal.db.query(`UPDATE outcome_heading SET retired_at = now() WHERE key IN ('FINANCIAL_STABILITY', 'HOUSING')`);
}

interface Heading {
  readonly id: string;
  readonly name: string;
  readonly retired: boolean;
}

// The facts, from the tables, derived here independently of the views.
async function loadFacts(
  portal: TestPortal,
): Promise<{ cases: Facts[]; decisions: SocialCareDecision[]; needs: NeedFacts[]; headings: Heading[] }> {
  const q = portal.db;
  const london = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;
  const rows: {
    id: string;
    family_id: string;
    status: string;
    lead_agency_id: string;
    allocated_on: string;
    first_contact_on: string | null;
    closed_on: string | null;
    closure_outcome: string | null;
    referred_on: string;
    postcode: string;
    locality_id: string | null;
  }[] = await q.query(
    `SELECT c.id, c.family_id, c.status, c.lead_agency_id, c.allocated_on, c.first_contact_on, c.closed_on, c.closure_outcome,
            ${london('r.received_at')} AS referred_on, f.postcode, f.locality_id
       FROM early_help_case c JOIN referral r ON r.id = c.referral_id JOIN family f ON f.id = c.family_id`,
  );
  const movements: { case_id: string; movement: LevelMovement; changed_on: string; agency_id: string }[] = await q.query(
    `SELECT case_id, movement, changed_on, agency_id FROM case_level_change ORDER BY changed_on, recorded_at`,
  );
  const agencies: { id: string; agency_type: string }[] = await q.query(`SELECT id, agency_type FROM agency`);
  const localities: { id: string; postcode_districts: string[] }[] = await q.query(
    `SELECT id, postcode_districts FROM locality ORDER BY name`,
  );
  const decisions: { family_id: string; on: string }[] = await q.query(
    `SELECT family_id, ${london('decided_at')} AS on FROM referral WHERE decision = 'LEVEL_4_CHILDRENS_SOCIAL_CARE' AND decided_at IS NOT NULL`,
  );
  const cases = rows.map((c): Facts => {
    const declined = c.status === 'DECLINED';
    const closedOn = declined ? (c.closed_on ?? c.first_contact_on) : c.closed_on;
    const own = movements.filter((m) => m.case_id === c.id);
    // A case stepped up to Family Casework counts for the partner agency that led it before.
    const agencyId = own.find((m) => m.movement === LevelMovement.STEP_UP_TO_LEVEL_3)?.agency_id ?? c.lead_agency_id;
    const district = c.postcode.replace(/ /g, '').slice(0, -3).toUpperCase();
    return {
      caseId: c.id,
      familyId: c.family_id,
      referredOn: c.referred_on,
      allocatedOn: c.allocated_on,
      closedOn,
      outcome: declined ? (c.closure_outcome ?? 'FAMILY_DECLINED') : closedOn ? c.closure_outcome : null,
      movements: own.map((m) => ({ movement: m.movement, on: m.changed_on })),
      agencyId,
      agencyType: agencies.find((a) => a.id === agencyId)?.agency_type ?? '',
      localityId: c.locality_id ?? localities.find((l) => l.postcode_districts.includes(district))?.id ?? null,
    };
  });
  const needs: { case_id: string; heading_id: string; outcome: NeedProgress | null; held: boolean | null; confirmed_on: string | null }[] =
    await q.query(
      `SELECT n.case_id, n.heading_id, n.outcome, s.held, c.confirmed_on
         FROM plan_need n LEFT JOIN need_sustainment s ON s.need_id = n.id LEFT JOIN sustainment_check c ON c.case_id = n.case_id`,
    );
  const headings: Heading[] = await q.query(
    `SELECT id, name, retired_at IS NOT NULL AS retired FROM outcome_heading ORDER BY position, name`,
  );
  return {
    cases,
    decisions: decisions.map((d) => ({ familyId: d.family_id, decidedOn: d.on })),
    needs: needs.map((n) => ({
      caseId: n.case_id,
      headingId: n.heading_id,
      outcome: n.outcome,
      held: n.held,
      confirmedOn: n.confirmed_on,
    })),
    headings,
  };
}

// What the page should say: the domain's definitions over the cases counted within the filter,
// with every case of the council as the families' earlier history.
function expected(facts: LoadedFacts, counted: (f: Facts) => boolean, from: string, to: string) {
  const asOf = londonToday(TEST_NOW);
  const all = facts.cases;
  const cohort = all.filter(counted);
  const measure = (f: IsoDate, t: IsoDate) => caseHistoryMeasures(cohort, all, facts.decisions, f, t, asOf);
  const heading = (id: string) => facts.headings.find((h) => h.id === id) as Heading;
  return {
    ...measure(`${from}-01`, lastDayOf(to)),
    months: monthsOf(from, to).map((month) => ({ month, ...measure(`${month}-01`, lastDayOf(month)) })),
    needsMetByHeading: needsMetByHeading(cohort, facts.needs, facts.headings, `${from}-01`, lastDayOf(to), asOf).map((h) => ({
      ...h,
      heading: heading(h.headingId).name,
      retired: heading(h.headingId).retired,
    })),
  };
}

type LoadedFacts = Awaited<ReturnType<typeof loadFacts>>;

const everything = () => true;

describe('the measures the council papers report', () => {
  let portal: TestPortal;
  let manager: Session;
  let facts: LoadedFacts;
  const asOf = londonToday(TEST_NOW);

  const measures = async (s: Session, filter: Record<string, unknown>) =>
    s.gql<{ impactFigures: { measures: Record<string, unknown> } }>(QUERY, { f: filter });

  beforeAll(async () => {
    portal = await startTestPortal();
    await addHistories(portal, asOf);
    await addNeeds(portal, asOf);
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    facts = await loadFacts(portal);
    manager = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  it('has histories that exercise every measure', () => {
    const m = caseHistoryMeasures(facts.cases, facts.cases, facts.decisions, '2023-01-01', asOf, asOf);
    for (const s of [
      m.previouslyOpenToSocialCare,
      m.steppedDownFromSocialCare,
      m.steppedDownFromFamilyCasework,
      m.steppedUpToLevel3,
      m.steppedUpToLevel4,
      m.becameLookedAfter,
      m.repeatReferralsWithin12Months,
    ]) {
      expect(s.numerator).toBeGreaterThan(0);
      expect(s.denominator).toBeGreaterThan(s.numerator);
    }
    expect(m.daysToAllocation.filter((b) => b.cases > 0).length).toBeGreaterThanOrEqual(6);
    // Some families came back after more than 12 months, so the revolving door is not every return.
    const returning = facts.cases.filter((c) =>
      facts.cases.some((p) => p.familyId === c.familyId && p.closedOn && p.closedOn <= c.referredOn),
    );
    expect(returning.length).toBeGreaterThan(m.repeatReferralsWithin12Months.numerator);
  });

  it('has needs that exercise every column of needs met by heading', () => {
    const byHeading = needsMetByHeading(facts.cases, facts.needs, facts.headings, '2023-01-01', asOf, asOf);
    const total = (pick: (h: (typeof byHeading)[number]) => number) => byHeading.reduce((n, h) => n + pick(h), 0);
    expect(total((h) => h.met.numerator)).toBeGreaterThan(0);
    expect(total((h) => h.met.denominator)).toBeGreaterThan(total((h) => h.met.numerator));
    // Some needs met still wait for their check; of those checked, some held and some did not.
    expect(total((h) => h.sustainmentChecked)).toBeLessThan(total((h) => h.met.numerator));
    expect(total((h) => h.sustained.numerator)).toBeGreaterThan(0);
    expect(total((h) => h.sustained.denominator)).toBeGreaterThan(total((h) => h.sustained.numerator));
    const names = byHeading.map((h) => facts.headings.find((x) => x.id === h.headingId)?.name);
    expect(names).toContain('Secure housing'); // retired, with needs
    expect(names).not.toContain('Financial stability'); // retired, without needs
  });

  it('gives the definitions’ figures for the whole council, in all and month by month', async () => {
    const result = await measures(manager, { from: '2023-05', to: '2026-11' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.impactFigures.measures).toEqual(expected(facts, everything, '2023-05', '2026-11'));
  });

  it('and for a shorter period', async () => {
    const result = await measures(manager, { from: '2025-04', to: '2026-03' });
    expect(result.data!.impactFigures.measures).toEqual(expected(facts, everything, '2025-04', '2026-03'));
  });

  it('by agency (a stepped-up case counting for the partner that led it), agency type and locality', async () => {
    const police = portal.ids.agencies.police;
    const byAgency = await measures(manager, { from: '2023-05', to: '2026-11', agencyId: police });
    expect(byAgency.data!.impactFigures.measures).toEqual(expected(facts, (f) => f.agencyId === police, '2023-05', '2026-11'));
    expect(facts.cases.some((f) => f.agencyId === police && f.movements.some((m) => m.movement === LevelMovement.STEP_UP_TO_LEVEL_3))).toBe(
      true,
    );

    const schools = await measures(manager, { from: '2024-01', to: '2026-11', agencyType: 'School' });
    expect(schools.data!.impactFigures.measures).toEqual(expected(facts, (f) => f.agencyType === 'School', '2024-01', '2026-11'));

    const south = portal.ids.localities.South;
    const inSouth = await measures(manager, { from: '2023-05', to: '2026-11', localityId: south });
    expect(inSouth.data!.impactFigures.measures).toEqual(expected(facts, (f) => f.localityId === south, '2023-05', '2026-11'));
  });

  it('counts movements between levels from a maintained view equal to the live definition, as at the last refresh', async () => {
    const { agencies, localities } = portal.ids;
    const MOVES = `query($f: ImpactFilterInput!) { impactFigures(filter: $f) { levelMovements { month movement cases } } }`;
    type Filter = { agencyId?: string; agencyType?: string; localityId?: string };
    const filters: Filter[] = [
      {},
      { agencyId: agencies.police },
      { agencyType: 'School' },
      { localityId: localities.South },
      { agencyType: 'Health', localityId: localities.North },
      { agencyId: agencies.oakwood, agencyType: 'School', localityId: localities.Central },
    ];
    // eh_level_movements() (migration 0040) counts case_level_change live, for the council's team.
    const live = (f: Filter, from: string, to: string) =>
      portal.db.transaction(async (m) => {
        await m.query(`SELECT set_config('eh.role', 'FPT_MANAGER', true)`);
        return m.query(`SELECT month, movement, cases FROM eh_level_movements($1::date, $2::date, $3::uuid, $4::text, $5::uuid)`, [
          `${from}-01`,
          lastDayOf(to),
          f.agencyId ?? null,
          f.agencyType ?? null,
          f.localityId ?? null,
        ]) as Promise<unknown[]>;
      });
    const viewed = async (f: Filter, from: string, to: string) =>
      (await manager.gql<{ impactFigures: { levelMovements: unknown[] } }>(MOVES, { f: { from, to, ...f } })).data!.impactFigures
        .levelMovements;
    let counted = 0;
    for (const f of filters) {
      const want = await live(f, '2023-05', '2026-11');
      expect(await viewed(f, '2023-05', '2026-11')).toEqual(want);
      expect(await viewed(f, '2025-04', '2026-03')).toEqual(await live(f, '2025-04', '2026-03'));
      counted += want.length;
    }
    expect(counted).toBeGreaterThan(20);

    // A movement recorded since the last refresh is counted from the next one.
    const [c]: { id: string; lead_agency_id: string }[] = await portal.db.query(
      `SELECT id, lead_agency_id FROM early_help_case WHERE level = 2 ORDER BY reference LIMIT 1`,
    );
    const before = await viewed({}, '2026-11', '2026-11');
    const [added]: { id: string }[] = await portal.db.query(
      `INSERT INTO case_level_change (case_id, movement, from_level, to_level, changed_on, recorded_by, agency_id)
       VALUES ($1, 'STEP_DOWN_FROM_LEVEL_3', 3, 2, '2026-11-02', $2, $3) RETURNING id`,
      [c.id, portal.ids.users.frontDoor, c.lead_agency_id],
    );
    try {
      expect(await viewed({}, '2026-11', '2026-11')).toEqual(before);
      expect(await live({}, '2026-11', '2026-11')).not.toEqual(before);
      await refreshImpactFigures(portal.workerDb, TEST_NOW);
      expect(await viewed({}, '2026-11', '2026-11')).toEqual(await live({}, '2026-11', '2026-11'));
    } finally {
      await portal.db.query(`DELETE FROM case_level_change WHERE id = $1`, [added.id]);
      await refreshImpactFigures(portal.workerDb, TEST_NOW);
    }
  });

  it('shows a partner practitioner their own agency’s measures only', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const oakwood = portal.ids.agencies.oakwood;
    const own = await measures(sam, { from: '2023-05', to: '2026-11' });
    expect(own.data!.impactFigures.measures).toEqual(expected(facts, (f) => f.agencyId === oakwood, '2023-05', '2026-11'));
  });
});

describe('the caseload when a council has many practitioners', () => {
  let portal: TestPortal;
  let manager: Session;
  const asOf = londonToday(TEST_NOW);
  const CASELOAD = `query($f: ImpactFilterInput!) { impactFigures(filter: $f) {
    caseload { name agencyName openCases } averageCaseload practitionersWithCases } }`;

  beforeAll(async () => {
    portal = await startTestPortal();
    // Thirty practitioners at the voluntary sector hub; the k-th leads k open cases, half of
    // them in the north (NF1) and half in the centre (NF2), and one case closed.
    await portal.db.query(
      `INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash)
       SELECT 'many.' || g || '@example.org', 'Worker ' || lpad(g::text, 2, '0'), 'Family worker', 'PRACTITIONER', $1, 'not-a-password'
         FROM generate_series(1, 30) g`,
      [portal.ids.agencies.voluntary],
    );
    await portal.db.query(
      `CREATE UNLOGGED TABLE many_case AS
       SELECT u.id AS lead_id, k, row_number() OVER () AS n, gen_random_uuid() AS family_id, gen_random_uuid() AS referral_id
         FROM app_user u CROSS JOIN LATERAL generate_series(1, substring(u.email FROM 'many\\.(\\d+)@')::int + 1) k
        WHERE u.email LIKE 'many.%'`,
    );
    await portal.db.query(
      `INSERT INTO family (id, reference, address_line1, town, postcode)
       SELECT family_id, 'EH-M' || n, n || ' Many Street', 'Northfield', CASE WHEN k % 2 = 0 THEN 'NF1 1AA' ELSE 'NF2 1AA' END FROM many_case`,
    );
    await portal.db.query(
      `INSERT INTO referral (id, reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, received_at,
                             status, decision)
       SELECT referral_id, 'R-M' || n, family_id, $1, true, 'Parent', 'Synthetic', true, '2026-06-01 10:00 Europe/London', 'DECIDED',
              'LEVEL_2_PARTNER_LED' FROM many_case`,
      [portal.ids.users.frontDoor],
    );
    // Each practitioner's last case (k = count + 1) closed before the as-at date: not open.
    await portal.db.query(
      `INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id, allocated_on,
                                    first_contact_due, my_family_plan_due, first_contact_on, closed_on, closure_outcome)
       SELECT 'C-M' || m.n, m.family_id, m.referral_id, 2,
              CASE WHEN m.k = (SELECT max(k) FROM many_case x WHERE x.lead_id = m.lead_id) THEN 'CLOSED' ELSE 'OPEN' END, $1, m.lead_id,
              '2026-06-03', '2026-06-08', '2026-07-15', '2026-06-05',
              CASE WHEN m.k = (SELECT max(k) FROM many_case x WHERE x.lead_id = m.lead_id) THEN DATE '2026-09-01' END,
              CASE WHEN m.k = (SELECT max(k) FROM many_case x WHERE x.lead_id = m.lead_id) THEN 'NEEDS_MET' END
         FROM many_case m`,
      [portal.ids.agencies.voluntary],
    );
    await portal.db.query(`DROP TABLE many_case`);
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    manager = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  // Open cases per practitioner on the as-at date, counted here from the case table.
  async function direct(where: string, params: unknown[] = []) {
    const rows: { name: string; agency_name: string; open: number }[] = await portal.db.query(
      `SELECT u.display_name AS name, a.name AS agency_name, count(*)::int AS open
         FROM early_help_case c JOIN app_user u ON u.id = c.lead_practitioner_id JOIN agency a ON a.id = c.lead_agency_id
         JOIN family f ON f.id = c.family_id
        WHERE c.level = 2 AND c.allocated_on <= $1::date
          AND coalesce(CASE WHEN c.status = 'DECLINED' THEN coalesce(c.closed_on, c.first_contact_on) ELSE c.closed_on END, 'infinity') > $1::date
          AND ${where}
        GROUP BY u.id, u.display_name, a.name`,
      [asOf, ...params],
    );
    const total = rows.reduce((n, r) => n + r.open, 0);
    return {
      caseload: rows
        .map((r) => ({ name: r.name, agencyName: r.agency_name, openCases: r.open }))
        .sort((a, b) => b.openCases - a.openCases || a.name.localeCompare(b.name))
        .slice(0, 25),
      averageCaseload: Math.round((10 * total) / rows.length) / 10,
      practitionersWithCases: rows.length,
    };
  }

  it('lists the 25 highest caseloads, with every practitioner in the count and the average', async () => {
    const all = await manager.gql<{ impactFigures: unknown }>(CASELOAD, { f: { from: '2026-01', to: '2026-11' } });
    const want = await direct('true');
    expect(want.practitionersWithCases).toBeGreaterThan(30);
    expect(all.data!.impactFigures).toEqual(want);
    expect(want.caseload[0]).toEqual({ name: 'Worker 30', agencyName: 'Northfield Family Hub (voluntary sector)', openCases: 30 });
  });

  it('within an agency type and a locality, counting a practitioner once across the filters', async () => {
    const north = portal.ids.localities.North;
    const filtered = await manager.gql<{ impactFigures: unknown }>(CASELOAD, {
      f: { from: '2026-01', to: '2026-11', agencyType: 'Voluntary sector', localityId: north },
    });
    expect(filtered.data!.impactFigures).toEqual(await direct(`a.agency_type = 'Voluntary sector' AND f.postcode LIKE 'NF1 %'`));
    const anywhere = await manager.gql<{ impactFigures: unknown }>(CASELOAD, { f: { from: '2026-01', to: '2026-11', localityId: north } });
    expect(anywhere.data!.impactFigures).toEqual(
      await direct(`(f.locality_id = $2 OR (f.locality_id IS NULL AND f.postcode LIKE 'NF1 %'))`, [north]),
    );
  });

  it('lists every practitioner of one agency by name', async () => {
    const voluntary = portal.ids.agencies.voluntary;
    const one = await manager.gql<{ impactFigures: { caseload: { name: string }[]; practitionersWithCases: number } }>(CASELOAD, {
      f: { from: '2026-01', to: '2026-11', agencyId: voluntary },
    });
    expect(one.data!.impactFigures.practitionersWithCases).toBe(30);
    expect(one.data!.impactFigures.caseload.map((p) => p.name)).toEqual(
      Array.from({ length: 30 }, (_, i) => `Worker ${String(i + 1).padStart(2, '0')}`),
    );
  });
});

describe('a case closed because a child became looked after', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('is recorded by the lead as a closure outcome and counted from the next refresh', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const manager = await portal.signIn('fptManager');
    const caseId = portal.ids.cases.brook;
    const lookedAfter = async () =>
      (
        await manager.gql<{ impactFigures: { measures: { becameLookedAfter: { numerator: number; denominator: number } } } }>(
          `{ impactFigures(filter: { from: "2026-01", to: "2026-11" }) { measures { becameLookedAfter { numerator denominator } } } }`,
        )
      ).data!.impactFigures.measures.becameLookedAfter;
    expect(await lookedAfter()).toEqual({ numerator: 0, denominator: 4 });

    await sam.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-17' },
    });
    const closed = await sam.gql<{ closeCase: { status: string; closureOutcome: string } }>(
      `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status closureOutcome } }`,
      { input: { caseId, version: 2, outcome: 'BECAME_LOOKED_AFTER', maintenance: false } },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeCase).toEqual({ status: 'CLOSED', closureOutcome: 'BECAME_LOOKED_AFTER' });
    const [line]: { summary: string }[] = await portal.db.query(
      `SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'CASE_CLOSED'`,
      [caseId],
    );
    expect(line.summary).toContain('a child became looked after');

    expect(await lookedAfter()).toEqual({ numerator: 0, denominator: 4 }); // as at the last refresh
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    expect(await lookedAfter()).toEqual({ numerator: 1, denominator: 4 });
  });
});
