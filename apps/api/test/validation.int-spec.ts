import { startTestPortal, TestPortal, Session } from './test-app';

const RECORD = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`;

function validReferral(overrides: Record<string, unknown> = {}) {
  return {
    addressLine1: '2 Valid Road',
    town: 'Northfield',
    postcode: 'NF2 2BB',
    members: [{ firstName: 'Val', lastName: 'Idate', dateOfBirth: '2015-03-03', role: 'CHILD', relationship: 'Son' }],
    selfReferral: true,
    referrerName: 'Parent',
    concerns: 'Synthetic concerns.',
    consentGiven: true,
    ...overrides,
  };
}

describe('bad input is refused by field, and nothing is written', () => {
  let portal: TestPortal;
  let frontDoor: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    frontDoor = await portal.signIn('frontDoor');
  });
  afterAll(() => portal.close());

  async function rowCounts(): Promise<number[]> {
    const [row] = await portal.db.query(
      `SELECT (SELECT count(*) FROM family)::int AS f, (SELECT count(*) FROM person)::int AS p,
              (SELECT count(*) FROM referral)::int AS r, (SELECT count(*) FROM early_help_case)::int AS c`,
    );
    return [row.f, row.p, row.r, row.c];
  }

  const cases: [string, Record<string, unknown>, string, string][] = [
    [
      'a date of birth in the future',
      { members: [{ firstName: 'A', lastName: 'B', dateOfBirth: '2027-01-01', role: 'CHILD', relationship: 'Son' }] },
      'members.0.dateOfBirth',
      'Date of birth must be today or in the past',
    ],
    [
      'a date that does not exist',
      { members: [{ firstName: 'A', lastName: 'B', dateOfBirth: '2015-02-30', role: 'CHILD', relationship: 'Son' }] },
      'members.0.dateOfBirth',
      'Date of birth must be a real date',
    ],
    [
      'a malformed date',
      { members: [{ firstName: 'A', lastName: 'B', dateOfBirth: '3/3/2015', role: 'CHILD', relationship: 'Son' }] },
      'members.0.dateOfBirth',
      'Date of birth must be a real date',
    ],
    [
      'a missing first name',
      { members: [{ firstName: '', lastName: 'B', dateOfBirth: '2015-01-01', role: 'CHILD', relationship: 'Son' }] },
      'members.0.firstName',
      'Enter the first name',
    ],
    [
      'no children in the family',
      { members: [{ firstName: 'A', lastName: 'B', dateOfBirth: '1980-01-01', role: 'ADULT', relationship: 'Father' }] },
      'members',
      'Add at least one child: early help is for families with children',
    ],
    [
      'an unknown agency',
      { selfReferral: false, referrerAgencyId: '00000000-0000-4000-8000-000000000000' },
      'referrerAgencyId',
      'Choose a referring agency from the list',
    ],
    [
      'an agency id that is not an id',
      { selfReferral: false, referrerAgencyId: 'police' },
      'referrerAgencyId',
      'Choose the referring agency',
    ],
    [
      'no agency and not a self-referral',
      { selfReferral: false },
      'referrerAgencyId',
      'Choose the referring agency, or mark it as a self-referral',
    ],
    [
      'no consent and no explanation',
      { consentGiven: false },
      'consentNote',
      'Explain why the referral was made without the family’s consent',
    ],
    ['oversized concerns', { concerns: 'x'.repeat(10001) }, 'concerns', 'Concerns must be 10,000 characters or fewer'],
    ['a postcode that is not one', { postcode: 'NOT A CODE' }, 'postcode', 'Enter a real postcode, like TS1 2AB'],
  ];

  it.each(cases)('refuses %s', async (_label, overrides, field, message) => {
    const before = await rowCounts();
    const result = await frontDoor.gql(RECORD, { input: validReferral(overrides) });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toContainEqual({ field, message });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an unknown field outright', async () => {
    const result = await frontDoor.gql(RECORD, { input: { ...validReferral(), nickname: 'x' } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('nickname');
  });

  it('refuses a lead practitioner from a different agency than the one chosen', async () => {
    const before = await rowCounts();
    const result = await frontDoor.gql(`mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`, {
      input: {
        referralId: portal.ids.referrals.ward,
        version: 1,
        decision: 'LEVEL_2_PARTNER_LED',
        reason: 'Needs early help.',
        leadAgencyId: portal.ids.agencies.oakwood,
        leadPractitionerId: portal.ids.users.police,
      },
    });
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'leadPractitionerId', message: 'The lead practitioner must work for the lead agency' },
    ]);
    expect(await rowCounts()).toEqual(before);
    const [row] = await portal.db.query('SELECT status, version FROM referral WHERE id = $1', [portal.ids.referrals.ward]);
    expect(row).toEqual({ status: 'AWAITING_TRIAGE', version: 1 });
  });

  it('refuses a triage decision with no reason', async () => {
    const result = await frontDoor.gql(`mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`, {
      input: { referralId: portal.ids.referrals.ward, version: 1, decision: 'NO_FURTHER_ACTION', reason: '  ' },
    });
    expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'reason', message: 'Enter the reason for the decision' }]);
  });

  it('refuses a first contact dated before the case was allocated', async () => {
    const school = await portal.signIn('schoolPractitioner');
    const result = await school.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { id } }`, {
      input: { caseId: portal.ids.cases.brook, version: 1, outcome: 'CONTACTED', contactedOn: '2020-01-01' },
    });
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'contactedOn', message: 'Date of contact must be on or after the date the case was allocated' },
    ]);
  });

  it('offers existing records of the same people before a duplicate family is made', async () => {
    const result = await frontDoor.gql<{ possibleFamilyMatches: { reference: string; matchedPeople: { firstName: string }[] }[] }>(
      `{ possibleFamilyMatches(people: [{ firstName: " mia ", lastName: "BROOK", dateOfBirth: "2017-06-02" },
                                        { firstName: "Nobody", lastName: "Known", dateOfBirth: "2010-01-01" }]) {
          reference matchedPeople { firstName } } }`,
    );
    expect(result.data!.possibleFamilyMatches).toEqual([
      { reference: expect.stringMatching(/^EH-/), matchedPeople: [{ firstName: 'Mia' }] },
    ]);
  });

  it('adds a referral to an existing family without duplicating its people', async () => {
    const [brook] = await portal.db.query(`SELECT family_id FROM early_help_case WHERE id = $1`, [portal.ids.cases.brook]);
    const before = await portal.db.query('SELECT count(*)::int AS n FROM person WHERE family_id = $1', [brook.family_id]);
    const result = await frontDoor.gql<{ recordReferral: { id: string } }>(RECORD, {
      input: validReferral({
        existingFamilyId: brook.family_id,
        members: [
          { firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02', role: 'CHILD', relationship: 'Daughter' },
          { firstName: 'Nova', lastName: 'Brook', dateOfBirth: '2026-01-10', role: 'CHILD', relationship: 'Daughter' },
        ],
      }),
    });
    expect(result.errors).toBeUndefined();
    const after = await portal.db.query('SELECT count(*)::int AS n FROM person WHERE family_id = $1', [brook.family_id]);
    expect(after[0].n).toBe(before[0].n + 1);
  });
});

describe('bad query arguments are refused by field, never as a server error', () => {
  let portal: TestPortal;
  let manager: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    manager = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  const refusal = (field: string, message: string) => ({
    data: null,
    errors: [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } })],
  });

  it.each([['not-a-uuid'], ["' OR 1=1 --"], [12345], ['']])('refuses practitioners(agencyId: %j)', async (agencyId) => {
    const result = await manager.gql('query($a: ID!) { practitioners(agencyId: $a) { id } }', { a: agencyId });
    expect(result).toEqual(refusal('agencyId', 'agencyId is not a valid id'));
  });

  it('refuses an integer written into the query as the agency id', async () => {
    expect(await manager.gql('{ practitioners(agencyId: 12345) { id } }')).toEqual(refusal('agencyId', 'agencyId is not a valid id'));
  });

  it.each([
    ['agencyId', 'Choose an agency from the list'],
    ['localityId', 'Choose a locality from the list'],
  ])('refuses driftingCases whose filter.%s is not an id', async (field, message) => {
    const result = await manager.gql(`{ driftingCases(filter: { ${field}: "not-a-uuid" }) { asOf } }`);
    expect(result).toEqual(refusal(`filter.${field}`, message));
  });

  it('refuses possibleFamilyMatches with a date of birth that does not exist', async () => {
    const result = await manager.gql(
      '{ possibleFamilyMatches(people: [{ firstName: "A", lastName: "B", dateOfBirth: "2026-02-30" }]) { reference } }',
    );
    expect(result).toEqual(refusal('people.0.dateOfBirth', 'Date of birth must be a real date'));
  });
});
