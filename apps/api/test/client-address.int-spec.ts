import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../src/database/seed-data';
import { authenticatorCode, cookieOf, GraphqlResult, post, signInWithPassword, startTestPortal, TestPortal } from './test-app';

// The portal trusts X-Forwarded-For only from a proxy on the same machine (trust proxy
// 'loopback'); the tests connect from 127.0.0.1, so they stand where that proxy would.
describe('the client address in the audit trail', () => {
  let portal: TestPortal;
  let cookie: string;
  beforeAll(async () => {
    portal = await startTestPortal();
    const pending = await signInWithPassword(portal.url, DEMO_USERS.find((u) => u.key === 'fptManager')!.email);
    const begun = await post<{ beginMfaEnrolment: { setupKey: string } }>(
      portal.url,
      { query: 'mutation { beginMfaEnrolment { setupKey } }' },
      pending.cookie,
    );
    const done = await post(
      portal.url,
      {
        query: 'mutation($c: String!) { confirmMfaEnrolment(code: $c) { recoveryCodes } }',
        variables: { c: authenticatorCode(begun.result.data!.beginMfaEnrolment.setupKey) },
      },
      pending.cookie,
    );
    cookie = cookieOf(done.setCookie);
  });
  afterAll(() => portal.close());

  // Reads a case with the given X-Forwarded-For; answers the result and the address its audit row holds.
  async function readCase(forwardedFor: string): Promise<{ result: GraphqlResult<{ case: { id: string } }>; recorded: (string | null)[] }> {
    const requestId = randomUUID();
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-forwarded-for': forwardedFor, 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query($id: ID!) { case(id: $id) { id } }', variables: { id: portal.ids.cases.brook } }),
    });
    const result = (await response.json()) as GraphqlResult<{ case: { id: string } }>;
    const rows: { client_ip: string | null }[] = await portal.db.query('SELECT client_ip FROM audit_event WHERE request_id = $1', [
      requestId,
    ]);
    return { result, recorded: rows.map((r) => r.client_ip) };
  }

  it('records the address the trusted proxy gives', async () => {
    expect(await readCase('203.0.113.7')).toEqual({
      result: { data: { case: { id: portal.ids.cases.brook } } },
      recorded: ['203.0.113.7'],
    });
    expect((await readCase('2001:db8::7')).recorded).toEqual(['2001:db8::7']);
  });

  it('takes the address nearest the portal that is not a trusted proxy, not the first one claimed', async () => {
    expect((await readCase('198.51.100.9, 203.0.113.7')).recorded).toEqual(['203.0.113.7']);
    expect((await readCase('203.0.113.7, 127.0.0.1')).recorded).toEqual(['203.0.113.7']);
  });

  it.each([
    ['longer than the column (65+ characters)', `2001:db8:${'0:'.repeat(40)}1`],
    ['arbitrary text', "' OR 1=1 --"],
    ['a host name', 'proxy.example.org'],
    ['an IPv6 address with a long zone', `fe80::1%${'z'.repeat(80)}`],
  ])('answers the request and records the address as unknown when it is %s', async (_label, forwardedFor) => {
    expect(await readCase(forwardedFor)).toEqual({ result: { data: { case: { id: portal.ids.cases.brook } } }, recorded: [null] });
  });
});
