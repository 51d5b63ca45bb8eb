import { DEMO_PASSWORD } from '../src/database/seed-data';
import { post, session, startTestPortal, TestPortal } from './test-app';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { displayName role agency { name } } }';

describe('signing in', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  it('signs in a seeded user with an httpOnly, same-site session cookie', async () => {
    const { result, setCookie } = await post(portal.url, { query: SIGN_IN, variables: { e: 'SFP@oakwood.example.org', p: DEMO_PASSWORD } });
    expect(result.data).toEqual({ signIn: { displayName: 'Sam Carter', role: 'PRACTITIONER', agency: { name: 'Oakwood Primary School' } } });
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
    const { setCookie } = await post(portal.url, { query: SIGN_IN, variables: { e: 'dsl@riverside.example.org', p: DEMO_PASSWORD } });
    const cookie = setCookie!.split(';')[0];
    const me = session(portal.url, cookie);
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
