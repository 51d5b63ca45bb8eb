import { Session, startTestPortal, TestPortal } from './test-app';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const UPLOAD = `mutation($input: UploadDrawingInput!) { uploadDrawing(input: $input) { id contentType sizeBytes person { firstName } } }`;

describe('children’s drawings', () => {
  let portal: TestPortal;
  let sam: Session;
  let miaId: string;
  beforeAll(async () => {
    portal = await startTestPortal();
    sam = await portal.signIn('schoolPractitioner');
    await sam.gql(`mutation($input: RecordFirstContactInput!) { recordFirstContact(input: $input) { status } }`, {
      input: { caseId: portal.ids.cases.brook, version: 1, outcome: 'CONTACTED', contactedOn: '2026-11-17' },
    });
    const [mia] = await portal.db.query(`SELECT id FROM person WHERE first_name = 'Mia' AND last_name = 'Brook'`);
    miaId = mia.id;
  });
  afterAll(() => portal.close());

  const upload = (session: Session, contentType: string, bytes: Buffer, personId = miaId) =>
    session.gql<{ uploadDrawing: { id: string; sizeBytes: number; person: { firstName: string } } }>(UPLOAD, {
      input: { caseId: portal.ids.cases.brook, personId, contentType, dataBase64: bytes.toString('base64') },
    });

  it('keeps a picture for the people who may read the case, and no one else', async () => {
    const saved = await upload(sam, 'image/png', PNG);
    expect(saved.data!.uploadDrawing).toMatchObject({ sizeBytes: PNG.length, person: { firstName: 'Mia' } });
    const id = saved.data!.uploadDrawing.id;
    const fpt = await portal.signIn('fptManager');
    const image = await fpt.gql<{ drawingImage: string }>('query($id: ID!) { drawingImage(id: $id) }', { id });
    expect(image.data!.drawingImage).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const cgl = await portal.signIn('cgl');
    const refused = await cgl.gql('query($id: ID!) { drawingImage(id: $id) }', { id });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const denied = await portal.db.query(`SELECT outcome FROM audit_event WHERE action = 'READ_DRAWING' ORDER BY id`);
    expect(denied.map((r: { outcome: string }) => r.outcome)).toEqual(['ALLOWED', 'DENIED']);
  });

  it.each([
    ['a document', 'application/pdf', Buffer.from('%PDF-1.7 synthetic'), 'contentType'],
    ['a document renamed as a picture', 'image/png', Buffer.from('%PDF-1.7 synthetic'), 'file'],
    ['a picture over 2 MB', 'image/png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]), 'file'],
  ])('refuses %s, naming the field, and keeps nothing', async (_label, type, bytes, field) => {
    const before = await portal.db.query('SELECT count(*)::int AS n FROM child_drawing');
    const result = await upload(sam, type, bytes);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields?.[0].field).toBe(field);
    expect(await portal.db.query('SELECT count(*)::int AS n FROM child_drawing')).toEqual(before);
  });

  it('refuses a drawing for an adult or someone outside the family', async () => {
    const [leah] = await portal.db.query(`SELECT id FROM person WHERE first_name = 'Leah'`);
    expect((await upload(sam, 'image/png', PNG, leah.id)).errors?.[0].extensions?.fields).toEqual([
      { field: 'personId', message: 'Choose a child from this family' },
    ]);
  });
});
