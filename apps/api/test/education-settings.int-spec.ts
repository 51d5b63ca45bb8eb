import { startTestPortal, TestPortal } from './test-app';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message?: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fields = (r: Result) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();

const SETTING = `id name urn phase addressLine1 addressLine2 town postcode schoolDayStartsAt closureDays inCouncil agencyId agencyName
  contactEmail version safeguardingLeads { userId displayName role }`;
const LIST = `query { educationSettings { ${SETTING} } }`;
const ADD = `mutation($input: EducationSettingInput!) { addEducationSetting(input: $input) { ${SETTING} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: EducationSettingInput!) {
  updateEducationSetting(id: $id, expectedVersion: $v, input: $input) { ${SETTING} } }`;
const RECORD = `mutation($input: RecordChildSettingInput!) {
  recordChildSetting(input: $input) { settingId settingName urn startedOn endedOn } }`;
const FAMILY = `query($id: ID!) { case(id: $id) { family { members { id firstName role educationSettings { settingName startedOn endedOn } } } } }`;

const outside = {
  name: 'Moorgate Academy',
  urn: '139001',
  phase: 'SECONDARY',
  addressLine1: '2 Moor Road',
  addressLine2: null,
  town: 'Westby',
  postcode: 'WB2 1MA',
  schoolDayStartsAt: '08:30',
  closureDays: ['2026-12-18'],
  inCouncil: false,
  agencyId: null,
  contactEmail: 'dsl@moorgate.example.org',
  safeguardingLeads: [],
};

describe('the directory of education settings and a child’s setting', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal.close());

  const settingCount = async () => (await portal.db.query(`SELECT count(*)::int AS n FROM education_setting`))[0].n as number;

  it('lets every signed-in user read the directory, with each setting’s DSL or contact address', async () => {
    const police = await portal.signIn('police');
    const list = await police.gql<{ educationSettings: Record<string, unknown>[] }>(LIST);
    expect(code(list)).toBe('OK');
    const byName = new Map(list.data!.educationSettings.map((s) => [s.name, s]));
    expect(byName.get('Riverside Academy')).toMatchObject({
      urn: '142887',
      inCouncil: true,
      agencyName: 'Riverside Academy',
      contactEmail: null,
      schoolDayStartsAt: '08:40',
      closureDays: ['2027-01-04'],
      safeguardingLeads: [{ userId: portal.ids.users.schoolDsl, displayName: 'Jo Patel', role: 'DSL' }],
    });
    expect(byName.get('Hillside Church of England Primary School')).toMatchObject({
      inCouncil: false,
      agencyId: null,
      contactEmail: 'safeguarding@hillside.example.org',
      safeguardingLeads: [],
    });
  });

  it('refuses bad details field by field, and writes nothing', async () => {
    const fpt = await portal.signIn('fptManager');
    const before = await settingCount();
    const refused = async (change: Record<string, unknown>) => fields(await fpt.gql(ADD, { input: { ...outside, ...change } }));
    expect(await refused({ name: '  ' })).toEqual(['name']);
    expect(await refused({ urn: '13900' })).toEqual(['urn']);
    expect(await refused({ urn: '13900A' })).toEqual(['urn']);
    expect(await refused({ phase: 'NURSERY' })).toEqual(['phase']);
    expect(await refused({ addressLine1: '' })).toEqual(['addressLine1']);
    expect(await refused({ town: '' })).toEqual(['town']);
    expect(await refused({ postcode: 'WESTBY' })).toEqual(['postcode']);
    expect(await refused({ schoolDayStartsAt: '8:30' })).toEqual(['schoolDayStartsAt']);
    expect(await refused({ schoolDayStartsAt: '14:00' })).toEqual(['schoolDayStartsAt']);
    expect(await refused({ closureDays: ['2026-12-32'] })).toEqual(['closureDays']);
    expect(await refused({ contactEmail: null })).toEqual(['contactEmail']);
    expect(await refused({ contactEmail: 'not-an-address' })).toEqual(['contactEmail']);
    // Outside the council: no users, no agency.
    expect(await refused({ safeguardingLeads: [{ userId: portal.ids.users.schoolDsl, role: 'DSL' }] })).toEqual(['safeguardingLeads']);
    expect(await refused({ agencyId: portal.ids.agencies.riverside })).toEqual(['agencyId']);
    // In the council: its DSL and deputies are active users of its agency.
    const inCouncil = { inCouncil: true, contactEmail: null, agencyId: portal.ids.agencies.oakwood };
    expect(await refused({ ...inCouncil, safeguardingLeads: [{ userId: portal.ids.users.schoolDsl, role: 'DSL' }] })).toEqual([
      'safeguardingLeads',
    ]);
    // A role that is not one: refused by the schema, naming the field.
    const head = await fpt.gql(ADD, {
      input: { ...outside, ...inCouncil, safeguardingLeads: [{ userId: portal.ids.users.schoolPractitioner, role: 'HEAD' }] },
    });
    expect(code(head)).toBe('BAD_USER_INPUT');
    expect(head.errors?.[0]?.message).toMatch(/safeguardingLeads/);
    expect(await refused({ ...inCouncil, contactEmail: 'office@oakwood.example.org' })).toEqual(['contactEmail']);
    // A URN already in the directory.
    expect(await refused({ urn: '142887' })).toEqual(['urn']);
    expect(await settingCount()).toBe(before);
  });

  it('lets only the Family Partnership Team manage the directory', async () => {
    const before = await settingCount();
    for (const user of ['schoolDsl', 'police', 'healthVisitor'] as const) {
      expect(code(await (await portal.signIn(user)).gql(ADD, { input: outside }))).toBe('FORBIDDEN');
    }
    const riverside = portal.ids.settings.riverside;
    const dsl = await portal.signIn('schoolDsl');
    expect(code(await dsl.gql(UPDATE, { id: riverside, v: 1, input: { ...outside, urn: '142887' } }))).toBe('FORBIDDEN');
    expect(await settingCount()).toBe(before);
    // And again in PostgreSQL: the API's role, acting as a partner, cannot write the directory.
    const refusedInDb = portal.db.transaction(async (m) => {
      await m.query(`SET LOCAL ROLE eh_app`);
      await m.query(
        `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', 'PRACTITIONER', true), set_config('eh.today', '2026-11-18', true)`,
        [portal.ids.users.schoolDsl, portal.ids.agencies.riverside],
      );
      await m.query(`UPDATE education_setting SET name = 'Renamed' WHERE id = $1`, [riverside]);
      return (await m.query(`SELECT name FROM education_setting WHERE id = $1`, [riverside]))[0].name as string;
    });
    expect(await refusedInDb).toBe('Riverside Academy');
  });

  it('adds a setting outside the council, and changes a setting with the version it was read at', async () => {
    const front = await portal.signIn('frontDoor');
    const added = await front.gql<{ addEducationSetting: Record<string, unknown> & { id: string; version: number } }>(ADD, {
      input: { ...outside, name: '  Moorgate   Academy ', postcode: 'wb2 1ma', closureDays: ['2026-12-18', '2026-12-17', '2026-12-18'] },
    });
    expect(code(added)).toBe('OK');
    expect(added.data!.addEducationSetting).toMatchObject({
      name: 'Moorgate Academy',
      postcode: 'WB2 1MA',
      closureDays: ['2026-12-17', '2026-12-18'],
      inCouncil: false,
      contactEmail: 'dsl@moorgate.example.org',
      version: 1,
    });
    const { id } = added.data!.addEducationSetting;
    const fpt = await portal.signIn('fptManager');
    const changed = await fpt.gql<{ updateEducationSetting: { schoolDayStartsAt: string; version: number } }>(UPDATE, {
      id,
      v: 1,
      input: { ...outside, schoolDayStartsAt: '08:55' },
    });
    expect(changed.data!.updateEducationSetting).toMatchObject({ schoolDayStartsAt: '08:55', version: 2 });
    // Someone who read version 1 is told to reload, and nothing of theirs is written.
    expect(code(await front.gql(UPDATE, { id, v: 1, input: { ...outside, schoolDayStartsAt: '09:00' } }))).toBe('CONFLICT');
    const [row] = await portal.db.query(`SELECT school_day_starts_at FROM education_setting WHERE id = $1`, [id]);
    expect(row.school_day_starts_at).toBe('08:55');
  });

  it('names a setting in the council’s DSL and deputies from its agency', async () => {
    const fpt = await portal.signIn('fptManager');
    const riverside = (
      await fpt.gql<{ educationSettings: { id: string; version: number; name: string }[] }>(LIST)
    ).data!.educationSettings.find((s) => s.name === 'Riverside Academy')!;
    const input = {
      ...outside,
      name: 'Riverside Academy',
      urn: '142887',
      inCouncil: true,
      contactEmail: null,
      agencyId: portal.ids.agencies.riverside,
      safeguardingLeads: [{ userId: portal.ids.users.schoolDsl, role: 'DEPUTY_DSL' }],
    };
    const saved = await fpt.gql<{ updateEducationSetting: { safeguardingLeads: { role: string }[] } }>(UPDATE, {
      id: riverside.id,
      v: riverside.version,
      input,
    });
    expect(saved.data!.updateEducationSetting.safeguardingLeads.map((l) => l.role)).toEqual(['DEPUTY_DSL']);
  });

  it('records a child’s new setting on the family record, ends the old one, and keeps the history', async () => {
    const brook = portal.ids.cases.brook;
    const school = await portal.signIn('schoolPractitioner');
    type Family = { case: { family: { members: { id: string; firstName: string; role: string; educationSettings: unknown[] }[] } } };
    const read = await school.gql<Family>(FAMILY, { id: brook });
    const mia = read.data!.case.family.members.find((m) => m.firstName === 'Mia')!;
    const leah = read.data!.case.family.members.find((m) => m.firstName === 'Leah')!;
    expect(mia.educationSettings).toEqual([{ settingName: 'Oakwood Primary School', startedOn: '2021-09-02', endedOn: null }]);
    const input = { caseId: brook, personId: mia.id, settingId: portal.ids.settings.riverside, startedOn: '2026-11-16' };
    // Bad input names the field; nothing is written.
    expect(fields(await school.gql(RECORD, { input: { ...input, personId: leah.id } }))).toEqual(['personId']);
    expect(fields(await school.gql(RECORD, { input: { ...input, settingId: portal.ids.settings.oakwood } }))).toEqual(['settingId']);
    expect(fields(await school.gql(RECORD, { input: { ...input, settingId: portal.ids.agencies.oakwood } }))).toEqual(['settingId']);
    expect(fields(await school.gql(RECORD, { input: { ...input, startedOn: '2026-11-19' } }))).toEqual(['startedOn']);
    expect(fields(await school.gql(RECORD, { input: { ...input, startedOn: '2021-09-01' } }))).toEqual(['startedOn']);
    expect(fields(await school.gql(RECORD, { input: { ...input, startedOn: '2026-02-30' } }))).toEqual(['startedOn']);
    // Those who cannot see the family are told it is not there; those who only read it may not write.
    expect(code(await (await portal.signIn('cgl')).gql(RECORD, { input }))).toBe('NOT_FOUND');
    const [{ n: before }] = await portal.db.query(`SELECT count(*)::int AS n FROM person_education_setting WHERE person_id = $1`, [mia.id]);
    expect(before).toBe(1);

    const recorded = await school.gql<{ recordChildSetting: unknown[] }>(RECORD, { input });
    expect(code(recorded)).toBe('OK');
    expect(recorded.data!.recordChildSetting).toEqual([
      { settingId: portal.ids.settings.riverside, settingName: 'Riverside Academy', urn: '142887', startedOn: '2026-11-16', endedOn: null },
      {
        settingId: portal.ids.settings.oakwood,
        settingName: 'Oakwood Primary School',
        urn: '141203',
        startedOn: '2021-09-02',
        endedOn: '2026-11-16',
      },
    ]);
    const [audit] = await portal.db.query(
      `SELECT actor_id, family_id, outcome FROM audit_event WHERE action = 'RECORD_CHILD_SETTING' AND entity_id = $1`,
      [mia.id],
    );
    expect(audit).toMatchObject({ actor_id: portal.ids.users.schoolPractitioner, outcome: 'ALLOWED' });
    const [event] = await portal.db.query(
      `SELECT summary FROM case_event WHERE case_id = $1 AND event_type = 'EDUCATION_SETTING_RECORDED'`,
      [brook],
    );
    expect(event.summary).toBe('A child’s education setting recorded, from 2026-11-16');
    // The front door (Family Partnership Team) may record it too; the new start cannot be before the current one's.
    const front = await portal.signIn('frontDoor');
    expect(
      fields(await front.gql(RECORD, { input: { ...input, settingId: portal.ids.settings.hillside, startedOn: '2026-11-15' } })),
    ).toEqual(['startedOn']);
  });

  it('keeps a child’s setting inside the family’s record: partners outside the case see none of it', async () => {
    const cgl = await portal.signIn('cgl');
    const rows = await portal.db.transaction(async (m) => {
      await m.query(`SET LOCAL ROLE eh_app`);
      await m.query(
        `SELECT set_config('eh.user_id', $1, true), set_config('eh.agency_id', $2, true), set_config('eh.role', 'PRACTITIONER', true), set_config('eh.today', '2026-11-18', true)`,
        [portal.ids.users.cgl, portal.ids.agencies.cgl],
      );
      return m.query(
        `SELECT ps.id FROM person_education_setting ps JOIN person p ON p.id = ps.person_id JOIN family f ON f.id = p.family_id
          WHERE f.id = (SELECT family_id FROM early_help_case WHERE id = $1)`,
        [portal.ids.cases.brook],
      );
    });
    expect(rows).toEqual([]);
    expect(code(await cgl.gql(FAMILY, { id: portal.ids.cases.brook }))).toBe('NOT_FOUND');
  });

  it('records each child’s setting at referral, and refuses one for an adult', async () => {
    const front = await portal.signIn('frontDoor');
    const RECORD_REFERRAL = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id family { members { firstName educationSettings { settingName startedOn endedOn } } } } }`;
    const referral = {
      selfReferral: true,
      referrerName: 'Dana Quill',
      concerns: 'Asked for help with routines after a move.',
      consentGiven: true,
      addressLine1: '8 Hazel Grove',
      town: 'Northfield',
      postcode: 'NF1 9ZZ',
      members: [
        { firstName: 'Dana', lastName: 'Quill', dateOfBirth: '1990-02-02', role: 'ADULT', relationship: 'Mother' },
        {
          firstName: 'Finn',
          lastName: 'Quill',
          dateOfBirth: '2016-05-05',
          role: 'CHILD',
          relationship: 'Son',
          educationSettingId: portal.ids.settings.hillside,
          educationSettingStartedOn: '2023-09-04',
        },
      ],
    };
    const adult = { ...referral.members[0], educationSettingId: portal.ids.settings.hillside, educationSettingStartedOn: '2023-09-04' };
    const noDate = { ...referral.members[1], educationSettingStartedOn: null };
    expect(fields(await front.gql(RECORD_REFERRAL, { input: { ...referral, members: [adult, referral.members[1]] } }))).toEqual([
      'members.0.educationSettingId',
    ]);
    expect(fields(await front.gql(RECORD_REFERRAL, { input: { ...referral, members: [referral.members[0], noDate] } }))).toEqual([
      'members.1.educationSettingStartedOn',
    ]);
    const made = await front.gql<{ recordReferral: { family: { members: { firstName: string; educationSettings: unknown[] }[] } } }>(
      RECORD_REFERRAL,
      { input: referral },
    );
    expect(code(made)).toBe('OK');
    const finn = made.data!.recordReferral.family.members.find((m) => m.firstName === 'Finn')!;
    expect(finn.educationSettings).toEqual([
      { settingName: 'Hillside Church of England Primary School', startedOn: '2023-09-04', endedOn: null },
    ]);
  });
});
