import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GRAPHQL_LIMITS, QUERY_TOO_LONG } from '../src/common/graphql-limits';
import { printApiSchema, SCHEMA_FILE, schemaDrift } from '../src/schema/api-schema';
import { DEMO_PASSWORD } from '../src/database/seed-data';
import { GraphqlResult, Session, startTestPortal, TestPortal } from './test-app';

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: GraphqlResult<unknown> | null;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: GraphqlResult<unknown> | null = null;
  try {
    body = JSON.parse(text) as GraphqlResult<unknown>;
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

// What a scanner looks for in an error: stacks, exception objects, file paths, SQL and driver names.
const DEBUG_OUTPUT = /stacktrace|exception|\n\s+at |node_modules|\.ts:\d+|\.js:\d+|QueryFailed|typeorm|postgres|SELECT |INSERT /i;

function expectRefused(a: Answer, status: number, code: string, message?: string | RegExp): void {
  expect(a.status).toBe(status);
  expect(a.body?.data ?? null).toBeNull();
  expect(a.body?.errors?.map((e) => e.extensions?.code)).toContain(code);
  if (message)
    expect(a.body?.errors?.map((e) => e.message)).toContainEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  expect(a.text).not.toMatch(DEBUG_OUTPUT);
  expect(a.text).not.toMatch(/Did you mean/);
}

describe('the GraphQL door in production mode: a scanner’s attacks are refused', () => {
  let portal: TestPortal;
  let school: Session;

  beforeAll(async () => {
    portal = await startTestPortal({ production: true });
    school = await portal.signIn('schoolPractitioner');
  });
  afterAll(() => portal.close());

  // Most refusals come before anyone is recognised, so these requests are anonymous. Where a
  // mutation must not run, it is a sign-in with the right password: had it run, a cookie is set.
  const SIGN_IN = `mutation { signIn(email: "dsl@riverside.example.org", password: "${DEMO_PASSWORD}") { next } }`;

  const postJson = async (body: unknown, headers: Record<string, string> = {}) =>
    answer(
      await fetch(`${portal.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );

  it('answers an ordinary query, so the refusals below are the limits at work', async () => {
    expect(await school.gql('{ me { displayName } }')).toEqual({ data: { me: { displayName: 'Sam Carter' } } });
  });

  // The committed contract (apps/api/schema.gql) is built without a server by `npm run schema`;
  // this is the check that the portal itself serves exactly that schema.
  it('serves the schema committed as apps/api/schema.gql', () => {
    const served = printApiSchema(portal.app.get(GraphQLSchemaHost).schema);
    expect(schemaDrift(served, readFileSync(SCHEMA_FILE, 'utf8'))).toBeNull();
  });

  it('refuses 101 aliases of one field', async () => {
    const query = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: caseload { id }`).join(' ')} }`;
    expectRefused(
      await postJson({ query }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      `Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found 101.`,
    );
  });

  it('refuses aliased sign-ins (password spraying in one request) before any is tried', async () => {
    const query = `mutation { ${Array.from({ length: 16 }, (_, i) => `s${i}: signIn(email: "dsl@riverside.example.org", password: "guess${i}") { next }`).join(' ')} }`;
    const refused = await postJson({ query });
    expectRefused(refused, 400, 'GRAPHQL_VALIDATION_FAILED', 'Aliases limit of 15 exceeded, found 16.');
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a batch of operations in one request', async () => {
    expectRefused(await postJson([{ query: '{ me { id } }' }, { query: '{ caseload { id } }' }]), 400, 'BAD_REQUEST', /batching/i);
  });

  it('refuses a field repeated 1,000 times', async () => {
    const query = `{ caseload { ${'id '.repeat(1000)}} }`;
    expectRefused(
      await postJson({ query }),
      400,
      'GRAPHQL_PARSE_FAILED',
      `Syntax Error: Document contains more that ${GRAPHQL_LIMITS.maxTokens} tokens. Parsing aborted.`,
    );
  });

  it('refuses a field repeated within the token limit but beyond the cost limit', async () => {
    const query = `{ referrals { ${'family { members { id firstName lastName dateOfBirth role relationship } } '.repeat(80)}} }`;
    expectRefused(await postJson({ query }), 400, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 2000 exceeded/);
  });

  it('refuses introspection, plain and by type name', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      expectRefused(await postJson({ query }), 400, 'GRAPHQL_VALIDATION_FAILED', /^GraphQL introspection is not allowed/);
    }
  });

  it('refuses a circular introspection query, on depth as well as on introspection', async () => {
    const query = `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`;
    const refused = await postJson({ query });
    expectRefused(refused, 400, 'GRAPHQL_VALIDATION_FAILED', `Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded, found 15.`);
  });

  it('refuses a query nested beyond the depth limit', async () => {
    const query = `{ caseload { ${'family { '.repeat(9)}id${' }'.repeat(9)} } }`;
    expectRefused(await postJson({ query }), 400, 'GRAPHQL_VALIDATION_FAILED', /^Query depth limit of 8 exceeded/);
  });

  it('refuses too many directives', async () => {
    const query = `{ me { ${'id @include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)}} }`;
    expectRefused(
      await postJson({ query }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      `Directives limit of ${GRAPHQL_LIMITS.maxDirectives} exceeded, found 11.`,
    );
  });

  it('refuses query text over the length limit, comments included (the parser does not count them as tokens)', async () => {
    const query = `# ${'x'.repeat(GRAPHQL_LIMITS.maxQueryLength)}\n{ me { id } }`;
    expectRefused(await postJson({ query }), 413, 'BAD_REQUEST', QUERY_TOO_LONG);
  });

  it('refuses a request body over 3 MB with a plain 413', async () => {
    const big = await postJson({ query: '{ me { id } }', variables: { pad: 'x'.repeat(3.2 * 1024 * 1024) } });
    expectRefused(big, 413, 'BAD_REQUEST', 'The request is larger than the limit of 3 MB');
  });

  it('refuses malformed JSON without echoing it or a stack', async () => {
    const bad = await postJson('{"query": "{ me { id } }", "secret-looking": ');
    expectRefused(bad, 400, 'BAD_REQUEST', 'The request could not be read');
    expect(bad.text).not.toMatch(/secret-looking/);
  });

  it('refuses control characters and broken Unicode in any text, naming the field, before anything runs', async () => {
    const inVariables = await postJson({
      query: 'mutation($input: UrgentStepUpInput!) { urgentStepUp(input: $input) { id } }',
      variables: { input: { caseId: '00000000-0000-4000-8000-000000000000', toTeam: 'CHILDRENS_SOCIAL_CARE', reason: 'x\u0000y' } },
    });
    expectRefused(inVariables, 400, 'BAD_USER_INPUT', 'Some text could not be accepted');
    expect(inVariables.body?.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.reason', message: 'Remove control characters and unreadable symbols from this text' },
    ]);
    const inQuery = await postJson({ query: 'mutation { signIn(email: "a@b.org\\u0007", password: "p") { next } }' });
    expectRefused(inQuery, 400, 'BAD_USER_INPUT', 'Some text could not be accepted');
    expect(inQuery.body?.errors?.[0].extensions?.fields).toEqual([
      { field: 'email', message: 'Remove control characters and unreadable symbols from this text' },
    ]);
  });

  it('hides suggestions for a misspelt field, argument and enum value', async () => {
    expectRefused(
      await postJson({ query: '{ caselod { id } }' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      'Cannot query field "caselod" on type "Query".',
    );
    expectRefused(
      await postJson({ query: '{ referrals(statu: DECIDED) { id } }' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Unknown argument "statu"/,
    );
    const enumProbe = await postJson({ query: 'query($s: ReferralStatus) { referrals(status: $s) { id } }', variables: { s: 'DECIDE' } });
    expectRefused(enumProbe, 400, 'BAD_USER_INPUT', /Value "DECIDE" does not exist in "ReferralStatus" enum\.$/);
  });

  it('refuses a mutation over GET, even with the CSRF preflight header', async () => {
    const url = `${portal.url}/graphql?query=${encodeURIComponent(SIGN_IN)}`;
    const refused = await answer(await fetch(url, { headers: { 'apollo-require-preflight': 'true' } }));
    expectRefused(refused, 405, 'BAD_REQUEST', 'GET requests only support query operations, not mutation operations');
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it('refuses simple (CSRF-able) requests: text/plain and form posts, and GET without a preflight header', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const refused = await postJson(JSON.stringify({ query: SIGN_IN }), { 'content-type': type });
      expectRefused(refused, 400, 'BAD_REQUEST', /Cross-Site Request Forgery/);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    const get = await answer(await fetch(`${portal.url}/graphql?query=${encodeURIComponent('{ caseload { id } }')}`));
    expectRefused(get, 400, 'BAD_REQUEST', /Cross-Site Request Forgery/);
  });

  it('offers no sandbox or landing page to a browser', async () => {
    const page = await answer(await fetch(`${portal.url}/graphql`, { headers: { accept: 'text/html' } }));
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    expect(page.text).not.toMatch(/<html|sandbox|apollo studio|playground|graphiql/i);
  });

  it('answers a signed-in user’s bad input with a masked, code-only error', async () => {
    const result = await school.gql('query($id: ID!) { case(id: $id) { id } }', { id: 'not-an-id' });
    expect(result.data ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toMatch(DEBUG_OUTPUT);
    expect(result.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
  });
});

describe('security headers on every kind of response', () => {
  let portal: TestPortal;
  let webDist: string;
  let school: Session;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'eh-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-AbC123.js"></script></body></html>',
    );
    writeFileSync(join(webDist, 'assets', 'index-AbC123.js'), 'console.log("client")');
    portal = await startTestPortal({ production: true, webDistDir: webDist });
    school = await portal.signIn('schoolPractitioner');
  });
  afterAll(async () => {
    await portal.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const EXPECTED: Record<string, string | RegExp> = {
    'content-security-policy': /^default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;.*frame-ancestors 'none'/,
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };

  function expectSecurityHeaders(headers: Headers): void {
    for (const [name, value] of Object.entries(EXPECTED)) {
      expect([name, headers.get(name)]).toEqual([name, typeof value === 'string' ? value : expect.stringMatching(value)]);
    }
    expect(headers.get('x-powered-by')).toBeNull();
  }

  const gqlPost = (query: string) =>
    fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it.each([
    ['a GraphQL answer', () => gqlPost('{ me { id } }'), 200],
    ['a GraphQL error', () => gqlPost('{ nothing }'), 400],
    ['a refused over-long query', () => gqlPost(`#${'x'.repeat(GRAPHQL_LIMITS.maxQueryLength)}\n{ me { id } }`), 413],
    ['the web client’s page', () => fetch(`${portal.url}/`), 200],
    ['a client-side route', () => fetch(`${portal.url}/cases/00000000-0000-4000-8000-000000000000`), 200],
    ['a route that does not exist', () => fetch(`${portal.url}/nothing-here`, { method: 'POST' }), 404],
    ['a calendar feed with a wrong token', () => fetch(`${portal.url}/calendar/forum.ics?token=not-a-real-token-at-all`), 404],
  ])('%s carries the security headers and no-store', async (_label, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('a fingerprinted client file carries the security headers and may be cached', async () => {
    const response = await fetch(`${portal.url}/assets/index-AbC123.js`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('the calendar feed carries the security headers (meeting dates only, so briefly cacheable)', async () => {
    const link = (await school.gql<{ forumCalendarLink: string }>('mutation { forumCalendarLink }')).data!.forumCalendarLink;
    const response = await fetch(`${portal.url}${link}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
  });

  it('a drawing, which travels only inside GraphQL, is never cached', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { drawingImage(id: $id) }',
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(response.headers);
  });
});
