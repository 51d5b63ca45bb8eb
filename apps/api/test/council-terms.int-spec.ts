import { session, startTestPortal, TestPortal } from './test-app';

const TERMS = `{ councilTerms { earlyHelp leadPractitioner familyPlan forum serviceName } }`;

// The council's words, set once in COUNCIL_TERMS, are what the client is given (before sign-in too:
// the sign-in page names the service).
describe('council terms', () => {
  let portal: TestPortal;
  afterEach(() => portal?.close());

  it('are Early Help’s unless the council sets its own', async () => {
    portal = await startTestPortal();
    const answer = await session(portal.url, undefined).gql(TERMS);
    expect(answer).toEqual({
      data: {
        councilTerms: {
          earlyHelp: 'Early Help',
          leadPractitioner: 'lead practitioner',
          familyPlan: 'My Family Plan',
          forum: 'Early Help Forum',
          serviceName: 'Early Help Partnership Portal',
        },
      },
    });
  });

  it('are Kirklees-style "Early Support" words when the council says so', async () => {
    portal = await startTestPortal({ settings: { COUNCIL_TERMS: '{"preset":"early-support","forum":"Early Support Panel"}' } });
    const manager = await portal.signIn('fptManager');
    const answer = await manager.gql<{ councilTerms: Record<string, string> }>(TERMS);
    expect(answer.data?.councilTerms).toEqual({
      earlyHelp: 'Early Support',
      leadPractitioner: 'lead professional',
      familyPlan: 'Early Support Assessment',
      forum: 'Early Support Panel',
      serviceName: 'Early Support Partnership Portal',
    });
  });
});
