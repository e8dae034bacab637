import { graphql } from '../../../gql';

export const ClientDetailDocument = graphql(`
  query ClientDetail($id: UUID!) {
    client(id: $id, includeDeleted: true) { ...ClientCard }
  }
`);
