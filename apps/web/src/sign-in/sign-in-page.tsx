import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm, type ErrorMessages } from '../components/form';
import { request } from '../graphql/client';
import { SIGN_IN } from '../graphql/operations';
import { usePageTitle } from '../layout/page-title';
import { useSession } from '../session/session';

// One message whatever was wrong, so the page never says which accounts exist.
const MESSAGES: ErrorMessages = { UNAUTHENTICATED: 'Enter a correct email address and password' };

export function SignInPage() {
  const { viewer, terms } = useSession();
  const navigate = useNavigate();
  const form = useForm(MESSAGES);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle('Sign in', form.problems.length > 0);

  if (viewer) return <Navigate to="/" replace />;

  const submit = async () => {
    const problems = [
      ...(email.trim() ? [] : [{ field: 'email', message: 'Enter your email address' }]),
      ...(password ? [] : [{ field: 'password', message: 'Enter your password' }]),
    ];
    if (problems.length > 0) return form.fail(problems);
    const result = await form.run(() => request(SIGN_IN, { email: email.trim(), password }));
    if (!result) {
      setPassword('');
      return;
    }
    // The password was right; a second factor comes next, always.
    navigate(result.signIn.next === 'SET_UP_AUTHENTICATOR' ? '/sign-in/authenticator' : '/sign-in/code', { replace: true });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in with the email address and password for your {terms.earlyHelp} account.</p>
        <GovForm form={form} onSubmit={() => void submit()}>
          <TextInput
            field="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
          />
          <TextInput
            field="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
          <SubmitButton form={form}>Sign in</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}
