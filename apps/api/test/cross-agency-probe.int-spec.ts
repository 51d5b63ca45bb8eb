import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { DemoUserKey } from '../src/database/seed-data';
import { Session, startTestPortal, TestPortal } from './test-app';

// Every door in the schema, tried by every partner agency's practitioner against a family their
// agency has no part in: refused, nothing returned, nothing changed. The list of doors comes
// from the running schema, so a door added tomorrow is probed tomorrow without editing this file.

// Doors that are not about another agency's records, and why.
const NOT_RECORD_DOORS: Record<string, string> = {
  signIn: 'public: takes credentials, not records',
  signOut: 'ends the caller’s own session',
  raiseSharingAlert: 'by design anyone may send information into a family’s case; the receipt names nothing (sharing-alerts.int-spec)',
  markNotificationsRead: 'the caller’s own inbox',
  setNotificationPreference: 'the caller’s own settings',
  forumCalendarLink: 'issues the caller’s own calendar feed link (meeting dates only)',
  recordEncompassNotification:
    'a police officer sends information about children into the portal; the answer never says whom it matched (operation-encompass.int-spec); anyone else is refused',
};

// Partner practitioners with no part in the Brook family's case (led by Oakwood Primary). Some
// were in its team around the family and are no longer: the police officer left, the health
// visitor was removed, the Riverside DSL declined her invitation. None may reach it.
const OUTSIDERS: DemoUserKey[] = ['schoolDsl', 'police', 'healthVisitor', 'harbour', 'cgl'];
// The council's own team oversees every partner-led family by design (DOMAIN.md), so for them
// "another agency's record" is the part of a case that belongs to its agency alone: restricted
// information Oakwood recorded. Their other limits are pinned in access-matrix.int-spec.ts.
const COUNCIL_TEAM: DemoUserKey[] = ['frontDoor', 'fptManager'];
const RESTRICTED_TEXT = 'Oakwood-only note about the home';
const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];

interface Door {
  readonly kind: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
}

function hasIdArgument(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => hasIdArgument(f.type, seen));
}

// A plausible value for every argument, so that a door's access check is reached rather than
// only its validation; every ID is the foreign record being probed.
function valueFor(type: GraphQLInputType, name: string, id: string): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, id);
  if (isListType(type)) return [valueFor(type.ofType, name, id)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) || getNamedType(f.type).name === 'ID')
        .map((f) => [f.name, valueFor(f.type, f.name, id)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'ID':
      return id;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'String':
      if (/(date|On|Due|byWhen|dateOfBirth)$/i.test(name)) return '2026-11-18';
      if (/startsAt|time/i.test(name)) return '10:00';
      if (/email/i.test(name)) return 'probe@example.org';
      return 'Probe';
    default:
      return '2026-11-18T10:00:00.000Z';
  }
}

// Every field that needs no argument, two levels down: deep enough to reach a case's family,
// plan, chronology and restricted entries, within the API's cost limit.
function selectionOf(type: GraphQLObjectType, levels = 2): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const parts = fields.flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    return levels > 1 && isObjectType(named) ? [`${f.name} ${selectionOf(named, levels - 1)}`] : [];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

function operationFor(door: Door): string {
  const args = door.field.args as readonly GraphQLArgument[];
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returned = getNamedType(door.field.type);
  const selection = isObjectType(returned) ? selectionOf(returned) : '';
  return `${door.kind}${declared ? `(${declared})` : ''} { ${door.field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

describe('every door against another agency’s family', () => {
  let portal: TestPortal;
  let doors: Door[];
  let foreignIds: string[];
  let markers: string[];

  async function familyTablesChecksum(): Promise<string> {
    const tables: { tablename: string }[] = await portal.db.query(
      `SELECT c.relname AS tablename FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1`,
    );
    const sums: string[] = [];
    for (const { tablename } of tables) {
      const [{ sum }] = await portal.db.query(
        `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM ${tablename} t`,
      );
      sums.push(`${tablename}:${sum}`);
    }
    return sums.join('\n');
  }

  // Invites `user` to the Brook team on a recorded lawful basis; with `end`, they accept and then
  // leave the team as `end` makes them; without, they decline.
  async function formerMember(user: DemoUserKey, end: ((s: Session) => Promise<unknown>) | null): Promise<void> {
    const sam = await portal.signIn('schoolPractitioner');
    const caseId = portal.ids.cases.brook;
    const [{ version }] = await portal.db.query(`SELECT version FROM early_help_case WHERE id = $1`, [caseId]);
    const invited = await sam.gql(`mutation($i: InviteToTeamInput!) { inviteToTeam(input: $i) { id } }`, {
      i: {
        caseId,
        version,
        inviteeId: portal.ids.users[user],
        role: 'Probe member',
        basis: 'LAWFUL_BASIS',
        lawfulBasis: 'PUBLIC_TASK',
        lawfulBasisReason: 'Probe',
      },
    });
    expect(invited.errors).toBeUndefined();
    const session = await portal.signIn(user);
    const mine = await session.gql<{ teamInvitations: { id: string; version: number }[] }>(`{ teamInvitations { id version } }`);
    const [invitation] = mine.data!.teamInvitations;
    const answer = end
      ? await session.gql(`mutation($i: TeamInvitationVersionInput!) { acceptTeamInvitation(input: $i) { id } }`, {
          i: { invitationId: invitation.id, version: invitation.version },
        })
      : await session.gql(`mutation($i: DeclineTeamInvitationInput!) { declineTeamInvitation(input: $i) }`, {
          i: { invitationId: invitation.id, version: invitation.version, reason: 'Probe' },
        });
    expect(answer.errors).toBeUndefined();
    if (end) expect(((await end(session)) as { errors?: unknown }).errors).toBeUndefined();
  }

  // Every door, every foreign id: what came back that should not have.
  async function probe(session: Session, ids: readonly string[] = foreignIds, marks: readonly string[] = markers): Promise<string[]> {
    const leaks: string[] = [];
    for (const door of doors) {
      const query = operationFor(door);
      const takesIds = door.field.args.some((a) => hasIdArgument(a.type));
      for (const id of takesIds ? ids : [ids[0]]) {
        const variables = Object.fromEntries(door.field.args.map((a) => [a.name, valueFor(a.type, a.name, id)]));
        const result = await session.gql<Record<string, unknown>>(query, variables);
        const body = JSON.stringify(result.data ?? null);
        const leaked = marks.filter((m) => body.includes(m));
        const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
        if (leaked.length) leaks.push(`${door.field.name} returned ${leaked.join(', ')}`);
        if (codes.some((c) => !REFUSALS.includes(c))) leaks.push(`${door.field.name} answered ${codes.join(', ')}`);
        // A refusal for the probe's own size would prove nothing about access.
        if (result.errors?.some((e) => /limit/i.test(e.message)))
          leaks.push(`${door.field.name} was too big to ask: ${result.errors[0].message}`);
        if (door.kind === 'mutation' && !result.errors?.length) leaks.push(`${door.field.name} succeeded`);
      }
    }
    return leaks;
  }

  // Every query door, every foreign id: the doors that answered, and those whose answer held the
  // content of Oakwood's restricted information.
  async function restrictedLeaks(session: Session): Promise<{ leaks: string[]; answered: Set<string> }> {
    const leaks: string[] = [];
    const answered = new Set<string>();
    for (const door of doors.filter((d) => d.kind === 'query')) {
      for (const id of door.field.args.some((a) => hasIdArgument(a.type)) ? foreignIds : [foreignIds[0]]) {
        const variables = Object.fromEntries(door.field.args.map((a) => [a.name, valueFor(a.type, a.name, id)]));
        const result = await session.gql<Record<string, unknown>>(operationFor(door), variables);
        if (JSON.stringify(result).includes(RESTRICTED_TEXT)) leaks.push(door.field.name);
        if (result.data?.[door.field.name]) answered.add(door.field.name);
      }
    }
    return { leaks, answered };
  }

  beforeAll(async () => {
    portal = await startTestPortal();
    const schema = portal.app.get(GraphQLSchemaHost).schema;
    doors = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ].filter((d) => !(d.field.name in NOT_RECORD_DOORS));

    // Give the Brook family's case a plan, a Forum item, a mentoring request and an alert, so
    // there is something behind every kind of door.
    const brook = portal.ids.cases.brook;
    const sam = await portal.signIn('schoolPractitioner');
    const chair = await portal.signIn('fptManager');
    await sam.gql(`mutation($i: RecordFirstContactInput!) { recordFirstContact(input: $i) { status } }`, {
      i: { caseId: brook, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-16' },
    });
    await sam.gql(`mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }`, { id: brook });
    await sam.gql(`mutation($i: SaveFamilyStoryInput!) { saveFamilyStory(input: $i) { version } }`, {
      i: { caseId: brook, expectedVersion: 0, story: 'Leah says mornings are hard.', language: 'English', interpreterNeeded: false },
    });
    const meetings = await chair.gql<{ scheduleForumMeetings: { id: string }[] }>(
      `mutation($i: ScheduleMeetingsInput!) { scheduleForumMeetings(input: $i) { id } }`,
      { i: { firstMeetsOn: '2026-12-03', startsAt: '14:00', place: 'Family Hub', count: 1, agendaCutoffWorkingDays: 2 } },
    );
    await sam.gql(`mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`, {
      i: {
        meetingId: meetings.data!.scheduleForumMeetings[0].id,
        caseId: brook,
        reason: 'CONSIDERING_ESCALATION',
        summary: 'Worries are growing.',
      },
    });
    await sam.gql(`mutation($i: RequestMentoringInput!) { requestMentoring(input: $i) { id } }`, {
      i: { caseId: brook, topic: 'ENGAGING_THE_FAMILY', question: 'How do we involve dad?' },
    });
    const restricted = await sam.gql<{ recordRestrictedInformation: { id: string } }>(
      `mutation($i: RecordRestrictedInformationInput!) { recordRestrictedInformation(input: $i) { id } }`,
      { i: { caseId: brook, category: 'HEALTH_NOTE', content: RESTRICTED_TEXT, shareWithUserIds: [] } },
    );
    expect(restricted.errors).toBeUndefined();
    // The family's share and don't-share ledger holds a decision too.
    const decided = await sam.gql(`mutation($i: RecordShareDecisionInput!) { recordShareDecision(input: $i) { id } }`, {
      i: {
        caseId: brook,
        decision: 'NOT_SHARE',
        lawfulBasis: 'DUTY_TO_SHARE',
        reason: 'OTHER',
        reasonText: 'Mum says mornings are hard and asked us not to',
        whatShared: 'What mum said about mornings',
        sharedWithAgencyId: portal.ids.agencies.riverside,
      },
    });
    expect(decided.errors).toBeUndefined();
    await formerMember('police', (s) => s.gql(`mutation($id: ID!) { leaveTeam(caseId: $id) }`, { id: brook }));
    await formerMember('healthVisitor', () =>
      sam.gql(`mutation($i: RemoveFromTeamInput!) { removeFromTeam(input: $i) { id } }`, {
        i: { caseId: brook, userId: portal.ids.users.healthVisitor, reason: 'No longer needed' },
      }),
    );
    await formerMember('schoolDsl', null);

    const [ids] = await portal.db.query(
      `SELECT c.id AS case_id, c.reference AS case_ref, c.referral_id, r.reference AS referral_ref, c.family_id, f.reference AS family_ref,
              (SELECT array_agg(id::text) FROM person WHERE family_id = c.family_id) AS people,
              (SELECT id FROM my_family_plan WHERE case_id = c.id) AS plan_id,
              (SELECT array_agg(id::text) FROM agenda_item WHERE case_id = c.id) AS items,
              (SELECT array_agg(id::text) FROM mentoring_request WHERE case_id = c.id) AS mentoring,
              (SELECT array_agg(id::text) FROM case_team_invitation WHERE case_id = c.id) AS invitations,
              (SELECT array_agg(id::text) FROM share_decision WHERE case_id = c.id) AS decisions
         FROM early_help_case c JOIN referral r ON r.id = c.referral_id JOIN family f ON f.id = c.family_id WHERE c.id = $1`,
      [brook],
    );
    foreignIds = [
      ids.case_id,
      ids.referral_id,
      ids.family_id,
      ids.plan_id,
      ...ids.people,
      ...(ids.items ?? []),
      ...(ids.mentoring ?? []),
      ...(ids.invitations ?? []),
      ...(ids.decisions ?? []),
    ];
    expect(ids.items).toHaveLength(1);
    expect(ids.invitations).toHaveLength(3);
    expect(ids.mentoring).toHaveLength(1);
    markers = [...foreignIds, ids.case_ref, ids.referral_ref, ids.family_ref, 'Alder Close', 'Leah', 'mornings are hard', RESTRICTED_TEXT];
  });
  afterAll(() => portal.close());

  it('finds every door of the schema, and names a reason for each one it leaves out', () => {
    expect(doors.length).toBeGreaterThan(50);
    const all = [
      ...Object.keys(portal.app.get(GraphQLSchemaHost).schema.getQueryType()!.getFields()),
      ...Object.keys(portal.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()),
    ];
    expect(Object.keys(NOT_RECORD_DOORS).filter((name) => !all.includes(name))).toEqual([]);
  });

  it.each(OUTSIDERS)(
    'refuses %s at every door: nothing returned, nothing changed',
    async (user) => {
      const session = await portal.signIn(user);
      const before = await familyTablesChecksum();
      expect(await probe(session)).toEqual([]);
      expect(await familyTablesChecksum()).toBe(before);
    },
    120_000,
  );

  it.each(COUNCIL_TEAM)('never shows %s the content of another agency’s restricted information, at any door', async (user) => {
    const session = await portal.signIn(user);
    const { leaks, answered } = await restrictedLeaks(session);
    // The case itself is theirs to read: the probe reaches it, so the absence above means something.
    const seen = await session.gql<{ case: { restrictedInformation: { category: string; content: string | null }[] } }>(
      `query($id: ID!) { case(id: $id) { restrictedInformation { category content } } }`,
      { id: foreignIds[0] },
    );
    expect(seen.data!.case.restrictedInformation).toEqual([{ category: 'HEALTH_NOTE', content: null }]);
    expect(['case', 'caseload', 'referral'].filter((name) => !answered.has(name))).toEqual([]);
    expect(leaks).toEqual([]);
  });

  // An Operation Encompass notification about a Brook child, recorded by the police for Oakwood:
  // another school, other partners and the council's team (it is not theirs: in the council, not
  // escalated) reach it at no door, by the notification's id or its route's.
  it('refuses every door to an Operation Encompass notification to all with no part in it', async () => {
    const police = await portal.signIn('police');
    const summary = 'Probe: officers attended the Brook home';
    const recorded = await police.gql<{ recordEncompassNotification: { id: string; routes: { id: string }[] } }>(
      `mutation($i: RecordEncompassNotificationInput!) { recordEncompassNotification(input: $i) { id routes { id } } }`,
      {
        i: {
          incidentReference: 'PROBE-ENC-1',
          occurredAt: '2026-11-18T08:00:00.000Z',
          summary,
          children: [{ firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02' }],
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const notification = recorded.data!.recordEncompassNotification;
    const ids = [notification.id, ...notification.routes.map((r) => r.id)];
    for (const user of ['schoolDsl', 'healthVisitor', 'harbour', 'frontDoor'] as DemoUserKey[]) {
      const session = await portal.signIn(user);
      const before = await familyTablesChecksum();
      expect(await probe(session, ids, [...ids, summary, 'PROBE-ENC-1'])).toEqual([]);
      expect(await familyTablesChecksum()).toBe(before);
    }
  }, 240_000);

  // Runs last: a member of the team sees the case (not Oakwood's restricted information); once
  // they leave, they are refused at every door like any outsider.
  it('shows a current team member the case but never another agency’s restricted information, and refuses them once they leave', async () => {
    const brook = portal.ids.cases.brook;
    let member: Session | null = null;
    await formerMember('cgl', async (s) => {
      member = s;
      const { leaks, answered } = await restrictedLeaks(s);
      expect(['case', 'caseload'].filter((name) => !answered.has(name))).toEqual([]);
      expect(leaks).toEqual([]);
      return s.gql(`mutation($id: ID!) { leaveTeam(caseId: $id) }`, { id: brook });
    });
    const former = member as Session | null;
    expect(former).not.toBeNull();
    const before = await familyTablesChecksum();
    expect(await probe(former!)).toEqual([]);
    expect(await familyTablesChecksum()).toBe(before);
  }, 180_000);
});
