import { graphql } from '../../../gql';

export const MergeTagsDocument = graphql(`
  mutation MergeTags($sourceIds: [ID!]!, $targetId: ID!) {
    mergeTags(sourceIds: $sourceIds, targetId: $targetId) { id name }
  }
`);
