import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm, type ErrorMessages, type FormController } from '../components/form';
import { request } from '../graphql/client';
import { BEGIN_MFA_ENROLMENT, CONFIRM_MFA_ENROLMENT, VERIFY_MFA_CODE, type MfaEnrolment, type Viewer } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { Loading, ProblemPage } from '../not-found/not-found-page';
import { useSession } from '../session/session';
import { WarningText } from '../components/warning-text';

// The password step left a session waiting for the second factor; when it has run out (or there
// was none), the person starts again from the password.
const MESSAGES: ErrorMessages = { UNAUTHENTICATED: 'Your sign-in has timed out. Sign in again.' };

function SignInAgain({ form }: { readonly form: FormController }) {
  if (form.errorCode !== 'UNAUTHENTICATED') return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/sign-in">
        Sign in again
      </Link>
    </p>
  );
}

const CODE_HINT = 'The code changes every 30 seconds';

function SaveRecoveryCodes({ codes, viewer }: { readonly codes: readonly string[]; readonly viewer: Viewer }) {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  usePageTitle('Save your recovery codes');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Save your recovery codes</h1>
        <p className="govuk-body">
          If you cannot use your authenticator app, for example because you have lost your phone, you can sign in with one of these codes
          instead. Each code works once.
        </p>
        <WarningText>
          You will not see these codes again. Keep them somewhere safe, away from your phone, such as a password manager.
        </WarningText>
        <ul className="govuk-list app-code" aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <button
          type="button"
          className="govuk-button"
          data-module="govuk-button"
          onClick={() => {
            signedIn(viewer);
            navigate('/', { replace: true });
          }}
        >
          I have saved these codes
        </button>
      </div>
    </div>
  );
}

function EnrolmentForm({
  enrolment,
  onConfirmed,
}: {
  readonly enrolment: MfaEnrolment;
  readonly onConfirmed: (codes: string[], viewer: Viewer) => void;
}) {
  const form = useForm(MESSAGES);
  const [code, setCode] = useState('');
  usePageTitle('Set up your authenticator app', form.problems.length > 0);
  const submit = async () => {
    if (!code.trim()) return form.fail([{ field: 'code', message: 'Enter the 6-digit code from your authenticator app' }]);
    const result = await form.run(() => request(CONFIRM_MFA_ENROLMENT, { code: code.trim() }));
    if (!result) return setCode('');
    onConfirmed(result.confirmMfaEnrolment.recoveryCodes, result.confirmMfaEnrolment.viewer);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Set up your authenticator app</h1>
        <p className="govuk-body">
          To keep families’ information safe, you sign in with your password and a code from an authenticator app on your phone, for example
          Microsoft Authenticator or Google Authenticator.
        </p>
        <h2 className="govuk-heading-m">1. Scan the QR code</h2>
        <p className="govuk-body">Open your authenticator app, choose to add an account, and scan this QR code.</p>
        <img
          src={enrolment.qrCodeDataUrl}
          width={200}
          height={200}
          alt="QR code to scan with your authenticator app. If you cannot scan it, type in the setup key shown below it."
        />
        <p className="govuk-body">If you cannot scan the QR code, enter this setup key in the app instead:</p>
        <p className="govuk-inset-text app-code" id="setup-key">
          {enrolment.setupKey}
        </p>
        <h2 className="govuk-heading-m">2. Enter a code from the app</h2>
        <GovForm form={form} onSubmit={() => void submit()}>
          <AppCodeInput code={code} setCode={setCode} />
          <SubmitButton form={form}>Continue</SubmitButton>
        </GovForm>
        <SignInAgain form={form} />
      </div>
    </div>
  );
}

/** First sign-in: the authenticator app is set up with a QR code, then the recovery codes are shown once. */
// The 6-digit code from the app, as both enrolment and sign-in ask for it.
function AppCodeInput({ code, setCode }: { readonly code: string; readonly setCode: (code: string) => void }) {
  return (
    <TextInput
      field="code"
      label="Enter the 6-digit code from your authenticator app"
      hint={CODE_HINT}
      width={5}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      value={code}
      onChange={setCode}
    />
  );
}

export function SetUpAuthenticatorPage() {
  const { viewer } = useSession();
  // Asking again in the same session gives the same secret, so a reload shows the same QR code.
  const enrolment = useQuery(BEGIN_MFA_ENROLMENT, {}, { skip: Boolean(viewer) });
  const [confirmed, setConfirmed] = useState<{ codes: string[]; viewer: Viewer }>();
  if (confirmed) return <SaveRecoveryCodes codes={confirmed.codes} viewer={confirmed.viewer} />;
  if (viewer) return <Navigate to="/" replace />;
  if (enrolment.error?.code === 'UNAUTHENTICATED') return <Navigate to="/sign-in" replace />;
  if (enrolment.error?.code === 'INVALID_STATE') return <Navigate to="/sign-in/code" replace />;
  if (enrolment.error) return <ProblemPage message={enrolment.error.message} />;
  if (!enrolment.data) return <Loading />;
  return <EnrolmentForm enrolment={enrolment.data.beginMfaEnrolment} onConfirmed={(codes, v) => setConfirmed({ codes, viewer: v })} />;
}

/** Later sign-ins: a code from the app, or (`recovery`) one of the recovery codes. */
export function EnterCodePage({ recovery = false }: { readonly recovery?: boolean }) {
  const { viewer, signedIn } = useSession();
  const navigate = useNavigate();
  const form = useForm(MESSAGES);
  const [code, setCode] = useState('');
  usePageTitle(recovery ? 'Enter a recovery code' : 'Enter the code from your authenticator app', form.problems.length > 0);
  if (viewer) return <Navigate to="/" replace />;

  const submit = async () => {
    if (!code.trim()) {
      return form.fail([
        { field: 'code', message: recovery ? 'Enter a recovery code' : 'Enter the 6-digit code from your authenticator app' },
      ]);
    }
    const result = await form.run(() => request(VERIFY_MFA_CODE, { code: code.trim() }));
    if (!result) return setCode('');
    signedIn(result.verifyMfaCode);
    navigate('/', { replace: true });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">{recovery ? 'Enter a recovery code' : 'Check your authenticator app'}</h1>
        <GovForm form={form} onSubmit={() => void submit()}>
          {recovery ? (
            <TextInput
              key="recovery"
              field="code"
              label="Recovery code"
              hint="One of the codes you saved when you set up your authenticator app. Each code works once."
              width={20}
              autoComplete="off"
              spellCheck={false}
              value={code}
              onChange={setCode}
            />
          ) : (
            <AppCodeInput key="app" code={code} setCode={setCode} />
          )}
          <SubmitButton form={form}>Continue</SubmitButton>
        </GovForm>
        <SignInAgain form={form} />
        <p className="govuk-body">
          <Link className="govuk-link" to={recovery ? '/sign-in/code' : '/sign-in/recovery-code'} onClick={() => setCode('')}>
            {recovery ? 'Use your authenticator app instead' : 'Use a recovery code instead'}
          </Link>
        </p>
      </div>
    </div>
  );
}
