import { aCase, aFamily } from './factories';
import { Session, startTestPortal, TestPortal } from './test-app';

type Result = { data?: Record<string, unknown> | null; errors?: readonly { message?: string; extensions?: { code?: string } }[] };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

const CHANGE = `mutation($input: ChangeLeadPractitionerInput!) { changeLeadPractitioner(input: $input) { version leadPractitioner { id } } }`;
const OFFER = `mutation($input: OfferCaseTransferInput!) { offerCaseTransfer(input: $input) { version leadChange { openTransfer { id toAgencyName } } } }`;
const OFFERS = `{ caseTransferOffers { id caseReference familyName childrenCount fromAgencyName note canDecide candidates { id } } }`;
const ACCEPT = `mutation($input: AcceptCaseTransferInput!) { acceptCaseTransfer(input: $input) { leadAgency { id } leadPractitioner { id } } }`;
const DECLINE = `mutation($input: DeclineCaseTransferInput!) { declineCaseTransfer(input: $input) }`;
const READ = `query($id: ID!) { case(id: $id) { id version leadPractitioner { id } leadChange { canChangeLead openTransfer { id } } } }`;

// Changing a case's lead practitioner: within Oakwood by its manager or the FPT manager, and to the
// police by an offer the police's manager accepts or declines. The case always has a lead.
describe('changing the lead practitioner', () => {
  let portal: TestPortal;
  let sam: Session;
  let manager: Session;
  let alex: Session;
  let caseId: string;
  let kim: string;
  let lee: string;

  const lead = async () =>
    (await portal.db.query(`SELECT lead_agency_id, lead_practitioner_id, version FROM early_help_case WHERE id = $1`, [caseId]))[0] as {
      lead_agency_id: string;
      lead_practitioner_id: string;
      version: number;
    };
  const outbox = async (kind: string) =>
    (await portal.db.query(`SELECT payload FROM job_outbox WHERE payload->>'kind' = $1 ORDER BY id`, [kind])).map(
      (r: { payload: { recipientIds: string[] } }) => r.payload,
    );
  const addOakwoodPractitioner = async (email: string, name: string): Promise<string> =>
    (
      await portal.db.query(
        `INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash)
         SELECT $1, $2, 'Family worker', 'PRACTITIONER', agency_id, password_hash FROM app_user WHERE id = $3 RETURNING id`,
        [email, name, portal.ids.users.schoolPractitioner],
      )
    )[0].id;

  beforeAll(async () => {
    portal = await startTestPortal();
    // The police's manager decides the offers made to the police.
    await portal.db.query(`UPDATE app_user SET agency_manager = true WHERE id = $1`, [portal.ids.users.police]);
    kim = await addOakwoodPractitioner('kim@oakwood.example.org', 'Kim Ellis');
    lee = await addOakwoodPractitioner('lee@oakwood.example.org', 'Lee Shaw');
    sam = await portal.signIn('schoolPractitioner');
    manager = await portal.signIn('fptManager');
    alex = await portal.signIn('police');
  });
  afterAll(() => portal.close());
  // Each test has a case of its own: the Brook family's, led by Sam at Oakwood since triage.
  beforeEach(async () => {
    const child = { lastName: 'Brook', child: true, relationship: 'Child' };
    const family = await aFamily(portal, {
      people: [{ firstName: 'Dana', lastName: 'Brook', child: false, relationship: 'Mother' }, child, { ...child, firstName: 'Robin' }],
    });
    caseId = (await aCase(portal, { familyId: family.id, lead: 'schoolPractitioner' })).id;
  });

  it('refuses a plain practitioner, even the lead (FORBIDDEN), and changes nothing', async () => {
    const before = await lead();
    const r = await sam.gql(CHANGE, { input: { caseId, version: before.version, newLeadId: kim } });
    expect(code(r)).toBe('FORBIDDEN');
    expect(await lead()).toEqual(before);
    expect(((await sam.gql(READ, { id: caseId })) as Result).data?.case).toMatchObject({ leadChange: { canChangeLead: false } });
  });

  it('lets the agency’s manager move the case within the agency, telling both leads, with a chronology line', async () => {
    // The FPT manager names Sam as Oakwood's manager on the People page.
    const [{ version: accountVersion }] = await portal.db.query(`SELECT version FROM app_user WHERE id = $1`, [
      portal.ids.users.schoolPractitioner,
    ]);
    const named = (await manager.gql(
      `mutation($u: ID!, $v: Int) { setAgencyManager(userId: $u, manager: true, expectedVersion: $v) { agencyManager } }`,
      {
        u: portal.ids.users.schoolPractitioner,
        v: accountVersion,
      },
    )) as Result;
    expect(named.data?.setAgencyManager).toEqual({ agencyManager: true });
    expect(code(await sam.gql(`mutation($u: ID!) { setAgencyManager(userId: $u, manager: true) { agencyManager } }`, { u: kim }))).toBe(
      'FORBIDDEN',
    );
    const before = await lead();
    const r = await sam.gql(CHANGE, { input: { caseId, version: before.version, newLeadId: kim, reason: 'Sam is moving to the nursery' } });
    expect(code(r)).toBe('OK');
    expect(await lead()).toEqual({ lead_agency_id: before.lead_agency_id, lead_practitioner_id: kim, version: before.version + 1 });
    const [told] = (await outbox('LEAD_CHANGED')).slice(-1);
    expect(told.recipientIds).toEqual(expect.arrayContaining([portal.ids.users.schoolPractitioner, kim]));
    // Both may still see the case by the one rule (same agency), so the worker will tell both.
    const recipients = await portal.db.query(`SELECT id FROM eh_case_recipients($1, $2::uuid[], '2026-11-18')`, [
      caseId,
      [portal.ids.users.schoolPractitioner, kim],
    ]);
    expect(recipients).toHaveLength(2);
    const professionals = await portal.db.query(`SELECT user_id FROM case_professional WHERE case_id = $1 AND role = 'Lead practitioner'`, [
      caseId,
    ]);
    expect(professionals).toEqual([{ user_id: kim }]);
    const [event] = await portal.db.query(`SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'LEAD_CHANGED'`, [caseId]);
    expect(event.summary).toBe('Lead practitioner changed from Sam Carter to Kim Ellis: Sam is moving to the nursery');
  });

  it('refuses a new lead outside the agency, naming the field', async () => {
    const r = await manager.gql(CHANGE, { input: { caseId, version: (await lead()).version, newLeadId: portal.ids.users.police } });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).toContain('newLeadId');
  });

  it('lets one of two concurrent moves win; the other gets CONFLICT', async () => {
    const { version } = await lead();
    const results = (await Promise.all([
      manager.gql(CHANGE, { input: { caseId, version, newLeadId: lee } }),
      manager.gql(CHANGE, { input: { caseId, version, newLeadId: kim } }),
    ])) as Result[];
    expect(results.map(code).sort()).toEqual(['CONFLICT', 'OK']);
    const after = await lead();
    expect(after.version).toBe(version + 1);
    expect([lee, kim]).toContain(after.lead_practitioner_id);
    const leads = await portal.db.query(`SELECT user_id FROM case_professional WHERE case_id = $1 AND role = 'Lead practitioner'`, [
      caseId,
    ]);
    expect(leads).toEqual([{ user_id: after.lead_practitioner_id }]);
  });

  it('keeps the old lead while an offer to another agency is open, and after it is declined', async () => {
    const before = await lead();
    expect(
      code(
        await manager.gql(OFFER, {
          input: { caseId, version: before.version, toAgencyId: portal.ids.agencies.police, note: 'Dad’s contact with police' },
        }),
      ),
    ).toBe('OK');
    expect(await lead()).toMatchObject({ lead_agency_id: before.lead_agency_id, lead_practitioner_id: before.lead_practitioner_id });
    // The police see the offer's summary, not the case.
    const offers = ((await alex.gql(OFFERS)) as Result).data?.caseTransferOffers as {
      id: string;
      familyName: string;
      childrenCount: number;
      canDecide: boolean;
    }[];
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ familyName: 'Brook family', childrenCount: 2, canDecide: true });
    expect(code(await alex.gql(READ, { id: caseId }))).toBe('NOT_FOUND');
    const [offered] = await outbox('TRANSFER_OFFERED');
    expect(offered.recipientIds).toEqual([portal.ids.users.police]);
    // A second offer while one is open is a conflict.
    expect(
      code(await manager.gql(OFFER, { input: { caseId, version: before.version, toAgencyId: portal.ids.agencies.health, note: 'x' } })),
    ).toBe('CONFLICT');

    expect(code(await alex.gql(DECLINE, { input: { transferId: offers[0].id, reason: 'No capacity this term' } }))).toBe('OK');
    expect(await lead()).toMatchObject({ lead_agency_id: before.lead_agency_id, lead_practitioner_id: before.lead_practitioner_id });
    expect(((await alex.gql(OFFERS)) as Result).data?.caseTransferOffers).toEqual([]);
    expect((await outbox('TRANSFER_DECLINED')).slice(-1)[0].recipientIds).toEqual(
      expect.arrayContaining([before.lead_practitioner_id, portal.ids.users.fptManager]),
    );
    // The case's chronology says so, with the reason, as its lead reads it.
    const chronology = (
      (await sam.gql(`query($id: ID!) { case(id: $id) { chronology { type summary actorName } } }`, { id: caseId })) as Result
    ).data?.case as { chronology: { type: string; summary: string; actorName: string }[] };
    expect(chronology.chronology.find((e) => e.type === 'TRANSFER_DECLINED')).toEqual({
      type: 'TRANSFER_DECLINED',
      summary: 'Northfield Police Early Help Team declined the offer to lead the case: No capacity this term',
      actorName: 'Alex Morgan',
    });
  });

  it('lets an offer be withdrawn', async () => {
    const { version } = await lead();
    const offered = (await manager.gql(OFFER, {
      input: { caseId, version, toAgencyId: portal.ids.agencies.police, note: 'Try again' },
    })) as Result;
    const transferId = (offered.data?.offerCaseTransfer as { leadChange: { openTransfer: { id: string } } }).leadChange.openTransfer.id;
    expect(
      code(
        await manager.gql(`mutation($id: ID!) { withdrawCaseTransfer(transferId: $id) { leadChange { openTransfer { id } } } }`, {
          id: transferId,
        }),
      ),
    ).toBe('OK');
    expect(((await alex.gql(OFFERS)) as Result).data?.caseTransferOffers).toEqual([]);
    expect(code(await alex.gql(ACCEPT, { input: { transferId, newLeadId: portal.ids.users.police } }))).toBe('NOT_FOUND');
  });

  it('lets an offer name a practitioner there, who may then decide it (and a plain colleague may not list whom to name)', async () => {
    const listed = (await manager.gql(`query($a: ID!) { practitionersToOfferTo(agencyId: $a) { id } }`, {
      a: portal.ids.agencies.health,
    })) as Result;
    expect(listed.data?.practitionersToOfferTo).toEqual([{ id: portal.ids.users.healthVisitor }]);
    expect(code(await alex.gql(`query($a: ID!) { practitionersToOfferTo(agencyId: $a) { id } }`, { a: portal.ids.agencies.health }))).toBe(
      'OK',
    );
    const hannah = await portal.signIn('healthVisitor');
    expect(
      code(await hannah.gql(`query($a: ID!) { practitionersToOfferTo(agencyId: $a) { id } }`, { a: portal.ids.agencies.police })),
    ).toBe('FORBIDDEN');
    const { version } = await lead();
    const input = {
      caseId,
      version,
      toAgencyId: portal.ids.agencies.health,
      toPractitionerId: portal.ids.users.healthVisitor,
      note: 'Baby due',
    };
    expect(code(await manager.gql(OFFER, { input }))).toBe('OK');
    const offers = ((await hannah.gql(OFFERS)) as Result).data?.caseTransferOffers as { id: string; canDecide: boolean }[];
    expect(offers).toMatchObject([{ canDecide: true }]);
    const [told] = (await outbox('TRANSFER_OFFERED')).slice(-1);
    expect(told.recipientIds).toEqual([portal.ids.users.healthVisitor]);
    expect(code(await hannah.gql(DECLINE, { input: { transferId: offers[0].id, reason: 'Not our family yet' } }))).toBe('OK');
    expect((await lead()).lead_agency_id).not.toBe(portal.ids.agencies.health);
  });

  it('moves the lead and the agency when the receiving manager accepts', async () => {
    const before = await lead();
    expect(
      code(
        await manager.gql(OFFER, {
          input: { caseId, version: before.version, toAgencyId: portal.ids.agencies.police, note: 'Police know the family best now' },
        }),
      ),
    ).toBe('OK');
    const [offer] = ((await alex.gql(OFFERS)) as Result).data?.caseTransferOffers as { id: string }[];
    // Only someone in the receiving agency may be chosen.
    expect(code(await alex.gql(ACCEPT, { input: { transferId: offer.id, newLeadId: kim } }))).toBe('BAD_USER_INPUT');
    const accepted = (await alex.gql(ACCEPT, { input: { transferId: offer.id, newLeadId: portal.ids.users.police } })) as Result;
    expect(code(accepted)).toBe('OK');
    expect(await lead()).toEqual({
      lead_agency_id: portal.ids.agencies.police,
      lead_practitioner_id: portal.ids.users.police,
      version: before.version + 1,
    });
    expect(((await alex.gql(READ, { id: caseId })) as Result).data?.case).toMatchObject({
      leadPractitioner: { id: portal.ids.users.police },
    });
    // Oakwood no longer leads it and Sam is no longer named on it: by the one rule, he no longer sees it.
    expect(code(await sam.gql(READ, { id: caseId }))).toBe('NOT_FOUND');
    const [event] = await portal.db.query(`SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'TRANSFER_ACCEPTED'`, [
      caseId,
    ]);
    expect(event.summary).toContain('Alex Morgan is now the lead practitioner');
    expect((await outbox('TRANSFER_ACCEPTED')).slice(-1)[0].recipientIds).toEqual(
      expect.arrayContaining([before.lead_practitioner_id, portal.ids.users.schoolPractitioner]),
    );
  });
});
