import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ApiKeyViewer } from '../../graphql/context';
import type { ApiKeyRateLimiter } from './api-key-rate-limit';
import type { ApiKeyService } from './api-key.service';

/** Where the middleware leaves the authenticated key for the GraphQL context. */
export function apiKeyViewerOf(res: Response): ApiKeyViewer | null {
  return (res.locals.apiKeyViewer as ApiKeyViewer | undefined) ?? null;
}

function graphqlError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/**
 * `Authorization: Bearer kt_…` on HTTP, before Apollo: a bad key is answered 401 at once (never silently treated
 * as anonymous), then the key's per-minute budget is spent, with `RateLimit-*` headers on every answer and 429 +
 * `Retry-After` once it is gone. Requests without the header pass through (staff use the session cookie).
 */
export function apiKeyAuth(apiKeys: ApiKeyService, limiter: ApiKeyRateLimiter, log: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization');
    if (!header) return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const fail = () => {
      res.set('WWW-Authenticate', 'Bearer realm="kartoteka", error="invalid_token"');
      graphqlError(res, 401, 'The API key is invalid or revoked.', { code: 'UNAUTHENTICATED' });
    };
    if (!match) return fail();
    apiKeys.authenticate(match[1]!).then(async (viewer) => {
      if (!viewer) return fail();
      const decision = await limiter.consume(viewer.apiKeyId, viewer.rateLimitPerMinute);
      res.set({
        'RateLimit-Limit': String(decision.limit),
        'RateLimit-Remaining': String(decision.remaining),
        'RateLimit-Reset': String(decision.resetSeconds),
        'RateLimit-Policy': `${decision.limit};w=60`,
      });
      if (!decision.allowed) {
        res.set('Retry-After', String(decision.resetSeconds));
        return graphqlError(res, 429, 'Too many requests for this API key. Try again later.', {
          code: 'RATE_LIMITED', retryAfterSeconds: decision.resetSeconds,
        });
      }
      res.locals.apiKeyViewer = viewer;
      next();
    }).catch((err: unknown) => {
      log.error({ err }, 'api key authentication failed');
      graphqlError(res, 503, 'Authentication is unavailable; try again shortly.', { code: 'SERVICE_UNAVAILABLE' });
    });
  };
}
