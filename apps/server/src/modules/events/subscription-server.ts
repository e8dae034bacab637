import { parseCookie } from 'cookie';
import {
  getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { formatError } from '../../graphql/error-mapping';
import type { RequestContext, Viewer } from '../../graphql/context';
import { assertQueryCost, QUERY_LIMITS, STATIC_LIMIT_RULES } from '../../graphql/limits';
import type { Services } from '../../services';
import { readerPerCall } from '../../db/request-reads';
import { createClientLoaders } from '../client/client.loaders';
import { SESSION_COOKIE } from '../staff/session-token';

export const GRAPHQL_PATH = '/graphql';
/** Credentials of open connections are checked again this often (expired sessions, removed staff; revoked keys at once). */
const RECHECK_MS = 60_000;
/** Open sockets one API key may hold on one server process. */
export const MAX_CONNECTIONS_PER_KEY = 500;

export interface SubscriptionServerOptions {
  server: http.Server;
  schema: GraphQLSchema;
  services: Services;
  log: Logger;
  /** Browser origins allowed besides the server's own; outside production any localhost port is allowed too. */
  allowedOrigins: string[];
  production: boolean;
}

interface Credential {
  kind: 'apiKey' | 'session';
  token: string;
}

interface ConnectionState {
  viewer: Viewer;
  credential: Credential;
  ip: string;
  userAgent: string;
}

export interface SubscriptionServer {
  connectionCount(): number;
  close(): Promise<void>;
}

/**
 * Decides whether a browser page of `origin` may open the WebSocket. No Origin header: not a browser, so no
 * cross-site WebSocket hijacking is possible and credentials decide. Otherwise the page must come from this server
 * (same host), from ALLOWED_ORIGINS, or, outside production, from localhost (the admin's dev server, the bench).
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[], production: boolean): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (host && url.host.toLowerCase() === host.toLowerCase()) return true;
  if (allowed.includes(url.origin)) return true;
  return !production && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function credentialOf(params: Readonly<Record<string, unknown>> | undefined, request: http.IncomingMessage): Credential | null {
  const raw = params?.authorization ?? params?.Authorization ?? params?.apiKey;
  if (typeof raw === 'string' && raw.trim()) return { kind: 'apiKey', token: raw.trim().replace(/^Bearer\s+/i, '') };
  const session = request.headers.cookie ? parseCookie(request.headers.cookie)[SESSION_COOKIE] : undefined;
  return session ? { kind: 'session', token: session } : null;
}

function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map((e) => (e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code } })));
}

/**
 * GraphQL subscriptions over graphql-ws at /graphql on the same HTTP server. Everything HTTP guarantees holds
 * here too: browser origins are checked at the upgrade (403), credentials in `connection_init` (an API key:
 * `{ authorization: 'Bearer kt_…' }` or `{ apiKey }`) or the session cookie are checked before anything runs (bad or
 * missing ones close the socket with 4403), and every operation is parsed with the token limit and validated with
 * the same depth, alias and cost rules, its errors masked by the same `formatError`. Only subscriptions are served
 * over the socket: queries and mutations go over HTTP, where the per-key rate limit and its headers live.
 */
export function attachSubscriptionServer(opts: SubscriptionServerOptions): SubscriptionServer {
  const { services, log, schema } = opts;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const connections = new Map<WebSocket, ConnectionState>();
  const rules = [...specifiedRules, ...STATIC_LIMIT_RULES];
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => formatError(e.toJSON(), e, (err) => log.error({ err }, 'unexpected subscription error')));

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== GRAPHQL_PATH) return; // not ours (nothing else upgrades today)
    if (!isOriginAllowed(request.headers.origin, request.headers.host, opts.allowedOrigins, opts.production)) {
      log.warn({ origin: request.headers.origin }, 'websocket from a foreign origin refused');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  opts.server.on('upgrade', onUpgrade);

  const closeWhere = (predicate: (s: ConnectionState) => boolean, reason: string) => {
    for (const [socket, state] of connections) {
      if (predicate(state)) {
        connections.delete(socket);
        socket.close(CloseCode.Forbidden, reason);
      }
    }
  };
  const stopRevokeListener = services.apiKeys.onRevoked((apiKeyId) =>
    closeWhere((s) => s.viewer.kind === 'apiKey' && s.viewer.apiKeyId === apiKeyId, 'Forbidden: API key revoked'));

  const recheck = async () => {
    const distinct = new Map<string, Credential>();
    for (const s of connections.values()) distinct.set(`${s.credential.kind}:${s.credential.token}`, s.credential);
    for (const [key, credential] of distinct) {
      try {
        const viewer = credential.kind === 'apiKey'
          ? await services.apiKeys.authenticate(credential.token)
          : await services.auth.resolveSession(credential.token);
        if (!viewer) closeWhere((s) => `${s.credential.kind}:${s.credential.token}` === key, 'Forbidden: credentials no longer valid');
      } catch (err) {
        log.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not re-check a websocket credential; keeping it');
      }
    }
  };
  const recheckTimer = setInterval(() => void recheck(), RECHECK_MS);
  recheckTimer.unref();

  const contextFor = (state: ConnectionState): RequestContext => ({
    viewer: state.viewer,
    services,
    cookies: { setSession: () => undefined, clearSession: () => undefined },
    ip: state.ip,
    userAgent: state.userAgent,
    sessionToken: null,
    loaders: createClientLoaders(readerPerCall(services.ds, state.viewer), state.viewer, services.consents),
  });

  const disposable = useServer<Record<string, unknown>, { state?: ConnectionState }>({
    schema,
    async onConnect(ctx) {
      const { request, socket } = ctx.extra;
      const credential = credentialOf(ctx.connectionParams, request);
      if (!credential) return false;
      const viewer = credential.kind === 'apiKey'
        ? await services.apiKeys.authenticate(credential.token)
        : await services.auth.resolveSession(credential.token);
      if (!viewer) return false; // graphql-ws closes with 4403 Forbidden
      if (viewer.kind === 'apiKey') {
        let open = 0;
        for (const s of connections.values()) if (s.viewer.kind === 'apiKey' && s.viewer.apiKeyId === viewer.apiKeyId) open++;
        if (open >= MAX_CONNECTIONS_PER_KEY) {
          socket.close(4429, 'Too many connections for this API key');
          return false;
        }
      }
      const state: ConnectionState = {
        viewer, credential,
        ip: request.socket.remoteAddress ?? 'unknown',
        userAgent: String(request.headers['user-agent'] ?? ''),
      };
      ctx.extra.state = state;
      connections.set(socket, state);
      return true;
    },
    async onSubscribe(ctx, _id, payload: SubscribePayload) {
      const state = ctx.extra.state;
      if (!state) return [new GraphQLError('Not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } })];
      if (state.viewer.kind === 'apiKey') {
        const decision = await services.apiKeyLimiter.consume(state.viewer.apiKeyId, state.viewer.rateLimitPerMinute);
        if (!decision.allowed) {
          return [new GraphQLError('Too many requests for this API key. Try again later.', {
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.resetSeconds },
          })];
        }
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch (err) {
        return withCode([err instanceof GraphQLError ? err : new GraphQLError('Syntax error')], 'GRAPHQL_PARSE_FAILED');
      }
      const errors = validate(schema, document, rules);
      if (errors.length) return withCode(errors, 'GRAPHQL_VALIDATION_FAILED');
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return [new GraphQLError('Unable to identify the operation.', { extensions: { code: 'BAD_REQUEST' } })];
      if (operation.operation !== 'subscription') {
        return [new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations over HTTP.', {
          extensions: { code: 'BAD_REQUEST' },
        })];
      }
      try {
        assertQueryCost(schema, document, payload.variables ?? undefined, payload.operationName);
      } catch (err) {
        if (err instanceof GraphQLError) return [err];
        throw err;
      }
      return {
        schema, document, operationName: payload.operationName, variableValues: payload.variables,
        contextValue: contextFor(state),
      };
    },
    onNext(_ctx, _id, _payload, _args, result: ExecutionResult) {
      if (!result.errors?.length) return undefined;
      return { ...result, errors: format(result.errors) };
    },
    onError(_ctx, _id, _payload, errors) {
      return format(errors);
    },
    onClose(ctx) {
      connections.delete(ctx.extra.socket);
    },
  }, wss);

  return {
    connectionCount: () => wss.clients.size,
    async close() {
      clearInterval(recheckTimer);
      stopRevokeListener();
      opts.server.off('upgrade', onUpgrade);
      connections.clear();
      await disposable.dispose();
    },
  };
}
