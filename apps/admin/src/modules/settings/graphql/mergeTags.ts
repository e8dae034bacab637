import { graphql } from '../../../gql';

export const MergeTagsDocument = graphql(`
  mutation MergeTags($sourceIds: [UUID!]!, $targetId: UUID!) {
    mergeTags(sourceIds: $sourceIds, targetId: $targetId) { id name }
  }
`);
