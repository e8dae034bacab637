import { graphql } from '../../../gql';

export const DuplicateCandidatesDocument = graphql(`
  query DuplicateCandidates($input: DuplicateProbeInput!) {
    duplicateCandidates(input: $input, limit: 5) {
      score
      reasons
      client { ...ClientListItem }
    }
  }
`);
