import { startTestPortal, TestPortal } from './test-app';

type Caseload = { caseload: { familyName: string; status: string }[] };
const CASELOAD = '{ caseload { familyName status } }';

// The demonstration system's work in progress (seed-work.ts): every demo user finds something
// waiting, and the Forum has a held meeting with signed-off minutes and one next week.
describe('the demo council with work in progress', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ demoWork: true });
  });
  afterAll(() => portal.close());

  const caseload = async (user: Parameters<TestPortal['signIn']>[0]) =>
    (await (await portal.signIn(user)).gql<Caseload>(CASELOAD)).data!.caseload.map((c) => `${c.familyName}: ${c.status}`).sort();

  it('gives each partner a caseload at a different stage', async () => {
    // The health visitor leads Okoro and is in the team around the Dunn family.
    expect(await caseload('healthVisitor')).toEqual(['Dunn family: OPEN', 'Okoro family: OPEN']);
    expect(await caseload('police')).toEqual(['Fletcher family: OPEN', 'Hartley family: AWAITING_FIRST_CONTACT']);
    expect(await caseload('schoolPractitioner')).toEqual(['Brook family: AWAITING_FIRST_CONTACT', 'Dunn family: OPEN']);
    expect(await caseload('harbour')).toEqual(['Hartley family: AWAITING_FIRST_CONTACT']);
    // The Family Casework Team's caseworker holds the Marsh family at level 3, stepped up from Riverside.
    expect(await caseload('caseworker')).toEqual(['Marsh family: OPEN']);
    const maintained = await (
      await portal.signIn('harbour')
    ).gql<{ case: { status: string; maintenanceReviewDates: string[] } }>(
      `query($id: ID!) { case(id: $id) { status maintenanceReviewDates } }`,
      { id: portal.ids.cases.byrne },
    );
    expect(maintained.data!.case.status).toBe('MAINTENANCE');
    expect(maintained.data!.case.maintenanceReviewDates[0] > '2026-11-18').toBe(true); // the first review still to come
    const closed = await portal.db.query(`SELECT status, closure_outcome FROM early_help_case WHERE id = $1`, [portal.ids.cases.walsh]);
    expect(closed).toEqual([{ status: 'CLOSED', closure_outcome: 'NEEDS_MET' }]);
    const plans = await portal.db.query(
      `SELECT c.id, p.status FROM my_family_plan p JOIN early_help_case c ON c.id = p.case_id WHERE c.id = ANY($1) ORDER BY p.status`,
      [[portal.ids.cases.okoro, portal.ids.cases.fletcher, portal.ids.cases.dunn]],
    );
    expect(plans.map((p: { status: string }) => p.status)).toEqual(['ACTIVE', 'DRAFT', 'SUBMITTED']);
  });

  it('has a fortnightly Forum: next week’s meeting with a case proposed, and last week’s minutes published', async () => {
    const chair = await portal.signIn('fptManager');
    const upcoming = await chair.gql<{ forumMeetings: { meetsOn: string; itemCount: number; status: string }[] }>(
      '{ forumMeetings { meetsOn itemCount status } }',
    );
    expect(upcoming.data!.forumMeetings).toEqual([
      { meetsOn: '2026-11-25', itemCount: 2, status: 'SCHEDULED' }, // Dunn, and the level 3 Marsh family
      { meetsOn: '2026-12-09', itemCount: 0, status: 'SCHEDULED' },
    ]);
    const past = await chair.gql<{ forumMeetings: { id: string; meetsOn: string; status: string }[] }>(
      `query($from: String) { forumMeetings(from: $from) { id meetsOn status } }`,
      { from: '2026-11-01' },
    );
    const held = past.data!.forumMeetings.find((m) => m.meetsOn === '2026-11-11')!;
    expect(held.status).toBe('MINUTES_PUBLISHED');
    const minutes = await (
      await portal.signIn('police')
    ).gql<{ minutes: { items: { decision: string; case: { familyName: string } }[]; attendance: unknown[] } }>(
      `query($id: ID!) { minutes(meetingId: $id) { items { decision case { familyName } } attendance { attendees } } }`,
      { id: held.id },
    );
    expect(minutes.data!.minutes.items).toEqual([{ decision: 'CONTINUE_LEVEL_2', case: { familyName: 'Fletcher family' } }]);
    expect(minutes.data!.minutes.attendance).toHaveLength(3);
  });

  it('leaves an escalation concern from the police waiting for the Forum chair', async () => {
    const waiting = await (
      await portal.signIn('fptManager')
    ).gql<{ escalationConcernsAwaitingChair: { familyName: string; urgency: string; raisedByName: string }[] }>(
      '{ escalationConcernsAwaitingChair { familyName urgency raisedByName } }',
    );
    expect(waiting.data!.escalationConcernsAwaitingChair).toEqual([
      { familyName: 'Fletcher family', urgency: 'WITHIN_DAYS', raisedByName: 'Alex Morgan' },
    ]);
    const mine = await (
      await portal.signIn('police')
    ).gql<{ myEscalationConcerns: { status: string }[] }>('{ myEscalationConcerns { status } }');
    expect(mine.data!.myEscalationConcerns).toEqual([{ status: 'RAISED' }]);
  });

  it('leaves a mentoring request and referrals waiting for the Family Partnership Team', async () => {
    const requests = await (
      await portal.signIn('fptManager')
    ).gql<{ mentoringRequests: { status: string }[] }>('{ mentoringRequests { status } }');
    expect(requests.data!.mentoringRequests).toEqual([{ status: 'REQUESTED' }]);
    const referrals = await (
      await portal.signIn('frontDoor')
    ).gql<{ referrals: { madeByPartner: boolean; referrerName: string }[] }>(
      `{ referrals(status: AWAITING_TRIAGE) { madeByPartner referrerName } }`,
    );
    expect(referrals.data!.referrals).toHaveLength(3);
    // One of them made in the portal by Riverside's designated safeguarding lead.
    expect(referrals.data!.referrals.filter((r) => r.madeByPartner)).toEqual([{ madeByPartner: true, referrerName: 'Jo Patel' }]);
  });

  it('names Riverside’s designated safeguarding lead as the one agency manager, so a partner can move a case', async () => {
    const managers = await portal.db.query(`SELECT id FROM app_user WHERE agency_manager`);
    expect(managers).toEqual([{ id: portal.ids.users.schoolDsl }]);
  });

  it('has a team around the Dunn family and an invitation waiting for the police officer', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    const team = await sam.gql<{
      case: { team: { members: { name: string; role: string }[]; pendingInvitations: { inviteeName: string }[] } };
    }>(`query($id: ID!) { case(id: $id) { team { members { name role } pendingInvitations { inviteeName } } } }`, {
      id: portal.ids.cases.dunn,
    });
    expect(team.data!.case.team).toEqual({
      members: [
        { name: 'Sam Carter', role: 'Lead practitioner' },
        { name: 'Hannah Lee', role: 'Health visitor' },
      ],
      pendingInvitations: [{ inviteeName: 'Alex Morgan' }],
    });
    const invited = await (
      await portal.signIn('police')
    ).gql<{ teamInvitations: { familyLabel: string; invitedByName: string }[] }>('{ teamInvitations { familyLabel invitedByName } }');
    expect(invited.data!.teamInvitations).toEqual([{ familyLabel: 'D. family', invitedByName: 'Sam Carter' }]);
  });

  it('has two Operation Encompass notifications for Riverside’s DSL: one acknowledged, one awaiting', async () => {
    const jo = await portal.signIn('schoolDsl');
    const list = await jo.gql<{
      encompassNotifications: { incidentReference: string; routes: { settingName: string; stage: string }[] }[];
    }>('{ encompassNotifications { incidentReference routes { settingName stage } } }');
    expect(
      list.data!.encompassNotifications.map((n) => [n.incidentReference, n.routes.map((r) => `${r.settingName}: ${r.stage}`)]),
    ).toEqual([
      ['NF-DEMO-2026-0131', ['Riverside Academy: AWAITING']],
      ['NF-DEMO-2026-0112', ['Riverside Academy: ACKNOWLEDGED']],
    ]);
    const ledger = await portal.db.query(`SELECT count(*)::int AS n FROM share_decision WHERE source = 'OPERATION_ENCOMPASS'`);
    expect(ledger).toEqual([{ n: 2 }]);
  });

  it('has decisions in the share ledger, counted by lawful basis on the impact figures', async () => {
    const count = async (user: Parameters<TestPortal['signIn']>[0]) =>
      (
        await (
          await portal.signIn(user)
        ).gql<{
          impactFigures: {
            shareDecisions: { month: string; decision: string; lawfulBasis: string; reason: string | null; decisions: number }[];
          };
        }>(
          `{ impactFigures(filter: { from: "2026-08", to: "2026-11" }) { shareDecisions { month decision lawfulBasis reason decisions } } }`,
        )
      ).data!.impactFigures.shareDecisions;
    // Six recorded decisions 70, 40, 30, 12, 9 and 3 days before 18 November 2026.
    expect(await count('fptManager')).toEqual([
      { month: '2026-09', decision: 'SHARE', lawfulBasis: 'CONSENT', reason: null, decisions: 1 },
      { month: '2026-10', decision: 'SHARE', lawfulBasis: 'OPERATION_ENCOMPASS', reason: null, decisions: 1 },
      { month: '2026-10', decision: 'SHARE', lawfulBasis: 'SAFEGUARDING', reason: null, decisions: 1 },
      { month: '2026-11', decision: 'NOT_SHARE', lawfulBasis: 'DUTY_TO_SHARE', reason: 'MORE_DETRIMENTAL', decisions: 1 },
      { month: '2026-11', decision: 'NOT_SHARE', lawfulBasis: 'PUBLIC_TASK', reason: 'OTHER', decisions: 1 },
      { month: '2026-11', decision: 'SHARE', lawfulBasis: 'DUTY_TO_SHARE', reason: null, decisions: 1 },
      // The two demo Operation Encompass notifications, shared with Riverside 2 days and hours ago.
      { month: '2026-11', decision: 'SHARE', lawfulBasis: 'OPERATION_ENCOMPASS', reason: null, decisions: 2 },
    ]);
    // A partner counts its own agency's decisions only: Harbour's two.
    expect((await count('harbour')).map((d) => [d.month, d.lawfulBasis])).toEqual([
      ['2026-10', 'SAFEGUARDING'],
      ['2026-11', 'DUTY_TO_SHARE'],
    ]);
  });
});
