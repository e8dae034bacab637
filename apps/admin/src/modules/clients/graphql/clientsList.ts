import { graphql } from '../../../gql';

export const ClientsListDocument = graphql(`
  query ClientsList($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int!, $after: String) {
    clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ClientListItem } }
    }
  }
`);
