import { GraphQLUUID } from 'graphql-scalars';

export { GraphQLJSON as JSONScalar } from 'graphql-scalars';

/**
 * Ids as arguments are UUIDs: a malformed one is refused while the request is parsed (BAD_USER_INPUT or
 * GRAPHQL_VALIDATION_FAILED), before any resolver or database sees it. Output ids stay GraphQL `ID`.
 */
export const UUIDScalar = GraphQLUUID;
