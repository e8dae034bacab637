import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeQuery } from '../gql/graphql';
import { MeDocument } from '../modules/auth/graphql/me';
import { onSessionExpired } from './sessionEvents';

export type Viewer = NonNullable<MeQuery['me']>;
export type ViewerCan = Viewer['can'];

type Session = {
  me: Viewer | null;
  loading: boolean;
  /** True after the API refused a request because the session had expired. */
  expired: boolean;
  /** After login, sign-up or logout: forget every cached answer and ask who is logged in. */
  reload(): Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const apollo = useApolloClient();
  const { data, loading, error } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const [expired, setExpired] = useState(false);

  useEffect(
    () =>
      onSessionExpired(() => {
        setExpired(true);
        apollo.writeQuery({ query: MeDocument, data: { me: null } });
      }),
    [apollo],
  );

  const reload = useCallback(async () => {
    await apollo.clearStore();
    await apollo.refetchQueries({ include: [MeDocument] });
    setExpired(false);
  }, [apollo]);

  const value = useMemo<Session>(
    () => ({ me: data?.me ?? null, loading: loading && !data && !error, expired, reload }),
    [data, loading, error, expired, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The logged-in viewer; only inside routes guarded by RequireAuth. */
export function useViewer(): Viewer {
  const { me } = useSession();
  if (!me) throw new Error('useViewer without a session');
  return me;
}
