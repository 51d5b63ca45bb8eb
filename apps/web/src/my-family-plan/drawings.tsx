import { useState, type ChangeEvent } from 'react';
import { useFieldError } from '../components/form';
import { graphql } from '../graphql/generated';
import { request, ApiError } from '../graphql/client';
import { useQuery } from '../hooks/use-query';

const DRAWINGS = graphql(`
  query Drawings($id: ID!) {
    case(id: $id) {
      drawings {
        id
        person {
          id
        }
        uploadedByName
      }
    }
  }
`);
const DRAWING_IMAGE = graphql(`
  query DrawingImage($id: ID!) {
    drawingImage(id: $id)
  }
`);
const UPLOAD = graphql(`
  mutation UploadDrawing($input: UploadDrawingInput!) {
    uploadDrawing(input: $input) {
      id
    }
  }
`);

function Picture({ id }: { readonly id: string }) {
  const image = useQuery(DRAWING_IMAGE, { id });
  return image.data ? <img src={image.data.drawingImage} alt="The child’s drawing of their three houses" className="app-drawing" /> : null;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// Photos or scans of the child's drawings, shown only to people who may read the case.
export function Drawings({ caseId, personId, canAdd }: { readonly caseId: string; readonly personId: string; readonly canAdd: boolean }) {
  const drawings = useQuery(DRAWINGS, { id: caseId });
  const [problem, setProblem] = useState<string>();
  const fieldError = useFieldError('file');
  const mine = (drawings.data?.case.drawings ?? []).filter((d) => d.person.id === personId);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblem(undefined);
    try {
      await request(UPLOAD, { input: { caseId, personId, contentType: file.type, dataBase64: await readAsBase64(file) } });
      drawings.reload();
    } catch (error) {
      setProblem(error instanceof ApiError ? (error.fields[0]?.message ?? error.message) : 'The picture could not be added');
    }
    event.target.value = '';
  };
  const error = problem ?? fieldError;
  return (
    <>
      <h2 className="govuk-heading-m">Drawings</h2>
      {mine.map((d) => (
        <Picture key={d.id} id={d.id} />
      ))}
      {canAdd && (
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="drawing">
            Add a photo or scan of a drawing
          </label>
          <div className="govuk-hint" id="drawing-hint">
            A picture file (PNG, JPEG, GIF or WebP) smaller than 2 MB
          </div>
          {error && (
            <p className="govuk-error-message" id="drawing-error">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            className="govuk-file-upload"
            id="drawing"
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            aria-describedby="drawing-hint"
            onChange={(e) => void upload(e)}
          />
        </div>
      )}
    </>
  );
}
