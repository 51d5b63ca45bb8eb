import { startTestPortal, TestPortal } from './test-app';

const ADD = 'mutation($input: AddAgencyInput!) { addAgency(input: $input) { id name agencyType } }';

describe('a council manages its own agencies', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('lets the FPT manager add an agency, which can then lead cases', async () => {
    const manager = await portal.signIn('fptManager');
    const added = await manager.gql<{ addAgency: { id: string; name: string } }>(ADD, {
      input: { name: '  Northfield   Youth Service ', agencyType: 'Voluntary sector' },
    });
    expect(added.data!.addAgency).toMatchObject({ name: 'Northfield Youth Service', agencyType: 'Voluntary sector' });
    const school = await portal.signIn('schoolPractitioner');
    const listed = await school.gql<{ agencies: { name: string }[] }>('{ agencies { name } }');
    expect(listed.data!.agencies.map((a) => a.name)).toContain('Northfield Youth Service');
  });

  it('refuses a duplicate name, naming the field', async () => {
    const manager = await portal.signIn('fptManager');
    const duplicate = await manager.gql(ADD, { input: { name: 'Harbour', agencyType: 'Domestic abuse service' } });
    expect(duplicate.errors?.[0].extensions?.fields).toEqual([{ field: 'name', message: 'An agency with this name already exists' }]);
  });

  it.each(['frontDoor', 'schoolPractitioner'] as const)('refuses %s', async (user) => {
    const session = await portal.signIn(user);
    const before = await portal.db.query('SELECT count(*)::int AS n FROM agency');
    const result = await session.gql(ADD, { input: { name: 'Rogue Agency', agencyType: 'Other' } });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await portal.db.query('SELECT count(*)::int AS n FROM agency')).toEqual(before);
  });
});

describe('in production mode', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal({ production: true });
  });
  afterAll(() => portal.close());

  it('refuses introspection and hides schema hints from errors', async () => {
    const school = await portal.signIn('schoolPractitioner');
    const introspection = await school.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.data ?? null).toBeNull();
    const typo = await school.gql('{ caselod { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('marks the session cookie Secure', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(email: "worker@cgl.example.org", password: "Demo-EarlyHelp-2026") { next } }',
      }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});
