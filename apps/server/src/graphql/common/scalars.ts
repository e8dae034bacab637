import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export { GraphQLJSON as JSONScalar } from 'graphql-scalars';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseUuid(value: unknown): string {
  // a plain TypeError lets graphql-js wrap it as a variable-coercion error, which Apollo answers as BAD_USER_INPUT
  if (typeof value !== 'string' || !UUID.test(value)) throw new TypeError('Not a valid id (UUID expected).');
  return value.toLowerCase();
}

/**
 * Ids as arguments are UUIDs: a malformed one is refused while the request is parsed (BAD_USER_INPUT or
 * GRAPHQL_VALIDATION_FAILED), before any resolver or database sees it. Output ids stay GraphQL `ID`.
 */
export const UUIDScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description: 'An id: a UUID such as "0b7c8a4e-3f1d-4c59-9a8e-2f6b1d3c4e5a".',
  serialize: (value) => String(value),
  parseValue: parseUuid,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('An id must be a string.', { nodes: ast });
    return parseUuid(ast.value);
  },
});
