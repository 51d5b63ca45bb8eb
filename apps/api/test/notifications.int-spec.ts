import { JobName, JobPublisher, jobCounts, JobRegistry, QueueName, startWorkers } from '@eh/notifications';
import { eventually, queueConnection, startDelivery } from './delivery';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { PostgresOutboxStore } from '../src/notifications/outbox';
import { meetingDayComes, startTestPortal, TestPortal } from './test-app';

describe('notifications through BullMQ', () => {
  let portal: TestPortal;
  let delivery: ReturnType<typeof startDelivery>;
  beforeAll(async () => {
    portal = await startTestPortal();
    delivery = startDelivery(portal);
  });
  afterAll(async () => {
    await delivery.stop();
    await portal.close();
  });

  it('tells the lead practitioner of the allocation, and skips a decision for an agency with no users', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    const referralId = portal.ids.referrals.khan; // referred by the voluntary sector
    const result = await frontDoor.gql<{ triageReferral: { caseId: string } }>(
      `mutation($input: TriageReferralInput!) { triageReferral(input: $input) { caseId } }`,
      {
        input: {
          referralId,
          version: 1,
          decision: 'LEVEL_2_PARTNER_LED',
          reason: 'Young carer support through school.',
          leadAgencyId: portal.ids.agencies.riverside,
          leadPractitionerId: portal.ids.users.schoolDsl,
        },
      },
    );
    const caseId = result.data!.triageReferral.caseId;
    const rows = await eventually(
      () =>
        portal.db.query<{ user_id: string; kind: string; entity_id: string }[]>(
          'SELECT user_id, kind, entity_id FROM notification ORDER BY kind',
        ),
      (r) => r.length >= 1 && r.some((n) => n.kind === 'CASE_ALLOCATED'),
    );
    expect(rows).toEqual([{ user_id: portal.ids.users.schoolDsl, kind: 'CASE_ALLOCATED', entity_id: caseId }]);
    // The voluntary-sector agency has no demo user, so the decision job is a no-op, not a failure.
    const connection = queueConnection(portal);
    const counts = await eventually(
      () => jobCounts(connection, QueueName.Notifications),
      (c) => c.completed >= 2,
    );
    expect(counts).toMatchObject({ completed: 2, failed: 0 });
  });

  it('tells every user of the referring agency about a no-further-action decision', async () => {
    const frontDoor = await portal.signIn('frontDoor');
    await frontDoor.gql(`mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`, {
      input: {
        referralId: portal.ids.referrals.ward,
        version: 1,
        decision: 'NO_FURTHER_ACTION',
        reason: 'Signposted to parenting support.',
      },
    });
    // Ward is a self-referral: no agency to tell, so nothing is written for it.
    const police = await frontDoor.gql<{ recordReferral: { id: string } }>(
      `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`,
      {
        input: {
          addressLine1: '8 Notify Road',
          town: 'Northfield',
          postcode: 'NF5 5NN',
          selfReferral: false,
          referrerAgencyId: portal.ids.agencies.police,
          referrerName: 'Alex Morgan',
          concerns: 'Synthetic.',
          consentGiven: true,
          members: [{ firstName: 'Noa', lastName: 'Tify', dateOfBirth: '2016-06-06', role: 'CHILD', relationship: 'Daughter' }],
        },
      },
    );
    const referralId = police.data!.recordReferral.id;
    await frontDoor.gql(`mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`, {
      input: { referralId, version: 1, decision: 'NO_FURTHER_ACTION', reason: 'Below threshold.' },
    });
    const rows = await eventually(
      () => portal.db.query<{ user_id: string }[]>(`SELECT user_id FROM notification WHERE kind = 'REFERRAL_DECIDED'`),
      (r) => r.length > 0,
    );
    expect(rows).toEqual([{ user_id: portal.ids.users.police }]);
  });

  it('tells the lead about a Forum decision, and skips an action owner who may not read the case', async () => {
    const chair = await portal.signIn('fptManager');
    const scheduled = await chair.gql<{ scheduleForumMeetings: { id: string }[] }>(
      `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`,
      { input: { firstMeetsOn: '2026-11-26', startsAt: '14:00', place: 'Hub', count: 1, agendaCutoffWorkingDays: 2 } },
    );
    const sam = await portal.signIn('schoolPractitioner');
    const item = await sam.gql<{ addAgendaItem: { id: string } }>(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: {
          meetingId: scheduled.data!.scheduleForumMeetings[0].id,
          caseId: portal.ids.cases.brook,
          reason: 'SEEKING_ADVICE',
          summary: 'Advice please.',
        },
      },
    );
    const itemId = item.data!.addAgendaItem.id;
    await chair.gql('mutation($id: ID!) { publishAgenda(meetingId: $id) { id } }', { id: scheduled.data!.scheduleForumMeetings[0].id });
    const published = await eventually(
      () => portal.db.query<{ user_id: string }[]>(`SELECT user_id FROM notification WHERE kind = 'AGENDA_PUBLISHED'`),
      (r) => r.length >= 3,
    );
    expect(published.map((p) => p.user_id).sort()).toEqual(
      [portal.ids.users.schoolPractitioner, portal.ids.users.frontDoor, portal.ids.users.fptManager].sort(),
    );
    await chair.gql(`mutation($input: CurateItemInput!) { curateAgendaItem(input: $input) { id } }`, {
      input: { itemId, version: 1, action: 'ACCEPT' },
    });
    // Decisions are recorded while the meeting is in session.
    const meetingId = scheduled.data!.scheduleForumMeetings[0].id;
    await meetingDayComes(portal, meetingId);
    const [{ version: meetingVersion }] = await portal.db.query('SELECT version FROM forum_meeting WHERE id = $1', [meetingId]);
    const started = await chair.gql(
      `mutation($id: ID!, $version: Int!) { startForumMeeting(meetingId: $id, version: $version) { status } }`,
      {
        id: meetingId,
        version: meetingVersion,
      },
    );
    expect(started.errors).toBeUndefined();
    await chair.gql(`mutation($input: RecordDecisionInput!) { recordForumDecision(input: $input) { id } }`, {
      input: {
        itemId,
        version: 2,
        discussion: 'Continue with support.',
        decision: 'CONTINUE_LEVEL_2',
        actions: [
          { ownerId: portal.ids.users.schoolPractitioner, description: 'Book a review', dueOn: '2026-12-01' },
          { ownerId: portal.ids.users.cgl, description: 'Not theirs to see', dueOn: '2026-12-01' },
        ],
      },
    });
    const rows = await eventually(
      () =>
        portal.db.query<{ user_id: string; kind: string }[]>(
          `SELECT user_id, kind FROM notification WHERE kind IN ('FORUM_DECISION', 'ACTION_ASSIGNED') ORDER BY kind`,
        ),
      (r) => r.length >= 2,
    );
    expect(rows).toEqual([
      { user_id: portal.ids.users.schoolPractitioner, kind: 'ACTION_ASSIGNED' },
      { user_id: portal.ids.users.schoolPractitioner, kind: 'FORUM_DECISION' },
    ]);
    const inbox = await sam.gql<{ inbox: { notifications: { text: string }[] } }>('{ inbox { notifications { text } } }');
    expect(inbox.data!.inbox.notifications.map((n) => n.text)).toContain('The Early Help Forum made a decision on case C-1001');
  });
});

describe('failed deliveries', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('shows what still failed after its retries to the FPT manager, who can send it again', async () => {
    const connection = queueConnection(portal);
    let broken = true;
    const handlers = workerJobHandlers(portal.workerDb);
    const workers = startWorkers(
      connection,
      JobRegistry.fromHandlers({
        ...handlers,
        [JobName.CaseAllocated]: async (payload) => {
          if (broken) throw new Error('Mail relay unavailable');
          return handlers[JobName.CaseAllocated](payload);
        },
      }),
      { outbox: new PostgresOutboxStore(portal.db) },
    );
    const publisher = new JobPublisher(connection, { attempts: 2, backoffMs: 50 });
    await eventually(
      async () => publisher.ready,
      (ready) => ready,
    );
    await publisher.publish(
      JobName.CaseAllocated,
      { caseId: portal.ids.cases.brook, leadPractitionerId: portal.ids.users.schoolPractitioner },
      'retry-me',
    );
    const manager = await portal.signIn('fptManager');
    const failed = await eventually(
      () =>
        manager.gql<{ failedNotificationJobs: { id: string; failedReason: string }[] }>('{ failedNotificationJobs { id failedReason } }'),
      (r) => (r.data?.failedNotificationJobs.length ?? 0) > 0,
    );
    expect(failed.data!.failedNotificationJobs).toEqual([{ id: 'retry-me', failedReason: 'Mail relay unavailable' }]);
    const school = await portal.signIn('schoolPractitioner');
    expect((await school.gql('{ failedNotificationJobs { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    broken = false;
    await manager.gql('mutation { retryNotificationJob(id: "retry-me") }');
    const delivered = await eventually(
      () => portal.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE kind = 'CASE_ALLOCATED'`),
      (r) => r[0].n > 0,
    );
    expect(delivered[0].n).toBe(1);
    await publisher.close();
    await workers.close();
  });
});
