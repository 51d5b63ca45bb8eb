import { Session, startTestPortal, TestPortal } from './test-app';

type Result = { errors?: readonly { extensions?: { code?: string } }[] };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const tally = (results: Result[]) => results.map(code).reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

// Twenty people press save on the same version at the same moment: exactly one edit wins, the
// others are told of the conflict, and nothing is half-written or silently overwritten.
describe('concurrent edits of one record', () => {
  const EDITORS = 20;
  let portal: TestPortal;
  let sam: Session;

  beforeAll(async () => {
    portal = await startTestPortal();
    sam = await portal.signIn('schoolPractitioner');
  });
  afterAll(() => portal.close());

  it('records first contact once when 20 edits of the case carry the same version', async () => {
    const results = await Promise.all(
      Array.from({ length: EDITORS }, (_, i) =>
        sam.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status version } }`, {
          input: {
            caseId: portal.ids.cases.brook,
            version: 1,
            outcome: 'CONTACTED',
            contactedOn: `2026-11-${String(9 + (i % 10)).padStart(2, '0')}`,
          },
        }),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: EDITORS - 1 });
    const winner = results.findIndex((r) => code(r) === 'OK');
    const [row] = await portal.db.query(`SELECT version, first_contact_on FROM early_help_case WHERE id = $1`, [portal.ids.cases.brook]);
    expect(row).toEqual({ version: 2, first_contact_on: `2026-11-${String(9 + (winner % 10)).padStart(2, '0')}` });
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND event_type = 'FIRST_CONTACT'`, [
      portal.ids.cases.brook,
    ]);
    expect(n).toBe(1);
  });

  it('saves one plan section once when 20 saves carry the same expected version', async () => {
    expect(code(await sam.gql(`mutation($id: ID!) { startMyFamilyPlan(caseId: $id) { status } }`, { id: portal.ids.cases.brook }))).toBe(
      'OK',
    );
    const results = await Promise.all(
      Array.from({ length: EDITORS }, (_, i) =>
        sam.gql(`mutation($input: SaveFamilyStoryInput!) { saveFamilyStory(input: $input) { version } }`, {
          input: {
            caseId: portal.ids.cases.brook,
            expectedVersion: 0,
            story: `Draft number ${i}`,
            language: 'English',
            interpreterNeeded: false,
          },
        }),
      ),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: EDITORS - 1 });
    const winner = results.findIndex((r) => code(r) === 'OK');
    const versions: { version: number; story: string }[] = await portal.db.query(
      `SELECT v.version, v.content->'familyStory'->>'story' AS story FROM plan_section_version v
         JOIN my_family_plan p ON p.id = v.plan_id WHERE p.case_id = $1 AND v.section_key = 'FAMILY_STORY'`,
      [portal.ids.cases.brook],
    );
    expect(versions).toEqual([{ version: 1, story: `Draft number ${winner}` }]);
  });
});
