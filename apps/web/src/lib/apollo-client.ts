// The one Apollo Client of the app: sends the session token, and ends the session when the server says
// UNAUTHENTICATED (token expired, account disabled …).
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './graphql-errors';
import { tokenStore } from './token-store';

/**
 * Operations whose UNAUTHENTICATED answer means "wrong credentials" rather than "the session has ended":
 * the page shows the message instead of signing out.
 */
const CREDENTIAL_OPERATIONS = new Set(['Login', 'ChangePassword']);

const authLink = new SetContextLink((prevContext) => {
  const token = tokenStore.get();
  if (!token) return {};
  return { headers: { ...prevContext.headers, Authorization: `Bearer ${token}` } };
});

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (CREDENTIAL_OPERATIONS.has(operation.operationName ?? '')) return;
  if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
  const token = tokenStore.get();
  if (!token) return; // already signed out
  // A late answer to a request sent with an earlier token must not end the current session.
  const sentWith = (operation.getContext().headers as Record<string, string> | undefined)?.Authorization;
  if (sentWith !== undefined && sentWith !== `Bearer ${token}`) return;
  // Clearing the token re-renders the guarded routes, which send the person to /login (and back afterwards);
  // the auth provider clears the cache.
  tokenStore.clear('expired');
});

const httpLink = new HttpLink({ uri: '/graphql' });

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, authLink, httpLink]),
  cache: new InMemoryCache({
    typePolicies: {
      // The catalog is one object per server; its lists never change during a session.
      Catalog: { keyFields: [] },
      // A team's money has no id of its own: one per team, so the answers of its mutations update the page.
      TeamFunding: { keyFields: ['teamId'] },
      // A base's page (roster, activities, evaluations) is keyed by its base, so the answers of its mutations
      // (an activity recorded, an expert added) update the page.
      ProgrammeBaseDetail: { keyFields: ['base', ['id']] },
      // A similar demand's score, shared words and merge permission belong to the demand it was compared with: never
      // merged across answers.
      SimilarDemand: { keyFields: false },
      SolvedCase: { keyFields: false },
    },
  }),
});
