import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { Actor, canViewCase, ConsentFacts, consentedAgencies, IsoDate, LevelOfNeed, londonToday, Role } from '@eh/domain';
import { dropDatabase } from '../src/database/migrate';
import { APP_ROLE } from '../src/database/roles';
import { createMigratedDatabase } from './template-database';

// "Who may see this case today" is written once for SQL (eh_visible_case_ids, migration
// 1732300000023) and once as the specification (canViewCase in libs/domain). This proves they
// agree for every actor and case of generated worlds, on the London date of generated instants,
// both when asked directly (eh_case_visible_to, as the worker and the services ask) and as
// row-level security shows it to the API's role.

const AGENCIES = ['council', 'school', 'health', 'housing'] as const;
const ROLES = [Role.FRONT_DOOR_OFFICER, Role.FPT_MANAGER, Role.PRACTITIONER] as const;
const MAX_CASES = 5;

interface CaseSpec {
  readonly level: LevelOfNeed;
  readonly lead: number; // index into AGENCIES
  // Indexes into the users; `onConsent`: a member of the team around the family who joined on the
  // family's consent (not a recorded lawful basis), whose naming adds nothing once it is withdrawn.
  readonly named: readonly { readonly user: number; readonly onConsent: boolean }[];
  readonly consents: readonly { agencies: readonly number[]; given: number; withdrawn: number | null }[]; // days from today
}

interface World {
  readonly instant: Date;
  readonly cases: readonly CaseSpec[];
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('the one visibility rule', () => {
  const suffix = randomBytes(5).toString('hex');
  const ownerUrl = `postgres://postgres@127.0.0.1:5432/eh_test_${suffix}`;
  const appUrl = `postgres://${APP_ROLE}@127.0.0.1:5432/eh_test_${suffix}`;
  let owner: Client;
  let asApp: Client;
  const agencyIds: string[] = [];
  // One user for every role in every agency, so each actor kind meets each case.
  const users: Actor[] = [];
  let familyId = '';
  let personId = '';
  const referralIds: string[] = [];

  beforeAll(async () => {
    await createMigratedDatabase(`eh_test_${suffix}`);
    owner = new Client({ connectionString: ownerUrl });
    asApp = new Client({ connectionString: appUrl });
    await Promise.all([owner.connect(), asApp.connect()]);
    for (const name of AGENCIES) {
      const { rows } = await owner.query(`INSERT INTO agency (name, agency_type, is_council_team) VALUES ($1, 'TEST', $2) RETURNING id`, [
        name,
        name === 'council',
      ]);
      agencyIds.push(rows[0].id);
    }
    for (const agencyId of agencyIds) {
      for (const role of ROLES) {
        const { rows } = await owner.query(
          `INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash) VALUES ($1, 'Test', 'Test', $2, $3, 'x') RETURNING id`,
          [`${randomUUID()}@example.org`, role, agencyId],
        );
        users.push({ userId: rows[0].id, agencyId, role });
      }
    }
    familyId = (
      await owner.query(
        `INSERT INTO family (reference, address_line1, town, postcode) VALUES ('F-1', '1 Road', 'Town', 'AB1 2CD') RETURNING id`,
      )
    ).rows[0].id;
    personId = (
      await owner.query(
        `INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship) VALUES ($1, 'A', 'B', '1990-01-01', 'ADULT', 'Mother') RETURNING id`,
        [familyId],
      )
    ).rows[0].id;
    for (let i = 0; i < MAX_CASES; i += 1) {
      const { rows } = await owner.query(
        `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given) VALUES ($1, $2, $3, true, 'Self', 'x', true) RETURNING id`,
        [`R-${i}`, familyId, users[0].userId],
      );
      referralIds.push(rows[0].id);
    }
  });

  afterAll(async () => {
    await Promise.all([owner?.end(), asApp?.end()]);
    await dropDatabase(ownerUrl);
  });

  // Writes the world's cases as the owner (committed, so the API's role sees them), returning
  // their ids in order.
  async function store(world: World, today: IsoDate): Promise<string[]> {
    await owner.query('BEGIN');
    await owner.query('DELETE FROM consent');
    await owner.query('DELETE FROM case_professional');
    await owner.query('DELETE FROM early_help_case');
    const ids: string[] = [];
    for (const [i, c] of world.cases.entries()) {
      const { rows } = await owner.query(
        `INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id, allocated_on, first_contact_due, my_family_plan_due)
         VALUES ($1, $2, $3, $4, 'OPEN', $5, $6, $7, $7, $7) RETURNING id`,
        [`C-${i}`, familyId, referralIds[i], c.level, agencyIds[c.lead], users[0].userId, today],
      );
      const caseId: string = rows[0].id;
      ids.push(caseId);
      for (const n of c.named)
        await owner.query(`INSERT INTO case_professional (case_id, user_id, role, joined_on_consent) VALUES ($1, $2, 'Named', $3)`, [
          caseId,
          users[n.user].userId,
          n.onConsent,
        ]);
      for (const k of c.consents) {
        await owner.query(
          `INSERT INTO consent (case_id, given_by_person_id, agency_ids, given_on, withdrawn_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            caseId,
            personId,
            k.agencies.map((a) => agencyIds[a]),
            addDays(today, k.given),
            k.withdrawn === null ? null : addDays(today, k.withdrawn),
            users[0].userId,
          ],
        );
      }
    }
    await owner.query('COMMIT');
    return ids;
  }

  function expected(world: World, today: IsoDate, actor: Actor, c: CaseSpec): boolean {
    const consents: ConsentFacts[] = c.consents.map((k) => ({
      agencyIds: k.agencies.map((a) => agencyIds[a]),
      givenOn: addDays(today, k.given),
      withdrawnOn: k.withdrawn === null ? null : addDays(today, k.withdrawn),
    }));
    return canViewCase(actor, {
      level: c.level,
      leadAgencyId: agencyIds[c.lead],
      namedProfessionalIds: c.named.map((n) => users[n.user].userId),
      consentBasedMemberIds: c.named.filter((n) => n.onConsent).map((n) => users[n.user].userId),
      consentedAgencyIds: consentedAgencies(consents, today),
    });
  }

  // What row-level security shows the API's role for this actor, set the way the API sets it.
  async function throughRowLevelSecurity(
    actor: Actor,
    today: IsoDate,
  ): Promise<{ cases: string[]; consentCases: string[]; namedCases: string[]; ruleSet: string[] }> {
    await asApp.query('BEGIN');
    try {
      await asApp.query(
        `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', $3, true), set_config('eh.today', $4, true)`,
        [actor.userId, actor.agencyId, actor.role, today],
      );
      const { rows } = await asApp.query(
        `SELECT (SELECT coalesce(array_agg(id::text ORDER BY id), '{}') FROM early_help_case) AS cases,
                (SELECT coalesce(array_agg(DISTINCT case_id::text), '{}') FROM consent) AS consent_cases,
                (SELECT coalesce(array_agg(DISTINCT case_id::text), '{}') FROM case_professional) AS named_cases,
                (SELECT coalesce(array_agg(case_id::text ORDER BY case_id), '{}') FROM eh_visible_case_ids($1, $2, $3, $4)) AS rule_set`,
        [actor.userId, actor.agencyId, actor.role, today],
      );
      return { cases: rows[0].cases, consentCases: rows[0].consent_cases, namedCases: rows[0].named_cases, ruleSet: rows[0].rule_set };
    } finally {
      await asApp.query('ROLLBACK');
    }
  }

  async function check(world: World): Promise<void> {
    const today = londonToday(world.instant);
    // The database's own London date (eh_actor_today's fallback) agrees with the domain's.
    const { rows: dated } = await owner.query(`SELECT eh_london_date($1::timestamptz)::text AS d`, [world.instant.toISOString()]);
    expect(dated[0].d).toBe(today);

    const ids = await store(world, today);
    const { rows } = await owner.query(
      `SELECT u.id AS user_id, c.id AS case_id, eh_case_visible_to(c.id, u.id, u.agency_id, u.role, $1) AS visible
         FROM app_user u CROSS JOIN early_help_case c WHERE u.id = ANY($2::uuid[])`,
      [today, users.map((u) => u.userId)],
    );
    const sql = new Map(rows.map((r) => [`${r.user_id}/${r.case_id}`, r.visible as boolean]));
    for (const actor of users) {
      const shouldSee = ids.filter((id, i) => expected(world, today, actor, world.cases[i])).sort();
      const asked = ids.filter((id) => sql.get(`${actor.userId}/${id}`)).sort();
      const label = { actor: { role: actor.role, agency: AGENCIES[agencyIds.indexOf(actor.agencyId)] }, today };
      expect({ ...label, visible: asked }).toEqual({ ...label, visible: shouldSee });
      const wall = await throughRowLevelSecurity(actor, today);
      expect({ ...label, rowLevelSecurity: wall.cases }).toEqual({ ...label, rowLevelSecurity: shouldSee });
      expect({ ...label, ruleSetUnderRls: wall.ruleSet }).toEqual({ ...label, ruleSetUnderRls: shouldSee });
      // Case data follows its case: consents and named professionals of visible cases only.
      const withConsent = shouldSee.filter((id) => world.cases[ids.indexOf(id)].consents.length > 0);
      const withNamed = shouldSee.filter((id) => world.cases[ids.indexOf(id)].named.length > 0);
      expect({ ...label, consentRows: [...wall.consentCases].sort() }).toEqual({ ...label, consentRows: withConsent });
      expect({ ...label, namedRows: [...wall.namedCases].sort() }).toEqual({ ...label, namedRows: withNamed });
    }
  }

  // Instants chosen where dates are easy to get wrong, and any instant around the year.
  const awkwardInstants = [
    '2026-06-14T23:30:00Z', // 00:30 on 15 June in London (BST): the UTC date is still the 14th
    '2026-06-14T22:59:59Z', // 23:59:59 on the 14th in London
    '2026-06-14T23:00:00Z', // midnight in London
    '2026-11-17T23:59:59Z', // winter: London is UTC
    '2026-11-18T00:00:00Z',
    '2026-11-18T00:30:00Z',
    '2026-03-29T00:30:00Z', // the night the clocks go forward
    '2026-10-24T23:30:00Z', // 00:30 BST on the night the clocks go back
  ].map((s) => new Date(s));
  const instant = fc.oneof(
    fc.constantFrom(...awkwardInstants),
    fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true }),
  );
  const userIndex = fc.integer({ min: 0, max: AGENCIES.length * ROLES.length - 1 });
  const agencyIndex = fc.integer({ min: 0, max: AGENCIES.length - 1 });
  const day = fc.integer({ min: -2, max: 2 });
  const caseSpec: fc.Arbitrary<CaseSpec> = fc.record({
    level: fc.constantFrom(
      LevelOfNeed.Universal,
      LevelOfNeed.PartnerLedEarlyHelp,
      LevelOfNeed.FamilyCasework,
      LevelOfNeed.ChildrensSocialCare,
    ),
    lead: agencyIndex,
    named: fc.uniqueArray(fc.record({ user: userIndex, onConsent: fc.boolean() }), { selector: (n) => n.user, maxLength: 3 }),
    consents: fc.array(
      fc.record({
        agencies: fc.uniqueArray(agencyIndex, { minLength: 1, maxLength: 3 }),
        given: day,
        withdrawn: fc.option(day, { nil: null }),
      }),
      { maxLength: 3 },
    ),
  });
  const world: fc.Arbitrary<World> = fc.record({ instant, cases: fc.array(caseSpec, { minLength: 1, maxLength: MAX_CASES }) });

  it('agrees with canViewCase for every actor and case, asked directly and through row-level security', async () => {
    await fc.assert(fc.asyncProperty(world, check), { numRuns: 100 });
  }, 120_000);

  // Written out: the examples that went wrong before there was one rule.
  const school = () => users.find((u) => u.agencyId === agencyIds[1] && u.role === Role.PRACTITIONER)!;
  const health = () => users.find((u) => u.agencyId === agencyIds[2] && u.role === Role.PRACTITIONER)!;

  it('counts a consent given "today" at 00:30 in British Summer Time, when the UTC date is still yesterday', async () => {
    const w: World = {
      instant: new Date('2026-06-14T23:30:00Z'),
      cases: [{ level: LevelOfNeed.PartnerLedEarlyHelp, lead: 1, named: [], consents: [{ agencies: [2], given: 0, withdrawn: null }] }],
    };
    await check(w);
    const [caseId] = (await owner.query(`SELECT id FROM early_help_case`)).rows.map((r) => r.id);
    const ask = async (date: string) =>
      (
        await owner.query(`SELECT eh_case_visible_to($1, $2, $3, $4, $5) AS v`, [
          caseId,
          health().userId,
          health().agencyId,
          Role.PRACTITIONER,
          date,
        ])
      ).rows[0].v;
    expect(await ask('2026-06-15')).toBe(true); // the London date
    expect(await ask('2026-06-14')).toBe(false); // the UTC date, which the worker used to use
  });

  it('ends a consent on the day it is withdrawn, and does not start one before the day it is given', async () => {
    await check({
      instant: new Date('2026-11-18T10:00:00Z'),
      cases: [
        { level: LevelOfNeed.PartnerLedEarlyHelp, lead: 1, named: [], consents: [{ agencies: [2], given: -2, withdrawn: 0 }] },
        { level: LevelOfNeed.PartnerLedEarlyHelp, lead: 1, named: [], consents: [{ agencies: [2], given: 1, withdrawn: null }] },
      ],
    });
    const wall = await throughRowLevelSecurity(health(), '2026-11-18');
    expect(wall.cases).toEqual([]);
    expect((await throughRowLevelSecurity(school(), '2026-11-18')).cases).toHaveLength(2);
  });

  it('shows the council’s team the council’s early help (levels 2 and 3) only, never a level 4 case it is named on', async () => {
    await check({
      instant: new Date('2026-11-18T10:00:00Z'),
      cases: [
        {
          level: LevelOfNeed.ChildrensSocialCare,
          lead: 0,
          named: [
            { user: 0, onConsent: false },
            { user: 1, onConsent: false },
          ],
          consents: [{ agencies: [0], given: -1, withdrawn: null }],
        },
        { level: LevelOfNeed.PartnerLedEarlyHelp, lead: 1, named: [], consents: [] },
        { level: LevelOfNeed.FamilyCasework, lead: 1, named: [], consents: [] },
      ],
    });
    const fpt = users.find((u) => u.role === Role.FPT_MANAGER && u.agencyId === agencyIds[0])!;
    expect(await throughRowLevelSecurity(fpt, '2026-11-18')).toMatchObject({
      cases: [expect.any(String), expect.any(String)],
      consentCases: [],
      namedCases: [],
    });
  });

  it('ends a consent-based member’s access with the consent, but not a member named on a lawful basis', async () => {
    const hv = users.indexOf(health());
    const police = users.findIndex((u) => u.agencyId === agencyIds[3] && u.role === Role.PRACTITIONER);
    const team = (withdrawn: number | null): World => ({
      instant: new Date('2026-11-18T10:00:00Z'),
      cases: [
        {
          level: LevelOfNeed.PartnerLedEarlyHelp,
          lead: 1,
          named: [
            { user: hv, onConsent: true },
            { user: police, onConsent: false },
          ],
          consents: [{ agencies: [2], given: -2, withdrawn }],
        },
      ],
    });
    await check(team(null));
    expect((await throughRowLevelSecurity(health(), '2026-11-18')).cases).toHaveLength(1);
    await check(team(0));
    expect(await throughRowLevelSecurity(health(), '2026-11-18')).toMatchObject({ cases: [], namedCases: [] });
    expect((await throughRowLevelSecurity(users[police], '2026-11-18')).cases).toHaveLength(1);
  });
});
