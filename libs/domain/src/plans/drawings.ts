import { FieldProblem } from '../triage/triage-decision';

// A child's drawing for the three houses: an image only, and small enough to keep safely with
// the case. The declared type must match the file's own signature, so a renamed document or
// script is refused.
export const DRAWING_MAX_BYTES = 2 * 1024 * 1024;

export enum DrawingType {
  PNG = 'image/png',
  JPEG = 'image/jpeg',
  GIF = 'image/gif',
  WEBP = 'image/webp',
}

const SIGNATURES: Readonly<Record<DrawingType, (bytes: Uint8Array) => boolean>> = {
  [DrawingType.PNG]: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  [DrawingType.JPEG]: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  [DrawingType.GIF]: (b) => String.fromCharCode(...b.slice(0, 6)) === 'GIF87a' || String.fromCharCode(...b.slice(0, 6)) === 'GIF89a',
  [DrawingType.WEBP]: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
};

export function isDrawingType(value: string): value is DrawingType {
  return (Object.values(DrawingType) as string[]).includes(value);
}

export function drawingProblems(contentType: string, bytes: Uint8Array): FieldProblem[] {
  if (!isDrawingType(contentType)) {
    return [{ field: 'contentType', message: 'The file must be a picture: PNG, JPEG, GIF or WebP' }];
  }
  if (bytes.length === 0) return [{ field: 'file', message: 'The file is empty' }];
  if (bytes.length > DRAWING_MAX_BYTES) return [{ field: 'file', message: 'The file must be smaller than 2 MB' }];
  if (!SIGNATURES[contentType](bytes)) {
    return [{ field: 'file', message: 'The file is not the kind of picture it says it is' }];
  }
  return [];
}
