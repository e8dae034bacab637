import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from './context';
import { formatError } from './error-mapping';
import { assertQueryCost, QUERY_LIMITS, STATIC_LIMIT_RULES } from './limits';
import { buildAppSchema } from './schema';

function requestLogPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          log.info({
            tenant: contextValue.viewer?.tenantId ?? null,
            ...(contextValue.viewer?.kind === 'apiKey' ? { apiKey: contextValue.viewer.apiKeyId } : {}),
            operation: operationName ?? null,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            errors: errors?.length ? errors.map((e) => e.extensions?.code ?? 'ERROR') : undefined,
          }, 'graphql');
        },
      };
    },
  };
}

const costLimitPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        assertQueryCost(schema, document, request.variables, operationName);
      },
    };
  },
};

export function createApollo(log: Logger, introspection: boolean): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: buildAppSchema(),
    introspection,
    // requires a JSON content type or a custom header on every request: a cross-site form cannot send one
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: STATIC_LIMIT_RULES,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log.error({ err: e }, 'unexpected error')),
    plugins: [requestLogPlugin(log), costLimitPlugin],
  });
}
