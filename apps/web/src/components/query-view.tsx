import { useEffect, type ReactNode } from 'react';
import type { ApiError } from '../graphql/client';
import type { QueryResult } from '../hooks/use-query';
import { ForbiddenPage, Loading, NotFoundPage, ProblemPage } from '../not-found/not-found-page';
import { useSession } from '../session/session';

function SessionExpired() {
  const { expire } = useSession();
  useEffect(() => {
    expire();
  }, [expire]);
  return <Loading />;
}

/** What a page shows instead of its content when its query failed. */
export function ApiErrorPage({ error }: { readonly error: ApiError }) {
  switch (error.code) {
    case 'NOT_FOUND':
      return <NotFoundPage />;
    case 'FORBIDDEN':
      return <ForbiddenPage />;
    case 'UNAUTHENTICATED':
      return <SessionExpired />;
    default:
      return <ProblemPage message={error.message} />;
  }
}

/** Renders a query's data, or its loading state, or the page for its error. */
export function QueryView<TData>({
  result,
  children,
}: {
  readonly result: QueryResult<TData>;
  readonly children: (data: TData) => ReactNode;
}) {
  if (result.error) return <ApiErrorPage error={result.error} />;
  if (result.data === undefined) return <Loading />;
  return children(result.data);
}
