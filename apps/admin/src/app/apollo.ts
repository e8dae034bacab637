import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { announceSessionExpired } from './sessionEvents';

/**
 * One Apollo Client for the app. The session is the HttpOnly `kt_session` cookie, sent because the API is on the
 * same origin (in development Vite proxies /graphql). Apollo sends `content-type: application/json`, which the
 * server's CSRF prevention requires.
 */
export function createApolloClient(): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Me' || operation.operationName === 'Login') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      announceSessionExpired();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Client: { keyFields: ['id'] },
        ViewerCan: { keyFields: false },
        Viewer: { keyFields: false },
        ConsentState: { keyFields: false },
      },
    }),
  });
}
