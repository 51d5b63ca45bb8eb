import { Link } from 'react-router-dom';
import { usePageTitle } from '../layout/page-title';

/** Also what a NOT_FOUND from the API shows: it never says whether the record exists. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        You can go to the{' '}
        <Link className="govuk-link" to="/">
          home page
        </Link>
        .
      </p>
    </>
  );
}

export function ForbiddenPage() {
  usePageTitle('You cannot view this page');
  return (
    <>
      <h1 className="govuk-heading-l">You cannot view this page</h1>
      <p className="govuk-body">Your role does not allow you to do this.</p>
      <p className="govuk-body">
        You can go to the{' '}
        <Link className="govuk-link" to="/">
          home page
        </Link>
        .
      </p>
    </>
  );
}

export function ProblemPage({ message }: { readonly message: string }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">{message}</p>
    </>
  );
}

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
