import { graphql } from '../../../gql';

export const ClientListItemFragment = graphql(`
  fragment ClientListItem on Client {
    id
    number
    kind
    displayName
    status
    isConflict
    isSupplier
    deletedAt
    bookingRestriction { mode }
    primaryPhoneFormatted
    primaryPhone
    primaryEmail
    groups { id name color }
    tags { id name }
  }
`);
