import { DEMO_PASSWORD } from '../src/database/seed-data';
import { post, startTestPortal, TestPortal } from './test-app';

const MOVE = `mutation($userId: ID!, $agencyId: ID!, $expectedVersion: Int) {
  moveUserToAgency(userId: $userId, agencyId: $agencyId, expectedVersion: $expectedVersion) { id agency { name } active version }
}`;
const REMOVE = 'mutation($userId: ID!) { removeUserFromAgency(userId: $userId) { id active } }';
const CASE = 'query($id: ID!) { case(id: $id) { reference chronology { type summary } } }';

describe('moving or removing a person takes effect at their very next request', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  const count = async (sql: string, params: unknown[]): Promise<number> => ((await portal.db.query(sql, params)) as { n: number }[])[0].n;

  it('signs out a moved practitioner at once and ends their access to the case they were named on', async () => {
    const { users, agencies, cases } = portal.ids;
    // Alex Morgan (police) is a named professional on Hartley, which Harbour leads.
    const alex = await portal.signIn('police');
    expect((await alex.gql<{ case: { reference: string } }>(CASE, { id: cases.hartley })).errors).toBeUndefined();
    // Harbour shared restricted information with Alex in that role.
    const harbourLead = await portal.signIn('harbour');
    const shared = await harbourLead.gql<{ recordRestrictedInformation: { id: string } }>(
      'mutation($input: RecordRestrictedInformationInput!) { recordRestrictedInformation(input: $input) { id } }',
      {
        input: {
          caseId: cases.hartley,
          category: 'VICTIM_ADDRESS',
          content: 'Synthetic refuge address',
          shareWithUserIds: [users.police],
          lawfulBasis: 'SAFEGUARDING',
        },
      },
    );
    expect(shared.errors).toBeUndefined();

    const manager = await portal.signIn('fptManager');
    const moved = await manager.gql<{ moveUserToAgency: { agency: { name: string }; version: number } }>(MOVE, {
      userId: users.police,
      agencyId: agencies.oakwood,
      expectedVersion: 1,
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveUserToAgency).toEqual({
      id: users.police,
      agency: { name: 'Oakwood Primary School' },
      active: true,
      version: 2,
    });

    expect(await count('SELECT count(*)::int AS n FROM user_session WHERE user_id = $1 AND revoked_at IS NULL', [users.police])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM restricted_information WHERE $1 = ANY (shared_with_user_ids)', [users.police])).toBe(
      0,
    );

    // The cookie issued before the move is refused on its very next request.
    expect((await alex.gql('{ me { id } }')).data).toEqual({ me: null });
    expect((await alex.gql(CASE, { id: cases.hartley })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // Signed in again, Alex sees what Oakwood sees, and Hartley answers as if it did not exist.
    const again = await portal.signIn('police');
    expect((await again.gql(CASE, { id: cases.hartley })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const caseload = await again.gql<{ caseload: { id: string }[] }>('{ caseload { id } }');
    expect(caseload.data!.caseload.map((c) => c.id)).toEqual([cases.brook]);

    // Harbour's chronology says why, without more than it already shows.
    const harbour = await portal.signIn('harbour');
    const hartley = await harbour.gql<{ case: { chronology: { type: string; summary: string }[] } }>(CASE, { id: cases.hartley });
    expect(hartley.data!.case.chronology).toContainEqual({
      type: 'NAMED_PROFESSIONAL_ENDED',
      summary: 'Alex Morgan is no longer a named professional: moved agency',
    });
    expect(await count('SELECT count(*)::int AS n FROM case_professional WHERE user_id = $1', [users.police])).toBe(0);
    const audit: { action: string; entity_id: string }[] = await portal.db.query(
      `SELECT action, entity_id FROM audit_event WHERE actor_id = $1 AND action IN ('MOVE_USER', 'END_NAMED_PROFESSIONAL') ORDER BY seq`,
      [users.fptManager],
    );
    expect(audit).toEqual([
      { action: 'MOVE_USER', entity_id: users.police },
      { action: 'END_NAMED_PROFESSIONAL', entity_id: cases.hartley },
    ]);
  });

  it('refuses to move the lead practitioner of an open case, naming how many, and changes nothing', async () => {
    const { users, agencies } = portal.ids;
    const sam = await portal.signIn('schoolPractitioner');
    const manager = await portal.signIn('fptManager');
    const refused = await manager.gql(MOVE, { userId: users.schoolPractitioner, agencyId: agencies.riverside });
    expect(refused.errors?.[0].extensions?.code).toBe('INVALID_STATE');
    expect(refused.errors?.[0].message).toMatch(
      /^They are the lead practitioner for 1 open case \(C-\d+\)\. Reallocate it first with “Change lead practitioner” on the case page\.$/,
    );
    const removal = await manager.gql(REMOVE, { userId: users.schoolPractitioner });
    expect(removal.errors?.[0].message).toMatch(/lead practitioner for 1 open case/);
    expect(
      await count('SELECT count(*)::int AS n FROM app_user WHERE id = $1 AND agency_id = $2 AND active', [
        users.schoolPractitioner,
        agencies.oakwood,
      ]),
    ).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM case_professional WHERE user_id = $1', [users.schoolPractitioner])).toBe(1);
    expect((await sam.gql<{ me: { id: string } }>('{ me { id } }')).data!.me).toEqual({ id: users.schoolPractitioner });
  });

  it('removes an account: named-professional roles and sessions end, and the person cannot sign in again', async () => {
    const { users, cases } = portal.ids;
    await portal.db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Named professional')`, [
      cases.nowak,
      users.healthVisitor,
    ]);
    const hannah = await portal.signIn('healthVisitor');
    expect((await hannah.gql(CASE, { id: cases.nowak })).errors).toBeUndefined();
    const manager = await portal.signIn('fptManager');
    const removed = await manager.gql<{ removeUserFromAgency: { active: boolean } }>(REMOVE, { userId: users.healthVisitor });
    expect(removed.data!.removeUserFromAgency).toEqual({ id: users.healthVisitor, active: false });
    expect((await hannah.gql(CASE, { id: cases.nowak })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const signIn = await post(portal.url, {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { next } }',
      variables: { e: 'health.visitor@health.example.org', p: DEMO_PASSWORD },
    });
    expect(signIn.setCookie).toBeNull();
    expect(signIn.result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const cgl = await portal.signIn('cgl');
    const nowak = await cgl.gql<{ case: { chronology: { summary: string }[] } }>(CASE, { id: cases.nowak });
    expect(nowak.data!.case.chronology.map((e) => e.summary)).toContain('Hannah Lee is no longer a named professional: account removed');
  });

  it('does not honour a session started in another agency, however the agency was changed', async () => {
    const { users, agencies } = portal.ids;
    const morgan = await portal.signIn('cgl');
    expect((await morgan.gql<{ me: { id: string } }>('{ me { id } }')).data!.me).toEqual({ id: users.cgl });
    // Behind the portal's back: the session is not revoked, only the agency changes.
    await portal.db.query('UPDATE app_user SET agency_id = $2 WHERE id = $1', [users.cgl, agencies.voluntary]);
    expect((await morgan.gql('{ me { id } }')).data).toEqual({ me: null });
    await portal.db.query('UPDATE app_user SET agency_id = $2 WHERE id = $1', [users.cgl, agencies.cgl]);
  });

  it('answers CONFLICT when the account changed since the manager looked', async () => {
    const { users, agencies } = portal.ids;
    const manager = await portal.signIn('fptManager');
    const stale = await manager.gql(MOVE, { userId: users.police, agencyId: agencies.riverside, expectedVersion: 1 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count('SELECT count(*)::int AS n FROM app_user WHERE id = $1 AND agency_id = $2', [users.police, agencies.oakwood])).toBe(
      1,
    );
  });

  it('refuses to move a Family Partnership Team member or into the council team', async () => {
    const { users, agencies } = portal.ids;
    const manager = await portal.signIn('fptManager');
    const frontDoor = await manager.gql(MOVE, { userId: users.frontDoor, agencyId: agencies.oakwood });
    expect(frontDoor.errors?.[0]).toMatchObject({
      message: 'Only practitioners can be moved between partner agencies',
      extensions: { code: 'INVALID_STATE' },
    });
    const intoTeam = await manager.gql(MOVE, { userId: users.police, agencyId: agencies.fpt });
    expect(intoTeam.errors?.[0].extensions?.fields).toEqual([
      { field: 'agencyId', message: 'Choose a partner agency, not the council’s Family Partnership Team' },
    ]);
  });

  it('lists people by agency for the FPT manager, with the open cases each leads', async () => {
    const manager = await portal.signIn('fptManager');
    const people = await manager.gql<{ people: { displayName: string; agency: { name: string }; openCasesLed: number }[] }>(
      '{ people { displayName agency { name } openCasesLed } }',
    );
    const sam = people.data!.people.find((p) => p.displayName === 'Sam Carter');
    expect(sam).toEqual({ displayName: 'Sam Carter', agency: { name: 'Oakwood Primary School' }, openCasesLed: 1 });
    expect(people.data!.people.map((p) => p.displayName)).not.toContain('Hannah Lee');
  });

  it.each(['frontDoor', 'schoolDsl'] as const)('refuses the people list, moves and removals to %s', async (user) => {
    const { users, agencies } = portal.ids;
    const session = await portal.signIn(user);
    expect((await session.gql('{ people { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await session.gql(MOVE, { userId: users.harbour, agencyId: agencies.cgl })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await session.gql(REMOVE, { userId: users.harbour })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      await count('SELECT count(*)::int AS n FROM app_user WHERE id = $1 AND agency_id = $2 AND active AND version = 1', [
        users.harbour,
        agencies.harbour,
      ]),
    ).toBe(1);
  });
});
