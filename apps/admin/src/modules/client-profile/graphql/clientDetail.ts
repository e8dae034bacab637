import { graphql } from '../../../gql';

export const ClientDetailDocument = graphql(`
  query ClientDetail($id: ID!) {
    client(id: $id, includeDeleted: true) { ...ClientCard }
  }
`);
