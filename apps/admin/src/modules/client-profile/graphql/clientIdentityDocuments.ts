import { graphql } from '../../../gql';

/** Owners and admins only: asked for only when `me.can.readIdentityDocuments` (every read is logged). */
export const ClientIdentityDocumentsDocument = graphql(`
  query ClientIdentityDocuments($id: UUID!) {
    client(id: $id) { id identityDocuments { idCardNumber passportNumber } }
  }
`);
