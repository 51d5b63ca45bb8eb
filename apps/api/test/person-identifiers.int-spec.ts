import { nhsNumberCheckDigit, upnCheckLetter } from '@eh/domain';
import { GraphqlResult, Session, startTestPortal, TestPortal } from './test-app';

// Identifiers on each person (issue 14, part 4), on real PostgreSQL: refused by field with
// nothing written, stored normalised, one NHS number or UPN per person in the council, changed on
// the family record by the front door only (conflict-safe, audited), and the duplicate check at
// referral matching an identifier before names and dates of birth.

const RECORD = `mutation($input: RecordReferralInput!) {
  recordReferral(input: $input) { id family { id reference members { id firstName nhsNumber uniquePupilNumber councilPersonNumber consistentChildIdentifier version } } }
}`;
const UPDATE = `mutation($input: UpdatePersonIdentifiersInput!) {
  updatePersonIdentifiers(input: $input) { id version nhsNumber uniquePupilNumber councilPersonNumber consistentChildIdentifier }
}`;
const MATCHES = `query($people: [PersonLookupInput!]!) {
  possibleFamilyMatches(people: $people) { familyId reference matches { reason person { firstName } } }
}`;

interface Recorded {
  recordReferral: {
    id: string;
    family: { id: string; reference: string; members: { id: string; firstName: string; nhsNumber: string | null; version: number }[] };
  };
}

// Valid identifiers made with the check rules (whose own worked examples are in
// libs/domain/src/identifiers/person-identifiers.spec.ts): a different one for each `n`.
// (Of eleven nine-digit starts in a row at most one has no check digit, so ten are enough.)
const nhs = (n: number): string => {
  for (let k = n * 10; ; k++) {
    const nine = `998${String(k).padStart(6, '0')}`;
    const check = nhsNumberCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
};
const upn = (n: number): string => {
  const rest = `998${String(n).padStart(9, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
};

let serial = 500;
function child(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return { firstName: `Kit${serial}`, lastName: 'Ident', dateOfBirth: '2016-04-04', role: 'CHILD', relationship: 'Son', ...overrides };
}

function referral(members: Record<string, unknown>[], overrides: Record<string, unknown> = {}) {
  return {
    addressLine1: '9 Ledger Lane',
    town: 'Northfield',
    postcode: 'NF2 9ZZ',
    members,
    selfReferral: true,
    referrerName: 'Parent',
    concerns: 'Synthetic concerns.',
    consentGiven: true,
    ...overrides,
  };
}

const code = (r: GraphqlResult<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: GraphqlResult<unknown>) => r.errors?.[0]?.extensions?.fields ?? [];

describe('identifiers on each person', () => {
  let portal: TestPortal;
  let frontDoor: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    frontDoor = await portal.signIn('frontDoor');
  });
  afterAll(() => portal.close());

  async function counts(): Promise<number[]> {
    const [row] = await portal.db.query(
      `SELECT (SELECT count(*) FROM family)::int AS f, (SELECT count(*) FROM person)::int AS p, (SELECT count(*) FROM referral)::int AS r,
              (SELECT count(*) FROM person WHERE nhs_number IS NOT NULL OR unique_pupil_number IS NOT NULL OR council_person_number IS NOT NULL)::int AS i`,
    );
    return [row.f, row.p, row.r, row.i];
  }

  async function recorded(members: Record<string, unknown>[]): Promise<Recorded['recordReferral']> {
    const result = await frontDoor.gql<Recorded>(RECORD, { input: referral(members) });
    expect(code(result)).toBe('OK');
    return result.data!.recordReferral;
  }

  const refusals: [string, string, string][] = [
    ['nhsNumber', '9434765918', 'NHS number is not valid: check it and enter it again'],
    ['nhsNumber', '943476591', 'NHS number must be 10 digits, like 943 476 5919'],
    ['nhsNumber', '94347659ab', 'NHS number must be 10 digits, like 943 476 5919'],
    ['uniquePupilNumber', 'W801200115001', 'Unique pupil number is not valid: check it and enter it again'],
    ['uniquePupilNumber', 'V80120011500', 'Unique pupil number must be 13 characters: a letter, 11 numbers, then a number or a letter'],
    ['councilPersonNumber', 'NF_123', 'Council person number can only include letters, numbers, hyphens and slashes'],
    ['councilPersonNumber', 'N'.repeat(21), 'Council person number must be 20 characters or fewer'],
    ['consistentChildIdentifier', 'x'.repeat(65), 'Consistent child identifier must be 64 characters or fewer'],
    ['nhsNumber', '9'.repeat(101), 'NHS number must be 100 characters or fewer'],
  ];

  it.each(refusals)('refuses a referral with a bad %s (%s), naming the field; nothing is written', async (field, value, message) => {
    const before = await counts();
    const result = await frontDoor.gql(RECORD, { input: referral([child(), child({ [field]: value })]) });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(fields(result)).toEqual([{ field: `members.1.${field}`, message }]);
    expect(await counts()).toEqual(before);
  });

  it.each(refusals)('refuses a bad %s (%s) on the family record, naming the field; nothing is changed', async (field, value, message) => {
    const { members } = (await recorded([child()])).family;
    const result = await frontDoor.gql(UPDATE, { input: { personId: members[0].id, version: members[0].version, [field]: value } });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(fields(result)).toEqual([{ field, message }]);
    const [row] = await portal.db.query(
      `SELECT version, nhs_number, unique_pupil_number, council_person_number, consistent_child_identifier FROM person WHERE id = $1`,
      [members[0].id],
    );
    expect(row).toEqual({
      version: members[0].version,
      nhs_number: null,
      unique_pupil_number: null,
      council_person_number: null,
      consistent_child_identifier: null,
    });
  });

  it('stores identifiers normalised, without spaces and in capitals, and shows them on the family record', async () => {
    const { family } = await recorded([
      child({
        nhsNumber: ' 943 476 5919 ',
        uniquePupilNumber: 'v801 2001 15001',
        councilPersonNumber: 'nf-12 34',
        consistentChildIdentifier: ' CCI 1 ',
      }),
    ]);
    expect(family.members[0]).toMatchObject({
      nhsNumber: '9434765919',
      uniquePupilNumber: 'V801200115001',
      councilPersonNumber: 'NF-1234',
      consistentChildIdentifier: 'CCI1',
    });
    const [row] = await portal.db.query(
      `SELECT nhs_number, unique_pupil_number, council_person_number, consistent_child_identifier FROM person WHERE id = $1`,
      [family.members[0].id],
    );
    expect(row).toEqual({
      nhs_number: '9434765919',
      unique_pupil_number: 'V801200115001',
      council_person_number: 'NF-1234',
      consistent_child_identifier: 'CCI1',
    });
  });

  it('lets an NHS number or a UPN belong to one person only, naming the field and the family that holds it', async () => {
    const first = await recorded([child({ nhsNumber: nhs(2000), uniquePupilNumber: upn(2000) })]);
    const before = await counts();
    const again = await frontDoor.gql(RECORD, { input: referral([child({ nhsNumber: nhs(2000).replace(/(\d{3})(\d{3})/, '$1 $2 ') })]) });
    expect(code(again)).toBe('BAD_USER_INPUT');
    expect(fields(again)).toEqual([
      { field: 'members.0.nhsNumber', message: `This NHS number is already recorded for a person in family ${first.family.reference}` },
    ]);
    const twice = await frontDoor.gql(RECORD, {
      input: referral([child({ uniquePupilNumber: upn(2001) }), child({ uniquePupilNumber: upn(2001) })]),
    });
    expect(fields(twice)).toEqual([
      { field: 'members.1.uniquePupilNumber', message: 'This unique pupil number is given for another person in this referral' },
    ]);
    expect(await counts()).toEqual(before);

    const other = (await recorded([child()])).family.members[0];
    const taken = await frontDoor.gql(UPDATE, { input: { personId: other.id, version: other.version, uniquePupilNumber: upn(2000) } });
    expect(fields(taken)).toEqual([
      {
        field: 'uniquePupilNumber',
        message: `This unique pupil number is already recorded for a person in family ${first.family.reference}`,
      },
    ]);
    // The database holds the rule too, whatever writes.
    await expect(portal.db.query(`UPDATE person SET nhs_number = $1 WHERE id = $2`, [nhs(2000), other.id])).rejects.toThrow(
      /person_nhs_number_key/,
    );
    // Many people may have none.
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM person WHERE nhs_number IS NULL`);
    expect(n).toBeGreaterThan(1);
  });

  it('five referrals with the same NHS number at once: one is recorded, the others are refused naming the field', async () => {
    // Sent at once, none sees another's uncommitted person when it looks: the unique index refuses.
    const before = await counts();
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(() => frontDoor.gql(RECORD, { input: referral([child({ nhsNumber: nhs(2500) })]) })),
    );
    expect(results.map(code).sort()).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'OK']);
    for (const refused of results.filter((r) => code(r) !== 'OK')) {
      expect(fields(refused).map((f) => f.field)).toEqual(['members.0.nhsNumber']);
    }
    const after = await counts();
    expect(after[2] - before[2]).toBe(1);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM person WHERE nhs_number = $1`, [nhs(2500)]);
    expect(n).toBe(1);
  });

  it('the front door changes identifiers on the family record: conflict-safe, clearing what is left out, audited without the values', async () => {
    const person = (await recorded([child({ councilPersonNumber: 'NF-77' })])).family.members[0];
    const changed = await frontDoor.gql<{ updatePersonIdentifiers: Record<string, unknown> }>(UPDATE, {
      input: { personId: person.id, version: person.version, nhsNumber: nhs(3000), uniquePupilNumber: upn(3000) },
    });
    expect(code(changed)).toBe('OK');
    expect(changed.data!.updatePersonIdentifiers).toEqual({
      id: person.id,
      version: person.version + 1,
      nhsNumber: nhs(3000),
      uniquePupilNumber: upn(3000),
      councilPersonNumber: null,
      consistentChildIdentifier: null,
    });
    // Someone who opened the record before that change is told, and nothing changes.
    const stale = await frontDoor.gql(UPDATE, { input: { personId: person.id, version: person.version, nhsNumber: nhs(3001) } });
    expect(code(stale)).toBe('CONFLICT');
    const [row] = await portal.db.query(`SELECT nhs_number, version FROM person WHERE id = $1`, [person.id]);
    expect(row).toEqual({ nhs_number: nhs(3000), version: person.version + 1 });

    const audit = await portal.db.query(
      `SELECT action, entity_type, entity_id, outcome, row_to_json(a)::text AS whole FROM audit_event a WHERE entity_id = $1`,
      [person.id],
    );
    expect(audit.map((a: { action: string; outcome: string }) => [a.action, a.outcome])).toEqual([
      ['UPDATE_PERSON_IDENTIFIERS', 'ALLOWED'],
      ['UPDATE_PERSON_IDENTIFIERS', 'ALLOWED'],
    ]);
    expect(audit.map((a: { whole: string }) => a.whole).join()).not.toContain(nhs(3000));
  });

  it('partners read identifiers on a family record they may see, and may not change them', async () => {
    const [brook] = await portal.db.query(
      `SELECT p.id, p.nhs_number, p.version FROM person p JOIN early_help_case c ON c.family_id = p.family_id
        WHERE c.id = $1 AND p.first_name = 'Mia'`,
      [portal.ids.cases.brook],
    );
    expect(brook.nhs_number).toMatch(/^999\d{7}$/);
    const sam = await portal.signIn('schoolPractitioner');
    const read = await sam.gql<{ case: { family: { members: { id: string; nhsNumber: string | null }[] } } }>(
      `query($id: ID!) { case(id: $id) { family { members { id nhsNumber } } } }`,
      { id: portal.ids.cases.brook },
    );
    expect(read.data!.case.family.members.find((m) => m.id === brook.id)?.nhsNumber).toBe(brook.nhs_number);
    const refused = await sam.gql(UPDATE, { input: { personId: brook.id, version: brook.version, nhsNumber: nhs(4000) } });
    expect(code(refused)).toBe('FORBIDDEN');
    const [after] = await portal.db.query(`SELECT nhs_number, version FROM person WHERE id = $1`, [brook.id]);
    expect(after).toEqual({ nhs_number: brook.nhs_number, version: brook.version });
  });

  it('the duplicate check matches an identifier first, then names and dates of birth, and says why', async () => {
    const stone = await recorded([child({ firstName: 'Amelia', lastName: 'Stone', dateOfBirth: '2017-06-20', nhsNumber: nhs(5000) })]);
    const brookFamily = await recorded([child({ firstName: 'Mia', lastName: 'Stonebrook', dateOfBirth: '2017-06-02' })]);
    const result = await frontDoor.gql<{
      possibleFamilyMatches: { familyId: string; reference: string; matches: { reason: string; person: { firstName: string } }[] }[];
    }>(MATCHES, {
      people: [
        { firstName: 'Mia', lastName: 'Stonebrook', dateOfBirth: '2017-06-02', nhsNumber: nhs(5000).replace(/(\d{3})(\d{3})/, '$1 $2 ') },
      ],
    });
    expect(code(result)).toBe('OK');
    expect(result.data!.possibleFamilyMatches).toEqual([
      {
        familyId: stone.family.id,
        reference: stone.family.reference,
        matches: [{ reason: 'NHS_NUMBER', person: { firstName: 'Amelia' } }],
      },
      {
        familyId: brookFamily.family.id,
        reference: brookFamily.family.reference,
        matches: [{ reason: 'NAME_AND_DATE_OF_BIRTH', person: { firstName: 'Mia' } }],
      },
    ]);
    const badLookup = await frontDoor.gql(MATCHES, {
      people: [{ firstName: 'A', lastName: 'B', dateOfBirth: '2017-01-01', nhsNumber: '9434765918' }],
    });
    expect(fields(badLookup)).toEqual([{ field: 'people.0.nhsNumber', message: 'NHS number is not valid: check it and enter it again' }]);
  });

  it('a referral to a known family fills in identifiers its record lacks, and refuses one it holds differently', async () => {
    const known = await recorded([child({ firstName: 'Rae', lastName: 'Known', nhsNumber: nhs(6000) })]);
    const rae = { firstName: 'Rae', lastName: 'Known', dateOfBirth: '2016-04-04', role: 'CHILD', relationship: 'Son' };
    const filled = await frontDoor.gql<Recorded>(RECORD, {
      input: referral([{ ...rae, uniquePupilNumber: upn(6000) }], { existingFamilyId: known.family.id }),
    });
    expect(code(filled)).toBe('OK');
    expect(filled.data!.recordReferral.family.members).toEqual([
      expect.objectContaining({ id: known.family.members[0].id, nhsNumber: nhs(6000), uniquePupilNumber: upn(6000) }),
    ]);
    const different = await frontDoor.gql(RECORD, {
      input: referral([{ ...rae, nhsNumber: nhs(6001) }], { existingFamilyId: known.family.id }),
    });
    expect(fields(different)).toEqual([
      { field: 'members.0.nhsNumber', message: 'The family record holds a different NHS number for this person' },
    ]);
  });
});
