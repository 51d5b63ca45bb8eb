import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { EARLY_HELP_TERMS, type CouncilTerms } from '@eh/domain';
import { Navigate, Outlet } from 'react-router-dom';
import { request, type ApiError } from '../graphql/client';
import { ME, SIGN_OUT, type Viewer } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';

interface Session {
  /** undefined while the `me` query is in flight; null when signed out. */
  readonly viewer: Viewer | null | undefined;
  readonly error: ApiError | undefined;
  readonly signedIn: (viewer: Viewer) => void;
  /** The API said the session has gone: forget the viewer so the user is sent to sign in. */
  readonly expire: () => void;
  readonly signOut: () => Promise<void>;
  /** The council's words (Early Help's until the API has said). */
  readonly terms: CouncilTerms;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const me = useQuery(ME, {});
  const { setData } = me;
  // Kept once known: signing in replaces `me` without asking for the terms again.
  const [terms, setTerms] = useState<CouncilTerms>(EARLY_HELP_TERMS);
  const signedIn = useCallback((viewer: Viewer) => setData({ me: viewer, councilTerms: terms }), [setData, terms]);
  const expire = useCallback(() => setData({ me: null, councilTerms: terms }), [setData, terms]);
  const signOut = useCallback(async () => {
    try {
      await request(SIGN_OUT, {});
    } finally {
      expire();
    }
  }, [expire]);
  const viewer = me.data?.me;
  const givenTerms = me.data?.councilTerms;
  useEffect(() => {
    if (givenTerms) setTerms(givenTerms);
  }, [givenTerms]);
  const session = useMemo(
    () => ({ viewer, error: me.error, signedIn, expire, signOut, terms }),
    [viewer, me.error, signedIn, expire, signOut, terms],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}

/** The council's words for its offer: use them wherever the client names it. */
export function useTerms(): CouncilTerms {
  return useSession().terms;
}

/** The signed-in user; only for pages behind RequireSignIn. */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer must be used behind RequireSignIn');
  return viewer;
}

/** Guards every route but sign-in: a signed-out user is sent to /sign-in. */
export function RequireSignIn({ loading, problem }: { readonly loading: ReactNode; readonly problem: ReactNode }) {
  const { viewer, error } = useSession();
  if (error) return problem;
  if (viewer === undefined) return loading;
  if (viewer === null) return <Navigate to="/sign-in" replace />;
  return <Outlet />;
}
