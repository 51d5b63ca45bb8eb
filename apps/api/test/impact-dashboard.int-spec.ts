import {
  addCalendarDays,
  allocatedPerMonth,
  averageDaysOpen,
  CaseFacts,
  caseloadPerPractitioner,
  casesOpenOn,
  closedWithOutcomesMet,
  declineRate,
  drifting,
  escalationsToLevel4,
  firstContactDueDate,
  firstContactOnTime,
  IsoDate,
  londonToday,
  myFamilyPlanDueDate,
  myFamilyPlanOnTime,
  notReachingLevel4Within12Months,
  notReReferredWithin12Months,
  ReferralSource,
  referralSource,
} from '@eh/domain';
import { JobName, JobPublisher, JobRegistry, startWorkers } from '@eh/notifications';
import { refreshImpactFigures } from '../src/impact/impact-refresh';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { PostgresOutboxStore } from '../src/notifications/outbox';
import { eventually, queueConnection } from './delivery';
import { aCase } from './factories';
import { lastDayOf, monthsOf, random } from './impact-history';
import { Session, startTestPortal, TEST_NOW, TestPortal } from './test-app';

// The dashboard reads maintained aggregates; this spec checks every number it shows against the
// libs/domain definitions run over case facts loaded straight from the case tables.

type Result = { errors?: readonly { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

const SHARE = 'numerator denominator percent';
const SOURCES = 'newCasesBySource { source cases }';
const FIGURES = `asOf from to openCases childrenInOpenCases allocated ${SOURCES} escalationsToLevel4
  notReachingLevel4Within12Months { ${SHARE} } notReReferredWithin12Months { ${SHARE} } closedWithOutcomesMet { ${SHARE} }
  firstContactOnTime { ${SHARE} } myFamilyPlanOnTime { ${SHARE} } declineRate { ${SHARE} } averageDaysOpen
  caseload { practitionerId name agencyName openCases } averageCaseload practitionersWithCases
  months { month openCases childrenInOpenCases allocated ${SOURCES} escalationsToLevel4 closed closedWithOutcomesMet { ${SHARE} }
    firstContactOnTime { ${SHARE} } myFamilyPlanOnTime { ${SHARE} } declineRate { ${SHARE} } averageDaysOpen }`;

interface Facts extends CaseFacts {
  readonly reference: string;
  readonly agencyId: string;
  readonly agencyType: string;
  readonly agencyName: string;
  readonly practitionerName: string;
  readonly localityId: string | null;
  readonly source: ReferralSource;
}

const LEADS = ['schoolPractitioner', 'schoolDsl', 'police', 'healthVisitor', 'harbour', 'cgl'] as const;
const REFERRERS = ['oakwood', 'riverside', 'police', 'health', 'harbour', 'voluntary', 'self'] as const;
const POSTCODES = ['NF1 2AB', 'NF2 3CD', 'NF3 4EF', 'NF4 5GH', 'ZZ9 9ZZ'];
const OUTCOMES = ['NEEDS_MET', 'NEEDS_MET', 'STEPPED_DOWN_TO_UNIVERSAL', 'STEPPED_UP_TO_LEVEL_4', 'MOVED_AWAY', 'STEPPED_UP_TO_LEVEL_3'];

const at = (date: IsoDate) => `${date} 12:00 Europe/London`;

// Cases allocated over three and a half years to the seeded partners, with first contacts on
// time and late, declines, plans submitted (and resubmitted), closures with every kind of outcome,
// steps up to level 4, re-referrals inside and outside 12 months, and cases gone quiet.
async function addHistory(portal: TestPortal, today: IsoDate): Promise<void> {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const days = (n: number) => Math.floor(next() * n);
  const frontDoor = portal.ids.users.frontDoor;
  const [{ id: northId }]: { id: string }[] = await portal.db.query(`SELECT id FROM locality WHERE name = 'North'`);
  for (let i = 0; i < 60; i++) {
    const allocatedOn = addCalendarDays('2023-05-01', days(1300));
    if (allocatedOn > today) continue;
    const lead = pick(LEADS);
    const [{ agency_id: agencyId }]: { agency_id: string }[] = await portal.db.query(`SELECT agency_id FROM app_user WHERE id = $1`, [
      portal.ids.users[lead],
    ]);
    const postcode = pick(POSTCODES);
    // Most families have their locality recorded; the rest are placed by postcode district.
    const recordedLocality = next() < 0.2 ? northId : null;
    const [{ id: familyId }]: { id: string }[] = await portal.db.query(
      `INSERT INTO family (reference, address_line1, town, postcode, locality_id)
       VALUES ('EH-' || nextval('family_reference_seq'), $1, 'Northfield', $2, $3) RETURNING id`,
      [`${i + 1} Test Street`, postcode, recordedLocality],
    );
    for (let c = 0; c < days(4); c++) {
      await portal.db.query(
        `INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship)
         VALUES ($1, 'Child', 'Synthetic', '2015-01-01', 'CHILD', 'Child')`,
        [familyId],
      );
    }
    const referrer = pick(REFERRERS);
    const [{ id: referralId }]: { id: string }[] = await portal.db.query(
      `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_agency_id, referrer_name, concerns, consent_given,
                             received_at, status, decision, lead_agency_id, lead_practitioner_id)
       VALUES ('R-' || nextval('referral_reference_seq'), $1, $2, $3, $4, 'Referrer', 'Synthetic concerns', true, $5::timestamptz,
               'DECIDED', 'LEVEL_2_PARTNER_LED', $6, $7) RETURNING id`,
      [
        familyId,
        frontDoor,
        referrer === 'self',
        referrer === 'self' ? null : portal.ids.agencies[referrer],
        at(addCalendarDays(allocatedOn, -1)),
        agencyId,
        portal.ids.users[lead],
      ],
    );
    const declined = next() < 0.12;
    const contactedAfter = days(7);
    const firstContactOn =
      next() < 0.9 && addCalendarDays(allocatedOn, contactedAfter) <= today ? addCalendarDays(allocatedOn, contactedAfter) : null;
    let closedOn: IsoDate | null = null;
    let outcome: string | null = null;
    let status = firstContactOn ? 'OPEN' : 'AWAITING_FIRST_CONTACT';
    if (declined && firstContactOn) status = 'DECLINED';
    else if (firstContactOn && next() < 0.65) {
      const candidate = addCalendarDays(firstContactOn, 5 + days(420));
      if (candidate <= today) {
        closedOn = candidate;
        outcome = pick(OUTCOMES);
        status = 'CLOSED';
      } else if (next() < 0.3) status = 'MAINTENANCE';
    }
    const [{ id: caseId }]: { id: string }[] = await portal.db.query(
      `INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id, allocated_on,
                                    first_contact_due, my_family_plan_due, first_contact_on, declined_reason, closed_on, closure_outcome)
       VALUES ('C-' || nextval('case_reference_seq'), $1, $2, 2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        familyId,
        referralId,
        status,
        agencyId,
        portal.ids.users[lead],
        allocatedOn,
        firstContactDueDate(allocatedOn),
        myFamilyPlanDueDate(allocatedOn),
        firstContactOn,
        status === 'DECLINED' ? 'Family did not want help' : null,
        closedOn,
        outcome,
      ],
    );
    const event = async (type: string, on: IsoDate) =>
      portal.db.query(
        `INSERT INTO case_event (case_id, event_type, summary, actor_id, occurred_at) VALUES ($1, $2, 'Synthetic', $3, $4::timestamptz)`,
        [caseId, type, portal.ids.users[lead], at(on)],
      );
    await event('CASE_OPENED', allocatedOn);
    const until = closedOn ?? today;
    if (status !== 'DECLINED' && next() < 0.7) {
      const firstSubmitted = addCalendarDays(allocatedOn, 20 + days(40));
      if (firstSubmitted <= until) {
        // Some plans come back from quality assurance and go in again later.
        const lastSubmitted =
          next() < 0.3 && addCalendarDays(firstSubmitted, 14) <= until ? addCalendarDays(firstSubmitted, 14) : firstSubmitted;
        await portal.db.query(
          `INSERT INTO my_family_plan (case_id, status, started_by, submitted_at) VALUES ($1, 'SUBMITTED', $2, $3::timestamptz)`,
          [caseId, portal.ids.users[lead], at(lastSubmitted)],
        );
        await event('PLAN_SUBMITTED', firstSubmitted);
        if (lastSubmitted !== firstSubmitted) await event('PLAN_SUBMITTED', lastSubmitted);
      }
    }
    // Later activity: recent for most open cases, long ago for a few (drifting).
    const lastActivity = addCalendarDays(until, -days(next() < 0.25 ? 200 : 40));
    if (lastActivity > allocatedOn) await event('CASE_NOTE', lastActivity);
    if (closedOn && next() < 0.45) {
      const back = addCalendarDays(closedOn, days(500));
      if (back <= today) {
        await portal.db.query(
          `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, received_at)
           VALUES ('R-' || nextval('referral_reference_seq'), $1, $2, true, 'Parent', 'Back again', true, $3::timestamptz)`,
          [familyId, frontDoor, at(back)],
        );
      }
    }
  }
}

// The case facts, loaded from the case tables and derived here independently of the views.
async function loadFacts(portal: TestPortal): Promise<Facts[]> {
  const q = portal.db;
  const london = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;
  const cases: {
    id: string;
    reference: string;
    family_id: string;
    referral_id: string;
    status: string;
    lead_agency_id: string;
    agency_type: string;
    agency_name: string;
    lead_practitioner_id: string;
    practitioner_name: string;
    allocated_on: string;
    first_contact_due: string;
    first_contact_on: string | null;
    declined_reason: string | null;
    my_family_plan_due: string;
    closed_on: string | null;
    closure_outcome: string | null;
    postcode: string;
    locality_id: string | null;
    self_referral: boolean;
    referrer_type: string | null;
  }[] = await q.query(
    `SELECT c.*, a.agency_type, a.name AS agency_name, u.display_name AS practitioner_name, f.postcode, f.locality_id, r.self_referral,
            ra.agency_type AS referrer_type
       FROM early_help_case c JOIN agency a ON a.id = c.lead_agency_id JOIN app_user u ON u.id = c.lead_practitioner_id
       JOIN family f ON f.id = c.family_id JOIN referral r ON r.id = c.referral_id LEFT JOIN agency ra ON ra.id = r.referrer_agency_id
      WHERE c.level = 2`,
  );
  const children: { family_id: string; role: string }[] = await q.query(`SELECT family_id, role FROM person`);
  const plans: { case_id: string; on: string | null }[] = await q.query(
    `SELECT case_id, ${london('submitted_at')} AS on FROM my_family_plan`,
  );
  const events: { case_id: string; event_type: string; on: string }[] = await q.query(
    `SELECT case_id, event_type, ${london('occurred_at')} AS on FROM case_event`,
  );
  const referrals: { id: string; family_id: string; on: string }[] = await q.query(
    `SELECT id, family_id, ${london('received_at')} AS on FROM referral`,
  );
  const localities: { id: string; name: string; postcode_districts: string[] }[] = await q.query(
    `SELECT id, name, postcode_districts FROM locality ORDER BY name`,
  );
  const earliest = (dates: (string | null | undefined)[]) => dates.filter((d): d is string => !!d).sort()[0] ?? null;
  return cases.map((c) => {
    const declinedCase = c.status === 'DECLINED';
    const closedOn = declinedCase ? (c.closed_on ?? c.first_contact_on) : c.closed_on;
    const outcome = declinedCase ? (c.closure_outcome ?? 'FAMILY_DECLINED') : closedOn ? c.closure_outcome : null;
    const caseEvents = events.filter((e) => e.case_id === c.id);
    const district = c.postcode.replace(/ /g, '').slice(0, -3).toUpperCase();
    return {
      reference: c.reference,
      agencyId: c.lead_agency_id,
      agencyType: c.agency_type,
      agencyName: c.agency_name,
      practitionerName: c.practitioner_name,
      localityId: c.locality_id ?? localities.find((l) => l.postcode_districts.includes(district))?.id ?? null,
      source: referralSource(c.self_referral, c.referrer_type),
      allocatedOn: c.allocated_on,
      children: children.filter((p) => p.family_id === c.family_id && p.role === 'CHILD').length,
      leadPractitionerId: c.lead_practitioner_id,
      firstContactDue: c.first_contact_due,
      firstContactOn: c.first_contact_on,
      declined: c.declined_reason !== null,
      planDue: c.my_family_plan_due,
      planSubmittedOn: earliest([
        plans.find((p) => p.case_id === c.id)?.on,
        ...caseEvents.filter((e) => e.event_type === 'PLAN_SUBMITTED').map((e) => e.on),
      ]),
      closedOn,
      outcome,
      steppedUpToLevel4On: c.closure_outcome === 'STEPPED_UP_TO_LEVEL_4' ? c.closed_on : null,
      reReferredOn: closedOn
        ? earliest(referrals.filter((r) => r.family_id === c.family_id && r.id !== c.referral_id && r.on >= closedOn).map((r) => r.on))
        : null,
      lastActivityOn:
        caseEvents
          .map((e) => e.on)
          .sort()
          .at(-1) ?? c.allocated_on,
    };
  });
}

const between = (date: IsoDate | null, from: IsoDate, to: IsoDate) => date !== null && date >= from && date <= to;

function bySource(cases: readonly Facts[], from: IsoDate, to: IsoDate) {
  return [ReferralSource.EDUCATION, ReferralSource.POLICE, ReferralSource.HEALTH, ReferralSource.SELF, ReferralSource.OTHER].map(
    (source) => ({
      source,
      cases: [...allocatedPerMonth(cases.filter((c) => c.source === source && between(c.allocatedOn, from, to)))].reduce(
        (n, [, k]) => n + k,
        0,
      ),
    }),
  );
}

// What the dashboard should say, worked out with the domain definitions. The caseload lists one
// agency's practitioners by name; otherwise the 25 highest caseloads, highest first.
function expected(cases: readonly Facts[], fromMonth: string, toMonth: string, asOf: IsoDate, oneAgency = false) {
  const from = `${fromMonth}-01`;
  const to = lastDayOf(toMonth);
  const open = casesOpenOn(cases, to);
  const load = caseloadPerPractitioner(cases, asOf);
  const caseload = [...load]
    .map(([id, openCases]) => {
      const c = cases.find((x) => x.leadPractitionerId === id) as Facts;
      return { practitionerId: id, name: c.practitionerName, agencyName: c.agencyName, openCases };
    })
    .sort(
      (a, b) =>
        (oneAgency ? 0 : b.openCases - a.openCases) || a.name.localeCompare(b.name) || a.practitionerId.localeCompare(b.practitionerId),
    );
  const total = caseload.reduce((n, p) => n + p.openCases, 0);
  return {
    asOf,
    from: fromMonth,
    to: toMonth,
    openCases: open.cases,
    childrenInOpenCases: open.children,
    allocated: cases.filter((c) => between(c.allocatedOn, from, to)).length,
    newCasesBySource: bySource(cases, from, to),
    escalationsToLevel4: escalationsToLevel4(cases, from, to),
    notReachingLevel4Within12Months: notReachingLevel4Within12Months(
      cases.filter((c) => between(c.allocatedOn, from, to)),
      asOf,
    ),
    notReReferredWithin12Months: notReReferredWithin12Months(
      cases.filter((c) => between(c.closedOn, from, to)),
      asOf,
    ),
    closedWithOutcomesMet: closedWithOutcomesMet(cases, from, to),
    firstContactOnTime: firstContactOnTime(cases, from, to, asOf),
    myFamilyPlanOnTime: myFamilyPlanOnTime(cases, from, to, asOf),
    declineRate: declineRate(cases, from, to),
    averageDaysOpen: averageDaysOpen(cases, from, to),
    caseload: oneAgency ? caseload : caseload.slice(0, 25),
    averageCaseload: caseload.length ? Math.round((10 * total) / caseload.length) / 10 : null,
    practitionersWithCases: caseload.length,
    months: monthsOf(fromMonth, toMonth).map((month) => {
      const [mFrom, mTo] = [`${month}-01`, lastDayOf(month)];
      const openAtEnd = casesOpenOn(cases, mTo);
      return {
        month,
        openCases: openAtEnd.cases,
        childrenInOpenCases: openAtEnd.children,
        allocated: allocatedPerMonth(cases).get(month) ?? 0,
        newCasesBySource: bySource(cases, mFrom, mTo),
        escalationsToLevel4: escalationsToLevel4(cases, mFrom, mTo),
        closed: cases.filter((c) => between(c.closedOn, mFrom, mTo)).length,
        closedWithOutcomesMet: closedWithOutcomesMet(cases, mFrom, mTo),
        firstContactOnTime: firstContactOnTime(cases, mFrom, mTo, asOf),
        myFamilyPlanOnTime: myFamilyPlanOnTime(cases, mFrom, mTo, asOf),
        declineRate: declineRate(cases, mFrom, mTo),
        averageDaysOpen: averageDaysOpen(cases, mFrom, mTo),
      };
    }),
  };
}

describe('impact dashboard', () => {
  let portal: TestPortal;
  let manager: Session;
  let facts: Facts[];
  const asOf = londonToday(TEST_NOW);

  const figures = async (s: Session, filter: Record<string, unknown>) =>
    s.gql<{ impactFigures: Record<string, unknown> }>(`query($f: ImpactFilterInput!) { impactFigures(filter: $f) { ${FIGURES} } }`, {
      f: filter,
    });

  beforeAll(async () => {
    portal = await startTestPortal();
    await addHistory(portal, asOf);
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    facts = await loadFacts(portal);
    manager = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  it('has history that exercises every figure', () => {
    const all = expected(facts, '2023-05', '2026-11', asOf);
    for (const share of [
      all.notReachingLevel4Within12Months,
      all.notReReferredWithin12Months,
      all.closedWithOutcomesMet,
      all.firstContactOnTime,
      all.myFamilyPlanOnTime,
      all.declineRate,
    ]) {
      expect(share.numerator).toBeGreaterThan(0);
      expect(share.denominator).toBeGreaterThan(share.numerator);
    }
    expect(all.escalationsToLevel4).toBeGreaterThan(0);
    expect(drifting(facts, asOf).length).toBeGreaterThan(0);
    expect(new Set(facts.map((f) => f.localityId)).size).toBe(4); // three localities and "not known"
  });

  it('shows the figures the definitions give, for the whole council', async () => {
    const result = await figures(manager, { from: '2023-05', to: '2026-11' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.impactFigures).toEqual(expected(facts, '2023-05', '2026-11', asOf));
  });

  it('shows the same for a shorter period', async () => {
    const result = await figures(manager, { from: '2025-04', to: '2026-03' });
    expect(result.data!.impactFigures).toEqual(expected(facts, '2025-04', '2026-03', asOf));
  });

  it('filters by agency, agency type and locality', async () => {
    const oakwood = portal.ids.agencies.oakwood;
    const byAgency = await figures(manager, { from: '2023-05', to: '2026-11', agencyId: oakwood });
    expect(byAgency.data!.impactFigures).toEqual(
      expected(
        facts.filter((f) => f.agencyId === oakwood),
        '2023-05',
        '2026-11',
        asOf,
        true,
      ),
    );

    const schools = await figures(manager, { from: '2024-01', to: '2026-11', agencyType: 'School' });
    expect(schools.data!.impactFigures).toEqual(
      expected(
        facts.filter((f) => f.agencyType === 'School'),
        '2024-01',
        '2026-11',
        asOf,
      ),
    );

    const south = portal.ids.localities.South;
    const inSouth = await figures(manager, { from: '2023-05', to: '2026-11', localityId: south });
    const southFacts = facts.filter((f) => f.localityId === south);
    expect(southFacts.length).toBeGreaterThan(0);
    expect(inSouth.data!.impactFigures).toEqual(expected(southFacts, '2023-05', '2026-11', asOf));
  });

  it('lists drifting cases for the Family Partnership Team and audits the list as one row naming each case', async () => {
    const result = await manager.gql<{
      driftingCases: { asOf: string; cases: { reference: string; lastActivityOn: string; daysSinceActivity: number }[] };
    }>(`{ driftingCases { asOf cases { reference lastActivityOn daysSinceActivity } } }`);
    const quiet = new Set(drifting(facts, asOf));
    const want = facts
      .filter((f) => quiet.has(f))
      .sort((a, b) => a.lastActivityOn.localeCompare(b.lastActivityOn) || a.reference.localeCompare(b.reference));
    expect(result.data!.driftingCases.cases.map((c) => c.reference)).toEqual(want.map((c) => c.reference));
    expect(result.data!.driftingCases.cases.every((c) => c.daysSinceActivity > 56)).toBe(true);
    const audit: { references: string[] }[] = await portal.db.query(
      `SELECT array(SELECT c.reference FROM early_help_case c WHERE c.id = ANY(a.entity_ids) ORDER BY c.reference) AS references
         FROM audit_event a WHERE a.action = 'LIST_DRIFTING_CASES'`,
    );
    expect(audit).toEqual([{ references: want.map((c) => c.reference).sort() }]);
  });

  it('shows a partner practitioner their own agency’s figures only, and no drifting list', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const oakwood = portal.ids.agencies.oakwood;
    const own = await figures(sam, { from: '2023-05', to: '2026-11' });
    expect(own.data!.impactFigures).toEqual(
      expected(
        facts.filter((f) => f.agencyId === oakwood),
        '2023-05',
        '2026-11',
        asOf,
        true,
      ),
    );
    expect(code(await figures(sam, { from: '2023-05', to: '2026-11', agencyId: portal.ids.agencies.police }))).toBe('FORBIDDEN');
    expect(code(await sam.gql(`{ driftingCases { cases { reference } } }`))).toBe('FORBIDDEN');
  });

  it('rewrites no row of any view when a refresh finds nothing changed', async () => {
    // Where each view's rows lie on disk: a row the refresh deleted and inserted again moves.
    const placed = async () => {
      const views = await portal.db.query<{ name: string }[]>(`SELECT matviewname AS name FROM pg_matviews WHERE schemaname = 'public'`);
      const at = new Map<string, string[]>();
      for (const { name } of views) {
        const rows = await portal.db.query<{ at: string }[]>(`SELECT ctid::text AS at FROM ${name} ORDER BY ctid`);
        at.set(
          name,
          rows.map((r) => r.at),
        );
      }
      return at;
    };
    // The views rolled up with CUBE hold rows for "every agency, type or locality" here.
    const [{ rolledUp }] = await portal.db.query<{ rolledUp: number }[]>(
      `SELECT (SELECT count(*) FROM impact_level_movements WHERE grouped > 0)::int
            + (SELECT count(*) FROM impact_caseload_summary WHERE grouped > 0)::int
            + (SELECT count(*) FROM impact_measures_by_type WHERE grouped > 0)::int AS "rolledUp"`,
    );
    expect(rolledUp).toBeGreaterThan(0);
    const before = await placed();
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    const after = await placed();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].filter(([view, at]) => JSON.stringify(at) !== JSON.stringify(before.get(view))).map(([view]) => view)).toEqual([]);
  });

  it('names the field when the period is wrong', async () => {
    const backwards = await figures(manager, { from: '2026-05', to: '2026-02' });
    expect(backwards.errors?.[0].extensions?.fields).toEqual([
      { field: 'from', message: 'The first month must be the same as or before the last month' },
    ]);
    const future = await figures(manager, { from: '2026-05', to: '2027-02' });
    expect(future.errors?.[0].extensions?.fields).toEqual([{ field: 'to', message: 'The period must end this month or earlier' }]);
    const garbled = await figures(manager, { from: '2026-13', to: '2026-11' });
    expect(code(garbled)).toBe('BAD_USER_INPUT');
    expect(garbled.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['from']);
  });
});

describe('refreshing the impact figures', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('shows the figures as at the last refresh, and the worker’s job brings in what changed since', async () => {
    const manager = await portal.signIn('fptManager');
    const allocated = async () =>
      (
        await manager.gql<{ impactFigures: { allocated: number } }>(
          `{ impactFigures(filter: { from: "2026-01", to: "2026-11" }) { allocated } }`,
        )
      ).data!.impactFigures.allocated;
    expect(await allocated()).toBe(4);

    // A fifth case allocated after the refresh: not counted until the next one.
    await aCase(portal, { allocatedOn: '2026-11-17' });
    expect(await allocated()).toBe(4);

    const connection = queueConnection(portal);
    const workers = startWorkers(connection, JobRegistry.fromHandlers(workerJobHandlers(portal.workerDb, null, { now: () => TEST_NOW })), {
      outbox: new PostgresOutboxStore(portal.workerDb),
    });
    const publisher = new JobPublisher(connection);
    try {
      await eventually(
        async () => publisher.ready,
        (ready) => ready,
      );
      await publisher.publish(JobName.RefreshImpactFigures, { trigger: 'manual' });
      expect(await eventually(allocated, (n) => n === 5)).toBe(5);
    } finally {
      await publisher.close();
      await workers.close();
    }
  });

  it('refreshes every maintained view, one statement each, after the views it reads', async () => {
    const { views } = await refreshImpactFigures(portal.workerDb, TEST_NOW);
    const matviews = await portal.db.query<{ name: string }[]>(
      `SELECT matviewname AS name FROM pg_matviews WHERE schemaname = 'public' ORDER BY matviewname COLLATE "C"`,
    );
    expect([...views].sort()).toEqual(matviews.map((v) => v.name));
    // Each view is refreshed after every maintained view its definition reads.
    const reads = await portal.db.query<{ view: string; reads: string }[]>(
      `SELECT DISTINCT v.relname AS view, d.relname AS reads
         FROM pg_depend dep
         JOIN pg_rewrite r ON r.oid = dep.objid
         JOIN pg_class v ON v.oid = r.ev_class
         JOIN pg_class d ON d.oid = dep.refobjid
        WHERE v.relkind = 'm' AND d.relkind = 'm' AND v.oid <> d.oid`,
    );
    expect(reads.length).toBeGreaterThan(0);
    for (const { view, reads: earlier } of reads) expect([view, views.indexOf(earlier) < views.indexOf(view)]).toEqual([view, true]);
    // Past the last view there is nothing to refresh.
    const [{ past }] = await portal.workerDb.query<{ past: string | null }[]>(`SELECT eh_refresh_impact_view($1) AS past`, [
      views.length + 1,
    ]);
    expect(past).toBeNull();
  });

  it('lets the FPT manager set the council’s localities, which place families by postcode district', async () => {
    const manager = await portal.signIn('fptManager');
    const save = (s: Session, input: Record<string, unknown>) =>
      s.gql<{ saveLocality: { id: string; name: string; postcodeDistricts: string[] } }>(
        `mutation($input: SaveLocalityInput!) { saveLocality(input: $input) { id name postcodeDistricts } }`,
        { input },
      );
    const added = await save(manager, { name: '  East ', postcodeDistricts: ['nf6 ', 'NF5', 'NF5'] });
    expect(added.data!.saveLocality).toMatchObject({ name: 'East', postcodeDistricts: ['NF5', 'NF6'] });

    const taken = await save(manager, { name: 'Riverside', postcodeDistricts: ['NF2'] });
    expect(taken.errors?.[0].extensions?.fields).toEqual([{ field: 'postcodeDistricts', message: 'NF2 is already in Central' }]);
    const garbled = await save(manager, { name: 'Riverside', postcodeDistricts: ['NF-2'] });
    expect(garbled.errors?.[0].extensions?.fields).toEqual([
      { field: 'postcodeDistricts', message: 'Enter postcode districts like NF1 or NF12 (not NF-2)' },
    ]);
    const twice = await save(manager, { name: 'east', postcodeDistricts: [] });
    expect(twice.errors?.[0].extensions?.fields).toEqual([{ field: 'name', message: 'A locality with this name already exists' }]);
    const renamed = await save(manager, {
      id: added.data!.saveLocality.id,
      name: 'East and Coast',
      postcodeDistricts: ['NF5', 'NF6', 'NF7'],
    });
    expect(renamed.data!.saveLocality).toEqual({
      id: added.data!.saveLocality.id,
      name: 'East and Coast',
      postcodeDistricts: ['NF5', 'NF6', 'NF7'],
    });
    const sam = await portal.signIn('schoolPractitioner');
    expect(code(await save(sam, { name: 'West', postcodeDistricts: ['NF9'] }))).toBe('FORBIDDEN');

    // A family with no recorded locality in NF5 counts in East from the next refresh.
    await portal.db.query(
      `UPDATE family SET locality_id = NULL, postcode = 'NF5 1ZZ' WHERE id = (SELECT family_id FROM early_help_case WHERE id = $1)`,
      [portal.ids.cases.hartley],
    );
    await refreshImpactFigures(portal.workerDb, TEST_NOW);
    const east = await manager.gql<{ impactFigures: { allocated: number; caseload: { name: string }[] } }>(
      `query($l: ID) { impactFigures(filter: { from: "2026-01", to: "2026-11", localityId: $l }) { allocated caseload { name } } }`,
      { l: added.data!.saveLocality.id },
    );
    expect(east.data!.impactFigures).toEqual({ allocated: 1, caseload: [{ name: 'Chris Evans' }] });
  });
});
