import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { RequestContext } from './context';
import { formatError } from './error-mapping';
import { assertQueryCost, QUERY_LIMITS, STATIC_LIMIT_RULES } from './limits';
import { jitGateway } from './jit-executor';
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

/** Opens the request's shared read transaction to queries only, and ends it once the response is ready. */
const requestReadsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'query') await contextValue.reads?.disable();
      },
      async willSendResponse({ contextValue }) {
        // the COMMIT of a read-only transaction need not delay the answer (close never rejects)
        void contextValue.reads?.close();
      },
    };
  },
};

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
    // the schema comes with the executor: graphql-jit (see jit-executor.ts)
    gateway: jitGateway(buildAppSchema()),
    introspection,
    // requires a JSON content type or a custom header on every request: a cross-site form cannot send one
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: STATIC_LIMIT_RULES,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log.error({ err: e }, 'unexpected error')),
    // Apollo installs its cache-control plugin by default; its willResolveField hook wraps every field of every
    // response (0.5-1 ms of CPU on a page of 50 clients) for HTTP caching hints nothing here uses
    plugins: [requestLogPlugin(log), costLimitPlugin, requestReadsPlugin, ApolloServerPluginCacheControlDisabled()],
  });
}
