import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { aliasLimit, depthLimit } from './depth-limit';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 5000,
} as const;

/** Depth and alias limits: plain validation rules, the same for HTTP and WebSocket. */
export const STATIC_LIMIT_RULES: ValidationRule[] = [depthLimit(QUERY_LIMITS.maxDepth), aliasLimit(QUERY_LIMITS.maxAliases)];

/**
 * Cost: every field costs 1 and a connection's children count `first` times (a page of 100 clients with 10
 * fields costs about 1,000), so no single request can ask for unbounded work. It needs the variables, so it
 * runs after validation (Apollo's didResolveOperation, graphql-ws's onSubscribe).
 */
const costCache = new WeakMap<DocumentNode, Map<string, number | null>>();
const COSTS_PER_DOCUMENT = 200;

export function assertQueryCost(
  schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null,
): void {
  // Apollo hands the same parsed document to every request with the same query text, so the cost of a
  // (document, operation, variables) is worked out once: walking the document was 5 % of the server's CPU
  // on the list page (tools/bench profile)
  const byRequest = costCache.get(query) ?? new Map<string, number | null>();
  costCache.set(query, byRequest);
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  let cost = byRequest.get(key);
  if (cost === undefined) {
    try {
      cost = measureCost(schema, query, variables, operationName);
    } catch {
      // getComplexity coerces the variables itself and throws on a malformed one; execution reports that
      // properly (BAD_USER_INPUT with the variable's name), so the cost check steps aside
      cost = null;
    }
    if (byRequest.size >= COSTS_PER_DOCUMENT) byRequest.delete(byRequest.keys().next().value!);
    byRequest.set(key, cost);
  }
  if (cost === null) return;
  if (cost > QUERY_LIMITS.maxCost) {
    throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${QUERY_LIMITS.maxCost}.`, {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', cost },
    });
  }
}

function measureCost(
  schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [
      fieldExtensionsEstimator(),
      ({ args, childComplexity }) => {
        const first = args.first;
        return typeof first === 'number' ? 1 + childComplexity * Math.max(1, Math.min(first, 100)) : undefined;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}
