import { eventually, startDelivery } from './delivery';
import { Session, startTestPortal, TestPortal } from './test-app';

// Issue 13: one family, one case. A referral for a family whose case is still open is added to
// that case; a second case needs a recorded reason.

const REFERRAL = `id reference version status decision caseId addedToCaseId secondCaseReason
  familyOpenCases { id reference status leadAgency { name } leadPractitioner { displayName } }`;
const RECORD = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { ${REFERRAL} } }`;
const READ = `query($id: ID!) { referral(id: $id) { ${REFERRAL} } }`;
const TRIAGE = `mutation($input: TriageReferralInput!) { triageReferral(input: $input) { ${REFERRAL} } }`;
const ADD = `mutation($input: AddReferralToCaseInput!) { addReferralToCase(input: $input) { ${REFERRAL} } }`;
const CHRONOLOGY = `query($id: ID!) { case(id: $id) { chronology { type summary } } }`;

interface Referral {
  id: string;
  reference: string;
  version: number;
  status: string;
  decision: string | null;
  caseId: string | null;
  addedToCaseId: string | null;
  secondCaseReason: string | null;
  familyOpenCases: {
    id: string;
    reference: string;
    status: string;
    leadAgency: { name: string };
    leadPractitioner: { displayName: string };
  }[];
}

type Fields = { field: string; message: string }[];

describe('one open case per family', () => {
  let portal: TestPortal;
  let delivery: ReturnType<typeof startDelivery>;
  let frontDoor: Session;
  let brookFamily: string;
  let brookChild: { firstName: string; lastName: string; dateOfBirth: string; role: string; relationship: string };
  beforeAll(async () => {
    portal = await startTestPortal();
    delivery = startDelivery(portal);
    frontDoor = await portal.signIn('frontDoor');
    [{ family_id: brookFamily }] = await portal.db.query('SELECT family_id FROM early_help_case WHERE id = $1', [portal.ids.cases.brook]);
    [brookChild] = await portal.db.query(
      `SELECT first_name AS "firstName", last_name AS "lastName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", role, relationship
         FROM person WHERE family_id = $1 AND role = 'CHILD' ORDER BY date_of_birth LIMIT 1`,
      [brookFamily],
    );
  });
  afterAll(async () => {
    await delivery.stop();
    await portal.close();
  });

  const caseCount = async (familyId: string): Promise<number> =>
    (await portal.db.query('SELECT count(*)::int AS n FROM early_help_case WHERE family_id = $1', [familyId]))[0].n;

  async function referBrookAgain(concerns: string): Promise<Referral> {
    const recorded = await frontDoor.gql<{ recordReferral: Referral }>(RECORD, {
      input: {
        existingFamilyId: brookFamily,
        addressLine1: '12 Alder Close',
        town: 'Northfield',
        postcode: 'NF1 4QT',
        selfReferral: false,
        referrerAgencyId: portal.ids.agencies.health,
        referrerName: 'Hannah Lee',
        concerns,
        consentGiven: true,
        members: [brookChild],
      },
    });
    if (!recorded.data) throw new Error(JSON.stringify(recorded.errors));
    return recorded.data.recordReferral;
  }

  const level2 = (r: Referral, extra: Record<string, unknown> = {}) => ({
    input: {
      referralId: r.id,
      version: r.version,
      decision: 'LEVEL_2_PARTNER_LED',
      reason: 'Health visitor knows the baby best.',
      leadAgencyId: portal.ids.agencies.health,
      leadPractitionerId: portal.ids.users.healthVisitor,
      ...extra,
    },
  });

  it('shows the front door the family’s open case at triage, and the referring partner nothing of it', async () => {
    const referral = await referBrookAgain('Synthetic: a new baby and a tired mother.');
    const seen = await frontDoor.gql<{ referral: Referral }>(READ, { id: referral.id });
    expect(seen.data!.referral.familyOpenCases).toEqual([
      {
        id: portal.ids.cases.brook,
        reference: expect.stringMatching(/^C-/),
        status: 'AWAITING_FIRST_CONTACT',
        leadAgency: { name: 'Oakwood Primary School' },
        leadPractitioner: { displayName: 'Sam Carter' },
      },
    ]);
    const referrer = await portal.signIn('healthVisitor');
    const theirs = await referrer.gql<{ referral: Referral }>(READ, { id: referral.id });
    expect(theirs.data!.referral.familyOpenCases).toEqual([]);
  });

  it('adds the referral to the open case: no second case, the lead told, the chronology and the referral marked', async () => {
    const referral = await referBrookAgain('Synthetic: school attendance has dropped again.');
    const before = await caseCount(brookFamily);
    const added = await frontDoor.gql<{ addReferralToCase: Referral }>(ADD, {
      input: {
        referralId: referral.id,
        version: referral.version,
        caseId: portal.ids.cases.brook,
        note: 'Attendance worries again; please pick up at the next visit.',
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addReferralToCase).toMatchObject({
      status: 'DECIDED',
      addedToCaseId: portal.ids.cases.brook,
      caseId: portal.ids.cases.brook,
    });
    expect(await caseCount(brookFamily)).toBe(before);

    const awaiting = await frontDoor.gql<{ referrals: { id: string }[] }>('{ referrals(status: AWAITING_TRIAGE) { id } }');
    expect(awaiting.data!.referrals.map((r) => r.id)).not.toContain(referral.id);

    const sam = await portal.signIn('schoolPractitioner');
    const chronology = await sam.gql<{ case: { chronology: { type: string; summary: string }[] } }>(CHRONOLOGY, {
      id: portal.ids.cases.brook,
    });
    expect(chronology.data!.case.chronology[0]).toEqual({
      type: 'REFERRAL_ADDED',
      summary: `New referral ${referral.reference} added to this case at triage by Priya Shah: Attendance worries again; please pick up at the next visit.`,
    });

    const told = await eventually(
      () =>
        portal.db.query<{ user_id: string; entity_id: string }[]>(
          `SELECT user_id, entity_id FROM notification WHERE kind = 'REFERRAL_ADDED_TO_CASE'`,
        ),
      (rows) => rows.length > 0,
    );
    expect(told).toEqual([{ user_id: portal.ids.users.schoolPractitioner, entity_id: portal.ids.cases.brook }]);
    const inbox = await sam.gql<{ inbox: { notifications: { kind: string; text: string; link: string }[] } }>(
      '{ inbox { notifications { kind text link } } }',
    );
    expect(inbox.data!.inbox.notifications.find((n) => n.kind === 'REFERRAL_ADDED_TO_CASE')).toEqual({
      kind: 'REFERRAL_ADDED_TO_CASE',
      text: expect.stringMatching(/^A new referral for the family has been added to case C-\d+$/),
      link: `/cases/${portal.ids.cases.brook}`,
    });

    // Added once, it cannot be added again or triaged over.
    const again = await frontDoor.gql(ADD, {
      input: { referralId: referral.id, version: referral.version, caseId: portal.ids.cases.brook },
    });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('refuses a second case without a reason, naming the field, and writes nothing', async () => {
    const referral = await referBrookAgain('Synthetic: father asks for help of his own.');
    const before = await caseCount(brookFamily);
    for (const reason of [undefined, '   ']) {
      const refused = await frontDoor.gql(TRIAGE, level2(referral, { secondCaseReason: reason }));
      expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((refused.errors![0].extensions!.fields as Fields).map((f) => f.field)).toEqual(['secondCaseReason']);
    }
    expect(await caseCount(brookFamily)).toBe(before);
    const still = await frontDoor.gql<{ referral: Referral }>(READ, { id: referral.id });
    expect(still.data!.referral).toMatchObject({ status: 'AWAITING_TRIAGE', version: referral.version });
  });

  it('opens a second case with a reason, stores it and shows it in the new case’s chronology', async () => {
    const referral = await referBrookAgain('Synthetic: a baby born early, needing health-led support.');
    const reason = 'The baby’s needs are health-led and the school case is about Mia’s attendance.';
    const opened = await frontDoor.gql<{ triageReferral: Referral }>(TRIAGE, level2(referral, { secondCaseReason: reason }));
    expect(opened.errors).toBeUndefined();
    const triaged = opened.data!.triageReferral;
    expect(triaged).toMatchObject({ status: 'DECIDED', secondCaseReason: reason, addedToCaseId: null });
    expect(triaged.caseId).not.toBe(portal.ids.cases.brook);
    const hannah = await portal.signIn('healthVisitor');
    const chronology = await hannah.gql<{ case: { chronology: { type: string; summary: string }[] } }>(CHRONOLOGY, { id: triaged.caseId });
    const line = chronology.data!.case.chronology.find((e) => e.type === 'CASE_OPENED')!;
    expect(line.summary).toContain(
      `A second case beside open case ${triaged.familyOpenCases.find((c) => c.id === portal.ids.cases.brook)!.reference}, because: ${reason}`,
    );
  });

  it('never adds a referral to a closed case, nor to another family’s case', async () => {
    const referral = await referBrookAgain('Synthetic: a later worry.');
    // The second case opened above, closed.
    const [{ id: closedCase }] = await portal.db.query('SELECT id FROM early_help_case WHERE family_id = $1 AND id <> $2', [
      brookFamily,
      portal.ids.cases.brook,
    ]);
    await portal.db.query(
      `UPDATE early_help_case SET status = 'CLOSED', closed_on = '2026-11-17', closure_outcome = 'NEEDS_MET' WHERE id = $1`,
      [closedCase],
    );
    const closed = await frontDoor.gql(ADD, { input: { referralId: referral.id, version: referral.version, caseId: closedCase } });
    expect(closed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(closed.errors![0].extensions!.fields).toEqual([
      { field: 'caseId', message: 'That case is closed: open a new case for the family instead' },
    ]);
    const otherFamily = Object.entries(portal.ids.cases).find(([key]) => key !== 'brook')![1];
    const foreign = await frontDoor.gql(ADD, { input: { referralId: referral.id, version: referral.version, caseId: otherFamily } });
    expect(foreign.errors![0].extensions!.fields).toEqual([{ field: 'caseId', message: 'Choose one of this family’s open cases' }]);
    const still = await frontDoor.gql<{ referral: Referral }>(READ, { id: referral.id });
    expect(still.data!.referral).toMatchObject({ status: 'AWAITING_TRIAGE', addedToCaseId: null });
    expect(still.data!.referral.familyOpenCases.map((c) => c.id)).toEqual([portal.ids.cases.brook]);
  });

  it('keeps a partner from adding a referral to a case', async () => {
    const referral = await referBrookAgain('Synthetic: a partner tries the front door’s job.');
    const sam = await portal.signIn('schoolPractitioner');
    const refused = await sam.gql(ADD, { input: { referralId: referral.id, version: referral.version, caseId: portal.ids.cases.brook } });
    expect(refused.errors![0].extensions!.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await portal.db.query(`SELECT added_to_case_id FROM referral WHERE id = $1`, [referral.id])).toEqual([
      { added_to_case_id: null },
    ]);
  });
});
