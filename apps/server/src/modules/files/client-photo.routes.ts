import {
  CLIENT_PHOTO_MAX_BYTES, clientPhotoIssues, DomainError, isDomainError, validationError, type DomainErrorCode,
} from '@kartoteka/domain';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { StaffViewer } from '../../graphql/context';
import { apiErrorCode } from '../../graphql/error-mapping';
import { cookieJar, readSessionToken } from '../../http/cookies';
import type { AuthService } from '../staff/auth.service';
import { clientPhotoUrl, type ClientPhotoService } from './client-photo.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS: Partial<Record<DomainErrorCode, number>> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VERSION_CONFLICT: 409, ALREADY_EXISTS: 409, INVALID_STATE: 409,
  RATE_LIMITED: 429,
};

export interface ClientPhotoRoutesOptions {
  auth: AuthService;
  photos: ClientPhotoService;
  cookieSecure: boolean;
  log: Logger;
}

/**
 * `/files/clients/:id/photo`: GET the photo, PUT a new one (the raw image as the body, with its Content-Type),
 * DELETE it. For staff of the client's business, by the same session cookie as /graphql; errors are
 * `{ error: { code, message, issues? } }` with the codes GraphQL uses, never a stack trace.
 */
export function clientPhotoRoutes(opts: ClientPhotoRoutesOptions): Router {
  const router = Router();
  const photoPath = '/clients/:id/photo';

  // The session cookie is SameSite=Lax, so another site's PUT or DELETE never carries it; partner API keys have
  // no access to files.
  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    const viewer = token ? await opts.auth.resolveSession(token) : null;
    if (token && !viewer) cookieJar(res, opts.cookieSecure).clearSession();
    if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Log in first: the session is missing or has expired.');
    if (!UUID.test(String(req.params.id))) throw new DomainError('NOT_FOUND', 'Client not found.');
    res.locals.viewer = viewer;
    next();
  };
  const viewerOf = (res: Response) => res.locals.viewer as StaffViewer;
  const id = (req: Request) => String(req.params.id);

  router.get(photoPath, authenticate, async (req, res) => {
    const photo = await opts.photos.read(viewerOf(res), id(req));
    res.set({
      ETag: photo.etag,
      'Cache-Control': 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const data = await photo.load();
    res.type(photo.contentType).send(data);
  });

  router.put(photoPath, authenticate, express.raw({ type: () => true, limit: CLIENT_PHOTO_MAX_BYTES }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const client = await opts.photos.replace(viewerOf(res), id(req), req.get('content-type') ?? '', body);
    res.json({ photoUrl: clientPhotoUrl(client), version: client.version });
  });

  router.delete(photoPath, authenticate, async (req, res) => {
    const client = await opts.photos.remove(viewerOf(res), id(req));
    res.json({ photoUrl: null, version: client.version });
  });

  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const domain = toDomainError(err);
    if (!domain) {
      const status = (err as { status?: number }).status;
      if (status && status >= 400 && status < 500) {
        res.status(status).json({ error: { code: 'BAD_REQUEST', message: 'Malformed request.' } });
        return;
      }
      opts.log.error({ err, path: req.path }, 'file request failed');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
      return;
    }
    res.status(statusOf(domain)).json({
      error: { code: apiErrorCode(domain.code), message: domain.message, ...(domain.issues.length ? { issues: domain.issues } : {}) },
    });
  });
  return router;
}

function toDomainError(err: unknown): DomainError | null {
  if (isDomainError(err)) return err;
  // express.raw stops reading past the limit (at once when Content-Length says so)
  const parseError = err as { type?: string; length?: number };
  if (parseError?.type === 'entity.too.large') {
    return validationError(clientPhotoIssues({ declaredType: '', size: parseError.length ?? CLIENT_PHOTO_MAX_BYTES + 1 }));
  }
  return null;
}

function statusOf(err: DomainError): number {
  if (err.code === 'VALIDATION_FAILED') {
    if (err.issues.some((i) => i.code === 'FILE_TOO_LARGE')) return 413;
    if (err.issues.some((i) => i.code === 'UNSUPPORTED_FILE_TYPE')) return 415;
    return 400;
  }
  return STATUS[err.code] ?? 400;
}
