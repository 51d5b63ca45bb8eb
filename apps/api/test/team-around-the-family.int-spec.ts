import { aCase, aFamily } from './factories';
import { Session, startTestPortal, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

const TEAM = `query($id: ID!) { case(id: $id) { id version team {
  canManage canLeave consentedAgencyIds
  members { userId name agencyName role isLead basisLabel }
  pendingInvitations { id inviteeId role status basisLabel version }
  history { id inviteeId status statusLabel reason }
} } }`;
const INVITE = `mutation($input: InviteToTeamInput!) { inviteToTeam(input: $input) { team { pendingInvitations { id inviteeId version } } } }`;
const INVITATIONS = `{ teamInvitations { id caseReference familyLabel role basisLabel invitedByName invitedByAgency version } }`;
const ACCEPT = `mutation($input: TeamInvitationVersionInput!) { acceptTeamInvitation(input: $input) { id team { canLeave } } }`;
const DECLINE = `mutation($input: DeclineTeamInvitationInput!) { declineTeamInvitation(input: $input) }`;
const WITHDRAW = `mutation($input: TeamInvitationVersionInput!) { withdrawTeamInvitation(input: $input) { id } }`;
const REMOVE = `mutation($input: RemoveFromTeamInput!) { removeFromTeam(input: $input) { team { members { userId } } } }`;
const LEAVE = `mutation($id: ID!) { leaveTeam(caseId: $id) }`;
const SAVE_STORY = `mutation($input: SaveFamilyStoryInput!) { saveFamilyStory(input: $input) { key version } }`;
const SAVE_SIGNS = `mutation($input: SaveSignsOfSafetyInput!) { saveSignsOfSafety(input: $input) { key version } }`;
const ASSIGN = `mutation($input: AssignPlanSectionInput!) { assignPlanSection(input: $input) { sections { key assignedToId canEdit } } }`;
const WITHDRAW_CONSENT = `mutation($id: ID!) { withdrawConsent(consentId: $id, withdrawnOn: "2026-11-18") { current } }`;
const NOTE = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { chronology { type summary } } }`;

// The team around the family on a Brook family's case, led by Sam Carter (Oakwood). The family
// consents to share with the health visiting service; the police and CGL join only on a recorded
// lawful basis. One portal for the file; each test has a case of its own (beforeEach) and builds
// the team it starts from through the API (caseWithTeam), so each can run alone.
describe('the team around the family', () => {
  let portal: TestPortal;
  let sam: Session;
  let hannah: Session; // health visitor: health is in the family's consent
  let morgan: Session; // CGL: no consent, a lawful basis
  let alex: Session; // police: no consent
  let caseId: string;
  let caseReference: string;
  let consentId: string;

  const must = async (answer: Promise<unknown>): Promise<Result> => {
    const r = (await answer) as Result;
    if (r.errors) throw new Error(`Setting up the case failed: ${JSON.stringify(r.errors)}`);
    return r;
  };
  const caseVersion = async () =>
    (await portal.db.query(`SELECT version FROM early_help_case WHERE id = $1`, [caseId]))[0].version as number;
  const events = async (type: string) =>
    (await portal.db.query(`SELECT summary FROM case_event WHERE case_id = $1 AND event_type = $2 ORDER BY id`, [caseId, type])).map(
      (r: { summary: string }) => r.summary,
    );
  // This case's notifications of a kind: a case update names the case, a team update its invitation.
  const outbox = async (kind: string): Promise<{ job: string; to: string[] }[]> =>
    (
      await portal.db.query(
        `SELECT o.job_name, o.payload FROM job_outbox o
           LEFT JOIN case_team_invitation i ON i.id::text = o.payload->>'invitationId'
          WHERE o.payload->>'kind' = $1 AND coalesce(o.payload->>'caseId', i.case_id::text) = $2 ORDER BY o.id`,
        [kind, caseId],
      )
    ).map((r: { job_name: string; payload: { recipientIds: string[] } }) => ({ job: r.job_name, to: r.payload.recipientIds }));
  const read = async (s: Session) => (await s.gql(TEAM, { id: caseId })) as Result;
  const team = async (s: Session) => ((await read(s)).data?.case as { team: Team }).team;
  const invite = (s: Session, input: Record<string, unknown>) => s.gql(INVITE, { input }) as Promise<Result>;
  // An invitation on the family's consent, on the case as it stands.
  const inviteOnConsent = async (s: Session, inviteeId: string, role: string) =>
    invite(s, { caseId, version: await caseVersion(), inviteeId, role, basis: 'CONSENT' });
  // An invitation on a recorded lawful basis, on the case as it stands.
  const inviteLawfully = async (s: Session, inviteeId: string, role: string, lawfulBasis: string, lawfulBasisReason: string) =>
    invite(s, { caseId, version: await caseVersion(), inviteeId, role, basis: 'LAWFUL_BASIS', lawfulBasis, lawfulBasisReason });
  // The invitations a person has to this test's case (other tests' cases have their own).
  const myInvitations = async (s: Session) =>
    (((await s.gql(INVITATIONS)) as Result).data?.teamInvitations as Invitation[]).filter((i) => i.caseReference === caseReference);
  const ids = () => portal.ids.users;
  const assignments = () =>
    portal.db.query(`SELECT a.* FROM plan_section_assignment a JOIN my_family_plan p ON p.id = a.plan_id WHERE p.case_id = $1`, [caseId]);

  // The lead invites each, in order (the health visitor on the family's consent, CGL on a lawful
  // basis), and each accepts: the team a test starts from.
  const caseWithTeam = async (members: readonly ('healthVisitor' | 'cgl')[]) => {
    for (const member of members) {
      await must(
        member === 'healthVisitor'
          ? inviteOnConsent(sam, ids().healthVisitor, 'Health visitor')
          : inviteLawfully(
              sam,
              ids().cgl,
              'Substance misuse worker',
              'SAFEGUARDING',
              'Mother’s drinking puts the children at risk of harm',
            ),
      );
      const invitee = member === 'healthVisitor' ? hannah : morgan;
      const [mine] = await myInvitations(invitee);
      await must(invitee.gql(ACCEPT, { input: { invitationId: mine.id, version: mine.version } }));
    }
  };

  const signInEveryone = async () => {
    [sam, hannah, morgan, alex] = await Promise.all(
      (['schoolPractitioner', 'healthVisitor', 'cgl', 'police'] as const).map((k) => portal.signIn(k)),
    );
  };
  // The Brooks' case, allocated to Sam ten days ago: first contact made, the plan started, and
  // Leah's consent to share with the health visiting service recorded.
  const theBrooksCase = async () => {
    const child = { lastName: 'Brook', child: true };
    const family = await aFamily(portal, {
      addressLine1: '12 Alder Close',
      postcode: 'NF1 4QT',
      people: [
        { firstName: 'Leah', lastName: 'Brook', dateOfBirth: '1991-03-14', child: false, relationship: 'Mother' },
        { ...child, firstName: 'Mia', dateOfBirth: '2017-06-02', relationship: 'Daughter' },
        { ...child, firstName: 'Oscar', dateOfBirth: '2020-09-21', relationship: 'Son' },
      ],
    });
    const made = await aCase(portal, { familyId: family.id, lead: 'schoolPractitioner', allocatedOn: '2026-11-08' });
    caseId = made.id;
    caseReference = made.reference;
    await must(
      sam.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
        input: { caseId, version: await caseVersion(), outcome: 'CONTACTED', contactedOn: '2026-11-16' },
      }),
    );
    await must(sam.gql(`mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }`, { id: caseId }));
    const consent = await must(
      sam.gql(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id current } }`, {
        input: {
          caseId,
          givenByPersonId: family.personIds[0],
          competenceConfirmed: false,
          agencyIds: [portal.ids.agencies.health],
          givenOn: '2026-11-17',
        },
      }),
    );
    consentId = (consent.data?.recordConsent as { id: string }).id;
  };

  interface Team {
    canManage: boolean;
    canLeave: boolean;
    members: { userId: string; isLead: boolean; basisLabel: string; role: string }[];
    pendingInvitations: { id: string; inviteeId: string; version: number }[];
    history: { inviteeId: string; status: string; reason: string | null }[];
  }
  interface Invitation {
    id: string;
    caseReference: string;
    familyLabel: string;
    role: string;
    basisLabel: string;
    invitedByName: string;
    version: number;
  }

  // A portal for the tests of a block, started after the block before it is closed.
  const aPortalForTheseTests = () => {
    beforeAll(async () => {
      portal = await startTestPortal();
      await signInEveryone();
    });
    afterAll(() => portal.close());
  };
  beforeEach(theBrooksCase);

  describe('working on the case', () => {
    aPortalForTheseTests();

    it('refuses an invitation on consent to an agency the family has not agreed to share with, naming the field, and writes nothing', async () => {
      const r = await inviteOnConsent(sam, ids().cgl, 'Substance misuse worker');
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(fields(r)).toEqual(['basis']);
      const noReason = await inviteLawfully(sam, ids().cgl, 'Substance misuse worker', 'SAFEGUARDING', '  ');
      expect(fields(noReason)).toEqual(['lawfulBasisReason']);
      expect(await portal.db.query(`SELECT id FROM case_team_invitation WHERE case_id = $1`, [caseId])).toEqual([]);
    });

    it('answers CONFLICT to an invitation made on a stale version of the case', async () => {
      // First contact has moved the case on from version 1.
      expect(await caseVersion()).toBeGreaterThan(1);
      const r = await invite(sam, { caseId, version: 1, inviteeId: ids().healthVisitor, role: 'Health visitor', basis: 'CONSENT' });
      expect(code(r)).toBe('CONFLICT');
    });

    it('lets the lead invite the health visitor on the family’s consent, with a chronology line and a notification to her alone', async () => {
      const r = await inviteOnConsent(sam, ids().healthVisitor, 'Health visitor');
      expect(code(r)).toBe('OK');
      expect(await events('TEAM_INVITATION_SENT')).toEqual([
        'Hannah Lee (Northfield Health Visiting Service) invited to the team as Health visitor, on the family’s consent to share with their agency',
      ]);
      const [told] = await outbox('TEAM_INVITATION');
      expect(told).toEqual({ job: 'team.update', to: [ids().healthVisitor] });
      // She sees only what she needs to decide: the reference, the surname's initial, who asked.
      const [mine] = await myInvitations(hannah);
      expect(mine).toMatchObject({
        familyLabel: 'B. family',
        role: 'Health visitor',
        basisLabel: 'The family’s consent to share with their agency',
        invitedByName: 'Sam Carter',
      });
      expect(mine.caseReference).toMatch(/^C-/);
      expect(await myInvitations(sam)).toEqual([]);
      // A second invitation to the same person is refused.
      const again = await inviteOnConsent(sam, ids().healthVisitor, 'Health visitor');
      expect(fields(again)).toEqual(['inviteeId']);
    });

    it('keeps a lawful-basis invitee out of the case until they accept; the invitation alone shows nothing of it', async () => {
      const r = await inviteLawfully(
        sam,
        ids().cgl,
        'Substance misuse worker',
        'SAFEGUARDING',
        'Mother’s drinking puts the children at risk of harm',
      );
      expect(code(r)).toBe('OK');
      expect(code(await read(morgan))).toBe('NOT_FOUND');
      const [mine] = await myInvitations(morgan);
      expect(mine.basisLabel).toBe('Lawful basis: Safeguarding a child or adult at risk');
      expect(JSON.stringify(mine)).not.toContain('drinking');
      // Someone else cannot accept it, and it looks missing to them.
      expect(code(await alex.gql(ACCEPT, { input: { invitationId: mine.id, version: mine.version } }))).toBe('NOT_FOUND');
      expect(code(await morgan.gql(ACCEPT, { input: { invitationId: mine.id, version: mine.version + 1 } }))).toBe('CONFLICT');
      const accepted = (await morgan.gql(ACCEPT, { input: { invitationId: mine.id, version: mine.version } })) as Result;
      expect(accepted.data?.acceptTeamInvitation).toEqual({ id: caseId, team: { canLeave: true } });
      expect(await events('TEAM_MEMBER_JOINED')).toEqual(['Morgan Price (CGL Northfield) joined the team as Substance misuse worker']);
      expect(await outbox('TEAM_INVITATION_ACCEPTED')).toEqual([{ job: 'case.update', to: [ids().schoolPractitioner] }]);
      expect(code(await morgan.gql(ACCEPT, { input: { invitationId: mine.id, version: mine.version + 1 } }))).toBe('NOT_FOUND');
    });

    it('lets the health visitor accept and shows the team with each member’s footing', async () => {
      // Invited on the family's consent; CGL has since joined on a lawful basis.
      await must(inviteOnConsent(sam, ids().healthVisitor, 'Health visitor'));
      await caseWithTeam(['cgl']);
      const [mine] = await myInvitations(hannah);
      expect(code(await hannah.gql(ACCEPT, { input: { invitationId: mine.id, version: mine.version } }))).toBe('OK');
      const t = await team(sam);
      expect(t.canManage).toBe(true);
      expect(t.canLeave).toBe(false);
      expect(t.members.map((m) => [m.userId, m.isLead, m.basisLabel])).toEqual([
        [ids().schoolPractitioner, true, 'Leads the case'],
        [ids().cgl, false, 'Lawful basis: Safeguarding a child or adult at risk'],
        [ids().healthVisitor, false, 'The family’s consent to share with their agency'],
      ]);
      expect(t.pendingInvitations).toEqual([]);
    });

    it('refuses a member who is not the lead when they invite, withdraw or remove (FORBIDDEN)', async () => {
      await caseWithTeam(['healthVisitor', 'cgl']);
      expect((await team(morgan)).canManage).toBe(false);
      const r = await inviteLawfully(morgan, ids().police, 'Police', 'PUBLIC_TASK', 'x');
      expect(code(r)).toBe('FORBIDDEN');
      expect(code(await morgan.gql(REMOVE, { input: { caseId, userId: ids().healthVisitor, reason: 'x' } }))).toBe('FORBIDDEN');
      // The police, outside the team and the consent, do not even see the case.
      expect(code(await inviteOnConsent(alex, ids().police, 'Police'))).toBe('NOT_FOUND');
    });

    it('lets members add notes and actions to the chronology, and write only the plan sections the lead assigned them', async () => {
      await caseWithTeam(['cgl', 'healthVisitor']);
      const noted = (await morgan.gql(NOTE, {
        input: { caseId, kind: 'ACTION_TAKEN', text: 'Home visit: recovery group booked' },
      })) as Result;
      expect(code(noted)).toBe('OK');
      expect(await events('MEMBER_ACTION')).toEqual(['Action taken by Morgan Price (CGL Northfield): Home visit: recovery group booked']);
      expect(code(await alex.gql(NOTE, { input: { caseId, kind: 'NOTE', text: 'x' } }))).toBe('NOT_FOUND');

      const story = { caseId, expectedVersion: 0, story: 'Leah’s story', language: 'English', interpreterNeeded: false };
      expect(code(await morgan.gql(SAVE_STORY, { input: story }))).toBe('FORBIDDEN');
      expect(code(await morgan.gql(ASSIGN, { input: { caseId, sectionKey: 'FAMILY_STORY', userId: ids().cgl } }))).toBe('FORBIDDEN');
      const assigned = (await sam.gql(ASSIGN, { input: { caseId, sectionKey: 'FAMILY_STORY', userId: ids().cgl } })) as Result;
      expect(code(assigned)).toBe('OK');
      expect(await events('PLAN_SECTION_ASSIGNED')).toEqual(['The family’s story assigned to Morgan Price']);
      expect(code(await sam.gql(ASSIGN, { input: { caseId, sectionKey: 'FAMILY_STORY', userId: ids().police } }))).toBe('BAD_USER_INPUT');
      expect(code(await morgan.gql(SAVE_STORY, { input: story }))).toBe('OK');
      const signs = { caseId, expectedVersion: 0, worries: 'w', workingWell: 'g', needsToHappen: 'n' };
      expect(code(await morgan.gql(SAVE_SIGNS, { input: signs }))).toBe('FORBIDDEN');
      expect(code(await hannah.gql(SAVE_STORY, { input: { ...story, expectedVersion: 1 } }))).toBe('FORBIDDEN');
      // The lead keeps every section, and the plan's submission.
      expect(code(await sam.gql(SAVE_SIGNS, { input: signs }))).toBe('OK');
      expect(code(await morgan.gql(`mutation($id: ID!) { submitMyFamilyPlan(caseId: $id, version: 1) { status } }`, { id: caseId }))).toBe(
        'FORBIDDEN',
      );
      const seen = (await morgan.gql(`query($id: ID!) { case(id: $id) { plan { canAssignSections sections { key canEdit } } } }`, {
        id: caseId,
      })) as Result;
      const plan = (seen.data?.case as { plan: { canAssignSections: boolean; sections: { key: string; canEdit: boolean }[] } }).plan;
      expect(plan.canAssignSections).toBe(false);
      expect(plan.sections.filter((s) => s.canEdit).map((s) => s.key)).toEqual(['FAMILY_STORY']);
    });

    it('records who came to a team meeting and who sent apologies', async () => {
      await caseWithTeam(['cgl', 'healthVisitor']);
      await portal.db.query(`UPDATE my_family_plan SET status = 'ACTIVE' WHERE case_id = $1`, [caseId]);
      const REVIEW = `mutation($input: RecordReviewInput!) { recordReview(input: $input) { teamAttendance { userId name attendance attendanceLabel } } }`;
      const base = {
        caseId,
        heldOn: '2026-11-18',
        attendees: 'Leah and the team',
        goalProgress: 'Better mornings',
        familyView: 'Calmer',
        childViews: [],
      };
      const outsider = (await sam.gql(REVIEW, {
        input: { ...base, teamAttendance: [{ userId: ids().police, attendance: 'PRESENT' }] },
      })) as Result;
      expect(fields(outsider)).toEqual(['teamAttendance.0.userId']);
      const r = (await sam.gql(REVIEW, {
        input: {
          ...base,
          teamAttendance: [
            { userId: ids().cgl, attendance: 'PRESENT' },
            { userId: ids().healthVisitor, attendance: 'APOLOGIES' },
          ],
        },
      })) as Result;
      expect(r.data?.recordReview).toEqual({
        teamAttendance: [
          { userId: ids().cgl, name: 'Morgan Price', attendance: 'PRESENT', attendanceLabel: 'Present' },
          { userId: ids().healthVisitor, name: 'Hannah Lee', attendance: 'APOLOGIES', attendanceLabel: 'Apologies sent' },
        ],
      });
    });

    it('ends a consent-based member’s access at once when the family withdraws consent for her agency; a lawful-basis member keeps it', async () => {
      await caseWithTeam(['healthVisitor', 'cgl']);
      expect(code(await read(hannah))).toBe('OK');
      const withdrawn = await sam.gql(WITHDRAW_CONSENT, { id: consentId });
      expect(code(withdrawn as Result)).toBe('OK');
      expect(code(await read(hannah))).toBe('NOT_FOUND');
      expect(code(await hannah.gql(NOTE, { input: { caseId, kind: 'NOTE', text: 'x' } }))).toBe('NOT_FOUND');
      expect(code(await read(morgan))).toBe('OK');
      // Still named on the case (and so listed by the lead), but without the consent the naming gives her nothing.
      expect((await team(sam)).members.map((m) => m.userId)).toContain(ids().healthVisitor);
    });

    it('lets the lead remove a member with a reason (never the lead), telling them; a former member cannot read the case', async () => {
      // The health visitor joined on the family's consent, which the family has since withdrawn.
      await caseWithTeam(['healthVisitor']);
      await must(sam.gql(WITHDRAW_CONSENT, { id: consentId }));
      expect(fields((await sam.gql(REMOVE, { input: { caseId, userId: ids().schoolPractitioner, reason: 'x' } })) as Result)).toEqual([
        'userId',
      ]);
      expect(fields((await sam.gql(REMOVE, { input: { caseId, userId: ids().healthVisitor, reason: ' ' } })) as Result)).toEqual([
        'reason',
      ]);
      const r = (await sam.gql(REMOVE, {
        input: { caseId, userId: ids().healthVisitor, reason: 'The family withdrew consent' },
      })) as Result;
      expect(code(r)).toBe('OK');
      expect(await events('TEAM_MEMBER_REMOVED')).toEqual([
        'Hannah Lee (Northfield Health Visiting Service) was removed from the team: The family withdrew consent',
      ]);
      expect(await outbox('TEAM_MEMBER_REMOVED')).toEqual([{ job: 'team.update', to: [ids().healthVisitor] }]);
      expect(code(await sam.gql(REMOVE, { input: { caseId, userId: ids().healthVisitor, reason: 'again' } }))).toBe('CONFLICT');
      expect((await team(sam)).history).toContainEqual({
        id: expect.any(String),
        inviteeId: ids().healthVisitor,
        status: 'REMOVED',
        statusLabel: 'Removed from the team',
        reason: 'The family withdrew consent',
      });
      expect(code(await read(hannah))).toBe('NOT_FOUND');
    });

    it('lets a member leave; from then on they cannot read the case, and the lead is told', async () => {
      // CGL's worker holds the family's story.
      await caseWithTeam(['cgl']);
      await must(sam.gql(ASSIGN, { input: { caseId, sectionKey: 'FAMILY_STORY', userId: ids().cgl } }));
      expect(await assignments()).toHaveLength(1);
      expect(code(await sam.gql(LEAVE, { id: caseId }))).toBe('FORBIDDEN');
      expect(code(await morgan.gql(LEAVE, { id: caseId }))).toBe('OK');
      expect(await events('TEAM_MEMBER_LEFT')).toEqual(['Morgan Price (CGL Northfield) left the team']);
      expect(await outbox('TEAM_MEMBER_LEFT')).toEqual([{ job: 'case.update', to: [ids().schoolPractitioner] }]);
      expect(code(await read(morgan))).toBe('NOT_FOUND');
      // Their plan section goes back to the lead.
      expect(await assignments()).toEqual([]);
      expect(code(await morgan.gql(LEAVE, { id: caseId }))).toBe('NOT_FOUND');
    });

    it('lets the invited person decline with a reason, telling the lead; they still cannot read the case', async () => {
      await inviteLawfully(sam, ids().police, 'Police early help officer', 'PUBLIC_TASK', 'Call-outs to the address');
      const [mine] = await myInvitations(alex);
      expect(fields((await alex.gql(DECLINE, { input: { invitationId: mine.id, version: mine.version, reason: '' } })) as Result)).toEqual([
        'reason',
      ]);
      expect(code(await alex.gql(DECLINE, { input: { invitationId: mine.id, version: mine.version + 3, reason: 'No capacity' } }))).toBe(
        'CONFLICT',
      );
      expect(
        code(await alex.gql(DECLINE, { input: { invitationId: mine.id, version: mine.version, reason: 'No capacity this term' } })),
      ).toBe('OK');
      expect(await events('TEAM_INVITATION_DECLINED')).toEqual([
        'Alex Morgan declined the invitation to join the team: No capacity this term',
      ]);
      expect(await outbox('TEAM_INVITATION_DECLINED')).toEqual([{ job: 'case.update', to: [ids().schoolPractitioner] }]);
      expect(await myInvitations(alex)).toEqual([]);
      expect(code(await read(alex))).toBe('NOT_FOUND');
    });

    it('lets the lead withdraw an invitation not yet answered, telling the invitee', async () => {
      await inviteLawfully(sam, ids().police, 'Police early help officer', 'PUBLIC_TASK', 'Call-outs to the address');
      const [pending] = (await team(sam)).pendingInvitations;
      expect(code(await sam.gql(WITHDRAW, { input: { invitationId: pending.id, version: pending.version + 1 } }))).toBe('CONFLICT');
      expect(code(await alex.gql(WITHDRAW, { input: { invitationId: pending.id, version: pending.version } }))).toBe('NOT_FOUND');
      expect(code(await sam.gql(WITHDRAW, { input: { invitationId: pending.id, version: pending.version } }))).toBe('OK');
      expect(await events('TEAM_INVITATION_WITHDRAWN')).toEqual(['The invitation to Alex Morgan to join the team was withdrawn']);
      expect((await outbox('TEAM_INVITATION_WITHDRAWN')).map((o) => o.to)).toEqual([[ids().police]]);
      expect(await myInvitations(alex)).toEqual([]);
    });
  });

  // Removing accounts cannot be undone: this test has a portal of its own.
  describe('when an account is removed', () => {
    aPortalForTheseTests();

    it('ends a removed account’s memberships and withdraws its open invitations, so the team’s history says so', async () => {
      // The health visitor was on the team until the family withdrew consent.
      await caseWithTeam(['healthVisitor']);
      await must(sam.gql(REMOVE, { input: { caseId, userId: ids().healthVisitor, reason: 'The family withdrew consent' } }));
      // The police officer joins; the health visitor is invited again. Neither leads a case.
      expect(code(await inviteLawfully(sam, ids().police, 'Police early help officer', 'PUBLIC_TASK', 'Call-outs'))).toBe('OK');
      const [forAlex] = await myInvitations(alex);
      expect(code(await alex.gql(ACCEPT, { input: { invitationId: forAlex.id, version: forAlex.version } }))).toBe('OK');
      expect(code(await inviteLawfully(sam, ids().healthVisitor, 'Health visitor', 'SAFEGUARDING', 'Missed checks'))).toBe('OK');
      const fpt = await portal.signIn('fptManager');
      for (const userId of [ids().police, ids().healthVisitor]) {
        const removed = (await fpt.gql('mutation($userId: ID!) { removeUserFromAgency(userId: $userId) { active } }', {
          userId,
        })) as Result;
        expect(code(removed)).toBe('OK');
      }
      const t = await team(sam);
      expect(t.pendingInvitations).toEqual([]);
      expect(t.members.map((m) => m.userId)).toEqual([ids().schoolPractitioner]);
      const statuses = (userId: string) => t.history.filter((h) => h.inviteeId === userId).map((h) => [h.status, h.reason]);
      expect(statuses(ids().healthVisitor)).toEqual([
        ['WITHDRAWN', null],
        ['REMOVED', 'The family withdrew consent'],
      ]);
      expect(statuses(ids().police)[0]).toEqual(['REMOVED', 'account removed']);
    });
  });
});
