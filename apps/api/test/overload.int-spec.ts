import { startTestPortal, TestPortal, timedRequest } from './test-app';

// More requests than the portal works on at once (docs/decisions.md, "Requests that hang, and
// overload"): the extra ones are refused at once with 503, Retry-After and SERVICE_UNAVAILABLE,
// the others are answered, nothing waits until it times out, and the portal answers normally after.
const IN_FLIGHT = 2;
const REQUESTS = 40;
const CASELOAD = '{ caseload { id } }';

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly codes: string[];
  readonly cases: number;
  readonly ms: number;
}

async function ask(url: string, cookie: string): Promise<Answer> {
  const answer = await timedRequest<{ caseload: unknown[] }>(url, cookie, CASELOAD, 20_000);
  return { ...answer, cases: answer.data?.caseload.length ?? 0 };
}

describe('overload', () => {
  let portal: TestPortal;
  let cookie: string;
  let expectedCases: number;

  beforeAll(async () => {
    portal = await startTestPortal({ settings: { MAX_REQUESTS_IN_FLIGHT: String(IN_FLIGHT) } });
    const manager = await portal.signIn('fptManager');
    if (!manager.cookie) throw new Error('No session cookie');
    cookie = manager.cookie;
    expectedCases = (await ask(portal.url, cookie)).cases;
    expect(expectedCases).toBeGreaterThan(0);
  });
  afterAll(() => portal.close());

  it('refuses what it cannot work on now quickly, with 503 and Retry-After, and answers the rest in full', async () => {
    const answers = await Promise.all(Array.from({ length: REQUESTS }, () => ask(portal.url, cookie)));
    const refused = answers.filter((a) => a.status === 503);
    const answered = answers.filter((a) => a.status === 200);
    expect(refused.length + answered.length).toBe(REQUESTS);
    expect(refused.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThanOrEqual(IN_FLIGHT);
    for (const answer of refused)
      expect({ codes: answer.codes, retryAfter: answer.retryAfter, cases: answer.cases }).toEqual({
        codes: ['SERVICE_UNAVAILABLE'],
        retryAfter: '2',
        cases: 0,
      });
    for (const answer of answered) expect({ codes: answer.codes, cases: answer.cases }).toEqual({ codes: [], cases: expectedCases });
    // A refusal costs next to nothing: it never waits behind the requests being worked on.
    const slowestRefusal = Math.max(...refused.map((a) => a.ms));
    const slowestAnswer = Math.max(...answered.map((a) => a.ms));
    expect(slowestRefusal).toBeLessThan(Math.max(1000, slowestAnswer));
  });

  it('answers normally once the burst is over, and counts no request twice', async () => {
    await Promise.all(Array.from({ length: REQUESTS }, () => ask(portal.url, cookie)));
    // Requests one after another never exceed the limit: every one is answered.
    for (let i = 0; i < IN_FLIGHT * 3; i += 1) {
      const answer = await ask(portal.url, cookie);
      expect({ status: answer.status, cases: answer.cases }).toEqual({ status: 200, cases: expectedCases });
    }
    // As many side by side as the limit allows are all answered.
    const together = await Promise.all(Array.from({ length: IN_FLIGHT }, () => ask(portal.url, cookie)));
    expect(together.map((a) => a.status)).toEqual(Array(IN_FLIGHT).fill(200));
  });
});
