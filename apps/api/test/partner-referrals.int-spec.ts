import { JobName } from '@eh/notifications';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { startTestPortal, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();

const MAKE = `mutation($input: MakeReferralInput!) {
  makeReferral(input: $input) { id reference version status madeByPartner referrerName referrerAgency { name }
    consentGiven consentOn safeguardingBasis consentNote concerns familyWords
    familyOpenCases { id } knownFamilyMatches { familyId } }
}`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { id status madeByPartner familyWords decision decisionReason
  familyOpenCases { id reference } knownFamilyMatches { familyId reference } family { id } } }`;
const MINE = `{ myReferrals { id reference status decision decisionReason decidedAt receivedAt } }`;
const ADD = `mutation($input: AddReferralToCaseInput!) { addReferralToCase(input: $input) { id status addedToCaseId } }`;

// A child the demo council already knows: Mia Brook, on Oakwood's open case.
function partnerReferral(overrides: Record<string, unknown> = {}) {
  return {
    addressLine1: '12 Alder Close',
    town: 'Northfield',
    postcode: 'nf1 4qt',
    members: [
      { firstName: 'Leah', lastName: 'Brook', dateOfBirth: '1991-03-14', role: 'ADULT', relationship: 'Mother' },
      { firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02', role: 'CHILD', relationship: 'Daughter' },
    ],
    concerns: 'Mia started at Riverside this term and is often hungry and tired.',
    familyWords: 'Mum says: "mornings are a battle and I am on my own with them".',
    consentGiven: true,
    consentOn: '2026-11-17',
    ...overrides,
  };
}

describe('partners refer in the portal', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  async function referralCount(): Promise<number> {
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM referral`);
    return n;
  }

  it('a DSL refers; the front door sees it to triage with the known family it matches; the DSL learns nothing of that family', async () => {
    const dsl = await portal.signIn('schoolDsl');
    const made = await dsl.gql<{ makeReferral: Record<string, unknown> & { id: string; reference: string } }>(MAKE, {
      input: partnerReferral(),
    });
    expect(code(made)).toBe('OK');
    expect(made.data!.makeReferral).toMatchObject({
      status: 'AWAITING_TRIAGE',
      madeByPartner: true,
      referrerName: 'Jo Patel',
      referrerAgency: { name: 'Riverside Academy' },
      consentGiven: true,
      consentOn: '2026-11-17',
      safeguardingBasis: false,
      familyWords: 'Mum says: "mornings are a battle and I am on my own with them".',
      familyOpenCases: [],
      knownFamilyMatches: [],
    });
    const id = made.data!.makeReferral.id;

    // The partner's own view: no open case and no match with the family Oakwood works with.
    const asDsl = await dsl.gql<{ referral: { familyOpenCases: unknown[]; knownFamilyMatches: unknown[] } }>(REFERRAL, { id });
    expect(asDsl.data!.referral).toMatchObject({ familyOpenCases: [], knownFamilyMatches: [] });
    expect(
      code(
        await dsl.gql(
          `{ possibleFamilyMatches(people: [{ firstName: "Mia", lastName: "Brook", dateOfBirth: "2017-06-02" }]) { familyId } }`,
        ),
      ),
    ).not.toBe('OK');
    // Nor can the partner read the family's case through the referral.
    expect(code(await dsl.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: portal.ids.cases.brook }))).toBe('NOT_FOUND');

    const frontDoor = await portal.signIn('frontDoor');
    const queue = await frontDoor.gql<{ referrals: { id: string }[] }>(`{ referrals(status: AWAITING_TRIAGE) { id } }`);
    expect(queue.data!.referrals.map((r) => r.id)).toContain(id);
    const seen = await frontDoor.gql<{
      referral: { version: number; family: { id: string }; familyOpenCases: { id: string }[]; knownFamilyMatches: { familyId: string }[] };
    }>(REFERRAL, { id });
    const brookFamily: { family_id: string }[] = await portal.db.query(`SELECT family_id FROM early_help_case WHERE id = $1`, [
      portal.ids.cases.brook,
    ]);
    expect(seen.data!.referral.knownFamilyMatches.map((m) => m.familyId)).toEqual([brookFamily[0].family_id]);
    expect(seen.data!.referral.familyOpenCases.map((c) => c.id)).toContain(portal.ids.cases.brook);

    // One family, one plan: the front door adds it to the known family's open case.
    const [{ version }] = await portal.db.query(`SELECT version FROM referral WHERE id = $1`, [id]);
    const added = await frontDoor.gql<{ addReferralToCase: { status: string; addedToCaseId: string } }>(ADD, {
      input: { referralId: id, version, caseId: portal.ids.cases.brook, note: 'Known to Oakwood: added to their case' },
    });
    expect(code(added)).toBe('OK');
    expect(added.data!.addReferralToCase).toMatchObject({ status: 'DECIDED', addedToCaseId: portal.ids.cases.brook });

    // The referrer sees the progress and the decision with its reason.
    const mine = await dsl.gql<{ myReferrals: { id: string; status: string; decision: string; decisionReason: string }[] }>(MINE);
    expect(mine.data!.myReferrals.find((r) => r.id === id)).toMatchObject({
      status: 'DECIDED',
      decision: 'LEVEL_2_PARTNER_LED',
      decisionReason: 'Known to Oakwood: added to their case',
    });

    // Told as the maker (in-app; email by preference), once, not also as the agency.
    await workerJobHandlers(portal.workerDb)[JobName.ReferralDecided]({ referralId: id, decidedBy: portal.ids.users.frontDoor });
    const told: { kind: string }[] = await portal.db.query(`SELECT kind FROM notification WHERE user_id = $1 AND entity_id = $2`, [
      portal.ids.users.schoolDsl,
      id,
    ]);
    expect(told.map((n) => n.kind)).toEqual(['MY_REFERRAL_DECIDED']);
    const inbox = await dsl.gql<{ inbox: { notifications: { kind: string; text: string; link: string }[] } }>(
      `{ inbox { notifications { kind text link } } }`,
    );
    const reference = made.data!.makeReferral.reference;
    expect(inbox.data!.inbox.notifications.find((n) => n.kind === 'MY_REFERRAL_DECIDED')).toEqual({
      kind: 'MY_REFERRAL_DECIDED',
      text: `The front door has decided on your referral ${reference}`,
      link: `/referrals/${id}`,
    });
  });

  it('refuses a referral without the family’s agreement unless on a safeguarding basis with its reason, and writes nothing', async () => {
    const police = await portal.signIn('police');
    const before = await referralCount();
    const refused = await police.gql(MAKE, { input: partnerReferral({ consentGiven: false, consentOn: null }) });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(fields(refused)).toEqual(['consentNote', 'safeguardingBasis']);
    const future = await police.gql(MAKE, { input: partnerReferral({ consentOn: '2026-11-19' }) });
    expect(fields(future)).toEqual(['consentOn']);
    const noChild = await police.gql(MAKE, {
      input: partnerReferral({
        members: [{ firstName: 'Al', lastName: 'Stone', dateOfBirth: '1980-01-01', role: 'ADULT', relationship: 'Father' }],
      }),
    });
    expect(fields(noChild)).toEqual(['members']);
    expect(await referralCount()).toBe(before);

    const safeguarding = await police.gql<{ makeReferral: { safeguardingBasis: boolean; consentOn: string | null; consentNote: string } }>(
      MAKE,
      {
        input: partnerReferral({
          consentGiven: false,
          consentOn: null,
          safeguardingBasis: true,
          consentNote: 'Asking the father first may put the children at risk.',
        }),
      },
    );
    expect(code(safeguarding)).toBe('OK');
    expect(safeguarding.data!.makeReferral).toMatchObject({
      safeguardingBasis: true,
      consentOn: null,
      consentNote: 'Asking the father first may put the children at risk.',
    });
    expect(await referralCount()).toBe(before + 1);
  });

  it('the front door records referrals instead of making them; another partner never sees a partner’s referral', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    expect(code(await frontDoor.gql(MAKE, { input: partnerReferral() }))).toBe('FORBIDDEN');

    const health = await portal.signIn('healthVisitor');
    const made = await health.gql<{ makeReferral: { id: string } }>(MAKE, {
      input: partnerReferral({
        members: [{ firstName: 'Nova', lastName: 'Reed', dateOfBirth: '2025-01-01', role: 'CHILD', relationship: 'Son' }],
      }),
    });
    expect(code(made)).toBe('OK');
    const id = made.data!.makeReferral.id;
    const harbour = await portal.signIn('harbour');
    expect(code(await harbour.gql(REFERRAL, { id }))).toBe('NOT_FOUND');
    const theirs = await harbour.gql<{ myReferrals: { id: string }[] }>(MINE);
    expect(theirs.data!.myReferrals.map((r) => r.id)).not.toContain(id);
    const own = await health.gql<{ myReferrals: { id: string }[] }>(MINE);
    expect(own.data!.myReferrals.map((r) => r.id)).toEqual([id]);
  });
});
