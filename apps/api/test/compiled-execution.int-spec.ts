import { session, startTestPortal, TestPortal } from './test-app';

// Repeated operations without variables run compiled (graphql-jit): the answers, refusals and
// errors must be exactly what the interpreter gives the first time the document is seen.
describe('compiled execution of repeated operations', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  const CASELOAD = `query Caseload { caseload { id reference familyName childrenCount status leadAgency { id name } leadPractitioner { id displayName }
    firstContactDue firstContactOverdue myFamilyPlanDue myFamilyPlanOverdue workingDaysToMyFamilyPlan nextReviewDue } }`;

  it('answers a case list the same way interpreted and compiled', async () => {
    const manager = await portal.signIn('fptManager');
    const first = await manager.gql(CASELOAD);
    expect(first.errors).toBeUndefined();
    expect((first.data as { caseload: unknown[] }).caseload.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(await manager.gql(CASELOAD)).toEqual(first);
  });

  it('refuses with the same code and words once compiled', async () => {
    const anonymous = session(portal.url, undefined);
    const refusals = [];
    for (let i = 0; i < 3; i++) refusals.push(await anonymous.gql(`query NoSession { caseload { id } }`));
    expect(refusals[0].errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refusals[1]).toEqual(refusals[0]);
    expect(refusals[2]).toEqual(refusals[0]);
  });

  it('keeps the same names for the same family whether listed or opened', async () => {
    const sam = await portal.signIn('schoolPractitioner');
    for (let i = 0; i < 2; i++) await sam.gql(CASELOAD);
    const listed = ((await sam.gql(CASELOAD)).data as { caseload: { id: string; familyName: string; childrenCount: number }[] }).caseload;
    expect(listed.length).toBeGreaterThan(0);
    for (const row of listed) {
      const page = await sam.gql<{ case: { familyName: string; family: { members: { role: string }[] } } }>(
        `query($id: ID!) { case(id: $id) { familyName family { members { role } } } }`,
        { id: row.id },
      );
      expect(page.data?.case.familyName).toBe(row.familyName);
      expect(page.data?.case.family.members.filter((m) => m.role === 'CHILD').length).toBe(row.childrenCount);
    }
  });
});
