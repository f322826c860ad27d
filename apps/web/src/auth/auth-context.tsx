// Who is signed in: the token (from the token store) and the current account (from `me`).
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { MeDocument, type CurrentAccount } from '../graphql/operations';
import { tokenStore, type SessionEndReason } from '../lib/token-store';

export interface AuthState {
  token: string | null;
  /** The signed-in account, once `me` has answered. */
  account: CurrentAccount | null;
  /** Why there is no session any more (null when signed in or never signed in in this tab). */
  endReason: SessionEndReason | null;
  /** Why `me` could not be fetched (an ended session signs out instead). */
  error: unknown;
  refetch: () => void;
  /** Remember the token returned by `login`. */
  signIn: (token: string) => void;
  /** Forget the token; the cache of this account is cleared with it. */
  signOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const token = useSyncExternalStore(tokenStore.subscribe, tokenStore.get);
  const me = useQuery(MeDocument, token ? {} : skipToken);

  // Whenever the session ends (signed out here, in another tab, or refused by the server), drop what the
  // previous account could see.
  useEffect(() => {
    if (!token) void client.clearStore();
  }, [token, client]);

  const signIn = useCallback((next: string) => tokenStore.set(next), []);
  const signOut = useCallback(() => tokenStore.clear('signed-out'), []);
  const { refetch } = me;
  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  const value = useMemo<AuthState>(
    () => ({
      token,
      account: token ? (me.data?.me ?? null) : null,
      endReason: token ? null : tokenStore.endReason(),
      error: token ? me.error : undefined,
      refetch: retry,
      signIn,
      signOut,
    }),
    [token, me.data, me.error, retry, signIn, signOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}
