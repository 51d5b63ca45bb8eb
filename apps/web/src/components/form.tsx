import { createContext, useCallback, useContext, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, GENERIC_MESSAGE, type ErrorCode, type FieldProblem } from '../graphql/client';
import { useSession } from '../session/session';

/** The id of the input for an API field path: `members.0.dateOfBirth` → `members-0-dateOfBirth`. */
export function fieldId(field: string): string {
  return field.replace(/\./g, '-');
}

const IdScopeContext = createContext('');

/** Gives the fields inside ids of their own where a page repeats a form (one per request or item). */
export function IdScope({ prefix, children }: { readonly prefix: string; readonly children: ReactNode }) {
  return <IdScopeContext.Provider value={prefix}>{children}</IdScopeContext.Provider>;
}

/** The id of a field's input inside the nearest IdScope. */
export function scopedFieldId(scope: string, field: string): string {
  return scope ? `${scope}-${fieldId(field)}` : fieldId(field);
}

export function useIdScope(): string {
  return useContext(IdScopeContext);
}

/** A problem with no field (a conflict, a refusal) is shown in the error summary only. */
export const FORM_PROBLEM = '';

export interface FormController {
  readonly problems: readonly FieldProblem[];
  readonly submitting: boolean;
  /** The code of the API error behind the problems, if they came from the API. */
  readonly errorCode: ErrorCode | undefined;
  /** Show problems found before anything was sent. */
  readonly fail: (problems: readonly FieldProblem[]) => void;
  /** Send something; an ApiError becomes problems on the form and the result is undefined. */
  readonly run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
}

export type ErrorMessages = Readonly<Partial<Record<ErrorCode, string>>>;

const API_MESSAGES: ErrorMessages = {};

/** `messages` (a constant) says what to show for an error code instead of the API's own message. */
export function useForm(messages: ErrorMessages = API_MESSAGES): FormController {
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [errorCode, setErrorCode] = useState<ErrorCode>();
  const { expire } = useSession();

  const fail = useCallback((found: readonly FieldProblem[]) => {
    setErrorCode(undefined);
    setProblems(found);
  }, []);

  const run = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      setSubmitting(true);
      fail([]);
      try {
        return await action();
      } catch (thrown: unknown) {
        const error = thrown instanceof ApiError ? thrown : new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
        const override = messages[error.code];
        // A session that ran out mid-form: go back to sign in (the sign-in form words this itself).
        if (error.code === 'UNAUTHENTICATED' && override === undefined) expire();
        setErrorCode(error.code);
        setProblems(
          error.code === 'BAD_USER_INPUT' && error.fields.length > 0
            ? error.fields
            : [{ field: FORM_PROBLEM, message: override ?? error.message }],
        );
        return undefined;
      } finally {
        setSubmitting(false);
      }
    },
    [expire, fail, messages],
  );

  return useMemo(() => ({ problems, submitting, errorCode, fail, run }), [problems, submitting, errorCode, fail, run]);
}

/** A form acting on one loaded record (a referral, a case) at the foot of that record's page. */
export interface RecordFormProps<TRecord> {
  readonly record: TRecord;
  /** Owned by the page, so its error summary can stand at the top. */
  readonly form: FormController;
  /** The record as the API returned it after the change. */
  readonly onSaved: (record: TRecord) => void;
}

const FormProblems = createContext<readonly FieldProblem[]>([]);

/** The message for one field of the enclosing form, if it has a problem. */
export function useFieldError(field: string): string | undefined {
  return useContext(FormProblems).find((p) => p.field === field)?.message;
}

interface GovFormProps {
  readonly form: FormController;
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}

/** A form whose fields show the controller's problems inline. Browser validation is left to GOV.UK patterns. */
export function GovForm({ form, onSubmit, children }: GovFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.submitting) onSubmit();
  };
  return (
    <FormProblems.Provider value={form.problems}>
      <form noValidate onSubmit={submit}>
        {children}
      </form>
    </FormProblems.Provider>
  );
}

/** `warning` for an action that cannot be undone (GOV.UK warning button). */
export function SubmitButton({
  form,
  children,
  warning = false,
}: {
  readonly form: FormController;
  readonly children: ReactNode;
  readonly warning?: boolean;
}) {
  return (
    <button
      type="submit"
      className={warning ? 'govuk-button govuk-button--warning' : 'govuk-button'}
      data-module="govuk-button"
      disabled={form.submitting}
      aria-disabled={form.submitting}
    >
      {children}
    </button>
  );
}

/** After a CONFLICT: load the record again (what was typed in the form is kept) and clear the problem. */
export function ReloadAfterConflict({ form, reload }: { readonly form: FormController; readonly reload: () => void }) {
  if (form.errorCode !== 'CONFLICT') return null;
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      onClick={() => {
        form.fail([]);
        reload();
      }}
    >
      Reload
    </button>
  );
}
