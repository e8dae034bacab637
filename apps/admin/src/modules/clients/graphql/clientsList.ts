import { graphql } from '../../../gql';

export const ClientsListDocument = graphql(`
  query ClientsList($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int!, $after: String) {
    clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      boundedCount(atMost: 1000) { value exact }
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ClientListItem } }
    }
  }
`);
