import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import http from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createApollo } from '../graphql/apollo';
import { buildAppSchema } from '../graphql/schema';
import { apiKeyAuth, apiKeyViewerOf } from '../modules/api-keys/api-key-auth.middleware';
import { attachSubscriptionServer } from '../modules/events/subscription-server';
import type { RequestContext } from '../graphql/context';
import type { Services } from '../services';
import { createClientLoaders } from '../modules/client/client.loaders';
import { RequestReads } from '../db/request-reads';
import { clientPhotoRoutes } from '../modules/files/client-photo.routes';
import { cookieJar, readSessionToken } from './cookies';
import { mountAdmin } from './static-admin';

export interface AppOptions {
  ds: DataSource;
  services: Services;
  log: Logger;
  cookieSecure: boolean;
  trustProxy: boolean;
  introspection: boolean;
  staticDir?: string;
  /** Browser origins allowed to open the GraphQL WebSocket besides the server's own (ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  production?: boolean;
}

export interface RunningApp {
  app: Express;
  server: http.Server;
  stop(): Promise<void>;
}

export async function createApp(opts: AppOptions): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every res.send body for a weak ETag: a GraphQL POST is never revalidated, and SHA-1 of each
  // answer was 1.5 % of the server's CPU on list pages. Static files and photos set their own ETags.
  app.set('etag', false);
  if (opts.trustProxy) app.set('trust proxy', true);
  const server = http.createServer(app);
  const apollo = createApollo(opts.log, opts.introspection);
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await opts.ds.query('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // client photos (F1.2): upload, download, delete, for staff with a session cookie
  app.use('/files', clientPhotoRoutes({ auth: opts.services.auth, photos: opts.services.clientPhotos, cookieSecure: opts.cookieSecure, log: opts.log }));

  app.use(
    '/graphql',
    // partner apps: Authorization: Bearer kt_… (401 when bad, 429 + RateLimit headers past the key's budget)
    apiKeyAuth(opts.services.apiKeys, opts.services.apiKeyLimiter, opts.log),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const apiKeyViewer = apiKeyViewerOf(res);
        // with an API key the request is the partner app's, whatever cookie the client also sent
        const sessionToken = apiKeyViewer ? null : readSessionToken(req);
        // a session is resolved by the round trip that opens the request's read transaction (ADR 0009)
        const session = sessionToken ? await opts.services.auth.openRequest(sessionToken) : null;
        const viewer = apiKeyViewer ?? session?.viewer ?? null;
        const cookies = cookieJar(res, opts.cookieSecure);
        if (sessionToken && !viewer) cookies.clearSession();
        const reads = session?.reads ?? (viewer ? new RequestReads(opts.ds, viewer) : null);
        // also when Apollo answers without running the request (a malformed one): never leak the connection
        if (reads) res.once('close', () => void reads.close());
        return {
          viewer, services: opts.services, cookies, sessionToken, reads,
          loaders: viewer && reads ? createClientLoaders(reads.run, viewer, opts.services.consents) : null,
          ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          userAgent: req.get('user-agent') ?? '',
        };
      },
    }),
  );

  if (opts.staticDir) mountAdmin(app, opts.staticDir);

  // a malformed JSON body is the client's mistake: answer 400 in GraphQL's error shape, never a stack trace
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) opts.log.error({ err }, 'unhandled http error');
    res.status(status).json({
      errors: [{ message: status === 500 ? 'Internal server error' : 'Malformed request body', extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
    });
  });

  const subscriptions = attachSubscriptionServer({
    server, schema: buildAppSchema(), services: opts.services, log: opts.log,
    allowedOrigins: opts.allowedOrigins ?? [], production: opts.production ?? false,
  });

  return {
    app,
    server,
    async stop() {
      await subscriptions.close();
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
