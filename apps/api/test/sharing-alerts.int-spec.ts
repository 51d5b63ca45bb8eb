import { eventually, startDelivery } from './delivery';
import { Session, startTestPortal, TestPortal } from './test-app';

const RAISE = `mutation($input: RaiseAlertInput!) { raiseSharingAlert(input: $input) { id } }`;
const INBOX = `{ inbox { unreadCount notifications { id kind text link read } } }`;
const MIA = { firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02' };

describe('information-sharing alerts', () => {
  let portal: TestPortal;
  let delivery: ReturnType<typeof startDelivery>;
  let police: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    delivery = startDelivery(portal);
    police = await portal.signIn('police');
    // Leah consents to sharing with health, not with CGL.
    const [leah] = await portal.db.query(`SELECT id FROM person WHERE first_name = 'Leah'`);
    await portal.db.query(
      `INSERT INTO consent (case_id, given_by_person_id, agency_ids, given_on, recorded_by) VALUES ($1, $2, $3, '2026-11-01', $4)`,
      [portal.ids.cases.brook, leah.id, [portal.ids.agencies.health], portal.ids.users.schoolPractitioner],
    );
  });
  afterAll(async () => {
    await delivery.stop();
    await portal.close();
  });

  const inboxOf = async (user: Parameters<TestPortal['signIn']>[0]) =>
    (await (await portal.signIn(user)).gql<{ inbox: { unreadCount: number; notifications: { kind: string; link: string }[] } }>(INBOX))
      .data!.inbox;

  it('reaches the lead practitioner and consented agencies, and not others', async () => {
    const raised = await police.gql<{ raiseSharingAlert: { id: string } }>(RAISE, {
      input: {
        ...MIA,
        kind: 'POLICE_CALL_OUT',
        summary: 'Officers attended a verbal argument at the home last night.',
        urgent: false,
        extraAgencyIds: [],
      },
    });
    expect(raised.errors).toBeUndefined();
    const sam = await eventually(
      () => inboxOf('schoolPractitioner'),
      (i) => i.unreadCount > 0,
    );
    expect(sam.notifications).toEqual([expect.objectContaining({ kind: 'SHARING_ALERT', link: '/alerts' })]);
    expect((await inboxOf('healthVisitor')).unreadCount).toBe(1);
    expect((await inboxOf('cgl')).unreadCount).toBe(0);
    expect((await inboxOf('schoolDsl')).unreadCount).toBe(0); // another school
    const records = await portal.db.query(
      `SELECT g.name, r.basis FROM sharing_record r JOIN agency g ON g.id = r.agency_id WHERE r.alert_id = $1 ORDER BY g.name`,
      [raised.data!.raiseSharingAlert.id],
    );
    expect(records).toEqual([
      { name: 'Northfield Health Visiting Service', basis: 'CONSENT' },
      { name: 'Oakwood Primary School', basis: 'LEAD_AGENCY' },
    ]);
  });

  it('shares beyond consent only with a recorded safeguarding reason', async () => {
    const refused = await police.gql(RAISE, {
      input: { ...MIA, kind: 'POLICE_CALL_OUT', summary: 'x', urgent: false, extraAgencyIds: [portal.ids.agencies.cgl] },
    });
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { field: 'safeguardingReason', message: 'Sharing with agencies the family has not consented to needs a safeguarding reason' },
    ]);
    await police.gql(RAISE, {
      input: {
        ...MIA,
        kind: 'POLICE_CALL_OUT',
        summary: 'Drugs found at the address.',
        urgent: false,
        extraAgencyIds: [portal.ids.agencies.cgl],
        safeguardingReason: 'Parental substance misuse puts the children at risk',
      },
    });
    await eventually(
      () => inboxOf('cgl'),
      (i) => i.unreadCount > 0,
    );
    const sam = await portal.signIn('schoolPractitioner');
    const history = await sam.gql<{ case: { sharingHistory: { sharedWith: string; basis: string; safeguardingReason: string | null }[] } }>(
      'query($id: ID!) { case(id: $id) { sharingHistory { sharedWith basis safeguardingReason raisedByName } } }',
      { id: portal.ids.cases.brook },
    );
    expect(history.data!.case.sharingHistory).toContainEqual(
      expect.objectContaining({
        sharedWith: 'CGL Northfield',
        basis: 'SAFEGUARDING',
        safeguardingReason: 'Parental substance misuse puts the children at risk',
      }),
    );
  });

  it('sends alerts about people not known to early help to the front door, without telling the sender', async () => {
    const unknown = await police.gql<{ raiseSharingAlert: { id: string } }>(RAISE, {
      input: {
        firstName: 'Nobody',
        lastName: 'Known',
        dateOfBirth: '2012-02-02',
        kind: 'MISSING_EPISODE',
        summary: 'Reported missing overnight.',
        urgent: false,
        extraAgencyIds: [],
      },
    });
    expect(Object.keys(unknown.data!.raiseSharingAlert)).toEqual(['id']);
    await eventually(
      () => inboxOf('frontDoor'),
      (i) => i.unreadCount > 0,
    );
  });

  it('marks notifications read', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const read = await sam.gql<{ markNotificationsRead: { unreadCount: number } }>('mutation { markNotificationsRead { unreadCount } }');
    expect(read.data!.markNotificationsRead.unreadCount).toBe(0);
  });
});
