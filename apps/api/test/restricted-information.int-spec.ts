import { Session, startTestPortal, TestPortal } from './test-app';

const RECORD = `mutation($input: RecordRestrictedInformationInput!) {
  recordRestrictedInformation(input: $input) { id category canRead content recordedByAgency { name } }
}`;
const READ = `query($id: ID!) { case(id: $id) {
  restrictedInformation { id category canRead content recordedAt recordedByAgency { name } recordedBy { displayName } sharedWith { displayName } }
  chronology { type summary }
} }`;

interface Entry {
  id: string;
  category: string;
  canRead: boolean;
  content: string | null;
  recordedByAgency: { name: string };
  recordedBy: { displayName: string } | null;
  sharedWith: { displayName: string }[];
}
interface CaseView {
  case: { restrictedInformation: Entry[]; chronology: { type: string; summary: string }[] };
}

const INTELLIGENCE = 'Synthetic test intelligence: a relative with a history of violence has been seen near the school gates.';
const POLICE_AGENCY = 'Northfield Police Early Help Team';

// Brook is led by Oakwood Primary School (Sam Carter, lead practitioner). The police officer is
// named on it for these tests, so they can see the case and record on it.
describe('restricted information on a case', () => {
  let portal: TestPortal;
  let brook: string;
  let police: Session;
  beforeAll(async () => {
    portal = await startTestPortal();
    brook = portal.ids.cases.brook;
    await portal.db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Named professional')`, [
      brook,
      portal.ids.users.police,
    ]);
    police = await portal.signIn('police');
  });
  afterAll(() => portal.close());

  async function entryAs(session: Session, id: string): Promise<Entry | undefined> {
    const view = await session.gql<CaseView>(READ, { id: brook });
    expect(view.errors).toBeUndefined();
    return view.data!.case.restrictedInformation.find((e) => e.id === id);
  }

  async function contentReads(entryId: string, userId: string): Promise<string[]> {
    const rows: { outcome: string }[] = await portal.db.query(
      `SELECT outcome FROM audit_event WHERE action = 'READ_RESTRICTED_INFORMATION' AND entity_id = $1 AND actor_id = $2 ORDER BY seq`,
      [entryId, userId],
    );
    return rows.map((r) => r.outcome);
  }

  it('lets the police read what they recorded, and shows others only that it exists and who holds it', async () => {
    const recorded = await police.gql<{ recordRestrictedInformation: Entry }>(RECORD, {
      input: { caseId: brook, category: 'POLICE_INTELLIGENCE', content: `  ${INTELLIGENCE}  `, shareWithUserIds: [] },
    });
    expect(recorded.errors).toBeUndefined();
    const { id } = recorded.data!.recordRestrictedInformation;
    expect(recorded.data!.recordRestrictedInformation).toMatchObject({
      category: 'POLICE_INTELLIGENCE',
      canRead: true,
      content: INTELLIGENCE,
    });

    expect(await entryAs(police, id)).toMatchObject({ canRead: true, content: INTELLIGENCE, recordedBy: { displayName: 'Alex Morgan' } });

    const lead = await portal.signIn('schoolPractitioner');
    expect(await entryAs(lead, id)).toEqual({
      id,
      category: 'POLICE_INTELLIGENCE',
      canRead: false,
      content: null,
      recordedAt: expect.any(String),
      recordedByAgency: { name: POLICE_AGENCY },
      recordedBy: null,
      sharedWith: [],
    });
    for (const who of ['fptManager', 'frontDoor'] as const) {
      expect(await entryAs(await portal.signIn(who), id)).toMatchObject({
        canRead: false,
        content: null,
        recordedByAgency: { name: POLICE_AGENCY },
      });
    }
  });

  it('audits every read of the content, allowed and refused', async () => {
    const recorded = await police.gql<{ recordRestrictedInformation: { id: string } }>(RECORD, {
      input: { caseId: brook, category: 'VICTIM_ADDRESS', content: '1 Synthetic Street, Northfield', shareWithUserIds: [] },
    });
    const { id } = recorded.data!.recordRestrictedInformation;
    const { users } = portal.ids;
    // The mutation's answer included the content: that is a read too.
    expect(await contentReads(id, users.police)).toEqual(['ALLOWED']);
    await entryAs(police, id);
    await entryAs(await portal.signIn('schoolPractitioner'), id);
    await entryAs(await portal.signIn('fptManager'), id);
    expect(await contentReads(id, users.police)).toEqual(['ALLOWED', 'ALLOWED']);
    expect(await contentReads(id, users.schoolPractitioner)).toEqual(['DENIED']);
    expect(await contentReads(id, users.fptManager)).toEqual(['DENIED']);
    const recordings: { n: number }[] = await portal.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'RECORD_RESTRICTED_INFORMATION' AND entity_id = $1 AND actor_id = $2`,
      [id, users.police],
    );
    expect(recordings[0].n).toBe(1);
  });

  it('writes no content-read row when only the entry’s existence is asked for', async () => {
    const recorded = await police.gql<{ recordRestrictedInformation: { id: string } }>(
      `mutation($input: RecordRestrictedInformationInput!) { recordRestrictedInformation(input: $input) { id } }`,
      { input: { caseId: brook, category: 'HEALTH_NOTE', content: 'Synthetic health note', shareWithUserIds: [] } },
    );
    const { id } = recorded.data!.recordRestrictedInformation;
    const lead = await portal.signIn('schoolPractitioner');
    const listed = await lead.gql<{ case: { restrictedInformation: { id: string; category: string }[] } }>(
      'query($id: ID!) { case(id: $id) { restrictedInformation { id category } } }',
      { id: brook },
    );
    expect(listed.data!.case.restrictedInformation).toContainEqual({ id, category: 'HEALTH_NOTE' });
    expect(await contentReads(id, portal.ids.users.schoolPractitioner)).toEqual([]);
  });

  it('makes it readable to the person it is shared with, and to nobody else', async () => {
    const recorded = await police.gql<{ recordRestrictedInformation: { id: string } }>(RECORD, {
      input: {
        caseId: brook,
        category: 'POLICE_INTELLIGENCE',
        content: 'Synthetic shared intelligence',
        shareWithUserIds: [portal.ids.users.schoolPractitioner],
        lawfulBasis: 'SAFEGUARDING',
      },
    });
    const { id } = recorded.data!.recordRestrictedInformation;
    expect(await entryAs(await portal.signIn('schoolPractitioner'), id)).toMatchObject({
      canRead: true,
      content: 'Synthetic shared intelligence',
      sharedWith: [{ displayName: 'Sam Carter' }],
    });
    expect(await entryAs(await portal.signIn('fptManager'), id)).toMatchObject({ canRead: false, content: null, sharedWith: [] });
    expect(await contentReads(id, portal.ids.users.schoolPractitioner)).toEqual(['ALLOWED']);
  });

  it('tells the chronology what kind of entry and who holds it, never its content', async () => {
    const lead = await portal.signIn('schoolPractitioner');
    const view = await lead.gql<CaseView>(READ, { id: brook });
    const events = view.data!.case.chronology.filter((e) => e.type === 'RESTRICTED_INFORMATION_RECORDED');
    expect(events.map((e) => e.summary)).toContain(`Police intelligence recorded, held by ${POLICE_AGENCY}`);
    expect(events.some((e) => e.summary.includes('Synthetic'))).toBe(false);
  });

  it('names the field when content is blank or shared with someone who cannot see the case', async () => {
    const before = await portal.db.query('SELECT count(*)::int AS n FROM restricted_information');
    const blank = await police.gql(RECORD, { input: { caseId: brook, category: 'HEALTH_NOTE', content: '   ', shareWithUserIds: [] } });
    expect(blank.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'content', message: 'Enter the restricted information' }],
    });
    const outsider = await police.gql(RECORD, {
      input: { caseId: brook, category: 'HEALTH_NOTE', content: 'Synthetic note', shareWithUserIds: [portal.ids.users.cgl] },
    });
    expect(outsider.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'shareWithUserIds', message: 'Share only with people who work on this case' }],
    });
    const notAnId = await police.gql(RECORD, {
      input: { caseId: brook, category: 'HEALTH_NOTE', content: 'Synthetic note', shareWithUserIds: ['nobody'] },
    });
    expect(notAnId.errors?.[0].extensions?.fields).toEqual([{ field: 'shareWithUserIds', message: 'Choose people from the list' }]);
    expect(await portal.db.query('SELECT count(*)::int AS n FROM restricted_information')).toEqual(before);
  });

  it('refuses someone who cannot see the case, as if it did not exist', async () => {
    const cgl = await portal.signIn('cgl');
    const before = await portal.db.query('SELECT count(*)::int AS n FROM restricted_information');
    const result = await cgl.gql(RECORD, {
      input: { caseId: brook, category: 'HEALTH_NOTE', content: 'Synthetic note', shareWithUserIds: [] },
    });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await portal.db.query('SELECT count(*)::int AS n FROM restricted_information')).toEqual(before);
  });
});
