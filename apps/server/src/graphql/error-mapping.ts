import { DomainError, type DomainErrorCode } from '@kartoteka/domain';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** Every domain code has exactly one GraphQL code: the admin branches on extensions.code, never on text. */
const GRAPHQL_CODE: Record<DomainErrorCode, string> = {
  VALIDATION_FAILED: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  RATE_LIMITED: 'RATE_LIMITED',
  INVALID_STATE: 'INVALID_STATE',
};

/** The code clients see for a domain code, in GraphQL's extensions and in the /files routes' JSON errors. */
export function apiErrorCode(code: DomainErrorCode): string {
  return GRAPHQL_CODE[code];
}

export function domainErrorToGraphQL(err: DomainError): GraphQLError {
  return new GraphQLError(err.message, {
    extensions: {
      code: apiErrorCode(err.code),
      domainCode: err.code,
      ...(err.issues.length ? { issues: err.issues } : {}),
      ...(err.details ? { details: err.details } : {}),
    },
  });
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
  ...Object.values(GRAPHQL_CODE),
]);

/**
 * Apollo returns raw resolver messages (SQL, constraint names, stack traces) unless masked here. Known codes pass;
 * anything else becomes INTERNAL_SERVER_ERROR with a fixed message, and the original is logged.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (err: unknown) => void,
): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof DomainError) {
    const mapped = domainErrorToGraphQL(original);
    return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5; i++) {
    if (current instanceof GraphQLError && current.originalError) current = current.originalError;
    else break;
  }
  return current;
}
