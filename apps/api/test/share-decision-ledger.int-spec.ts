import { Client } from 'pg';
import { Session, startTestPortal, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

const RAISE = `mutation($input: RaiseAlertInput!) { raiseSharingAlert(input: $input) { id } }`;
const RESTRICTED = `mutation($input: RecordRestrictedInformationInput!) { recordRestrictedInformation(input: $input) { id } }`;
const INVITE = `mutation($input: InviteToTeamInput!) { inviteToTeam(input: $input) { id } }`;
const EXPORT = `mutation($id: ID!) { subjectAccessExport(personId: $id) { html json } }`;
const RECORD = `mutation($input: RecordShareDecisionInput!) { recordShareDecision(input: $input) {
  id decision lawfulBasis reason reasonText whatShared sharedWith childName source decidedByName decidedByAgency } }`;
const LEDGER = `query($id: ID!) { case(id: $id) { shareDecisions { id decision lawfulBasis reason whatShared sharedWith source decidedByName } } }`;
const FIGURES = `{ impactFigures(filter: { from: "2026-11", to: "2026-11" }) { shareDecisions { month decision lawfulBasis reason decisions } } }`;
const MIA = { firstName: 'Mia', lastName: 'Brook', dateOfBirth: '2017-06-02' };

interface LedgerRow {
  source: string;
  decision: string;
  lawful_basis: string;
  agency: string | null;
  shared_with_other: string | null;
  decided_by: string;
  case_id: string | null;
  family_id: string | null;
  person_id: string | null;
}

// The share and don't-share ledger (issue 14, part 3) on real PostgreSQL: a row for each kind of
// share, written in the share's own transaction, refused per field, read only by those who see
// the case, in the subject access export and counted in the impact figures.
describe('the share and don’t-share ledger', () => {
  let portal: TestPortal;
  let police: Session;
  let sam: Session; // leads the Brook case (Oakwood)
  let brook: string;
  let hartley: string; // led by Harbour; the police officer is named on it

  beforeAll(async () => {
    portal = await startTestPortal();
    police = await portal.signIn('police');
    sam = await portal.signIn('schoolPractitioner');
    brook = portal.ids.cases.brook;
    hartley = portal.ids.cases.hartley;
  });
  afterAll(() => portal.close());

  const ledgerFor = (sourceId: string): Promise<LedgerRow[]> =>
    portal.db.query(
      `SELECT d.source, d.decision, d.lawful_basis, g.name AS agency, d.shared_with_other, d.decided_by, d.case_id, d.family_id, d.person_id
         FROM share_decision d LEFT JOIN agency g ON g.id = d.shared_with_agency_id
        WHERE d.source_id = $1 ORDER BY g.name`,
      [sourceId],
    );
  const ledgerCount = async (): Promise<number> => (await portal.db.query(`SELECT count(*)::int AS n FROM share_decision`))[0].n;
  const familyOf = async (caseId: string): Promise<string> =>
    (await portal.db.query(`SELECT family_id FROM early_help_case WHERE id = $1`, [caseId]))[0].family_id;
  const personId = async (firstName: string): Promise<string> =>
    (await portal.db.query(`SELECT id FROM person WHERE first_name = $1`, [firstName]))[0].id;
  const caseVersion = async (caseId: string): Promise<number> =>
    (await portal.db.query(`SELECT version FROM early_help_case WHERE id = $1`, [caseId]))[0].version;

  // Sam's decision not to share the mother's disclosure with the police (each test that needs one makes its own).
  const DISCLOSURE = 'The mother’s disclosure at the home visit';
  const recordNotShared = async (): Promise<Result> =>
    (await sam.gql(RECORD, {
      input: {
        caseId: brook,
        decision: 'NOT_SHARE',
        lawfulBasis: 'DUTY_TO_SHARE',
        reason: 'MORE_DETRIMENTAL',
        whatShared: DISCLOSURE,
        sharedWithAgencyId: portal.ids.agencies.police,
        childId: await personId('Mia'),
      },
    })) as Result;

  // A failure at COMMIT of whatever inserts a matching row into `table`: everything before it,
  // in the same transaction, must go too.
  async function failingAtCommit<T>(table: string, when: string, work: () => Promise<T>): Promise<T> {
    await portal.db.query(`CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure at commit'; END $$`);
    await portal.db.query(`CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON ${table}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION test_fail_at_commit()`);
    try {
      return await work();
    } finally {
      await portal.db.query(`DROP TRIGGER test_fail_at_commit ON ${table}`);
      await portal.db.query(`DROP FUNCTION test_fail_at_commit()`);
    }
  }

  it('records each agency a sharing alert goes to, on the basis its routing gave', async () => {
    const raised = (await police.gql(RAISE, {
      input: { ...MIA, kind: 'POLICE_CALL_OUT', summary: 'Officers attended the home.', urgent: false, extraAgencyIds: [] },
    })) as Result;
    expect(code(raised)).toBe('OK');
    const alertId = (raised.data!.raiseSharingAlert as { id: string }).id;
    expect(await ledgerFor(alertId)).toEqual([
      {
        source: 'SHARING_ALERT',
        decision: 'SHARE',
        lawful_basis: 'PUBLIC_TASK', // the lead agency
        agency: 'Oakwood Primary School',
        shared_with_other: null,
        decided_by: portal.ids.users.police,
        case_id: brook,
        family_id: await familyOf(brook),
        person_id: null,
      },
    ]);
  });

  it('records a restricted disclosure to another agency with its lawful basis, and refuses one without', async () => {
    const before = await ledgerCount();
    const input = {
      caseId: hartley,
      category: 'VICTIM_ADDRESS',
      content: 'Synthetic refuge address',
      shareWithUserIds: [portal.ids.users.harbour],
    };
    const refused = (await police.gql(RESTRICTED, { input })) as Result;
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { field: 'lawfulBasis', message: 'Choose the lawful basis for letting people outside your agency read it' },
    ]);
    expect(await ledgerCount()).toBe(before);
    expect((await portal.db.query(`SELECT count(*)::int AS n FROM restricted_information WHERE case_id = $1`, [hartley]))[0].n).toBe(0);

    const recorded = (await police.gql(RESTRICTED, { input: { ...input, lawfulBasis: 'SAFEGUARDING' } })) as Result;
    expect(code(recorded)).toBe('OK');
    const id = (recorded.data!.recordRestrictedInformation as { id: string }).id;
    expect(await ledgerFor(id)).toEqual([
      expect.objectContaining({
        source: 'RESTRICTED_INFORMATION',
        decision: 'SHARE',
        lawful_basis: 'SAFEGUARDING',
        agency: 'Harbour',
        case_id: hartley,
      }),
    ]);
    // Kept within the agency: no decision to share, no basis asked for.
    const own = (await police.gql(RESTRICTED, { input: { ...input, shareWithUserIds: [] } })) as Result;
    expect(await ledgerFor((own.data!.recordRestrictedInformation as { id: string }).id)).toEqual([]);
  });

  it('records a team invitation to another agency on its footing', async () => {
    const invited = (await sam.gql(INVITE, {
      input: {
        caseId: brook,
        version: await caseVersion(brook),
        inviteeId: portal.ids.users.cgl,
        role: 'Substance misuse worker',
        basis: 'LAWFUL_BASIS',
        lawfulBasis: 'LEGAL_OBLIGATION',
        lawfulBasisReason: 'Synthetic reason',
      },
    })) as Result;
    expect(code(invited)).toBe('OK');
    const [invitation] = await portal.db.query(`SELECT id FROM case_team_invitation WHERE case_id = $1 AND invitee_id = $2`, [
      brook,
      portal.ids.users.cgl,
    ]);
    expect(await ledgerFor(invitation.id)).toEqual([
      expect.objectContaining({
        source: 'TEAM_INVITATION',
        decision: 'SHARE',
        lawful_basis: 'DUTY_TO_SHARE',
        agency: 'CGL Northfield',
        decided_by: portal.ids.users.schoolPractitioner,
      }),
    ]);
  });

  it('writes no ledger row for a share that fails to commit, whichever kind it is', async () => {
    const before = await ledgerCount();
    const alert = (await failingAtCommit('sharing_alert', 'true', () =>
      police.gql(RAISE, { input: { ...MIA, kind: 'OTHER', summary: 'Synthetic', urgent: false, extraAgencyIds: [] } }),
    )) as Result;
    expect(alert.errors).toBeDefined();
    const restricted = (await failingAtCommit('restricted_information', 'true', () =>
      police.gql(RESTRICTED, {
        input: {
          caseId: hartley,
          category: 'HEALTH_NOTE',
          content: 'Synthetic',
          shareWithUserIds: [portal.ids.users.harbour],
          lawfulBasis: 'CONSENT',
        },
      }),
    )) as Result;
    expect(restricted.errors).toBeDefined();
    const invitation = (await failingAtCommit('case_team_invitation', 'true', async () =>
      sam.gql(INVITE, {
        input: {
          caseId: brook,
          version: await caseVersion(brook),
          inviteeId: portal.ids.users.police,
          role: 'Police early help officer',
          basis: 'LAWFUL_BASIS',
          lawfulBasis: 'SAFEGUARDING',
          lawfulBasisReason: 'Synthetic',
        },
      }),
    )) as Result;
    expect(invitation.errors).toBeDefined();
    const manager = await portal.signIn('fptManager');
    const exported = (await failingAtCommit('audit_event', `NEW.action = 'SUBJECT_ACCESS_EXPORT'`, async () =>
      manager.gql(EXPORT, { id: await personId('Oscar') }),
    )) as Result;
    expect(exported.errors).toBeDefined();

    expect(await ledgerCount()).toBe(before);
    const shares = await portal.db.query(
      `SELECT (SELECT count(*)::int FROM sharing_alert WHERE kind = 'OTHER') AS alerts,
              (SELECT count(*)::int FROM restricted_information WHERE category = 'HEALTH_NOTE') AS restricted,
              (SELECT count(*)::int FROM case_team_invitation WHERE invitee_id = $1) AS invitations`,
      [portal.ids.users.police],
    );
    expect(shares).toEqual([{ alerts: 0, restricted: 0, invitations: 0 }]);
  });

  it('refuses a recorded decision field by field, writing nothing', async () => {
    const before = await ledgerCount();
    const good = {
      caseId: brook,
      decision: 'NOT_SHARE',
      lawfulBasis: 'DUTY_TO_SHARE',
      reason: 'MORE_DETRIMENTAL',
      whatShared: 'The mother’s disclosure at the home visit',
      sharedWithAgencyId: portal.ids.agencies.police,
    };
    const attempts: [Record<string, unknown>, string[]][] = [
      [{ reason: null }, ['reason']],
      [{ reason: 'OTHER', reasonText: '  ' }, ['reasonText']],
      [{ decision: 'SHARE' }, ['reason']],
      [{ whatShared: ' ' }, ['whatShared']],
      [{ sharedWithAgencyId: null }, ['sharedWithAgencyId']],
      [{ sharedWithAgencyId: '00000000-0000-4000-8000-000000000000' }, ['sharedWithAgencyId']],
      [{ sharedWithAgencyId: 'police' }, ['sharedWithAgencyId']],
      [{ childId: await personId('Ella') }, ['childId']], // a child of another family
      [{ whatShared: 'x'.repeat(1001) }, ['whatShared']],
    ];
    for (const [change, expected] of attempts) {
      const result = (await sam.gql(RECORD, { input: { ...good, ...change } })) as Result;
      expect({ change, code: code(result), fields: fields(result) }).toEqual({ change, code: 'BAD_USER_INPUT', fields: expected });
    }
    const badBasis = (await sam.gql(RECORD, { input: { ...good, lawfulBasis: 'LEGITIMATE_INTERESTS' } })) as Result;
    expect(code(badBasis)).toBe('BAD_USER_INPUT');
    expect(await ledgerCount()).toBe(before);
  });

  it('records a practitioner’s decision not to share, shown on the family’s record with the chronology line', async () => {
    const eventsBefore = (
      await portal.db.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND event_type = 'SHARE_DECISION_RECORDED'`, [
        brook,
      ])
    )[0].n;
    const recorded = await recordNotShared();
    expect(code(recorded)).toBe('OK');
    expect(recorded.data!.recordShareDecision).toEqual({
      id: expect.any(String),
      decision: 'NOT_SHARE',
      lawfulBasis: 'DUTY_TO_SHARE',
      reason: 'MORE_DETRIMENTAL',
      reasonText: null,
      whatShared: DISCLOSURE,
      sharedWith: 'Northfield Police Early Help Team',
      childName: 'Mia Brook',
      source: 'RECORDED',
      decidedByName: 'Sam Carter',
      decidedByAgency: 'Oakwood Primary School',
    });
    const byPhone = (await sam.gql(RECORD, {
      input: {
        caseId: brook,
        decision: 'SHARE',
        lawfulBasis: 'CONSENT',
        whatShared: 'Attendance figures, by phone',
        sharedWithOther: 'The family’s GP surgery',
      },
    })) as Result;
    expect(code(byPhone)).toBe('OK');
    const ledger = ((await sam.gql(LEDGER, { id: brook })) as Result).data!.case as {
      shareDecisions: { source: string; sharedWith: string }[];
    };
    expect(ledger.shareDecisions.map((d) => [d.source, d.sharedWith])).toEqual(
      expect.arrayContaining([
        ['RECORDED', 'The family’s GP surgery'],
        ['RECORDED', 'Northfield Police Early Help Team'],
      ]),
    );
    const events = await portal.db.query(
      `SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'SHARE_DECISION_RECORDED' ORDER BY id OFFSET $2`,
      [brook, eventsBefore],
    );
    expect(events.map((e: { summary: string }) => e.summary)).toEqual([
      'Decision not to share recorded: sharing would be more detrimental to the child than not sharing',
      'Information shared outside the portal recorded',
    ]);
  });

  it('shows the ledger only to those who may see the case, and audits each reading', async () => {
    expect(code(await recordNotShared())).toBe('OK');
    const onHartley = (await police.gql(RECORD, {
      input: { caseId: hartley, decision: 'SHARE', lawfulBasis: 'SAFEGUARDING', whatShared: 'Call-out log', sharedWithOther: 'The GP' },
    })) as Result;
    expect(code(onHartley)).toBe('OK');
    const ids = (await portal.db.query(`SELECT id FROM share_decision WHERE case_id = $1`, [brook])).map((r: { id: string }) => r.id);
    const sams = ((await sam.gql(LEDGER, { id: brook })) as Result).data!.case as { shareDecisions: { id: string }[] };
    expect(sams.shareDecisions.map((d) => d.id).sort()).toEqual([...ids].sort());
    const [read] = await portal.db.query(
      `SELECT entity_ids FROM audit_event WHERE action = 'READ_SHARE_DECISIONS' AND actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [portal.ids.users.schoolPractitioner],
    );
    expect([...read.entity_ids].sort()).toEqual([...ids].sort());

    // Riverside has no part in the Brook family; the police raised an alert about it but cannot see the case.
    for (const who of ['schoolDsl', 'police'] as const) {
      const outsider = await portal.signIn(who);
      const refused = (await outsider.gql(LEDGER, { id: brook })) as Result;
      expect({ who, code: code(refused), data: refused.data?.case ?? null }).toEqual({ who, code: 'NOT_FOUND', data: null });
      const write = (await outsider.gql(RECORD, {
        input: { caseId: brook, decision: 'SHARE', lawfulBasis: 'CONSENT', whatShared: 'x', sharedWithOther: 'Someone' },
      })) as Result;
      expect(code(write)).toBe('NOT_FOUND');
    }

    // And the database itself, as the API's role, for the police officer.
    const asApp = new Client({ connectionString: portal.config.databaseUrl });
    await asApp.connect();
    try {
      await asApp.query('BEGIN');
      await asApp.query(
        `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', 'PRACTITIONER', true), set_config('eh.today', '2026-11-18', true)`,
        [portal.ids.users.police, portal.ids.agencies.police],
      );
      const seen = await asApp.query(`SELECT case_id FROM share_decision`);
      expect(seen.rows.map((r: { case_id: string }) => r.case_id)).not.toContain(brook);
      expect(seen.rows.map((r: { case_id: string }) => r.case_id)).toContain(hartley);
      await expect(asApp.query(`UPDATE share_decision SET what_shared = 'changed'`)).rejects.toThrow(/permission denied/);
    } finally {
      await asApp.query('ROLLBACK');
      await asApp.end();
    }
  });

  it('puts the ledger in the subject access export, and records the export in it', async () => {
    expect(code(await recordNotShared())).toBe('OK');
    const manager = await portal.signIn('fptManager');
    const oscar = await personId('Oscar');
    const exported = (await manager.gql(EXPORT, { id: oscar })) as Result;
    expect(code(exported)).toBe('OK');
    const { html } = exported.data!.subjectAccessExport as { html: string };
    expect(html).toContain('Decisions to share information, or not to share it');
    expect(html).toContain(DISCLOSURE);
    expect(html).toContain('Sharing would be more detrimental to the child than not sharing');
    expect(html).toContain('Northfield Police Early Help Team');
    expect(await ledgerFor(oscar)).toEqual([
      {
        source: 'SUBJECT_ACCESS',
        decision: 'SHARE',
        lawful_basis: 'PUBLIC_TASK',
        agency: null,
        shared_with_other: 'The person the records are about (subject access request)',
        decided_by: portal.ids.users.fptManager,
        case_id: null,
        family_id: await familyOf(brook),
        person_id: oscar,
      },
    ]);
  });

  it('counts decisions by basis, and not sharing by reason, in the impact figures', async () => {
    expect(code(await recordNotShared())).toBe('OK');
    const alert = (await police.gql(RAISE, {
      input: { ...MIA, kind: 'MISSING_EPISODE', summary: 'Synthetic', urgent: false, extraAgencyIds: [] },
    })) as Result;
    expect(code(alert)).toBe('OK');
    const expected = (
      await portal.db.query(
        `SELECT decision, lawful_basis AS "lawfulBasis", reason, count(*)::int AS decisions FROM share_decision
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
    ).map((r: object) => ({ month: '2026-11', ...r }));
    expect(expected).toContainEqual(
      expect.objectContaining({ month: '2026-11', decision: 'NOT_SHARE', lawfulBasis: 'DUTY_TO_SHARE', reason: 'MORE_DETRIMENTAL' }),
    );
    const manager = await portal.signIn('fptManager');
    const all = ((await manager.gql(FIGURES)) as Result).data!.impactFigures as { shareDecisions: unknown[] };
    expect(all.shareDecisions).toEqual(expected);
    // A partner counts its own agency's decisions only.
    const theirs = ((await police.gql(FIGURES)) as Result).data!.impactFigures as {
      shareDecisions: { lawfulBasis: string; decisions: number }[];
    };
    const own = await portal.db.query(
      `SELECT lawful_basis AS "lawfulBasis", count(*)::int AS decisions FROM share_decision WHERE decided_by_agency_id = $1 GROUP BY 1 ORDER BY 1`,
      [portal.ids.agencies.police],
    );
    expect(theirs.shareDecisions.map((d) => ({ lawfulBasis: d.lawfulBasis, decisions: d.decisions }))).toEqual(own);
  });
});
