import { DEFAULT_RETENTION_POLICIES } from '@eh/domain';
import { JobName, JobPublisher, JobRegistry, startWorkers } from '@eh/notifications';
import { verifyAuditChain } from '../src/audit/verify-chain';
import { Clock } from '../src/common/clock';
import { RetentionPurgeService } from '../src/governance/retention-purge.service';
import { workerJobHandlers } from '../src/notifications/job-handlers';
import { PostgresOutboxStore } from '../src/notifications/outbox';
import { eventually, queueConnection } from './delivery';
import { Session, startTestPortal, TEST_NOW, TestPortal } from './test-app';

const code = (r: { errors?: readonly { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

const POLICIES = '{ retentionPolicies { recordType rule period version updatedBy } }';
const UPDATE_POLICY = `mutation($input: UpdateRetentionPolicyInput!) { updateRetentionPolicy(input: $input) { recordType rule period version updatedBy } }`;
const PLACE_HOLD = `mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id caseReference reason placedBy version liftedAt } }`;
const LIFT_HOLD = `mutation($input: LiftLegalHoldInput!) { liftLegalHold(input: $input) { id liftedBy liftedAt version } }`;
const EXPORT = `mutation($id: ID!) { subjectAccessExport(personId: $id) { fileName html json redactionMarks } }`;

type PolicyView = { recordType: string; rule: string; period: number; version: number; updatedBy: string | null };

async function closeCase(session: Session, caseId: string): Promise<void> {
  const contact = await session.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
    input: { caseId, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-17' },
  });
  expect(contact.errors).toBeUndefined();
  const closed = await session.gql<{ closeCase: { status: string } }>(
    `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status } }`,
    {
      input: { caseId, version: 2, outcome: 'NEEDS_MET', maintenance: false },
    },
  );
  expect(closed.data?.closeCase.status).toBe('CLOSED');
}

describe('the retention schedule', () => {
  let portal: TestPortal;
  let manager: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    manager = await portal.signIn('fptManager');
  });
  afterAll(() => portal.close());

  it('starts from the documented defaults', async () => {
    const listed = await manager.gql<{ retentionPolicies: PolicyView[] }>(POLICIES);
    expect(listed.data!.retentionPolicies.map(({ recordType, rule, period }) => ({ recordType, rule, period }))).toEqual(
      [...DEFAULT_RETENTION_POLICIES].sort((a, b) => a.recordType.localeCompare(b.recordType)),
    );
  });

  it('refuses a bad rule or period, naming the field, and writes nothing', async () => {
    const young = await manager.gql(UPDATE_POLICY, {
      input: { recordType: 'CLOSED_CASE', rule: 'UNTIL_YOUNGEST_CHILD_AGE', period: 17, version: 1 },
    });
    expect(young.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'period', message: 'Period must be an age in years from 18 to 100' }],
    });
    const sessions = await manager.gql(UPDATE_POLICY, {
      input: { recordType: 'SESSION', rule: 'UNTIL_YOUNGEST_CHILD_AGE', period: 25, version: 1 },
    });
    expect(sessions.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['rule']);
    const [row] = await portal.db.query(`SELECT rule, period, version FROM retention_policy WHERE record_type = 'CLOSED_CASE'`);
    expect(row).toEqual({ rule: 'UNTIL_YOUNGEST_CHILD_AGE', period: 25, version: 1 });
  });

  it('saves an edit against its version, audits it, and refuses a stale one as a conflict', async () => {
    const saved = await manager.gql<{ updateRetentionPolicy: PolicyView }>(UPDATE_POLICY, {
      input: { recordType: 'NFA_REFERRAL', rule: 'YEARS_AFTER_END', period: 3, version: 1 },
    });
    expect(saved.data!.updateRetentionPolicy).toEqual({
      recordType: 'NFA_REFERRAL',
      rule: 'YEARS_AFTER_END',
      period: 3,
      version: 2,
      updatedBy: 'Daniel Okafor',
    });
    const stale = await manager.gql(UPDATE_POLICY, {
      input: { recordType: 'NFA_REFERRAL', rule: 'YEARS_AFTER_END', period: 4, version: 1 },
    });
    expect(code(stale)).toBe('CONFLICT');
    const [row] = await portal.db.query(`SELECT period FROM retention_policy WHERE record_type = 'NFA_REFERRAL'`);
    expect(row.period).toBe(3);
    const audit = await portal.db.query(`SELECT actor_id FROM audit_event WHERE action = 'UPDATE_RETENTION_POLICY'`);
    expect(audit).toEqual([{ actor_id: portal.ids.users.fptManager }]);
  });

  it('is the FPT manager’s alone', async () => {
    for (const user of ['schoolPractitioner', 'frontDoor'] as const) {
      const session = await portal.signIn(user);
      const read = await session.gql(POLICIES);
      expect(code(read)).toBe('FORBIDDEN');
      expect(read.data).toBeNull();
      expect(
        code(await session.gql(UPDATE_POLICY, { input: { recordType: 'NFA_REFERRAL', rule: 'YEARS_AFTER_END', period: 1, version: 2 } })),
      ).toBe('FORBIDDEN');
    }
  });
});

describe('the retention purge, with a moved clock', () => {
  let portal: TestPortal;
  let today = '2026-11-18';
  const clock: Clock = { now: () => new Date(`${today}T12:00:00Z`) };
  let purge: RetentionPurgeService;
  const runOn = (date: string) => {
    today = date;
    return purge.run();
  };
  const exists = async (table: string, id: string): Promise<boolean> =>
    (await portal.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;

  beforeAll(async () => {
    portal = await startTestPortal();
    // The purge runs in the worker, as the worker's database role.
    purge = new RetentionPurgeService(portal.workerDb, clock);
    // The Brook family: Mia (2017-06-02) and Oscar (2020-09-21). Oscar is 25 on 2045-09-21.
    await closeCase(await portal.signIn('schoolPractitioner'), portal.ids.cases.brook);
  });
  afterAll(() => portal.close());

  it('runs as the daily job, and lists what is due for the manager', async () => {
    // The Price family's referral ended in no further action on the test day: due two years on.
    const [{ id: referralId }] = await portal.db.query(`SELECT id FROM referral WHERE decision = 'NO_FURTHER_ACTION'`);
    await portal.db.query(`UPDATE referral SET decided_at = '2024-06-01T12:00:00Z' WHERE id = $1`, [referralId]);
    const manager = await portal.signIn('fptManager');
    const review = await manager.gql<{ retentionReview: { recordType: string; id: string; state: string; dueOn: string }[] }>(
      '{ retentionReview { recordType id state dueOn } }',
    );
    expect(review.data!.retentionReview).toContainEqual({ recordType: 'NFA_REFERRAL', id: referralId, state: 'DUE', dueOn: '2026-06-01' });
    expect(code(await (await portal.signIn('police')).gql('{ retentionReview { id } }'))).toBe('FORBIDDEN');

    today = TEST_NOW.toISOString().slice(0, 10);
    const connection = queueConnection(portal);
    const workers = startWorkers(connection, JobRegistry.fromHandlers(workerJobHandlers(portal.workerDb, null, clock)), {
      outbox: new PostgresOutboxStore(portal.workerDb),
    });
    const publisher = new JobPublisher(connection);
    try {
      await eventually(
        async () => publisher.ready,
        (ready) => ready,
      );
      await publisher.publish(JobName.RetentionPurge, { trigger: 'manual' }, 'purge-now');
      const log = await eventually(
        () => portal.db.query(`SELECT record_type, rule, period, due_on FROM purge_log WHERE entity_id = $1`, [referralId]),
        (rows: unknown[]) => rows.length > 0,
      );
      expect(log).toEqual([{ record_type: 'NFA_REFERRAL', rule: 'YEARS_AFTER_END', period: 2, due_on: '2026-06-01' }]);
      expect(await exists('referral', referralId)).toBe(false);
    } finally {
      await publisher.close();
      await workers.close();
    }
  });

  it('keeps a closed case until the youngest child’s 25th birthday', async () => {
    const result = await runOn('2045-09-20');
    expect(result.purged.filter((p) => p.entityType === 'CASE')).toEqual([]);
    expect(await exists('early_help_case', portal.ids.cases.brook)).toBe(true);
  });

  it('keeps a case under legal hold past its date, and purges it on the next run once the hold is lifted', async () => {
    const manager = await portal.signIn('fptManager');
    const [{ reference, family_id: familyId, referral_id: referralId }] = await portal.db.query(
      'SELECT reference, family_id, referral_id FROM early_help_case WHERE id = $1',
      [portal.ids.cases.brook],
    );
    const placed = await manager.gql<{
      placeLegalHold: { id: string; caseReference: string; placedBy: string; version: number; liftedAt: null };
    }>(PLACE_HOLD, {
      input: { caseReference: reference.toLowerCase(), reason: 'Disclosure requested in family court proceedings' },
    });
    expect(placed.data!.placeLegalHold).toMatchObject({ caseReference: reference, placedBy: 'Daniel Okafor', version: 1, liftedAt: null });
    const twice = await manager.gql(PLACE_HOLD, { input: { caseReference: reference, reason: 'Again' } });
    expect(twice.errors![0].extensions!.fields).toEqual([{ field: 'caseReference', message: 'This case already has a legal hold' }]);
    const unknown = await manager.gql(PLACE_HOLD, { input: { caseReference: 'C-999999', reason: 'Court order' } });
    expect(unknown.errors![0].extensions!.fields).toEqual([{ field: 'caseReference', message: 'There is no case with this reference' }]);

    const held = await runOn('2045-09-21');
    expect(held.purged.filter((p) => p.entityType === 'CASE')).toEqual([]);
    expect(held.held).toBeGreaterThanOrEqual(1);
    expect(await exists('early_help_case', portal.ids.cases.brook)).toBe(true);

    const auditBefore = await portal.db.query(`SELECT id, hash FROM audit_event WHERE family_id = $1 ORDER BY id`, [familyId]);
    const stillManager = await portal.signIn('fptManager');
    const hold = placed.data!.placeLegalHold;
    expect(code(await stillManager.gql(LIFT_HOLD, { input: { id: hold.id, version: 7 } }))).toBe('CONFLICT');
    const lifted = await stillManager.gql<{ liftLegalHold: { liftedBy: string; version: number } }>(LIFT_HOLD, {
      input: { id: hold.id, version: 1 },
    });
    expect(lifted.data!.liftLegalHold).toMatchObject({ liftedBy: 'Daniel Okafor', version: 2 });
    const holdAudit = await portal.db.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE '%LEGAL_HOLD' ORDER BY id`,
      [portal.ids.cases.brook],
    );
    expect(holdAudit.map((a: { action: string }) => a.action)).toEqual(['PLACE_LEGAL_HOLD', 'LIFT_LEGAL_HOLD']);

    // A later referral the front door added to the case is part of its record, and goes with it.
    const [{ id: addedReferral }] = await portal.db.query(
      `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, status, decision, decision_reason, decided_at, added_to_case_id)
       VALUES ('R-ADDED', $1, $2, true, 'Synthetic', 'Synthetic.', true, 'DECIDED', 'LEVEL_2_PARTNER_LED', 'Added to the open case', now(), $3) RETURNING id`,
      [familyId, portal.ids.users.frontDoor, portal.ids.cases.brook],
    );
    // A restricted entry goes with its case, though the worker may not read it.
    await portal.db.query(
      `INSERT INTO restricted_information (case_id, category, content, recorded_by, recorded_by_agency_id) VALUES ($1, 'HEALTH_NOTE', 'A health note', $2, $3)`,
      [portal.ids.cases.brook, portal.ids.users.healthVisitor, portal.ids.agencies.health],
    );
    const purged = await runOn('2045-09-21');
    expect(purged.failed).toBe(0);
    expect(purged.purged.filter((p) => p.entityType === 'CASE')).toEqual([
      { recordType: 'CLOSED_CASE', entityType: 'CASE', id: portal.ids.cases.brook },
    ]);
    expect(await exists('early_help_case', portal.ids.cases.brook)).toBe(false);
    expect(await portal.db.query(`SELECT 1 FROM restricted_information WHERE case_id = $1`, [portal.ids.cases.brook])).toEqual([]);
    const [{ restricted }] = await portal.db.query(
      `SELECT rows_deleted->'restricted_information' AS restricted FROM purge_log WHERE entity_id = $1`,
      [portal.ids.cases.brook],
    );
    expect(restricted).toBe(1);
    expect(await exists('referral', referralId)).toBe(false);
    expect(await exists('referral', addedReferral)).toBe(false);
    expect(await exists('family', familyId)).toBe(false);
    expect(await portal.db.query(`SELECT 1 FROM person WHERE family_id = $1`, [familyId])).toEqual([]);
    expect(await portal.db.query(`SELECT 1 FROM case_event WHERE case_id = $1`, [portal.ids.cases.brook])).toEqual([]);

    const log = await portal.db.query(
      `SELECT record_type, entity_type, entity_id, rule, period, due_on FROM purge_log WHERE entity_id = ANY($1) ORDER BY entity_type`,
      [[portal.ids.cases.brook, familyId]],
    );
    expect(log).toEqual([
      {
        record_type: 'CLOSED_CASE',
        entity_type: 'CASE',
        entity_id: portal.ids.cases.brook,
        rule: 'UNTIL_YOUNGEST_CHILD_AGE',
        period: 25,
        due_on: '2045-09-21',
      },
      {
        record_type: 'CLOSED_CASE',
        entity_type: 'FAMILY',
        entity_id: familyId,
        rule: 'UNTIL_YOUNGEST_CHILD_AGE',
        period: 25,
        due_on: '2045-09-21',
      },
    ]);
    // The log holds no names: nothing from the family's record appears in it.
    const [{ text }] = await portal.db.query(`SELECT string_agg(purge_log::text, ' ') AS text FROM purge_log`);
    expect(text).not.toMatch(/Brook|Alder|Mia|Oscar|Leah/);

    // The audit trail is untouched (ids only), gains a purge row, and its chain still holds.
    const auditAfter = await portal.db.query(
      `SELECT id, hash FROM audit_event WHERE family_id = $1 AND action <> 'PURGE_RECORD' ORDER BY id`,
      [familyId],
    );
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    const purgeAudit = await portal.db.query(
      `SELECT actor_id, entity_type FROM audit_event WHERE action = 'PURGE_RECORD' AND family_id = $1 ORDER BY id`,
      [familyId],
    );
    expect(purgeAudit).toEqual([
      { actor_id: null, entity_type: 'CASE' },
      { actor_id: null, entity_type: 'FAMILY' },
    ]);
    expect((await verifyAuditChain(portal.db)).brokenAt).toBeNull();

    // Running again changes nothing.
    const again = await runOn('2045-09-21');
    expect(again.purged.filter((p) => p.entityType === 'CASE' || p.entityType === 'FAMILY')).toEqual([]);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM purge_log WHERE entity_id = $1`, [portal.ids.cases.brook]);
    expect(n).toBe(1);
  });

  it('follows a policy edit, and keeps a family’s history while it has a referral awaiting triage', async () => {
    // Adeyemi: Tobi (2012-10-05) is 25 on 2037-10-05. Closed 2026-11-18.
    today = '2026-11-18';
    await closeCase(await portal.signIn('schoolDsl'), portal.ids.cases.adeyemi);
    expect((await runOn('2032-11-18')).purged.map((p) => p.id)).not.toContain(portal.ids.cases.adeyemi);
    const manager = await portal.signIn('fptManager');
    const changed = await manager.gql(UPDATE_POLICY, {
      input: { recordType: 'CLOSED_CASE', rule: 'YEARS_AFTER_END', period: 6, version: 1 },
    });
    expect(changed.errors).toBeUndefined();
    expect((await runOn('2032-11-17')).purged.map((p) => p.id)).not.toContain(portal.ids.cases.adeyemi);

    // A new referral for the family, awaiting triage, keeps its history past the date.
    const [{ family_id: familyId }] = await portal.db.query('SELECT family_id FROM early_help_case WHERE id = $1', [
      portal.ids.cases.adeyemi,
    ]);
    const referral = await (
      await portal.signIn('frontDoor')
    ).gql<{ recordReferral: { id: string } }>(`mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }`, {
      input: {
        existingFamilyId: familyId,
        addressLine1: '9 Beech Court',
        town: 'Northfield',
        postcode: 'NF1 8RS',
        selfReferral: true,
        referrerName: 'Funmi Adeyemi',
        concerns: 'Routines have slipped again.',
        consentGiven: true,
        members: [{ firstName: 'Tobi', lastName: 'Adeyemi', dateOfBirth: '2012-10-05', role: 'CHILD', relationship: 'Son' }],
      },
    });
    expect(referral.errors).toBeUndefined();
    const held = await runOn('2032-11-18');
    expect(held.purged.map((p) => p.id)).not.toContain(portal.ids.cases.adeyemi);
    expect(await exists('early_help_case', portal.ids.cases.adeyemi)).toBe(true);

    // Once it is decided (no further action, in 2026), the case and then the family can go.
    await portal.db.query(
      `UPDATE referral SET status = 'DECIDED', decision = 'NO_FURTHER_ACTION', decision_reason = 'Signposted', decided_by = $2, decided_at = $3 WHERE id = $1`,
      [referral.data!.recordReferral.id, portal.ids.users.frontDoor, TEST_NOW],
    );
    const purged = await runOn('2032-11-18');
    expect(purged.purged.map((p) => p.id)).toEqual(expect.arrayContaining([portal.ids.cases.adeyemi, referral.data!.recordReferral.id]));
    expect(await exists('early_help_case', portal.ids.cases.adeyemi)).toBe(false);
    expect(await exists('family', familyId)).toBe(false);
  });

  it('never removes an open case or a referral awaiting triage, however far the clock moves', async () => {
    const result = await runOn('2199-01-01');
    expect(result.failed).toBe(0);
    // Hartley and Nowak are awaiting first contact; Ward and Khan are awaiting triage.
    for (const key of ['hartley', 'nowak']) expect(await exists('early_help_case', portal.ids.cases[key])).toBe(true);
    const [{ n }] = await portal.db.query(`SELECT count(*)::int AS n FROM referral WHERE status = 'AWAITING_TRIAGE'`);
    expect(n).toBe(2);
    const [{ families }] = await portal.db.query(`SELECT count(*)::int AS families FROM family`);
    expect(families).toBe(4);
  });

  it('purges an Operation Encompass notification with its family when none of its children is left, and keeps one about a child still held', async () => {
    const { users, agencies } = portal.ids;
    const [{ id: familyId }] = await portal.db.query(
      `INSERT INTO family (reference, address_line1, town, postcode) VALUES ('F-ENC-1', '3 Mill Lane', 'Northfield', 'NF2 4PQ') RETURNING id`,
    );
    const [{ id: personId }] = await portal.db.query(
      `INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship)
       VALUES ($1, 'Lily', 'Fenwick', '2015-03-09', 'CHILD', 'Daughter') RETURNING id`,
      [familyId],
    );
    const [{ id: referralId }] = await portal.db.query(
      `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_name, concerns, consent_given, status, decision, decision_reason, decided_at)
       VALUES ('R-ENC-1', $1, $2, true, 'Synthetic', 'Synthetic.', true, 'DECIDED', 'NO_FURTHER_ACTION', 'Signposted', $3) RETURNING id`,
      [familyId, users.frontDoor, TEST_NOW],
    );
    const [{ id: ella }] = await portal.db.query(`SELECT id FROM person WHERE first_name = 'Ella' AND last_name = 'Hartley'`);
    const notification = async (reference: string, children: (string | null)[]) => {
      const [{ id }] = await portal.db.query(
        `INSERT INTO encompass_notification (id, incident_reference, occurred_at, summary, recorded_by, recorded_by_agency_id, recorded_at, council_agency_id)
         VALUES (gen_random_uuid(), $1, $2, 'Synthetic incident.', $3, $4, $2, $5) RETURNING id`,
        [reference, TEST_NOW, users.police, agencies.police, agencies.fpt],
      );
      for (const [position, child] of children.entries()) {
        await portal.db.query(
          `INSERT INTO encompass_child (id, notification_id, position, first_name, last_name, date_of_birth, person_id, family_id)
           SELECT gen_random_uuid(), $1, $2, p.first_name, p.last_name, p.date_of_birth, p.id, p.family_id FROM person p WHERE p.id = $3`,
          [id, position, child],
        );
      }
      await portal.db.query(
        `INSERT INTO encompass_route (id, notification_id, with_council_contact, due_at, stage) VALUES (gen_random_uuid(), $1, true, $2, 'WITH_COUNCIL_CONTACT')`,
        [id, TEST_NOW],
      );
      await portal.db.query(
        `INSERT INTO notification (user_id, kind, entity_type, entity_id) VALUES ($1, 'ENCOMPASS_NOTIFICATION', 'ENCOMPASS', $2)`,
        [users.frontDoor, id],
      );
      return id as string;
    };
    const onlyLily = await notification('NF-ENC-1', [personId]);
    const withElla = await notification('NF-ENC-2', [personId, ella]);

    const result = await runOn('2199-01-02');
    expect(result.failed).toBe(0);
    expect(result.purged.map((p) => p.id)).toContain(referralId);
    expect(await exists('family', familyId)).toBe(false);
    // Lily was its only child: it goes, with its children, routes and in-app notifications.
    expect(await exists('encompass_notification', onlyLily)).toBe(false);
    for (const table of ['encompass_child', 'encompass_route']) {
      expect(await portal.db.query(`SELECT 1 FROM ${table} WHERE notification_id = $1`, [onlyLily])).toEqual([]);
    }
    expect(await portal.db.query(`SELECT 1 FROM notification WHERE entity_id = $1`, [onlyLily])).toEqual([]);
    const [{ gone }] = await portal.db.query(`SELECT rows_deleted->'encompass_notification' AS gone FROM purge_log WHERE entity_id = $1`, [
      referralId,
    ]);
    expect(gone).toBe(1);
    // Ella is still held: that one stays, Lily's link cleared.
    expect(await exists('encompass_notification', withElla)).toBe(true);
    expect(
      await portal.db.query(`SELECT person_id, family_id FROM encompass_child WHERE notification_id = $1 ORDER BY position`, [withElla]),
    ).toEqual([
      { person_id: null, family_id: null },
      { person_id: ella, family_id: expect.any(String) },
    ]);
  });

  it('purges an Encompass notification about children never matched two years after its last setting settled it, and keeps one still waiting', async () => {
    const { users, agencies } = portal.ids;
    const [{ id: settingId }] = await portal.db.query(`SELECT id FROM education_setting ORDER BY name LIMIT 1`);
    const [{ id: ella }] = await portal.db.query(`SELECT id FROM person WHERE first_name = 'Ella' AND last_name = 'Hartley'`);
    type Route = { settingId: string | null; acknowledgedAt?: string; passedOnAt?: string };
    const notification = async (reference: string, child: string | null, routes: Route[]) => {
      const [{ id }] = await portal.db.query(
        `INSERT INTO encompass_notification (id, incident_reference, occurred_at, summary, recorded_by, recorded_by_agency_id, recorded_at, council_agency_id)
         VALUES (gen_random_uuid(), $1, '2026-11-10T23:00:00Z', 'Synthetic incident.', $2, $3, '2026-11-10T23:30:00Z', $4) RETURNING id`,
        [reference, users.police, agencies.police, agencies.fpt],
      );
      await portal.db.query(
        `INSERT INTO encompass_child (id, notification_id, position, first_name, last_name, date_of_birth, person_id)
         VALUES (gen_random_uuid(), $1, 0, 'Noor', 'Synthetic', '2016-05-04', $2)`,
        [id, child],
      );
      for (const route of routes) {
        const stage = route.acknowledgedAt ? 'ACKNOWLEDGED' : route.settingId ? 'AWAITING' : 'WITH_COUNCIL_CONTACT';
        await portal.db.query(
          `INSERT INTO encompass_route (id, notification_id, setting_id, with_council_contact, due_at, stage, acknowledged_at, acknowledged_by, response, passed_on_at, passed_on_by, passed_on_note)
           VALUES (gen_random_uuid(), $1, $2, $2::uuid IS NULL, '2026-11-11T08:40:00Z', $3, $4::timestamptz, CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE $5::uuid END,
                   CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE 'SILENT_SUPPORT' END, $6::timestamptz, CASE WHEN $6::timestamptz IS NULL THEN NULL ELSE $7::uuid END,
                   CASE WHEN $6::timestamptz IS NULL THEN NULL ELSE 'Telephoned the DSL.' END)`,
          [id, route.settingId, stage, route.acknowledgedAt ?? null, users.frontDoor, route.passedOnAt ?? null, users.frontDoor],
        );
      }
      await portal.db.query(
        `INSERT INTO notification (user_id, kind, entity_type, entity_id) VALUES ($1, 'ENCOMPASS_NOTIFICATION', 'ENCOMPASS', $2)`,
        [users.frontDoor, id],
      );
      return id as string;
    };
    // Acknowledged at 23:30 on 11 November in London: settled on the 11th, due on 11 November 2028.
    const acknowledged = await notification('NF-UNM-1', null, [{ settingId, acknowledgedAt: '2026-11-11T23:30:00Z' }]);
    // One setting acknowledged it, the council's contact passed the other on later: due from the later.
    const passedOn = await notification('NF-UNM-2', null, [
      { settingId, acknowledgedAt: '2026-11-12T09:00:00Z' },
      { settingId: null, passedOnAt: '2027-03-01T10:00:00Z' },
    ]);
    const waiting = await notification('NF-UNM-3', null, [{ settingId }]);
    const matched = await notification('NF-UNM-4', ella, [{ settingId, acknowledgedAt: '2026-11-11T09:00:00Z' }]);

    expect((await runOn('2028-11-10')).purged.map((p) => p.id)).not.toContain(acknowledged);
    expect(await exists('encompass_notification', acknowledged)).toBe(true);

    const result = await runOn('2028-11-11');
    expect(result.failed).toBe(0);
    expect(result.purged.filter((p) => p.recordType === 'ENCOMPASS_UNMATCHED').map((p) => p.id)).toEqual([acknowledged]);
    expect(await exists('encompass_notification', acknowledged)).toBe(false);
    for (const table of ['encompass_child', 'encompass_route']) {
      expect(await portal.db.query(`SELECT 1 FROM ${table} WHERE notification_id = $1`, [acknowledged])).toEqual([]);
    }
    expect(await portal.db.query(`SELECT 1 FROM notification WHERE entity_id = $1`, [acknowledged])).toEqual([]);
    expect(await portal.db.query(`SELECT record_type, rule, period, due_on FROM purge_log WHERE entity_id = $1`, [acknowledged])).toEqual([
      { record_type: 'ENCOMPASS_UNMATCHED', rule: 'YEARS_AFTER_END', period: 2, due_on: '2028-11-11' },
    ]);
    expect(
      await portal.db.query(`SELECT actor_id, entity_type FROM audit_event WHERE action = 'PURGE_RECORD' AND entity_id = $1`, [
        acknowledged,
      ]),
    ).toEqual([{ actor_id: null, entity_type: 'ENCOMPASS_NOTIFICATION' }]);

    expect((await runOn('2029-02-28')).purged.map((p) => p.id)).not.toContain(passedOn);
    expect((await runOn('2029-03-01')).purged.map((p) => p.id)).toContain(passedOn);
    expect(await exists('encompass_notification', passedOn)).toBe(false);

    // Still waiting on its setting: live work, whatever the date. Matched to a child the portal
    // holds: it goes with her family, never by this rule.
    await runOn('2199-01-03');
    expect(await exists('encompass_notification', waiting)).toBe(true);
    expect(await exists('encompass_notification', matched)).toBe(true);
  });
});

describe('the subject access export', () => {
  let portal: TestPortal;
  let manager: Session;
  let mia: string;
  beforeAll(async () => {
    portal = await startTestPortal();
    manager = await portal.signIn('fptManager');
    const sam = await portal.signIn('schoolPractitioner');
    const brook = portal.ids.cases.brook;
    await sam.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: brook });
    await sam.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: brook, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-17' },
    });
    const people: { id: string; first_name: string }[] = await portal.db.query(
      `SELECT p.id, p.first_name FROM person p JOIN early_help_case c ON c.family_id = p.family_id WHERE c.id = $1`,
      [brook],
    );
    const id = (name: string) => people.find((p) => p.first_name === name)!.id;
    // A review as recording one would leave it (recording needs an approved plan, not the point here).
    await portal.db.query(
      `INSERT INTO case_review (case_id, held_on, kind, attendees, goal_progress, family_view, child_views, recorded_by)
       VALUES ($1, '2026-11-18', 'TEAM_AROUND_FAMILY', 'Leah, Sam Carter, Grandma', 'Oscar sleeps better; Mia eats breakfast at club',
               'Mornings are calmer', $2, $3)`,
      [
        brook,
        JSON.stringify([
          { personId: id('Mia'), view: 'I like breakfast club' },
          { personId: id('Oscar'), view: 'I miss my dad' },
        ]),
        portal.ids.users.schoolPractitioner,
      ],
    );
    // The people around the family: a former team member, and a partner's escalation concern.
    await portal.db.query(
      `INSERT INTO case_team_invitation (case_id, invitee_id, invitee_agency_id, role, basis, lawful_basis, lawful_basis_reason, invited_by,
                                         status, decided_at, ended_at, ended_by, end_reason)
       VALUES ($1, $2, $3, 'Health visitor', 'LAWFUL_BASIS', 'SAFEGUARDING', 'Oscar missed two health checks', $4,
               'LEFT', now(), now(), $2, 'Oscar is now seen by the school nurse')`,
      [brook, portal.ids.users.healthVisitor, portal.ids.agencies.health, portal.ids.users.schoolPractitioner],
    );
    await portal.db.query(
      `INSERT INTO escalation_concern (case_id, raised_by, worry, tried, urgency)
       VALUES ($1, $2, 'Police called to the home twice this week', 'A joint visit with the school', 'WITHIN_DAYS')`,
      [brook, portal.ids.users.police],
    );
  });
  afterAll(() => portal.close());

  it('includes the team around the family and the escalation concerns raised about it', async () => {
    const [{ id: oscarId }] = await portal.db.query(
      `SELECT p.id FROM person p JOIN early_help_case c ON c.family_id = p.family_id WHERE c.id = $1 AND p.first_name = 'Oscar'`,
      [portal.ids.cases.brook],
    );
    const { html } = (await manager.gql<{ subjectAccessExport: { html: string } }>(EXPORT, { id: oscarId })).data!.subjectAccessExport;
    expect(html).toContain('Team around the family');
    expect(html).toContain('missed two health checks');
    expect(html).toContain('is now seen by the school nurse');
    expect(html).toContain('Escalation concerns and written contributions to the Forum');
    expect(html).toContain('Police called to the home twice this week');
    expect(html).toContain('A joint visit with the school');
  });

  it('finds the person by name and date of birth', async () => {
    const found = await manager.gql<{
      subjectAccessPeople: { id: string; firstName: string; dateOfBirth: string; familyReference: string }[];
    }>(`query($input: SubjectAccessSearchInput!) { subjectAccessPeople(input: $input) { id firstName dateOfBirth familyReference } }`, {
      input: { lastName: 'BROOK', dateOfBirth: '2017-06-02' },
    });
    expect(found.data!.subjectAccessPeople.map((p) => [p.firstName, p.dateOfBirth])).toEqual([['Mia', '2017-06-02']]);
    mia = found.data!.subjectAccessPeople[0].id;
    const bad = await manager.gql(`query($input: SubjectAccessSearchInput!) { subjectAccessPeople(input: $input) { id } }`, {
      input: { lastName: 'B' },
    });
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['lastName']);
  });

  it('holds everything about the child, with other people’s details marked for redaction', async () => {
    const result = await manager.gql<{ subjectAccessExport: { fileName: string; html: string; json: string; redactionMarks: number } }>(
      EXPORT,
      { id: mia },
    );
    expect(result.errors).toBeUndefined();
    const { fileName, html: file, json, redactionMarks } = result.data!.subjectAccessExport;
    // Each mark is followed by its reason in brackets; read without them for the assertions below.
    expect(file).toContain(
      '<mark class="redact" title="Another family member">Leah Brook</mark><span class="why"> [Another family member]</span>',
    );
    const html = file.replace(/<span class="why"> \[[^\]]*\]<\/span>/g, '');
    expect(fileName).toMatch(/^subject-access-EH-\d+-2026-11-18\.html$/);
    expect(html).toContain('<h1>Subject access export: Mia Brook</h1>');
    expect(html).toContain('2017-06-02');
    // Her own words and the concerns about her are there, unmarked.
    expect(html).toContain('Attendance has dropped to 78% this term; Mia is often tired and hungry in the mornings.');
    expect(html).toContain('Mia Brook: I like breakfast club');
    // Her mother and brother, in lists and in free text, are marked.
    expect(html).toContain('<mark class="redact" title="Another family member">Leah Brook</mark>');
    expect(html).toContain('<mark class="redact" title="Another family member">Leah</mark>');
    expect(html).toContain('<mark class="redact" title="Another family member">Oscar</mark> sleeps better');
    expect(html).toContain('<mark class="redact" title="About another child">I miss my dad</mark>');
    expect(html).not.toMatch(/[^>]I miss my dad/);
    // Practitioners, including in the trail of who opened the case.
    expect(html).toContain('<mark class="redact" title="A practitioner">Sam Carter</mark> (Oakwood Primary School)');
    expect(html).toContain('READ_CASE');
    // Nothing from another family.
    expect(html).not.toMatch(/Hartley|Nowak|Willow Row/);
    // The file stands alone: no scripts, no outside resources.
    expect(html).not.toMatch(/<script|<link|src=/i);
    const marks = file.match(/<mark class="redact" title=/g) ?? [];
    expect(redactionMarks).toBe(marks.length);
    const parsed = JSON.parse(json) as { subject: { label: string; value: { text: string }[] }[] };
    expect(parsed.subject.find((f) => f.label === 'Name')!.value).toEqual([{ text: 'Mia Brook' }]);

    const audit = await portal.db.query(
      `SELECT actor_id, outcome FROM audit_event WHERE action = 'SUBJECT_ACCESS_EXPORT' AND entity_id = $1`,
      [mia],
    );
    expect(audit).toEqual([{ actor_id: portal.ids.users.fptManager, outcome: 'ALLOWED' }]);
  });

  it('gives nothing to a practitioner from another agency, or to the front door', async () => {
    for (const user of ['harbour', 'schoolPractitioner', 'frontDoor'] as const) {
      const refused = await (await portal.signIn(user)).gql(EXPORT, { id: mia });
      expect(code(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('answers an unknown person as not found, and audits the attempt', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await manager.gql(EXPORT, { id: missing });
    expect(code(result)).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
    expect(
      await portal.db.query(`SELECT outcome FROM audit_event WHERE action = 'SUBJECT_ACCESS_EXPORT' AND entity_id = $1`, [missing]),
    ).toEqual([{ outcome: 'DENIED' }]);
  });
});
