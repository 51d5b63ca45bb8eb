import { DemoUserKey } from '../src/database/seed-data';
import { session, startTestPortal, TestPortal } from './test-app';

// Every seeded user against every seeded case, through the real GraphQL API. The expectation is
// written out by hand from the practice model, not computed from the policy under test.
const CASES = ['brook', 'hartley', 'nowak', 'adeyemi'] as const;
type CaseKey = (typeof CASES)[number];

const MAY_SEE: Record<DemoUserKey, readonly CaseKey[]> = {
  frontDoor: ['brook', 'hartley', 'nowak', 'adeyemi'], // FPT see every partner-led case
  fptManager: ['brook', 'hartley', 'nowak', 'adeyemi'],
  schoolPractitioner: ['brook'], // Oakwood leads Brook
  schoolDsl: ['adeyemi'], // Riverside leads Adeyemi
  police: ['hartley'], // named professional on Hartley, led by Harbour
  healthVisitor: [], // referred Nowak but holds no case
  harbour: ['hartley'],
  cgl: ['nowak'],
  caseworker: [], // Family Casework holds none of these level 2 cases
};

const USERS = Object.keys(MAY_SEE) as DemoUserKey[];

describe('access to cases, user by case', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  const rows = USERS.flatMap((user) => CASES.map((caseKey) => [user, caseKey, MAY_SEE[user].includes(caseKey)] as const));

  it.each(rows)('%s reading case %s: allowed %s', async (user, caseKey, allowed) => {
    const session = await portal.signIn(user);
    const result = await session.gql<{ case: { reference: string } }>('query($id: ID!) { case(id: $id) { reference familyName } }', {
      id: portal.ids.cases[caseKey],
    });
    if (allowed) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.case.reference).toMatch(/^C-\d+$/);
    } else {
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([expect.objectContaining({ message: 'Not found', extensions: { code: 'NOT_FOUND' } })]);
    }
  });

  it.each(USERS)('%s sees exactly their cases in the caseload', async (user) => {
    const session = await portal.signIn(user);
    const result = await session.gql<{ caseload: { id: string }[] }>('{ caseload { id } }');
    const expected = MAY_SEE[user].map((key) => portal.ids.cases[key]).sort();
    expect(result.data!.caseload.map((c) => c.id).sort()).toEqual(expected);
  });

  it('answers a refused case exactly as it answers one that does not exist', async () => {
    const cgl = await portal.signIn('cgl');
    const refused = await cgl.gql('query($id: ID!) { case(id: $id) { id } }', { id: portal.ids.cases.brook });
    const missing = await cgl.gql('query($id: ID!) { case(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(refused).toEqual(missing);
  });

  it('refuses everything but sign-in to someone signed out', async () => {
    const anonymous = await session(portal.url, undefined).gql('{ caseload { id } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });

  it('keeps partners away from front-door work', async () => {
    const school = await portal.signIn('schoolPractitioner');
    const search = await school.gql(
      '{ possibleFamilyMatches(people: [{ firstName: "Mia", lastName: "Brook", dateOfBirth: "2017-06-02" }]) { familyId } }',
    );
    expect(search.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const triage = await school.gql('mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }', {
      input: { referralId: portal.ids.referrals.ward, version: 1, decision: 'NO_FURTHER_ACTION', reason: 'x' },
    });
    expect(triage.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await portal.db.query('SELECT status FROM referral WHERE id = $1', [portal.ids.referrals.ward]);
    expect(row.status).toBe('AWAITING_TRIAGE');
  });

  it('shows a partner the referrals their agency made, and no others', async () => {
    const health = await portal.signIn('healthVisitor');
    const result = await health.gql<{ referrals: { id: string }[] }>('{ referrals { id referrerAgency { name } } }');
    expect(result.data!.referrals.map((r) => r.id).sort()).toEqual([portal.ids.referrals.nowak, portal.ids.referrals.price].sort());
    const other = await health.gql('query($id: ID!) { referral(id: $id) { id } }', { id: portal.ids.referrals.brook });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
