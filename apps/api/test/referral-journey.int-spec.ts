import { startTestPortal, TestPortal } from './test-app';

const RECORD = `mutation($input: RecordReferralInput!) {
  recordReferral(input: $input) { id reference version status family { id reference members { firstName dateOfBirth } } }
}`;
const TRIAGE = `mutation($input: TriageReferralInput!) {
  triageReferral(input: $input) { id status decision decisionReason decidedByName caseId version
    leadAgency { name } leadPractitioner { displayName } }
}`;
const CASE = `query($id: ID!) { case(id: $id) { id reference status version allocatedOn firstContactDue myFamilyPlanDue
  firstContactOverdue workingDaysToMyFamilyPlan familyName chronology { type summary actorName } } }`;

interface ReferralListed {
  id: string;
  status: string;
  referrerAgency: { name: string } | null;
  leadAgency: { name: string } | null;
  leadPractitioner: { displayName: string } | null;
  decidedByName: string | null;
  caseId: string | null;
  family: { id: string; members: { firstName: string; role: string }[] };
}

function referralInput(overrides: Record<string, unknown> = {}) {
  return {
    addressLine1: '1 Test Street',
    town: 'Northfield',
    postcode: 'NF9 9ZZ',
    members: [
      { firstName: 'Avery', lastName: 'Quill', dateOfBirth: '1990-02-02', role: 'ADULT', relationship: 'Mother' },
      { firstName: 'Rowan', lastName: 'Quill', dateOfBirth: '2016-05-05', role: 'CHILD', relationship: 'Son' },
    ],
    selfReferral: false,
    referrerName: 'Test Referrer',
    concerns: 'Synthetic concern for a test family.',
    consentGiven: true,
    ...overrides,
  };
}

describe('a referral becomes a partner-led case', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  async function count(table: string): Promise<number> {
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  }

  it('records a referral, triages it to a school, and the school practitioner sees the case', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    const recorded = await frontDoor.gql<{ recordReferral: { id: string; version: number; family: { members: unknown[] } } }>(RECORD, {
      input: referralInput({ referrerAgencyId: portal.ids.agencies.health }),
    });
    expect(recorded.errors).toBeUndefined();
    const referral = recorded.data!.recordReferral;
    expect(referral.family.members).toHaveLength(2);

    const triaged = await frontDoor.gql<{ triageReferral: { caseId: string; decision: string; decidedByName: string } }>(TRIAGE, {
      input: {
        referralId: referral.id,
        version: referral.version,
        decision: 'LEVEL_2_PARTNER_LED',
        reason: 'School knows the family best.',
        leadAgencyId: portal.ids.agencies.oakwood,
        leadPractitionerId: portal.ids.users.schoolPractitioner,
      },
    });
    expect(triaged.errors).toBeUndefined();
    expect(triaged.data!.triageReferral).toMatchObject({ decision: 'LEVEL_2_PARTNER_LED', decidedByName: 'Priya Shah' });
    const caseId = triaged.data!.triageReferral.caseId;

    const school = await portal.signIn('schoolPractitioner');
    const caseload = await school.gql<{ caseload: { id: string }[] }>('{ caseload { id } }');
    expect(caseload.data!.caseload.map((c) => c.id)).toContain(caseId);

    // TEST_NOW is Wednesday 18 Nov 2026: 3 working days is Monday 23 Nov; 30 working days is
    // Monday 4 Jan 2027 (25 and 28 Dec and 1 Jan are bank holidays).
    const opened = await school.gql<{ case: Record<string, unknown> }>(CASE, { id: caseId });
    expect(opened.data!.case).toMatchObject({
      status: 'AWAITING_FIRST_CONTACT',
      allocatedOn: '2026-11-18',
      firstContactDue: '2026-11-23',
      myFamilyPlanDue: '2027-01-04',
      firstContactOverdue: false,
      workingDaysToMyFamilyPlan: 30,
      familyName: 'Quill family',
    });
    expect(opened.data!.case.chronology).toEqual([expect.objectContaining({ type: 'CASE_OPENED', actorName: 'Priya Shah' })]);

    // The referrer's agency sees the decision.
    const health = await portal.signIn('healthVisitor');
    const seen = await health.gql<{ referral: { decision: string; decisionReason: string } }>(
      'query($id: ID!) { referral(id: $id) { decision decisionReason } }',
      { id: referral.id },
    );
    expect(seen.data!.referral).toEqual({ decision: 'LEVEL_2_PARTNER_LED', decisionReason: 'School knows the family best.' });
  });

  it('opens no partner-led case for level 3, level 4 or no further action', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    for (const decision of ['LEVEL_3_FAMILY_CASEWORK', 'LEVEL_4_CHILDRENS_SOCIAL_CARE', 'NO_FURTHER_ACTION']) {
      const recorded = await frontDoor.gql<{ recordReferral: { id: string; version: number } }>(RECORD, {
        input: referralInput({
          selfReferral: true,
          members: [{ firstName: decision, lastName: 'Case', dateOfBirth: '2015-01-01', role: 'CHILD', relationship: 'Son' }],
        }),
      });
      const before = await count('early_help_case');
      const triaged = await frontDoor.gql<{ triageReferral: { caseId: string | null; status: string } }>(TRIAGE, {
        input: { referralId: recorded.data!.recordReferral.id, version: 1, decision, reason: 'Threshold reason.' },
      });
      expect(triaged.data!.triageReferral).toEqual(expect.objectContaining({ caseId: null, status: 'DECIDED' }));
      expect(await count('early_help_case')).toBe(before);
    }
  });

  it('records first contact, then refuses a stale second edit as a conflict', async () => {
    const school = await portal.signIn('schoolPractitioner');
    const caseId = portal.ids.cases.brook;
    const loaded = await school.gql<{ case: { version: number } }>(CASE, { id: caseId });
    const version = loaded.data!.case.version;
    const RECORD_CONTACT = `mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) {
      status version firstContactOn chronology { type summary actorName } } }`;
    const first = await school.gql<{
      recordFirstContact: { status: string; version: number; chronology: { type: string; actorName: string }[] };
    }>(RECORD_CONTACT, { input: { caseId, version, outcome: 'CONTACTED', contactedOn: '2026-11-17', note: 'Home visit booked.' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordFirstContact.status).toBe('OPEN');
    expect(first.data!.recordFirstContact.chronology[0]).toMatchObject({ type: 'FIRST_CONTACT', actorName: 'Sam Carter' });

    const stale = await school.gql(RECORD_CONTACT, {
      input: { caseId, version, outcome: 'DECLINED', contactedOn: '2026-11-17', declinedReason: 'Changed mind' },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await portal.db.query('SELECT status, declined_reason FROM early_help_case WHERE id = $1', [caseId]);
    expect(row).toEqual({ status: 'OPEN', declined_reason: null });
  });

  it('records that a family declined help, with the reason', async () => {
    const harbour = await portal.signIn('harbour');
    const caseId = portal.ids.cases.hartley;
    const declined = await harbour.gql<{ recordFirstContact: { status: string } }>(
      `mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status declinedReason } }`,
      {
        input: {
          caseId,
          version: 1,
          outcome: 'DECLINED',
          contactedOn: '2026-11-18',
          declinedReason: 'Family prefer support from relatives.',
        },
      },
    );
    expect(declined.data!.recordFirstContact).toEqual({ status: 'DECLINED', declinedReason: 'Family prefer support from relatives.' });
  });

  it('lets only the lead agency record first contact', async () => {
    const police = await portal.signIn('police');
    const attempt = await police.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: portal.ids.cases.hartley, version: 2, outcome: 'CONTACTED', contactedOn: '2026-11-18' },
    });
    expect(attempt.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses two triage decisions made from the same version', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    const manager = await portal.signIn('fptManager');
    const referralId = portal.ids.referrals.khan;
    const input = { referralId, version: 1, decision: 'NO_FURTHER_ACTION', reason: 'First decision.' };
    const results = await Promise.all([
      frontDoor.gql(TRIAGE, { input }),
      manager.gql(TRIAGE, { input: { ...input, reason: 'Second decision.' } }),
    ]);
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const rows = await portal.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'TRIAGE_REFERRAL' AND entity_id = $1`, [
      referralId,
    ]);
    expect(rows[0].n).toBe(1);
  });
  it('lists referrals newest first with what each shows, in one audit row naming every referral and family listed', async () => {
    const [{ since }] = await portal.db.query('SELECT coalesce(max(id), 0)::int AS since FROM audit_event');
    const manager = await portal.signIn('fptManager');
    const listed = await manager.gql<{ referrals: ReferralListed[] }>(`{ referrals { id status referrerAgency { name } leadAgency { name }
      leadPractitioner { displayName } decidedByName caseId family { id members { firstName role } } } }`);
    expect(listed.errors).toBeUndefined();
    const referrals = listed.data!.referrals;
    const all: { id: string }[] = await portal.db.query('SELECT id FROM referral ORDER BY received_at DESC, id DESC');
    expect(referrals.map((r) => r.id)).toEqual(all.map((r) => r.id));

    const brook = referrals.find((r) => r.id === portal.ids.referrals.brook);
    expect(brook).toMatchObject({
      status: 'DECIDED',
      referrerAgency: { name: 'Oakwood Primary School' },
      leadAgency: { name: 'Oakwood Primary School' },
      leadPractitioner: { displayName: 'Sam Carter' },
      caseId: portal.ids.cases.brook,
    });
    expect(brook!.family.members).toEqual([
      { firstName: 'Leah', role: 'ADULT' },
      { firstName: 'Mia', role: 'CHILD' },
      { firstName: 'Oscar', role: 'CHILD' },
    ]);
    expect(referrals.find((r) => r.id === portal.ids.referrals.ward)).toMatchObject({
      status: 'AWAITING_TRIAGE',
      referrerAgency: null,
      leadAgency: null,
      leadPractitioner: null,
      decidedByName: null,
      caseId: null,
    });

    const audit: { action: string; entity_id: string | null; entity_ids: string[]; family_ids: string[] }[] = await portal.db.query(
      'SELECT action, entity_id, entity_ids, family_ids FROM audit_event WHERE id > $1 ORDER BY id',
      [since],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'LIST_REFERRALS', entity_id: null });
    expect([...audit[0].entity_ids].sort()).toEqual(all.map((r) => r.id).sort());
    expect([...audit[0].family_ids].sort()).toEqual([...new Set(referrals.map((r) => r.family.id))].sort());
  });

  it('shows a partner only the referrals its agency made or leads', async () => {
    const health = await portal.signIn('healthVisitor');
    const listed = await health.gql<{ referrals: { id: string }[] }>('{ referrals { id } }');
    const theirs: { id: string }[] = await portal.db.query('SELECT id FROM referral WHERE referrer_agency_id = $1 OR lead_agency_id = $1', [
      portal.ids.agencies.health,
    ]);
    expect(listed.data!.referrals.map((r) => r.id).sort()).toEqual(theirs.map((r) => r.id).sort());
    expect(theirs.map((r) => r.id)).toEqual(expect.arrayContaining([portal.ids.referrals.nowak, portal.ids.referrals.price]));
  });

  it('finds families by their people and audits the search as one row naming the families found', async () => {
    const [{ since }] = await portal.db.query('SELECT coalesce(max(id), 0)::int AS since FROM audit_event');
    const frontDoor = await portal.signIn('frontDoor');
    const found = await frontDoor.gql<{ possibleFamilyMatches: { familyId: string; matchedPeople: { firstName: string }[] }[] }>(
      `{ possibleFamilyMatches(people: [{ firstName: "Mia", lastName: "Brook", dateOfBirth: "2017-06-02" },
          { firstName: "Leah", lastName: "brook", dateOfBirth: "1991-03-14" }, { firstName: "Tom", lastName: "Ward", dateOfBirth: "1986-08-08" },
          { firstName: "Nobody", lastName: "Brook", dateOfBirth: "2017-06-02" }]) { familyId matchedPeople { firstName } } }`,
    );
    expect(found.errors).toBeUndefined();
    const familyOf = async (referralId: string): Promise<string> =>
      (await portal.db.query('SELECT family_id FROM referral WHERE id = $1', [referralId]))[0].family_id;
    const [brook, ward] = [await familyOf(portal.ids.referrals.brook), await familyOf(portal.ids.referrals.ward)];
    const matches = found.data!.possibleFamilyMatches.map((m) => ({
      familyId: m.familyId,
      names: m.matchedPeople.map((p) => p.firstName).sort(),
    }));
    expect(matches).toEqual([
      { familyId: brook, names: ['Leah', 'Mia'] },
      { familyId: ward, names: ['Tom'] },
    ]);

    const audit: { action: string; entity_ids: string[]; family_ids: string[] }[] = await portal.db.query(
      'SELECT action, entity_ids, family_ids FROM audit_event WHERE id > $1 ORDER BY id',
      [since],
    );
    expect(audit).toEqual([{ action: 'SEARCH_FAMILIES', entity_ids: [brook, ward], family_ids: expect.arrayContaining([brook, ward]) }]);
  });
});
