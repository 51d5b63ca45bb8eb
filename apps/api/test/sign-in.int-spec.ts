import { DEMO_PASSWORD } from '../src/database/seed-data';
import { checksPatienceAllows, FREE_CHECKS, post, startTestPortal, TestPortal } from './test-app';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { next } }';

describe('signing in', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('takes a seeded user’s password, asks for a second factor, and sets an httpOnly, same-site session cookie', async () => {
    const { result, setCookie } = await post(portal.url, { query: SIGN_IN, variables: { e: 'SFP@oakwood.example.org', p: DEMO_PASSWORD } });
    expect(result.data).toEqual({ signIn: { next: 'SET_UP_AUTHENTICATOR' } });
    expect(setCookie).toMatch(/^eh_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
  });

  it('gives one generic message for a wrong password and for an unknown account', async () => {
    const wrong = await post(portal.url, { query: SIGN_IN, variables: { e: 'worker@cgl.example.org', p: 'nope' } });
    const unknown = await post(portal.url, { query: SIGN_IN, variables: { e: 'nobody@cgl.example.org', p: 'nope' } });
    expect(wrong.result.errors).toEqual(unknown.result.errors);
    expect(wrong.result.errors?.[0]).toMatchObject({
      message: 'The email address or password is not right',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.setCookie).toBeNull();
  });

  it('slows down repeated failures for an account, even with the right password', async () => {
    const attempt = (p: string) => post(portal.url, { query: SIGN_IN, variables: { e: 'worker@harbour.example.org', p } });
    for (let i = 0; i < 5; i++) await attempt('wrong');
    const blocked = await attempt(DEMO_PASSWORD);
    expect(blocked.result.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.setCookie).toBeNull();
  });

  it('ends the session on sign-out, at the very next request', async () => {
    const me = await portal.signIn('schoolDsl');
    expect((await me.gql<{ me: { displayName: string } }>('{ me { displayName } }')).data!.me.displayName).toBe('Jo Patel');
    await me.gql('mutation { signOut }');
    expect((await me.gql('{ me { displayName } }')).data).toEqual({ me: null });
    expect((await me.gql('{ caseload { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the field when the email is malformed', async () => {
    const { result } = await post(portal.url, { query: SIGN_IN, variables: { e: 'not-an-email', p: 'x' } });
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'Enter an email address in the right format, like name@example.org' }],
    });
  });
});

describe('sessions and brute force', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('ends a session left idle for 30 minutes, on the next request', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    expect((await sam.gql<{ me: { displayName: string } }>('{ me { displayName } }')).data!.me.displayName).toBe('Sam Carter');
    await portal.db.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes'`);
    expect((await sam.gql('{ me { displayName } }')).data).toEqual({ me: null });
    expect((await sam.gql('{ caseload { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a session in use alive', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    await portal.db.query(`UPDATE user_session SET last_seen_at = now() - interval '29 minutes'`);
    await sam.gql('{ me { id } }');
    await portal.db.query(`UPDATE user_session SET last_seen_at = last_seen_at - interval '29 minutes'`);
    expect((await sam.gql<{ me: { displayName: string } | null }>('{ me { displayName } }')).data!.me).toEqual({
      displayName: 'Sam Carter',
    });
  });

  it('ends every session of a disabled account at its next request', async () => {
    const jo = await portal.signIn('schoolDsl');
    expect((await jo.gql('{ caseload { id } }')).errors).toBeUndefined();
    await portal.db.query('UPDATE app_user SET active = false WHERE id = $1', [portal.ids.users.schoolDsl]);
    expect((await jo.gql('{ caseload { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await portal.db.query('UPDATE app_user SET active = true WHERE id = $1', [portal.ids.users.schoolDsl]);
  });

  it('refuses many sign-in attempts packed into one request with aliases', async () => {
    // Within the alias limit (15), so the one-sign-in rule itself is what refuses; more aliases than
    // that are refused earlier by the limit (graphql-door.int-spec.ts).
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `a${i}: signIn(email: "worker@cgl.example.org", password: "guess${i}") { next }`,
    ).join('\n');
    const { result, setCookie, status } = await post(portal.url, { query: `mutation { ${aliases} }` });
    expect(status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message: 'Sign in once per request', extensions: { code: 'BAD_USER_INPUT' } });
    expect(setCookie).toBeNull();
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('sign-in attempts sent all at once', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('checks no more passwords for an account at once than one after another: the right one at #35 of 40 is refused', async () => {
    // Five failures are free; the sixth attempt waits. Each attempt is counted before its password
    // is checked, so a burst gets no more checks than patience would.
    const passwords = Array.from({ length: 40 }, (_, i) => (i === 34 ? DEMO_PASSWORD : `wrong-${i}`));
    // A first request of any kind, so the burst does not wait on the server's first-request work.
    await post(portal.url, { query: '{ me { id } }' });
    const started = Date.now();
    const answers = await Promise.all(
      passwords.map((p) => post(portal.url, { query: SIGN_IN, variables: { e: 'worker@cgl.example.org', p } })),
    );
    const codes = answers.map((a) => a.result.errors?.[0]?.extensions?.code ?? 'SIGNED_IN');
    const checked = codes.filter((c) => c !== 'TOO_MANY_ATTEMPTS');
    const allowed = checksPatienceAllows(Date.now() - started);
    expect(checked.length).toBeLessThanOrEqual(allowed);
    if (allowed === FREE_CHECKS) {
      // The whole burst was counted within the first lock's second: exactly the free five, all wrong.
      expect(checked).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(codes[34]).toBe('TOO_MANY_ATTEMPTS');
      expect(answers.map((a) => a.setCookie)).toEqual(passwords.map(() => null));
    }
  });

  it('counts only wrong passwords against an address: right ones are not charged once checked', async () => {
    // More right passwords in a row from one address than it has free failures (20).
    for (let i = 0; i < 25; i++) {
      const { result } = await post(portal.url, { query: SIGN_IN, variables: { e: 'frontdoor@northfield.example.org', p: DEMO_PASSWORD } });
      expect(result.errors).toBeUndefined();
    }
  });
});
