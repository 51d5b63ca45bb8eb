import { DRAWING_MAX_BYTES, drawingProblems, DrawingType } from './drawings';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const pdf = Uint8Array.from([...Buffer.from('%PDF-1.7')]);

describe('drawingProblems', () => {
  it('accepts a PNG or JPEG whose bytes match its type', () => {
    expect(drawingProblems(DrawingType.PNG, png)).toEqual([]);
    expect(drawingProblems(DrawingType.JPEG, jpeg)).toEqual([]);
  });

  it('refuses a type that is not a picture', () => {
    expect(drawingProblems('application/pdf', pdf)).toEqual([
      { field: 'contentType', message: 'The file must be a picture: PNG, JPEG, GIF or WebP' },
    ]);
  });

  it('refuses a document renamed as a picture', () => {
    expect(drawingProblems(DrawingType.PNG, pdf)).toEqual([
      { field: 'file', message: 'The file is not the kind of picture it says it is' },
    ]);
    expect(drawingProblems(DrawingType.JPEG, png)[0].field).toBe('file');
  });

  it('refuses a file over 2 MB, and an empty one', () => {
    const big = new Uint8Array(DRAWING_MAX_BYTES + 1);
    big.set(png);
    expect(drawingProblems(DrawingType.PNG, big)).toEqual([{ field: 'file', message: 'The file must be smaller than 2 MB' }]);
    expect(drawingProblems(DrawingType.PNG, new Uint8Array())).toEqual([{ field: 'file', message: 'The file is empty' }]);
  });
});
