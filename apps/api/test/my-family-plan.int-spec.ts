import { InAppNotificationsService } from '../src/notifications/in-app-notifications.service';
import { Session, startTestPortal, TestPortal } from './test-app';

type Result = { errors?: readonly { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

const PLAN = `status version dueDate missingSections canEdit canQualityAssure
  sections { key kind title saved version qaComments { comment } person { firstName } }`;
const CASE = `query($id: ID!) { case(id: $id) { id version status canEditPlan plan { ${PLAN} }
  consents { current agencies { name } } reviews { heldOn nextReviewOn childViews { person { firstName } view } }
  nextReviewDue reviewState closedOn closureOutcome crisisCard { whoToCall } maintenanceReviewDates
  family { members { id firstName role } } } }`;

interface CaseView {
  id: string;
  version: number;
  status: string;
  plan: {
    status: string;
    version: number;
    missingSections: string[];
    sections: { key: string; version: number; qaComments: { comment: string }[] }[];
  } | null;
  family: { members: { id: string; firstName: string; role: string }[] };
  [key: string]: unknown;
}

describe('My Family Plan, reviews and closing a case', () => {
  let portal: TestPortal;
  let sam: Session; // lead practitioner for the Brook family (Oakwood Primary)
  let fpt: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    sam = await portal.signIn('schoolPractitioner');
    fpt = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  const brook = () => portal.ids.cases.brook;
  async function load(session: Session, id = brook()): Promise<CaseView> {
    const result = await session.gql<{ case: CaseView }>(CASE, { id });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.case;
  }
  const member = (c: CaseView, name: string) => c.family.members.find((m) => m.firstName === name)!.id;

  const SAVE_STORY = `mutation($input: SaveFamilyStoryInput!) { saveFamilyStory(input: $input) { key version familyStory { story } } }`;

  it('starts the plan only once first contact is recorded', async () => {
    expect(code(await sam.gql(`mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }`, { id: brook() }))).toBe('INVALID_STATE');
    await sam.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: brook(), version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-16' },
    });
    const started = await sam.gql<{ startMyFamilyPlan: { status: string; dueDate: string } }>(
      `mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status dueDate } }`,
      { id: brook() },
    );
    expect(started.data!.startMyFamilyPlan.status).toBe('DRAFT');
  });

  it('keeps every version of a section and refuses a stale save without losing the saved text', async () => {
    const first = await sam.gql<{ saveFamilyStory: { version: number } }>(SAVE_STORY, {
      input: { caseId: brook(), expectedVersion: 0, story: 'Leah says mornings are hard.', language: 'English', interpreterNeeded: false },
    });
    expect(first.data!.saveFamilyStory.version).toBe(1);
    await sam.gql(SAVE_STORY, {
      input: {
        caseId: brook(),
        expectedVersion: 1,
        story: 'Leah says mornings are hard since her shifts changed.',
        language: 'English',
        interpreterNeeded: false,
      },
    });
    const stale = await sam.gql(SAVE_STORY, {
      input: { caseId: brook(), expectedVersion: 1, story: 'A colleague’s older edit.', language: 'English', interpreterNeeded: false },
    });
    expect(code(stale)).toBe('CONFLICT');
    const history = await sam.gql<{ planSectionVersions: { version: number; savedByName: string }[] }>(
      `query($id: ID!) { planSectionVersions(caseId: $id, sectionKey: "FAMILY_STORY") { version savedByName } }`,
      { id: brook() },
    );
    expect(history.data!.planSectionVersions).toEqual([
      { version: 2, savedByName: 'Sam Carter' },
      { version: 1, savedByName: 'Sam Carter' },
    ]);
    const v1 = await sam.gql<{ planSectionAtVersion: { familyStory: { story: string } } }>(
      `query($id: ID!) { planSectionAtVersion(caseId: $id, sectionKey: "FAMILY_STORY", version: 1) { familyStory { story } } }`,
      { id: brook() },
    );
    expect(v1.data!.planSectionAtVersion.familyStory.story).toBe('Leah says mornings are hard.');
    const current = await load(sam);
    expect(current.plan!.sections.find((s) => s.key === 'FAMILY_STORY')!.version).toBe(2);
  });

  it('refuses to submit an incomplete plan, naming what is missing', async () => {
    const result = await sam.gql(`mutation($id: ID!) { submitMyFamilyPlan(caseId: $id, version: 1) { status } }`, { id: brook() });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields!.map((f) => f.message)).toEqual([
      'Complete “Signs of Safety” before submitting',
      'Complete “Mia’s three houses” before submitting',
      'Complete “Oscar’s three houses” before submitting',
      'Complete “Family goals and actions” before submitting',
      'Complete “The family’s consent to share information” before submitting',
    ]);
  });

  it('refuses an action dated in the past and a child from another family, by field', async () => {
    const goals = await sam.gql(`mutation($input: SaveGoalsInput!) { saveGoals(input: $input) { version } }`, {
      input: {
        caseId: brook(),
        expectedVersion: 0,
        goals: [
          { goal: 'Mia in school on time', actions: [{ who: 'Leah', what: 'Alarm at 7', byWhen: '2026-11-01', status: 'NOT_STARTED' }] },
        ],
      },
    });
    expect(goals.errors![0].extensions!.fields).toEqual([
      { field: 'goals.0.actions.0.byWhen', message: 'The date must be today or in the future' },
    ]);
    const houses = await sam.gql(`mutation($input: SaveThreeHousesInput!) { saveThreeHouses(input: $input) { version } }`, {
      input: {
        caseId: brook(),
        personId: '00000000-0000-4000-8000-000000000000',
        expectedVersion: 0,
        worries: 'a',
        goodThings: 'b',
        dreams: 'c',
      },
    });
    expect(houses.errors![0].extensions!.fields).toEqual([{ field: 'personId', message: 'Choose a child from this family' }]);
  });

  it('completes, is returned with comments, resubmitted and approved', async () => {
    const c = await load(sam);
    await sam.gql(`mutation($input: SaveSignsOfSafetyInput!) { saveSignsOfSafety(input: $input) { version } }`, {
      input: { caseId: brook(), expectedVersion: 0, worries: 'Lateness', workingWell: 'Grandma helps', needsToHappen: 'A morning routine' },
    });
    for (const child of ['Mia', 'Oscar']) {
      const saved = await sam.gql(`mutation($input: SaveThreeHousesInput!) { saveThreeHouses(input: $input) { version } }`, {
        input: {
          caseId: brook(),
          personId: member(c, child),
          expectedVersion: 0,
          worries: 'Being late',
          goodThings: 'My friends',
          dreams: 'A dog',
        },
      });
      expect(code(saved)).toBe('OK');
    }
    await sam.gql(`mutation($input: SaveGoalsInput!) { saveGoals(input: $input) { version } }`, {
      input: {
        caseId: brook(),
        expectedVersion: 0,
        goals: [
          { goal: 'Mia in school on time', actions: [{ who: 'Leah', what: 'Alarm at 7', byWhen: '2026-12-01', status: 'NOT_STARTED' }] },
        ],
      },
    });
    const consent = await sam.gql(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { current agencies { name } } }`, {
      input: {
        caseId: brook(),
        givenByPersonId: member(c, 'Leah'),
        competenceConfirmed: false,
        agencyIds: [portal.ids.agencies.police, portal.ids.agencies.health],
        givenOn: '2026-11-17',
      },
    });
    expect(consent.data).toEqual({
      recordConsent: {
        current: true,
        agencies: [{ name: 'Northfield Police Early Help Team' }, { name: 'Northfield Health Visiting Service' }],
      },
    });

    const submit = (session: Session, version: number) =>
      session.gql<{ submitMyFamilyPlan: { status: string; version: number } }>(
        `mutation($id: ID!, $v: Int!) { submitMyFamilyPlan(caseId: $id, version: $v) { status version } }`,
        { id: brook(), v: version },
      );
    const submitted = await submit(sam, 1);
    expect(submitted.data!.submitMyFamilyPlan).toEqual({ status: 'SUBMITTED', version: 2 });
    expect(
      code(
        await sam.gql(SAVE_STORY, {
          input: { caseId: brook(), expectedVersion: 2, story: 'x', language: 'English', interpreterNeeded: false },
        }),
      ),
    ).toBe('INVALID_STATE');
    expect(code(await sam.gql(`mutation($id: ID!) { approveMyFamilyPlan(caseId: $id, version: 2) { status } }`, { id: brook() }))).toBe(
      'FORBIDDEN',
    );

    const returned = await fpt.gql<{ returnMyFamilyPlan: { status: string; version: number } }>(
      `mutation($input: ReturnPlanInput!) { returnMyFamilyPlan(input: $input) { status version } }`,
      {
        input: {
          caseId: brook(),
          version: 2,
          comments: [{ sectionKey: 'SIGNS_OF_SAFETY', comment: 'Say what the risk is if mornings stay chaotic.' }],
        },
      },
    );
    expect(returned.data!.returnMyFamilyPlan).toEqual({ status: 'RETURNED', version: 3 });
    const seen = await load(sam);
    expect(seen.plan!.sections.find((s) => s.key === 'SIGNS_OF_SAFETY')!.qaComments).toEqual([
      { comment: 'Say what the risk is if mornings stay chaotic.' },
    ]);
    const early = await fpt.gql(`mutation($id: ID!) { approveMyFamilyPlan(caseId: $id, version: 3) { status } }`, { id: brook() });
    expect(early.errors![0]).toMatchObject({
      message: 'A returned plan must be resubmitted before it can be approved',
      extensions: { code: 'INVALID_STATE' },
    });
    await sam.gql(`mutation($input: SaveSignsOfSafetyInput!) { saveSignsOfSafety(input: $input) { version } }`, {
      input: {
        caseId: brook(),
        expectedVersion: 1,
        worries: 'Lateness; Mia misses breakfast and learning',
        workingWell: 'Grandma helps',
        needsToHappen: 'A morning routine',
      },
    });
    expect(submitted.data && (await submit(sam, 3)).data!.submitMyFamilyPlan.status).toBe('SUBMITTED');
    const approved = await fpt.gql<{ approveMyFamilyPlan: { status: string } }>(
      `mutation($id: ID!) { approveMyFamilyPlan(caseId: $id, version: 4) { status } }`,
      { id: brook() },
    );
    expect(approved.data!.approveMyFamilyPlan.status).toBe('ACTIVE');
    expect(code(await submit(sam, 5))).toBe('INVALID_STATE');
  });

  it('lets the consented agencies read the case but not edit it, and keeps others out', async () => {
    const police = await portal.signIn('police');
    expect((await load(police)).plan!.status).toBe('ACTIVE');
    expect(
      code(
        await police.gql(SAVE_STORY, {
          input: { caseId: brook(), expectedVersion: 2, story: 'x', language: 'English', interpreterNeeded: false },
        }),
      ),
    ).toBe('FORBIDDEN');
    const cgl = await portal.signIn('cgl');
    expect(code(await cgl.gql(CASE, { id: brook() }))).toBe('NOT_FOUND');
    const fptView = await load(fpt);
    expect(fptView.canEditPlan).toBe(false);
  });

  it('schedules reviews six weeks on, flagged from four', async () => {
    const before = await load(sam);
    expect(before).toMatchObject({ nextReviewDue: '2026-12-30', reviewState: 'NOT_YET' });
    const review = await sam.gql<{ recordReview: { nextReviewOn: string; childViews: { person: { firstName: string } }[] } }>(
      `mutation($input: RecordReviewInput!) { recordReview(input: $input) { nextReviewOn childViews { person { firstName } view } } }`,
      {
        input: {
          caseId: brook(),
          heldOn: '2026-11-18',
          attendees: 'Leah, Sam Carter, Grandma',
          goalProgress: 'Alarm is working most days',
          familyView: 'Mornings are calmer',
          childViews: [{ personId: member(before, 'Mia'), view: 'I like breakfast club' }],
        },
      },
    );
    expect(review.data!.recordReview.nextReviewOn).toBe('2026-12-30');
    expect(review.data!.recordReview.childViews).toEqual([{ person: { firstName: 'Mia' }, view: 'I like breakfast club' }]);
  });

  it('sets the next review 4 to 6 weeks on, or further with a recorded reason, and shows one date everywhere', async () => {
    const RECORD = `mutation($input: RecordReviewInput!) { recordReview(input: $input) { nextReviewOn nextReviewReason } }`;
    const c = await load(sam);
    const review = (extra: Record<string, unknown>) => ({
      input: {
        caseId: brook(),
        heldOn: '2026-11-18',
        attendees: 'Leah, Sam Carter',
        goalProgress: 'Steady',
        familyView: 'Christmas away',
        childViews: [],
        ...extra,
      },
    });
    const reviewsBefore = (c.reviews as unknown[]).length;
    // Ten weeks on, without a reason: refused by field, nothing written.
    const refused = await sam.gql(RECORD, review({ nextReviewOn: '2027-01-27' }));
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual([
      { field: 'nextReviewReason', message: 'Enter why the next review is more than 6 weeks after this one' },
    ]);
    expect(((await load(sam)).reviews as unknown[]).length).toBe(reviewsBefore);
    // Sooner than four weeks needs a reason too.
    const soon = await sam.gql(RECORD, review({ nextReviewOn: '2026-11-25' }));
    expect(soon.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['nextReviewReason']);

    const reason = 'The family are abroad from 14 December to 20 January.';
    const accepted = await sam.gql<{ recordReview: { nextReviewOn: string; nextReviewReason: string } }>(
      RECORD,
      review({ nextReviewOn: '2027-01-27', nextReviewReason: reason }),
    );
    expect(accepted.data!.recordReview).toEqual({ nextReviewOn: '2027-01-27', nextReviewReason: reason });
    const after = await sam.gql<{
      case: {
        nextReviewDue: string;
        reviewState: string;
        reviews: { nextReviewOn: string }[];
        chronology: { type: string; summary: string }[];
      };
    }>(`query($id: ID!) { case(id: $id) { nextReviewDue reviewState reviews { nextReviewOn } chronology { type summary } } }`, {
      id: brook(),
    });
    const page = after.data!.case;
    expect(page.chronology[0]).toEqual({
      type: 'REVIEW_RECORDED',
      summary: `Team Around the Family review held on 2026-11-18; next review on 2027-01-27 (outside 4 to 6 weeks: ${reason})`,
    });
    // One date: the case page, its latest review, the lead's caseload and the FPT's list agree.
    expect(page).toMatchObject({ nextReviewDue: '2027-01-27', reviewState: 'NOT_YET' });
    expect(page.reviews[0].nextReviewOn).toBe('2027-01-27');
    for (const viewer of [sam, fpt]) {
      const caseload = await viewer.gql<{ caseload: { id: string; nextReviewDue: string | null }[] }>('{ caseload { id nextReviewDue } }');
      expect(caseload.data!.caseload.find((x) => x.id === brook())!.nextReviewDue).toBe('2027-01-27');
    }
    // The Forum's one-page summary of the case says the same.
    const meetings = await fpt.gql<{ scheduleForumMeetings: { id: string }[] }>(
      `mutation($input: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $input) { id } }`,
      { input: { firstMeetsOn: '2026-12-10', startsAt: '14:00', place: 'Northfield Family Hub', count: 1, agendaCutoffWorkingDays: 2 } },
    );
    const meetingId = meetings.data!.scheduleForumMeetings[0].id;
    await sam.gql(`mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
      input: { meetingId, caseId: brook(), reason: 'DIFFICULTY_ENGAGING', summary: 'Away over Christmas.' },
    });
    const agenda = await fpt.gql<{ agenda: { items: { case: { caseId: string; nextReviewOn: string } }[] } }>(
      `query($id: ID!) { agenda(meetingId: $id) { items { case { caseId nextReviewOn } } } }`,
      { id: meetingId },
    );
    expect(agenda.data!.agenda.items.map((i) => i.case)).toEqual([{ caseId: brook(), nextReviewOn: '2027-01-27' }]);
    // And the reminders chase that date, not six weeks after the review.
    const reminders = new InAppNotificationsService(portal.workerDb);
    const reviewReminders = () =>
      portal.db.query<{ event_key: string }[]>(
        `SELECT event_key FROM notification WHERE kind = 'REVIEW_DUE_SOON' AND entity_id = $1 AND user_id = $2`,
        [brook(), portal.ids.users.schoolPractitioner],
      );
    await reminders.dailyReminders('2026-12-20');
    expect(await reviewReminders()).toEqual([]);
    await reminders.dailyReminders('2027-01-20');
    expect(await reviewReminders()).toEqual([{ event_key: 'REVIEW_DUE_SOON:2027-01-27' }]);
  });

  it('closes with an outcome and a Crisis Card, refuses edits until reopened, and marks a re-referral', async () => {
    const c = await load(sam);
    const close = (input: Record<string, unknown>) =>
      sam.gql<{ closeCase: { status: string; closedOn: string; closureOutcome: string; crisisCard: { whoToCall: string } } }>(
        `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status closedOn closureOutcome crisisCard { whoToCall } } }`,
        { input: { caseId: brook(), version: c.version, maintenance: false, ...input } },
      );
    expect((await close({ outcome: 'OTHER' })).errors![0].extensions!.fields).toEqual([
      { field: 'reason', message: 'Enter the reason for closing the case' },
    ]);
    const closed = await close({
      outcome: 'NEEDS_MET',
      crisisCard: { whoToCall: 'Grandma, then the school office', warningSigns: 'Mia stops eating breakfast' },
    });
    expect(closed.data!.closeCase).toEqual({
      status: 'CLOSED',
      closedOn: '2026-11-18',
      closureOutcome: 'NEEDS_MET',
      crisisCard: { whoToCall: 'Grandma, then the school office' },
    });
    const edit = await sam.gql(SAVE_STORY, {
      input: { caseId: brook(), expectedVersion: 2, story: 'x', language: 'English', interpreterNeeded: false },
    });
    expect(edit.errors![0].message).toBe('The case is closed. Reopen it to make changes.');

    const frontDoor = await portal.signIn('frontDoor');
    const [family] = await portal.db.query('SELECT family_id FROM early_help_case WHERE id = $1', [brook()]);
    const referral = await frontDoor.gql<{ recordReferral: { reReferral: boolean; previousCaseId: string } }>(
      `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { reReferral previousCaseId } }`,
      {
        input: {
          existingFamilyId: family.family_id,
          addressLine1: '12 Alder Close',
          town: 'Northfield',
          postcode: 'NF1 4QT',
          selfReferral: true,
          referrerName: 'Leah Brook',
          concerns: 'Mornings have slipped again.',
          consentGiven: true,
          members: [{ firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02', role: 'CHILD', relationship: 'Daughter' }],
        },
      },
    );
    expect(referral.data!.recordReferral).toEqual({ reReferral: true, previousCaseId: brook() });

    const reopened = await sam.gql<{ reopenCase: { status: string } }>(
      `mutation($input: ReopenCaseInput!) { reopenCase(input: $input) { status } }`,
      { input: { caseId: brook(), version: c.version + 1, reason: 'Family asked for help again' } },
    );
    expect(reopened.data!.reopenCase.status).toBe('OPEN');
    const audit = await portal.db.query(`SELECT actor_id FROM audit_event WHERE action = 'REOPEN_CASE' AND entity_id = $1`, [brook()]);
    expect(audit).toEqual([{ actor_id: portal.ids.users.schoolPractitioner }]);
  });

  it('moves a family into maintenance with reviews at 1, 3, 6 and 12 months', async () => {
    const jo = await portal.signIn('schoolDsl');
    const id = portal.ids.cases.adeyemi;
    await jo.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: id, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-17' },
    });
    const moved = await jo.gql<{ closeCase: { status: string; maintenanceReviewDates: string[] } }>(
      `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status maintenanceReviewDates } }`,
      { input: { caseId: id, version: 2, outcome: 'NEEDS_MET', maintenance: true } },
    );
    expect(moved.data!.closeCase).toEqual({
      status: 'MAINTENANCE',
      maintenanceReviewDates: ['2026-12-18', '2027-02-18', '2027-05-18', '2027-11-18'],
    });
  });

  it('lets a named professional from another agency edit, but not the FPT', async () => {
    const chris = await portal.signIn('harbour');
    const alex = await portal.signIn('police'); // named on the Hartley case, led by Harbour
    const id = portal.ids.cases.hartley;
    await chris.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: id, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-18' },
    });
    expect(code(await alex.gql(`mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }`, { id }))).toBe('OK');
    expect(
      code(
        await fpt.gql(SAVE_STORY, { input: { caseId: id, expectedVersion: 0, story: 'x', language: 'English', interpreterNeeded: false } }),
      ),
    ).toBe('FORBIDDEN');
    const [row] = await portal.db.query(`SELECT count(*)::int AS n FROM plan_section`);
    expect(row.n).toBeGreaterThan(0);
  });
});
