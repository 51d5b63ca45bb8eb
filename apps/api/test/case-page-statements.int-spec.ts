// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark's wire counter (bench/lib), shared with this test rather than copied
import { startWireCounter, WireCounter } from '../../../bench/lib/pg-wire-counter.cjs';
import { Session, startTestPortal, TestPortal } from './test-app';

// The case page is read in a fixed number of statements, whatever the number of members,
// consents, reviews and chronology events: counted on the wire between the API and PostgreSQL.
const CASE_PAGE = `query($id: ID!) { case(id: $id) {
  id reference familyName family { members { id firstName educationSettings { settingName } } }
  chronology { id summary } consents { id givenBy { id } } reviews { id heldOn }
  plan { id } drawings { id } sharingHistory { alertId } canEditPlan nextReviewDue
} }`;

interface CasePage {
  case: { family: { members: unknown[] }; chronology: unknown[]; consents: unknown[]; reviews: unknown[] };
}

describe('the case page', () => {
  let counter: WireCounter;
  let portal: TestPortal;
  let manager: Session;
  beforeAll(async () => {
    counter = await startWireCounter();
    portal = await startTestPortal({ databasePort: counter.port });
    manager = await portal.signIn('fptManager');
  });
  afterAll(async () => {
    await portal.close();
    await counter.close();
  });

  // Adds rows until the case has at least `n` of each list.
  async function growTo(n: number): Promise<void> {
    const caseId = portal.ids.cases.brook;
    const [{ family_id: familyId }] = await portal.db.query('SELECT family_id FROM early_help_case WHERE id = $1', [caseId]);
    const user = portal.ids.users.schoolPractitioner;
    await portal.db.query(
      `INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship)
       SELECT $1, 'Sibling' || g, 'Brook', DATE '2015-01-01' + g, 'CHILD', 'Child' FROM generate_series(1, greatest(0, $2 - (SELECT count(*) FROM person WHERE family_id = $1))::int) g`,
      [familyId, n],
    );
    const [{ id: giver }] = await portal.db.query('SELECT id FROM person WHERE family_id = $1 ORDER BY id LIMIT 1', [familyId]);
    await portal.db.query(
      `INSERT INTO consent (case_id, given_by_person_id, given_on, recorded_by, agency_ids)
       SELECT $1, $2, DATE '2024-01-01' + g, $3, ARRAY[]::uuid[] FROM generate_series(1, greatest(0, $4 - (SELECT count(*) FROM consent WHERE case_id = $1))::int) g`,
      [caseId, giver, user, n],
    );
    await portal.db.query(
      `INSERT INTO case_review (case_id, kind, held_on, attendees, family_view, goal_progress, child_views, recorded_by)
       SELECT $1, 'TEAM_AROUND_FAMILY', DATE '2024-02-01' + g, 'Team', 'View', 'Progress', '[]'::jsonb, $2
         FROM generate_series(1, greatest(0, $3 - (SELECT count(*) FROM case_review WHERE case_id = $1))::int) g`,
      [caseId, user, n],
    );
    await portal.db.query(
      `INSERT INTO case_event (case_id, event_type, summary, actor_id)
       SELECT $1, 'NOTE', 'Synthetic note ' || g, $2 FROM generate_series(1, greatest(0, $3 - (SELECT count(*) FROM case_event WHERE case_id = $1))::int) g`,
      [caseId, user, n],
    );
  }

  async function statementsFor(): Promise<{ statements: number; roundTrips: number; sizes: number[] }> {
    await manager.gql(CASE_PAGE, { id: portal.ids.cases.brook }); // warm: the session's keep-alive and plans settle
    counter.reset();
    const result = await manager.gql<CasePage>(CASE_PAGE, { id: portal.ids.cases.brook });
    const counts = counter.counts();
    expect(result.errors).toBeUndefined();
    const page = result.data!.case;
    return { ...counts, sizes: [page.family.members.length, page.consents.length, page.reviews.length, page.chronology.length] };
  }

  it('takes as many statements with 20 of each list as with 2', async () => {
    await growTo(2);
    const small = await statementsFor();
    await growTo(20);
    const large = await statementsFor();
    expect(small.sizes.every((n) => n >= 2 && n < 20)).toBe(true);
    expect(large.sizes.every((n) => n >= 20)).toBe(true);
    expect(small.statements).toBeGreaterThan(3); // the API's statements do pass through the counter
    expect(large.statements).toBe(small.statements);
    expect(large.roundTrips).toBe(small.roundTrips);
  });
});
